import Foundation
import Testing
import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput
@testable import TouchstoneReports

@Suite("Decision page")
struct DecisionPageTests {
    @Test("the decision page comes first and names every unit that needs help, with its severity, in both languages")
    func namesUnits() throws {
        for language in ["en", "zh"] {
            let result = try ChartBuilderTests.branches()
            let report = try ReportFixtures.branches(language)
            let md = try #require(try report.files(.markdown).first { $0.path == "report.md" }?.contents)
            let assessments = FlagEngine(result: result, year: result.panel.years.last!).assess()
            let help = assessments.filter { $0.status == .flagged }
            #expect(!help.isEmpty)
            let decision = try #require(md.range(of: "<a id=\"decision\">"))
            let summary = try #require(md.range(of: "<a id=\"summary\">"))
            #expect(decision.lowerBound < summary.lowerBound, "\(language): the decision page must come before the summary")
            let page = String(md[decision.lowerBound ..< summary.lowerBound])
            for a in help.prefix(ReportBuilder.namesListed) {
                let name = result.panel.units[a.unit].name(language)
                #expect(page.contains(name + Words(language).parenthesised(a.severity!.label(language))), "\(language): \(name) is not named with its severity")
            }
            #expect(page.contains("decision.svg"))
        }
    }

    @Test("the histogram moves to the appendix, after the decision page and the summary")
    func histogramInAppendix() throws {
        let md = try #require(try ReportFixtures.branches().files(.markdown).first { $0.path == "report.md" }?.contents)
        let histogram = try #require(md.range(of: "distribution.svg"))
        let method = try #require(md.range(of: "<a id=\"method\">"))
        #expect(histogram.lowerBound > method.lowerBound)
    }

    @Test("the decision chart colours each unit by its tier, draws the cut-off and names every unit of 34")
    func chartOfBranches() throws {
        let result = try ChartBuilderTests.branches()
        let y = result.panel.years.last!
        let assessments = FlagEngine(result: result, year: y).assess()
        let chart = ChartBuilder(result: result, language: "en").decision(year: y, assessments: assessments)
        let items = chart.facets.flatMap(\.items)
        #expect(items.count == result.panel.rows(inYear: y).count)
        #expect(items.allSatisfy { $0.labelled })
        #expect(items.filter { $0.tier == .needsHelp }.count == assessments.filter { $0.status == .flagged }.count)
        #expect(chart.facets.count == 4)
        let cut = try #require(chart.cutoff)
        let scores = result.panel.rows(inYear: y).map { result.scores[result.root.id]![$0] }
        #expect(scores.filter { $0 <= cut }.count == Int((Double(scores.count) * result.project.flags.bottomShare).rounded(.down)))
        #expect(!items.contains { $0.label.hasSuffix(" branch") }, "the suffix every name shares is removed")
    }

    @Test("Monte Carlo rank intervals appear when uncertainty is given")
    func rankIntervals() throws {
        let result = try ChartBuilderTests.branches()
        let y = result.panel.years.last!
        let assessments = FlagEngine(result: result, year: y).assess()
        let mc = UncertaintyAnalysis(result: result, year: y, runs: 20)
        let chart = ChartBuilder(result: result, language: "en").decision(year: y, assessments: assessments, uncertainty: mc)
        #expect(chart.rankCount == 34)
        #expect(chart.facets.flatMap(\.items).allSatisfy { $0.rank?.count == 3 })
        #expect(chart.svg().contains("rank, 5–95% of 20 runs"))
    }

    @Test("the bottom-share cut-off is the k-th lowest score, k = max(1, ⌊n·share⌋), missing scores ignored")
    func cutoff() {
        #expect(ChartBuilder.bottomCutoff([5, 1, .nan, 3, 2, 4], share: 0.4) == 2)
        #expect(ChartBuilder.bottomCutoff([5, 1, 3], share: 0.1) == 1)
        #expect(ChartBuilder.bottomCutoff([5, 1, 3], share: 0) == nil)
        #expect(ChartBuilder.bottomCutoff([.nan], share: 0.15) == nil)
    }

    @Test("page numbers and running heads are printed; the title is escaped inside the CSS string")
    func pageMarks() {
        let css = ReportStyle.pageMarks(title: #"A "quoted" \ title </style><script>"#)
        #expect(css.contains("counter(page)") && css.contains("counter(pages)"))
        #expect(!css.contains("</style"))
        #expect(css.contains(#"A \"quoted\" \\ title \3c /style>\3c script>"#))
    }
}

@Suite("Words from the project")
struct ProjectWordsTests {
    @Test("the English report names groups and rating levels through the project's labels, with its source; the Chinese one has no English warning")
    func labels() throws {
        let en = try #require(try ReportFixtures.branches("en").files(.markdown).first { $0.path == "report.md" }?.contents)
        #expect(!en.contains("较差") && !en.contains("优秀"), "a Chinese rating level is left in the English report")
        #expect(en.contains("Functional departments") && en.contains("poor → fair"))
        let svg = try #require(try ReportFixtures.branches("en").files(.markdown).first { $0.path == "decision.svg" }?.contents)
        #expect(svg.contains("Source: synthetic demo data"))
        let zh = try #require(try ReportFixtures.branches("zh").files(.markdown).first { $0.path == "report.md" }?.contents)
        #expect(!zh.contains("Fix:") && !zh.contains("Cronbach's alpha"), "an English warning is left in the Chinese report")
    }
}
