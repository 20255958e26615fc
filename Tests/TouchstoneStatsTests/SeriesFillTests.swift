import Testing
@testable import TouchstoneStats

/// Reference: `Tests/References/treatment/fill_reference.csv` and `boxcox_reference.csv` (committed), written
/// by `treatment_reference.py`: pandas 3.1.1 `Series.interpolate(method="index", limit_area="inside")` and
/// `ffill`, `scipy.special.boxcox` (SciPy 1.17.1); versions in `treatment_reference_versions.txt`.
@Suite("Gap filling and Box–Cox")
struct SeriesFillTests {
    static func table(_ name: String) -> CSVTable {
        CSVTable(path: MomentsTests.folder.appendingPathComponent(name).path)
    }

    static func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { TrendFixtures.isClose($0, $1, relative: 1e-14, absolute: 1e-12) }
    }

    @Test("interpolation on real years and LOCF match pandas on 7 series (gaps, unsorted, leading/trailing, all missing)")
    func matchesPandas() {
        let t = Self.table("fill_reference.csv")
        #expect(t.rows.count == 7)
        for r in t.records {
            let times = TrendFixtures.numbers(r["times"]!), values = TrendFixtures.numbers(r["values"]!)
            let i = SeriesFill.interpolate(times: times, values: values)
            let l = SeriesFill.lastObservationCarriedForward(times: times, values: values)
            #expect(Self.same(i, TrendFixtures.numbers(r["interpolate"]!)), "\(r["case"]!): interpolate \(i)")
            #expect(Self.same(l, TrendFixtures.numbers(r["locf"]!)), "\(r["case"]!): locf \(l)")
        }
    }

    @Test("a gap of two years is filled in real time, never by position")
    func realTime() {
        // 2019 = 10, 2023 = 40: 2020 is a quarter of the way (17.5), not a third.
        let x = SeriesFill.interpolate(times: [2019, 2020, 2023], values: [10, .nan, 40])
        #expect(x == [10, 17.5, 40])
    }

    @Test("Box–Cox matches scipy.special.boxcox for 8 λ (negative, 0 = log, fractional, 2, 3)")
    func boxCox() {
        for r in Self.table("boxcox_reference.csv").records {
            let lambda = TrendFixtures.number(r["lambda"]!)
            let ours = TrendFixtures.numbers(r["values"]!).map { PowerTransform.boxCox($0, lambda: lambda)! }
            #expect(zip(ours, TrendFixtures.numbers(r["boxcox"]!)).allSatisfy { TrendFixtures.isClose($0, $1, relative: 1e-13, absolute: 1e-13) }, "λ = \(lambda)")
        }
        #expect(PowerTransform.boxCox(0, lambda: 0.5) == nil)
        #expect(PowerTransform.boxCox(-1, lambda: 2) == nil)
    }
}
