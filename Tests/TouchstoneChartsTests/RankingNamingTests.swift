import Foundation
import Testing
import TouchstoneCharts

/// A ranking of many units names only some of them (thin rows for the rest), and a value at the baseline
/// keeps a visible bar in the decision chart.
@Suite("Ranking of many units; bars at the baseline")
struct RankingNamingTests {
    static let text = ChartText(title: "Many units")

    /// `n` units with distinct values, the first `named` of them (the highest) labelled.
    static func chart(_ n: Int, named: Int) -> RankingChart {
        RankingChart(text: text, items: (0..<n).map {
            .init(label: "Unit \($0)", value: Double(n - $0), labelled: $0 < named)
        })
    }

    static func svgHeight(_ svg: String) -> Double {
        let m = svg.firstMatch(of: /<svg [^>]*height="([0-9.]+)"/)!
        return Double(m.1)!
    }

    /// Rectangles of one fill: (x, width) of each.
    static func rects(_ svg: String, fill: RGBColor) -> [(x: Double, width: Double)] {
        svg.matches(of: /<rect x="([-0-9.]+)" y="[-0-9.]+" width="([0-9.]+)" height="[0-9.]+" fill="(#[0-9a-f]{6})"/)
            .filter { String($0.3) == fill.hex }.map { (Double($0.1)!, Double($0.2)!) }
    }

    @Test("unlabelled units keep a thin bar without name or value; named rows keep their full height")
    func thinRows() {
        let c = Self.chart(150, named: 12)
        let svg = c.svg()
        #expect(svg.contains(">Unit 11<"))
        #expect(!svg.contains(">Unit 12<"))
        #expect(!svg.contains(">138<"), "an unlabelled unit's value is not printed")
        #expect(Self.rects(svg, fill: ChartTheme.standard.neutral).count == 150, "every unit keeps its bar")
        // One more named unit adds the difference between a named and a thin row, no more.
        let step = Self.svgHeight(Self.chart(150, named: 13).svg()) - Self.svgHeight(svg)
        #expect(abs(step - (c.rowHeight - c.unlabelledRowHeight)) < 0.01)
        // 150 thin rows take the height of 25 named ones.
        let all = Self.svgHeight(Self.chart(150, named: 150).svg())
        #expect(all - Self.svgHeight(svg) > 138 * (c.rowHeight - c.unlabelledRowHeight) - 0.01 * 138)
    }

    @Test("no two texts of a ranking that names some of many units overlap: each name sits on its own row")
    func namesApart() {
        // Named units next to each other and alone between thin rows.
        var items: [RankingChart.Item] = []
        for k in 0..<200 {
            let named: Bool = k < 3 || k == 100 || k > 190
            items.append(RankingChart.Item(label: "Unit number \(k)", value: Double(200 - k), highlighted: k > 190, labelled: named))
        }
        let svg = RankingChart(text: Self.text, items: items).svg()
        let ys: [Double] = svg.matches(of: /<text x="([-0-9.]+)" y="([-0-9.]+)"[^>]*>Unit number/).map { (m) -> Double in Double(String(m.output.2))! }
        let labels: [Double] = ys.sorted()
        #expect(labels.count == 13)
        let size: Double = ChartTheme.standard.labelSize
        for (a, b) in zip(labels, labels.dropFirst()) { #expect(b - a >= size, "labels \(a) and \(b) too close") }
    }

    @Test("an exemplar scoring 0 keeps a visible bar in its colour in the decision chart")
    func decisionZero() {
        var c = DecisionChart(text: Self.text, facets: [.init(title: "A", items: [
            .init(label: "Zero", value: 0, tier: .exemplar), .init(label: "Half", value: 50, tier: .fine),
            .init(label: "Low", value: 0.1, tier: .needsHelp, severity: 3),
        ])])
        c.domain = (0, 100)
        let svg = c.svg()
        let exemplar = Self.rects(svg, fill: ChartTheme.standard.exemplar)
        #expect(!exemplar.isEmpty)
        #expect(exemplar.allSatisfy { $0.width >= Mark.minimumBarLength }, "\(exemplar)")
        #expect(Self.rects(svg, fill: ChartTheme.standard.needsHelpFills[2]).allSatisfy { $0.width >= Mark.minimumBarLength })
        #expect(Self.rects(svg, fill: ChartTheme.standard.neutral).contains { $0.width > 100 }, "other bars keep their length")
    }

    @Test("a visible bar is at least 2 px long and grows left for a value left of the baseline")
    func visibleBar() {
        let bar = Mark.visibleBar(from: 100, to: 99.5, y: 0, height: 4, fill: ChartTheme.standard.neutral)!
        #expect(bar.end == 98)
        #expect(Mark.visibleBar(from: 100, to: 100, y: 0, height: 4, fill: ChartTheme.standard.neutral)!.end == 102)
        #expect(Mark.visibleBar(from: 100, to: 60, y: 0, height: 4, fill: ChartTheme.standard.neutral)!.end == 60)
        #expect(Mark.visibleBar(from: 100, to: .nan, y: 0, height: 4, fill: ChartTheme.standard.neutral) == nil)
    }

    @Test("a ranking chart used as a histogram keeps empty bins empty (no minimum bar)")
    func emptyBin() {
        var c = RankingChart(text: Self.text, items: [.init(label: "0–10", value: 0), .init(label: "10–20", value: 4)])
        c.order = .given
        #expect(Self.rects(c.svg(), fill: ChartTheme.standard.neutral).map(\.width).min() == 0)
    }
}
