import Testing
@testable import TouchstoneCharts

@Suite("Band scale")
struct BandScaleTests {
    // d3-scale: scaleBand().domain(["a","b","c"]).range([0, 960]) → a 0, b 320, c 640, bandwidth 320.
    @Test("without padding the bands split the range evenly, as d3.scaleBand")
    func plain() {
        let x = BandScale(domain: ["a", "b", "c"], range: (0, 960))
        #expect(x("a") == 0)
        #expect(x("b") == 320)
        #expect(x("c") == 640)
        #expect(x.bandwidth == 320)
        #expect(x("d") == nil)
    }

    // step = 120 / (3 − 0.2 + 2·0.1) = 40; start = (120 − 40·2.8)·0.5 = 4; bandwidth = 40·0.8 = 32.
    @Test("inner and outer padding follow d3's step and bandwidth formulas")
    func padded() {
        let x = BandScale(domain: ["a", "b", "c"], range: (0, 120), paddingInner: 0.2, paddingOuter: 0.1)
        #expect(abs(x.step - 40) < 1e-12)
        #expect(abs(x.bandwidth - 32) < 1e-12)
        #expect(abs(x("a")! - 4) < 1e-12)
        #expect(abs(x("b")! - 44) < 1e-12)
        #expect(abs(x("c")! - 84) < 1e-12)
        #expect(abs(x.center(at: 0) - 20) < 1e-12)
    }

    // d3: padding 0.1 on [0, 960] with three bands → step 960/3.1, start (960 − step·2.9)/2.
    @Test("uniform padding matches d3 band.padding")
    func uniform() {
        let x = BandScale(domain: ["a", "b", "c"], range: (0, 960), padding: 0.1)
        let step = 960 / 3.1
        #expect(abs(x.step - step) < 1e-9)
        #expect(abs(x("a")! - (960 - step * 2.9) / 2) < 1e-9)
        #expect(abs(x.bandwidth - step * 0.9) < 1e-9)
    }

    @Test("a reversed range lists bands from the far end, and duplicates keep their first place")
    func reversedAndDuplicates() {
        let x = BandScale(domain: ["a", "b", "a", "c"], range: (300, 0))
        #expect(x.domain == ["a", "b", "c"])
        #expect(x("a") == 200)
        #expect(x("c") == 0)
    }

    @Test("an empty domain has no bands and does not divide by zero")
    func empty() {
        let x = BandScale(domain: [], range: (0, 100))
        #expect(x.step == 100)
        #expect(x("a") == nil)
    }
}
