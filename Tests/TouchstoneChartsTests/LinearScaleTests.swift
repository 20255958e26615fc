import Testing
@testable import TouchstoneCharts

@Suite("Linear scale")
struct LinearScaleTests {
    @Test("maps domain to range linearly and inverts")
    func mapping() {
        let x = LinearScale(domain: (0, 100), range: (0, 500))
        #expect(x(25) == 125)
        #expect(x(-10) == -50)
        #expect(x.invert(250) == 50)
        let y = LinearScale(domain: (0, 10), range: (300, 100))
        #expect(y(5) == 200)
    }

    @Test("clamping keeps values inside the range")
    func clamping() {
        let x = LinearScale(domain: (0, 10), range: (0, 100), clamp: true)
        #expect(x(20) == 100)
        #expect(x(-5) == 0)
    }

    @Test("a zero-width domain maps to the middle of the range and NaN maps to NaN")
    func degenerate() {
        let x = LinearScale(domain: (5, 5), range: (0, 100))
        #expect(x(5) == 50)
        #expect(x(.nan).isNaN)
    }

    // d3-scale README: "for a domain of [0.201479…, 0.996679…], a nice domain might be [0.2, 1.0]".
    @Test("nice() extends the domain to round values as d3-scale does")
    func nice() {
        let a = LinearScale(domain: (0.201479, 0.996679), range: (0, 1)).nice()
        #expect(a.domain == (0.2, 1))
        let b = LinearScale(domain: (0.5, 99.2), range: (0, 1)).nice()
        #expect(b.domain == (0, 100))
        let c = LinearScale(domain: (-3.2, 7.9), range: (0, 1)).nice()
        #expect(c.domain == (-4, 8))
        let d = LinearScale(domain: (7.9, -3.2), range: (0, 1)).nice()
        #expect(d.domain == (8, -4))
        let e = LinearScale(domain: (3, 3), range: (0, 1)).nice()
        #expect(e.domain == (3, 3))
    }

    @Test("nice(5) on index values gives the 0–100 style axes the charts use")
    func niceFive() {
        let s = LinearScale(domain: (0, 86.3), range: (0, 1)).nice(5)
        #expect(s.domain == (0, 100))
        #expect(s.ticks(5) == [0, 20, 40, 60, 80, 100])
    }

    @Test("tick format takes just enough decimals for the step")
    func tickFormat() {
        #expect(LinearScale(domain: (0, 1), range: (0, 1)).tickFormat(10)(0.3) == "0.3")
        #expect(LinearScale(domain: (0, 100), range: (0, 1)).tickFormat(5)(40) == "40")
        #expect(LinearScale(domain: (0, 0.2), range: (0, 1)).tickFormat(4)(0.15) == "0.15")  // step 0.05
        #expect(LinearScale(domain: (0, 2), range: (0, 1)).tickFormat(8)(1.25) == "1.3")    // step 0.2
    }

    @Test("extent ignores missing values and falls back when none is present")
    func extent() {
        #expect(LinearScale.extent(of: [3, .nan, -1, 7]) == (-1, 7))
        #expect(LinearScale.extent(of: [.nan], fallback: (0, 1)) == (0, 1))
        #expect(LinearScale.extent(of: [5], including: [0]) == (0, 5))
    }
}
