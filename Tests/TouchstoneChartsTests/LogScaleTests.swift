import Testing
@testable import TouchstoneCharts

@Suite("Log scale")
struct LogScaleTests {
    @Test("maps decades to equal distances and non-positive values to NaN")
    func mapping() {
        let x = LogScale(domain: (1, 1000), range: (0, 300))
        #expect(abs(x(10) - 100) < 1e-9)
        #expect(abs(x(100) - 200) < 1e-9)
        #expect(x(0).isNaN)
        #expect(x(-5).isNaN)
    }

    @Test("ticks are 1, 2 and 5 times the powers of ten over a few decades")
    func fewDecades() {
        let x = LogScale(domain: (1, 1000), range: (0, 1))
        #expect(x.ticks() == [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])
        let y = LogScale(domain: (0.01, 1), range: (0, 1))
        #expect(y.ticks() == [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1])
    }

    @Test("over many decades only powers of ten remain, every k-th when they are too many")
    func manyDecades() {
        #expect(LogScale(domain: (1, 1e8), range: (0, 1)).ticks() == [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8])
        #expect(LogScale(domain: (1, 1e20), range: (0, 1)).ticks() == stride(from: 0, through: 20, by: 2).map { pow10($0) })
    }

    @Test("inside one short decade the ticks fall back to linear ticks")
    func narrow() {
        #expect(LogScale(domain: (20, 40), range: (0, 1)).ticks(5) == [20, 25, 30, 35, 40])
    }

    @Test("nice() rounds the domain out to powers of ten")
    func nice() {
        #expect(LogScale(domain: (3, 420), range: (0, 1)).nice().domain == (1, 1000))
    }

    func pow10(_ k: Int) -> Double { (0..<k).reduce(1.0) { r, _ in r * 10 } }
}
