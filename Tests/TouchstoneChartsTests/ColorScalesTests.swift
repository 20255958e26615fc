import Testing
@testable import TouchstoneCharts

@Suite("Colours and colour scales")
struct ColorScalesTests {
    @Test("hex text round-trips")
    func hex() {
        #expect(RGBColor(hex: "#D55E00").hex == "#d55e00")
        #expect(RGBColor(hex: "0072b2") == RGBColor(red: 0, green: 0x72, blue: 0xb2))
    }

    @Test("the categorical palette is Okabe–Ito's eight colours")
    func okabeIto() {
        #expect(Palette.okabeIto.count == 8)
        #expect(Set(Palette.okabeIto.map(\.hex)) == ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2",
                                                      "#d55e00", "#cc79a7", "#000000"])
    }

    @Test("Lab conversion round-trips the ramp stops exactly")
    func labRoundTrip() {
        for c in Palette.viridis + Palette.brownTeal + Palette.okabeIto + Palette.blues {
            #expect(LabColor(c).rgb == c)
        }
        // d3.lab("#ffffff") → l 100, a 0, b 0 (D50, as d3-color).
        let white = LabColor(RGBColor(hex: "#ffffff"))
        #expect(abs(white.l - 100) < 1e-3 && abs(white.a) < 1e-9 && abs(white.b) < 1e-9)
    }

    @Test("ordinal colours follow the domain order and cycle past the palette's end")
    func ordinal() {
        let c = OrdinalColorScale(domain: ["a", "b", "c"], palette: [RGBColor(hex: "#000000"), RGBColor(hex: "#ffffff")])
        #expect(c("a").hex == "#000000")
        #expect(c("b").hex == "#ffffff")
        #expect(c("c").hex == "#000000")
    }

    @Test("a sequential scale hits its stops at the ends and middle, clamps outside, and gives nil for NaN")
    func sequential() {
        let s = SequentialColorScale(domain: (0, 1), stops: Palette.viridis)
        #expect(s(0) == Palette.viridis[0])
        #expect(s(0.5) == Palette.viridis[4])
        #expect(s(1) == Palette.viridis[8])
        #expect(s(2) == Palette.viridis[8])
        #expect(s(-1) == Palette.viridis[0])
        #expect(s(.nan) == nil)
    }

    @Test("sequential colours between stops get steadily lighter along viridis")
    func monotoneLightness() {
        let s = SequentialColorScale(domain: (0, 100), stops: Palette.viridis)
        let l = stride(from: 0.0, through: 100, by: 5).map { LabColor(s($0)!).l }
        #expect(zip(l, l.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test("a diverging scale puts the neutral stop on the midpoint even with unequal sides")
    func diverging() {
        let d = DivergingColorScale(domain: (-2, 0, 10))
        #expect(d.fraction(-2) == 0)
        #expect(d.fraction(0) == 0.5)
        #expect(d.fraction(5) == 0.75)
        #expect(d(0) == Palette.brownTeal[4])
        #expect(d(.nan) == nil)
    }

    @Test("readable text on a cell is white on dark colours and dark on light ones")
    func readableText() {
        #expect(Palette.viridis[0].readableText().hex == "#ffffff")
        #expect(Palette.viridis[8].readableText().hex == "#1a1a1a")
        #expect(RGBColor(hex: "#000000").contrast(with: RGBColor(hex: "#ffffff")) > 20.9)
    }
}
