import Foundation
import Testing
@testable import TouchstoneCharts

@Suite("Label collision avoidance")
struct LabelRelaxationTests {
    typealias Label = LabelRelaxation.Label

    /// No two labels overlap: sorted by position, each gap is at least the half-extents plus the gap.
    func noOverlap(_ labels: [Label], _ positions: [Double], gap: Double = 0) -> Bool {
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        return zip(order, order.dropFirst()).allSatisfy { a, b in
            positions[b] - positions[a] >= (labels[a].extent + labels[b].extent) / 2 + gap - 1e-9
        }
    }

    @Test("colliding labels are spread symmetrically around their wishes (worked example)")
    func workedExample() {
        let r = LabelRelaxation.relax([50, 52, 54].map { Label(desired: $0, extent: 10) }, within: (0, 100))
        #expect(r.positions.map { ($0 * 1e9).rounded() / 1e9 } == [42, 52, 62])
        #expect(r.fits)
    }

    @Test("labels that already clear each other do not move")
    func untouched() {
        let labels = [10, 40, 80].map { Label(desired: $0, extent: 10) }
        #expect(LabelRelaxation.relax(labels, within: (0, 100)).positions == [10, 40, 80])
    }

    @Test("after relaxation no two of 34 crowded labels overlap and all stay inside the bounds")
    func crowded() {
        let wishes: [Double] = (0..<34).map { (i: Int) -> Double in
            let wobble: Double = 3 * sin(Double(i) * 1.3) * Double(i % 5)
            return 200 + wobble
        }
        let labels = wishes.map { Label(desired: $0, extent: 13) }
        let r = LabelRelaxation.relax(labels, within: (0, 500), gap: 1)
        #expect(r.fits)
        #expect(noOverlap(labels, r.positions, gap: 1))
        let inside = r.positions.allSatisfy { (p: Double) -> Bool in p - 6.5 >= -1e-9 && p + 6.5 <= 500 + 1e-9 }
        #expect(inside)
    }

    @Test("labels pushed against a bound stack inward from it, keeping their order")
    func bounds() {
        let labels = [98, 99, 100].map { Label(desired: Double($0), extent: 10) }
        let r = LabelRelaxation.relax(labels, within: (0, 100))
        #expect(r.positions.map { ($0 * 1e9).rounded() / 1e9 } == [75, 85, 95])
    }

    @Test("unequal heights and input order are handled; the result is in input order")
    func mixed() {
        let labels = [Label(desired: 60, extent: 20), Label(desired: 50, extent: 10), Label(desired: 55, extent: 6)]
        let r = LabelRelaxation.relax(labels, within: (0, 200))
        #expect(noOverlap(labels, r.positions))
        #expect(r.positions[1] < r.positions[2] && r.positions[2] < r.positions[0])
    }

    @Test("labels that cannot fit are stacked from the lower bound and reported")
    func overflow() {
        let labels = (0..<5).map { _ in Label(desired: 10, extent: 10) }
        let r = LabelRelaxation.relax(labels, within: (0, 30))
        #expect(!r.fits)
        #expect(noOverlap(labels, r.positions))
        #expect(r.positions.min() == 5)
    }

    @Test("empty and single inputs")
    func edgeCases() {
        #expect(LabelRelaxation.relax([], within: (0, 1)).positions == [])
        #expect(LabelRelaxation.relax([Label(desired: -5, extent: 4)], within: (0, 100)).positions == [2])
    }
}

@Suite("Labels in charts")
struct ChartLabelTests {
    /// The y of every `<text>` inside the group `<g class="name">` of an SVG.
    static func labelYs(_ svg: String, group name: String) -> [Double] {
        guard let start = svg.range(of: "<g class=\"\(name)\">") else { return [] }
        let block = svg[start.upperBound...]
        let end = block.range(of: "</g>")!.lowerBound
        return block[..<end].components(separatedBy: "<text ").dropFirst().compactMap { t in
            guard let r = t.range(of: #"y="([-0-9.]+)""#, options: .regularExpression) else { return nil }
            return Double(t[r].dropFirst(3).dropLast())
        }
    }

    func assertSeparated(_ ys: [Double], by minimum: Double, _ what: String) {
        let sorted = ys.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(b - a >= minimum - 0.002, "\(what): labels at \(a) and \(b) overlap")
        }
    }

    @Test("no two slope-chart labels overlap on either side at 34 units")
    func slope() {
        let svg = SampleData.slope().svg()
        let left = Self.labelYs(svg, group: "labels-start"), right = Self.labelYs(svg, group: "labels-end")
        #expect(left.count == 33 && right.count == 34)
        assertSeparated(left, by: 11 * 1.18, "start labels")
        assertSeparated(right, by: 11 * 1.18, "end labels")
    }

    @Test("no two trend end labels overlap")
    func trend() {
        let ys = Self.labelYs(SampleData.trend().svg(), group: "end-labels")
        #expect(ys.count == 5)
        assertSeparated(ys, by: 11 * 1.2, "end labels")
    }
}

@Suite("Tick label thinning")
struct TickThinningTests {
    @Test("keeps every k-th label for the smallest k without overlaps")
    func parity() {
        #expect(TickThinning.keep(positions: [0, 10, 20, 30], extents: [8, 8, 8, 8], gap: 1) == [0, 1, 2, 3])
        #expect(TickThinning.keep(positions: [0, 10, 20, 30], extents: [15, 15, 15, 15], gap: 1) == [0, 2])
        #expect(TickThinning.keep(positions: [0, 10, 20, 30], extents: [25, 25, 25, 25], gap: 1) == [0, 3])
    }

    @Test("an axis drops overlapping year labels but keeps every tick mark")
    func axisThinning() {
        let x = LinearScale(domain: (2000, 2023), range: (0, 120))
        var axis = Axis.integers(.bottom, scale: x, count: 30)
        axis.fontSize = 10
        #expect(axis.ticks.count == 24)
        let shown = axis.visibleTicks
        #expect(shown.count < 24 && shown.count >= 2)
        let widths = shown.map { TextMeasure.width($0.label, fontSize: 10) }
        for k in 1..<shown.count {
            #expect(shown[k].position - shown[k - 1].position >= (widths[k] + widths[k - 1]) / 2)
        }
    }
}
