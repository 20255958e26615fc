import Testing
@testable import TouchstoneStats

/// References:
/// - `Tests/References/trend/theilsen_reference.csv` (committed): `scipy.stats.theilslopes(y, x, alpha)`,
///   SciPy 1.17.1 / NumPy 2.4.6, alpha 0.95 and 0.90, written by `theilsen_reference.py` (trend_example,
///   the first 100 ASEM panel series, ties, gaps, n = 2, 3, seeded random series).
/// - `python/mk_panel_raw.csv`, `python/mk_trend_example.csv` (shared): `sen_slope_per_year` and
///   `sen_intercept_year`, the Theil–Sen line on real years.
@Suite("Theil–Sen trend")
struct TheilSenTests {
    typealias F = TrendFixtures

    @Test("slope, intercept and Sen interval match scipy.stats.theilslopes on 140 series at two levels")
    func matchesSciPy() {
        let table = F.reference("theilsen_reference.csv")
        #expect(table.rows.count == 280)
        for r in table.records {
            let level = F.number(r["alpha"]!)
            let times = F.numbers(r["times"]!), values = F.numbers(r["values"]!)
            guard let fit = TheilSenTrend.fit(times: times, values: values, level: level).value else {
                Issue.record("\(r["case"]!): no fit"); continue
            }
            let scale = values.map(abs).max()!
            let tol = { (a: Double, b: Double, s: Double) in F.isClose(a, b, relative: 1e-12, absolute: 1e-15 * s) }
            #expect(fit.n == Int(r["n"]!)!)
            #expect(tol(fit.slope, F.number(r["slope"]!), scale), "\(r["case"]!) slope")
            #expect(tol(fit.intercept, F.number(r["intercept"]!), scale * 2000), "\(r["case"]!) intercept")
            #expect(tol(fit.confidenceInterval.lower, F.number(r["low_slope"]!), scale), "\(r["case"]!) low")
            #expect(tol(fit.confidenceInterval.upper, F.number(r["high_slope"]!), scale), "\(r["case"]!) high")
            #expect(fit.confidenceInterval.level == level)
        }
    }

    @Test("slope and intercept per year match sen_slope_per_year and sen_intercept_year in the pymannkendall files",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func matchesPerYearColumns() {
        var checked = 0
        for (file, series) in [("mk_panel_raw.csv", F.asemPanel()), ("mk_trend_example.csv", F.trendExample())] {
            for r in F.shared("coinr_asem/reference/python/\(file)").records {
                let key = "\(r["unit"]!)/\(r["indicator"]!)"
                let s = series[key]!
                let outcome = TheilSenTrend.fit(times: s.times, values: s.values)
                let expected = F.number(r["sen_slope_per_year"]!)
                if expected.isNaN {
                    #expect(outcome == .insufficientData(n: 0), "\(key)")
                    continue
                }
                let fit = outcome.value!
                let scale = s.values.filter { !$0.isNaN }.map(abs).max()!
                #expect(F.isClose(fit.slope, expected, relative: 1e-12, absolute: 1e-15 * scale), "\(key)")
                #expect(F.isClose(fit.intercept, F.number(r["sen_intercept_year"]!), relative: 1e-12,
                                  absolute: 1e-12 * scale), "\(key)")
                checked += 1
            }
        }
        #expect(checked == 2436 + 6)
    }

    @Test("Theil–Sen slope ignores a single outlier")
    func outlier() {
        let fit = TheilSenTrend.fit(times: [1, 2, 3, 4, 5], values: [1, 2, 3, 4, 100]).value!
        #expect(fit.slope == 1)
        #expect(fit.intercept == 0)
    }

    @Test("a pair across a missing year is divided by the whole gap")
    func gap() {
        // Slopes: (3−1)/3, (4−1)/4, (4−3)/1 → median 0.75.
        let fit = TheilSenTrend.fit(times: [2000, 2001, 2002, 2003, 2004], values: [1, .nan, .nan, 3, 4]).value!
        #expect(fit.n == 3)
        #expect(fit.slope == 0.75)
        #expect(abs(fit.intercept - (3 - 0.75 * 2003)) < 1e-12)
    }

    @Test("fewer than two present points give insufficient data")
    func tooFewPoints() {
        #expect(TheilSenTrend.fit(times: [], values: []) == .insufficientData(n: 0))
        #expect(TheilSenTrend.fit(times: [2020], values: [1]) == .insufficientData(n: 1))
        #expect(TheilSenTrend.fit(times: [2020, 2021], values: [1, .nan]) == .insufficientData(n: 1))
    }

    @Test("two points give their slope and a point interval")
    func twoPoints() {
        let fit = TheilSenTrend.fit(times: [2018, 2022], values: [3, 1]).value!
        #expect(fit.slope == -0.5)
        #expect(fit.intercept == 1012)
        #expect(fit.confidenceInterval.lower == -0.5 && fit.confidenceInterval.upper == -0.5)
    }

    @Test("a constant series (all ties) has slope 0 and interval [0, 0]")
    func constant() {
        let fit = TheilSenTrend.fit(times: [2018, 2019, 2020, 2021, 2022], values: [4, 4, 4, 4, 4]).value!
        #expect(fit.slope == 0)
        #expect(fit.intercept == 4)
        #expect(fit.confidenceInterval.lower == 0 && fit.confidenceInterval.upper == 0)
    }

    @Test("the interval widens with the confidence level and contains the slope")
    func levels() {
        let t = (0 ..< 10).map { 2010.0 + Double($0) }
        let y = [0.3, -0.2, 0.55, 0.12, 0.9, 0.44, 1.2, 0.8, 1.5, 1.1]
        let narrow = TheilSenTrend.fit(times: t, values: y, level: 0.5).value!.confidenceInterval
        let wide = TheilSenTrend.fit(times: t, values: y, level: 0.99).value!.confidenceInterval
        let slope = TheilSenTrend.fit(times: t, values: y).value!.slope
        #expect(wide.lower <= narrow.lower && narrow.upper <= wide.upper)
        #expect(narrow.lower <= slope && slope <= narrow.upper)
        #expect(wide.upper - wide.lower > 0.01)
    }
}
