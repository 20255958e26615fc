import Foundation
import Testing
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
@testable import TouchstoneReports

@Suite("What moved and what to do")
struct RecommendationsTests {
    @Test("the organisation's change by dimension adds up to the change of the mean index, computed directly from the scores")
    func changeAddsUp() throws {
        let result = try ChartBuilderTests.branches()
        let years = result.panel.years
        let (from, to) = (years[years.count - 2], years.last!)
        let change = try #require(OrganisationChange(result: result, from: from, to: to))
        // Directly: the mean over units scored in both years of (score now − score before).
        let root = result.scores[result.root.id]!
        let diffs = result.panel.units.indices.compactMap { u -> Double? in
            guard let a = result.panel.row(unit: u, year: from), let b = result.panel.row(unit: u, year: to), !root[a].isNaN, !root[b].isNaN else { return nil }
            return root[b] - root[a]
        }
        #expect(change.units == diffs.count)
        let direct = diffs.reduce(0, +) / Double(diffs.count)
        #expect(abs(change.meanChange - direct) < 1e-9)
        let parts = change.dimensions.map(\.contribution).reduce(0, +) + change.coverageEffect
        #expect(abs(parts - direct) < 1e-9, "dimensions \(change.dimensions) + coverage \(change.coverageEffect) ≠ \(direct)")
        // Indicators add up to their dimension (each indicator sits in one dimension here).
        let byIndicator = Dictionary(uniqueKeysWithValues: change.indicators.map { ($0.id, $0.contribution) })
        for d in change.dimensions {
            let leaves = result.node(d.id)!.indicators.map(\.id)
            #expect(abs(leaves.compactMap { byIndicator[$0] }.reduce(0, +) - d.contribution) < 1e-9, "\(d.id)")
        }
    }

    @Test("a worked example: changes −6 (a −4, b −2) and +2 (a +1, b +1) give a mean of −2 = a −1.5 + b −0.5")
    func workedExample() throws {
        let yaml = """
        data: {file: d.csv, unit_column: u, year_column: y}
        defaults: {normalisation: {method: none}}
        framework:
          id: index
          aggregation: sum
          children:
            - {id: a, aggregation: sum, children: [{id: x}]}
            - {id: b, aggregation: sum, children: [{id: z}]}
        """
        let project = try ProjectReader.parse(text: yaml, file: "/tmp/org.yaml")
        let rows: [Panel.Key] = [.init(unit: 0, year: 2023), .init(unit: 0, year: 2024), .init(unit: 1, year: 2023), .init(unit: 1, year: 2024)]
        let panel = Panel(units: [UnitInfo(id: "p"), UnitInfo(id: "q")], indicatorIds: ["x", "z"], rows: rows,
                          values: Matrix(columns: [[10, 6, 10, 11], [10, 8, 10, 11]]))
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let change = try #require(OrganisationChange(result: result, from: 2023, to: 2024))
        #expect(change.units == 2)
        #expect(abs(change.meanChange - -2) < 1e-12)
        #expect(change.dimensions.map { $0.id } == ["a", "b"])
        #expect(abs(change.dimensions[0].contribution - -1.5) < 1e-12 && abs(change.dimensions[1].contribution - -0.5) < 1e-12)
    }

    @Test("the chapter calls a driver shared by most units that need help organisation-wide and gives each of them its first steps and partners, in both languages")
    func recommendations() throws {
        let result = try ChartBuilderTests.branches()
        let help = FlagEngine(result: result, year: result.panel.years.last!).assess().filter { $0.status == .flagged }
        for language in ["en", "zh"] {
            let md = try #require(try ReportFixtures.branches(language).files(.markdown).first { $0.path == "report.md" }?.contents)
            let w = Words(language)
            let start = try #require(md.range(of: "<a id=\"recommendations\">")), end = try #require(md.range(of: "<a id=\"index\">"))
            let chapter = String(md[start.upperBound ..< end.lowerBound])
            #expect(chapter.contains(w.organisationMovedTitle(w.year(result.panel.years[result.panel.years.count - 2]))))
            #expect(chapter.contains(w.totalRow))
            // Every unit that needs help here has the same first step (the decision page says so too).
            let first = Set(help.compactMap { $0.paths.first?.steps.first?.indicatorId })
            #expect(first.count == 1)
            let label = result.node(first.first!)!.label.text(for: language, fallback: first.first!)
            #expect(chapter.contains(w.organisationWideAction(label, count: help.count, of: help.count)), "\(language): no organisation-wide action")
            for a in help {
                let name = result.panel.units[a.unit].name(language)
                #expect(chapter.contains(name), "\(language): \(name) has no recommendation")
                if let p = a.partners.first { #expect(chapter.contains(result.panel.units[p.unit].name(language))) }
            }
        }
    }

    @Test("the contents list finds each chapter on the first page, at or after the previous one, whose line reads its heading")
    func printedPages() {
        let headings = [PrintedPages.Heading(anchor: "decision", text: "Decision summary"), PrintedPages.Heading(anchor: "summary", text: "Summary of 2024"),
                        PrintedPages.Heading(anchor: "index", text: "Index and ranks, 2024"), PrintedPages.Heading(anchor: "gone", text: "Not printed")]
        let pages = ["Title\nSummary of 2024 (p. 2) · Index and ranks, 2024 (p. 3)\nDecision summary\n…", "Report — 2024\n  Summary   of 2024\ntext",
                     "Report — 2024\nIndex and ranks, 2024\nSummary of 2024 mentioned in a line with more", "2 0 2 4 年 概 况"]
        #expect(PrintedPages.chapters(headings, pages: pages) == ["decision": 1, "summary": 2, "index": 3])
        // Spaces are ignored, so a text layer that spaces out CJK characters still matches.
        #expect(PrintedPages.chapters([PrintedPages.Heading(anchor: "s", text: "2024年概况")], pages: pages) == ["s": 4])
    }
}

@Suite("Short names")
struct ShortNameTests {
    @Test("units.short_name_column labels the chart rows; an empty cell falls back to the name without the common suffix")
    func shortNameColumn() throws {
        let folder = try ReportFixtures.temporaryFolder("short")
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {file: units.csv, id_column: u, name_columns: {en: name, zh: name_zh}, short_name_columns: {en: short}}
        framework: {id: index, children: [{id: a, children: [{id: x}]}, {id: b, children: [{id: z}]}]}
        """.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        try "u,name,name_zh,short\np,Alpha Office branch,甲办公室党支部,Alpha\nq,Beta Office branch,乙办公室党支部,\nr,Gamma Office branch,,GO\n"
            .write(to: folder.appendingPathComponent("units.csv"), atomically: true, encoding: .utf8)
        try "u,y,x,z\np,2023,1,2\np,2024,2,3\nq,2023,3,1\nq,2024,2,2\nr,2023,2,2\nr,2024,3,1\n"
            .write(to: folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        let result = try IndexPipeline(project: try ProjectReader.read(path: folder.path)).run()
        // q's empty cell: its name without " Office branch", which all three names share.
        #expect(ChartBuilder(result: result, language: "en").shortNames == ["Alpha", "Beta", "GO"])
        // zh: no Chinese short names; r has no Chinese name, so its English short name is shown, and the
        // names shown then share no suffix.
        #expect(ChartBuilder(result: result, language: "zh").shortNames == ["甲办公室党支部", "乙办公室党支部", "GO"])
    }
}
