import Foundation
import Testing
import TouchstoneCharts

@Suite("Decision chart")
struct DecisionChartTests {
    static let text = ChartText(title: "Who needs help")

    static func chart(_ items: [DecisionChart.Item], cutoff: Double? = nil) -> DecisionChart {
        var c = DecisionChart(text: text, facets: [.init(title: "A (\(items.count))", items: items)])
        c.tierLegends = [.needsHelp: "needs help", .watch: "watch", .fine: "fine", .exemplar: "exemplar", .notAssessed: "not assessed"]
        c.cutoff = cutoff
        c.cutoffLegend = "cut-off"
        return c
    }

    @Test("a unit that needs help takes its severity's shade: the more severe, the darker")
    func severityShades() {
        let theme = ChartTheme.standard
        let svg = Self.chart([.init(label: "a", value: 20, tier: .needsHelp, severity: 3), .init(label: "b", value: 40, tier: .needsHelp, severity: 1)]).svg()
        #expect(svg.contains("fill=\"\(theme.needsHelpFills[2].hex)\""))
        #expect(svg.contains("fill=\"\(theme.needsHelpFills[0].hex)\""))
        #expect(theme.needsHelpFills[2].luminance < theme.needsHelpFills[1].luminance)
        #expect(theme.needsHelpFills[1].luminance < theme.needsHelpFills[0].luminance)
    }

    @Test("a unit that was not assessed is hatched and named in the legend")
    func notAssessedHatched() {
        let svg = Self.chart([.init(label: "a", value: 50, tier: .notAssessed), .init(label: "b", value: 60, tier: .fine)]).svg()
        #expect(svg.contains("<pattern"))
        #expect(svg.contains("url(#decision-hatch)"))
        #expect(svg.contains("not assessed"))
        #expect(!svg.contains(">watch<"), "a tier with no unit has no legend entry")
    }

    @Test("the cut-off is drawn as a dashed line at its value, with its legend entry")
    func cutoffLine() {
        let without = Self.chart([.init(label: "a", value: 50, tier: .fine)]).svg()
        let with = Self.chart([.init(label: "a", value: 50, tier: .fine)], cutoff: 25).svg()
        #expect(!without.contains("cut-off"))
        #expect(with.contains("cut-off"))
        #expect(with.components(separatedBy: "stroke-dasharray=\"4 3\"").count == without.components(separatedBy: "stroke-dasharray=\"4 3\"").count + 2)
    }

    @Test("rank intervals are drawn only with ranks and a rank count")
    func rankPanel() {
        var c = Self.chart([.init(label: "a", value: 50, tier: .fine, rank: [1, 2, 4]), .init(label: "b", value: 30, tier: .watch, rank: [2, 3, 4])])
        c.rankAxisTitle = "rank interval axis"
        #expect(!c.svg().contains("rank interval axis"))
        c.rankCount = 4
        #expect(c.svg().contains("rank interval axis"))
    }

    @Test("an unlabelled unit keeps its bar but not its name")
    func unlabelled() {
        let svg = Self.chart([.init(label: "Named", value: 50, tier: .fine), .init(label: "Silent", value: 40, tier: .fine, labelled: false)]).svg()
        #expect(svg.contains("Named"))
        #expect(!svg.contains("Silent"))
        // Two bars and the legend swatch.
        #expect(svg.components(separatedBy: "fill=\"\(ChartTheme.standard.neutral.hex)\"").count == 4)
    }

    @Test("facets keep their order and sort their rows highest first, missing values last")
    func facetOrder() {
        var c = DecisionChart(text: Self.text, facets: [
            .init(title: "Second", items: [.init(label: "x", value: .nan, tier: .notAssessed), .init(label: "y", value: 10, tier: .fine), .init(label: "z", value: 90, tier: .fine)]),
            .init(title: "First", items: [.init(label: "w", value: 5, tier: .fine)]),
        ])
        c.width = 600
        let svg = c.svg()
        let pos = { (s: String) in svg.range(of: s)!.lowerBound }
        #expect(pos(">Second<") < pos(">First<"))
        #expect(pos(">z<") < pos(">y<") && pos(">y<") < pos(">x<"))
    }
}

@Suite("Name shortening")
struct NameShorteningTests {
    @Test("the suffix every Chinese name shares is removed")
    func chinese() {
        #expect(NameShortening.removingCommonSuffix(["办公厅党支部", "研究室党支部", "信访室党支部"]) == ["办公厅", "研究室", "信访室"])
    }

    @Test("an English suffix goes at a word boundary, with its space")
    func english() {
        #expect(NameShortening.removingCommonSuffix(["General Office branch", "Research Office branch", "Audit branch"])
                == ["General Office", "Research Office", "Audit"])
    }

    @Test("a shared ending inside a word is kept: never cut mid-word")
    func midWord() {
        #expect(NameShortening.removingCommonSuffix(["Alpha team", "Beta steam"]) == ["Alpha team", "Beta steam"])
    }

    @Test("nothing is removed when a name would become empty, or with one name")
    func edges() {
        #expect(NameShortening.removingCommonSuffix(["branch", "Audit branch"]) == ["branch", "Audit branch"])
        #expect(NameShortening.removingCommonSuffix(["Audit branch"]) == ["Audit branch"])
        #expect(NameShortening.removingCommonSuffix([]) == [])
    }
}

@Suite("Colour grammar")
struct ColourGrammarTests {
    @Test("every text colour of the theme has at least 4.5:1 contrast on white (WCAG AA)")
    func themeTextContrast() {
        let theme = ChartTheme.standard
        for c in theme.textColors { #expect(c.contrast(with: theme.background) >= 4.5, "\(c.hex) is \(c.contrast(with: theme.background)):1") }
    }

    @Test("every text drawn in every chart kind has at least 4.5:1 contrast on white", arguments: SampleData.allCharts().map(\.0))
    func drawnTextContrast(name: String) throws {
        let svg = try #require(SampleData.allCharts().first { $0.0 == name }?.1)
        let colours = Self.textFills(svg)
        #expect(!colours.isEmpty)
        // White text is only drawn on dark cells (HeatmapChart picks it by `readableText`, which has its own test).
        for hex in colours where hex != "#ffffff" {
            let c = RGBColor(hex: hex)
            #expect(c.contrast(with: .init(hex: "#ffffff")) >= 4.5, "\(name): text in \(hex) is \(c.contrast(with: .init(hex: "#ffffff"))):1")
        }
    }

    @Test("the warm hue means only 'needs help': no series colour, rise or fall uses it")
    func oneWarmHue() {
        let theme = ChartTheme.standard
        let warm = Set(theme.needsHelpFills + [theme.highlight, theme.watch])
        #expect(warm.isDisjoint(with: theme.categorical + [theme.positive, theme.negative, theme.exemplar, theme.neutral]))
        // CIE76 ΔE of at least 25 from every needs-help shade: far enough not to be read as one.
        for c in theme.categorical + [theme.positive, theme.negative, theme.exemplar] {
            for w in theme.needsHelpFills {
                let (p, q) = (LabColor(c), LabColor(w))
                let dE = ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
                #expect(dE >= 25, "\(c.hex) is only ΔE \(dE) from the needs-help shade \(w.hex)")
            }
        }
    }

    /// Fill colours of `<text>` elements and of groups that set a font size (their text inherits the fill).
    static func textFills(_ svg: String) -> Set<String> {
        var out = Set<String>()
        let patterns = [#"<text[^>]*?fill="(#[0-9a-f]{6})""#, #"<g[^>]*font-size="[^"]*"[^>]*fill="(#[0-9a-f]{6})""#,
                        #"<g[^>]*fill="(#[0-9a-f]{6})"[^>]*font-size="#]
        for p in patterns {
            let re = try! NSRegularExpression(pattern: p)
            for m in re.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)) {
                out.insert(String(svg[Range(m.range(at: 1), in: svg)!]))
            }
        }
        return out
    }
}

@Suite("Abbreviated labels")
struct AbbreviateTests {
    @Test("a long name keeps its first word and the words at its end, never a cut word")
    func keepsEnd() {
        let s = TextMeasure.abbreviate("Supervision Team at the Education Bureau", toWidth: 200, fontSize: 11)
        #expect(s.hasPrefix("Supervision … ") && s.hasSuffix(" Education Bureau"), "\(s)")
        #expect(TextMeasure.width(s, fontSize: 11) <= 200)
    }

    @Test("a name that fits is unchanged; CJK text without spaces is cut between characters")
    func edges() {
        #expect(TextMeasure.abbreviate("Audit", toWidth: 100, fontSize: 11) == "Audit")
        #expect(TextMeasure.abbreviate("重庆市渝中区分部", toWidth: 50, fontSize: 10) == "重庆市渝…")
    }
}
