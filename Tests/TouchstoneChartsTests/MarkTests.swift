import Testing
@testable import TouchstoneCharts

@Suite("Marks")
struct MarkTests {
    @Test("a missing value breaks a line into two runs")
    func lineBreaks() throws {
        let pts = [PlotPoint(0, 0), PlotPoint(1, 1), PlotPoint(2, .nan), PlotPoint(3, 3), PlotPoint(4, 4)]
        let line = try #require(Mark.line(pts, stroke: Stroke(RGBColor(hex: "#000000"))))
        #expect(line[attribute: "d"] == "M0,0L1,1M3,3L4,4")
    }

    @Test("a single defined point between gaps draws no segment, and all-missing draws nothing")
    func isolated() {
        let pts = [PlotPoint(0, 0), PlotPoint(1, .nan), PlotPoint(2, 2), PlotPoint(3, .nan), PlotPoint(4, 4), PlotPoint(5, 5)]
        #expect(Mark.line(pts, stroke: Stroke(RGBColor(hex: "#000000")))?[attribute: "d"] == "M4,4L5,5")
        #expect(Mark.line([PlotPoint(.nan, 1), PlotPoint(2, .nan)], stroke: Stroke(RGBColor(hex: "#000000"))) == nil)
        #expect(Mark.runs(pts).map(\.count) == [1, 1, 2])
    }

    @Test("an area breaks where a bound is missing")
    func areaBreaks() throws {
        let area = try #require(Mark.area(x: [0, 1, 2, 3, 4], lower: [0, 0, .nan, 0, 0], upper: [1, 1, 1, 1, 1],
                                          fill: RGBColor(hex: "#cccccc")))
        #expect(area[attribute: "d"] == "M0,1L1,1L1,0L0,0ZM3,1L4,1L4,0L3,0Z")
    }

    @Test("points drop missing values; bars normalise negative sizes")
    func pointsAndBars() throws {
        let g = try #require(Mark.points([PlotPoint(1, 1), PlotPoint(.nan, 2)], radius: 2, fill: RGBColor(hex: "#000000")))
        #expect(g.children.count == 1)
        let bar = try #require(Mark.bar(x: 10, y: 0, width: -4, height: 2, fill: RGBColor(hex: "#000000")))
        #expect(bar[attribute: "x"] == "6" && bar[attribute: "width"] == "4")
        #expect(Mark.bar(x: .nan, y: 0, width: 1, height: 1, fill: RGBColor(hex: "#000000")) == nil)
    }
}

@Suite("Axes")
struct AxisTests {
    @Test("a bottom axis from a linear scale has d3's ticks at the scale's positions")
    func bottom() {
        let x = LinearScale(domain: (0, 10), range: (0, 200))
        let axis = Axis(.bottom, scale: x, count: 5)
        #expect(axis.ticks.map(\.label) == ["0", "2", "4", "6", "8", "10"])
        #expect(axis.ticks.map(\.position) == [0, 40, 80, 120, 160, 200])
        let svg = axis.element(offset: 100).render()
        #expect(svg.contains(#"<path d="M0,100H200""#))
        #expect(svg.contains(#"<text x="40" y="108" dy="0.71em" text-anchor="middle">2</text>"#))
    }

    @Test("a left axis from a band scale labels each band at its centre, right-aligned")
    func leftBand() {
        let y = BandScale(domain: ["北京", "上海"], range: (0, 40))
        let axis = Axis(.left, scale: y)
        #expect(axis.ticks.map(\.position) == [10, 30])
        let svg = axis.element(offset: 50).render()
        #expect(svg.contains(#"text-anchor="end">北京</text>"#))
        #expect(axis.labelDepth == 5 + 3 + 20)
    }

    @Test("gridlines run across the plot at every tick")
    func grid() {
        let y = LinearScale(domain: (0, 1), range: (100, 0))
        let axis = Axis(.left, scale: y, count: 2)
        #expect(axis.gridLines(from: 10, to: 90)[attribute: "d"] == "M10,100H90M10,50H90M10,0H90")
    }
}
