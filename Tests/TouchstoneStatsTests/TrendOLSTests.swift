import Testing
@testable import TouchstoneStats

/// References:
/// - `python/ols_panel_raw.csv`, `python/ols_trend_example.csv` (shared COINr ASEM set): `scipy.stats.linregress`
///   with `t.ppf(0.975, n − 2)`, real years, NaN dropped.
/// - `h_ols_slope_ci_R.csv` (shared): R 4.2.2 `lm(y ~ year)` + `confint`, LPI, Flights, CO2, Renew.
/// - `Tests/References/trend/ols_reference.csv` (committed): SciPy 1.17.1 linregress + t.ppf at levels
///   0.90, 0.95, 0.99 on small series with gaps, written by `ols_reference.py`.
@Suite("OLS trend")
struct TrendOLSTests {
    typealias F = TrendFixtures

    /// Values agree to 1e−9 relative, or 1e−13 × the series' scale where the reference is near zero.
    static func close(_ a: Double, _ b: Double, scale: Double) -> Bool {
        F.isClose(a, b, relative: 1e-9, absolute: 1e-13 * scale)
    }

    static func checkAgainstSciPy(_ table: CSVTable, series: [String: (times: [Double], values: [Double])]) -> Int {
        var checked = 0
        for r in table.records {
            let key = "\(r["unit"]!)/\(r["indicator"]!)"
            guard let s = series[key] else { Issue.record("no series \(key)"); continue }
            let n = Int(r["n"]!)!
            let outcome = OLSTrend.fit(times: s.times, values: s.values)
            guard n >= 2 else {
                #expect(outcome == .insufficientData(n: n), "\(key)")
                continue
            }
            guard let fit = outcome.value else { Issue.record("\(key): no fit"); continue }
            let scale = s.values.filter { !$0.isNaN }.map(abs).max()!
            let slopeScale = max(scale, 1e-300)
            #expect(fit.n == n)
            #expect(fit.degreesOfFreedom == Int(F.number(r["df"]!)))
            #expect(close(fit.slope, F.number(r["slope"]!), scale: slopeScale), "\(key) slope")
            #expect(close(fit.intercept, F.number(r["intercept"]!), scale: slopeScale * 2000), "\(key) intercept")
            let stderr = F.number(r["stderr"]!)
            if stderr.isNaN {
                #expect(fit.inference == nil && fit.inferenceUnavailable == .constantValues, "\(key)")
                #expect(fit.rSquared == nil)
            } else if let inf = fit.inference {
                #expect(close(inf.standardError, stderr, scale: slopeScale), "\(key) se")
                #expect(close(inf.confidenceInterval.lower, F.number(r["ci_low"]!), scale: slopeScale), "\(key) lo")
                #expect(close(inf.confidenceInterval.upper, F.number(r["ci_high"]!), scale: slopeScale), "\(key) hi")
                #expect(F.isClose(inf.pValue, F.number(r["p"]!), relative: 1e-9, absolute: 1e-12), "\(key) p")
                #expect(F.isClose(inf.tQuantile, F.number(r["t_quantile"]!), relative: 1e-12), "\(key) t")
                #expect(F.isClose(fit.rSquared!, F.number(r["r2"]!), relative: 1e-9, absolute: 1e-12), "\(key) r2")
                checked += 1
            } else {
                Issue.record("\(key): no inference")
            }
        }
        return checked
    }

    @Test("slope, intercept, se, CI, p and r² match SciPy on the ASEM panel to 1e-9",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func asemPanelSciPy() {
        let table = F.shared("coinr_asem/reference/python/ols_panel_raw.csv")
        #expect(table.rows.count == 2499)
        let checked = Self.checkAgainstSciPy(table, series: F.asemPanel())
        #expect(checked == 2436)
    }

    @Test("trend_example fits match SciPy, with a missing year kept as a gap and a constant series without inference",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func trendExampleSciPy() {
        let table = F.shared("coinr_asem/reference/python/ols_trend_example.csv")
        let checked = Self.checkAgainstSciPy(table, series: F.trendExample())
        #expect(checked == 5)
    }

    @Test("slope and 95% CI match R lm + confint on the ASEM panel to 1e-9",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func asemPanelR() {
        let table = F.shared("coinr_asem/reference/h_ols_slope_ci_R.csv")
        let series = F.asemPanel()
        #expect(table.rows.count == 204)
        var checked = 0
        for r in table.records {
            let key = "\(r["unit"]!)/\(r["indicator"]!)"
            guard let s = series[key], let fit = OLSTrend.fit(times: s.times, values: s.values).value,
                  let inf = fit.inference else { Issue.record("\(key): no fit"); continue }
            let scale = s.values.filter { !$0.isNaN }.map(abs).max()!
            #expect(fit.n == Int(r["n"]!)!)
            #expect(Self.close(fit.slope, F.number(r["slope"]!), scale: scale), "\(key) slope")
            #expect(Self.close(inf.confidenceInterval.lower, F.number(r["ci_low"]!), scale: scale), "\(key) lo")
            #expect(Self.close(inf.confidenceInterval.upper, F.number(r["ci_high"]!), scale: scale), "\(key) hi")
            checked += 1
        }
        #expect(checked == 204)
    }

    @Test("intervals at 90, 95 and 99 percent match SciPy on small series with gaps")
    func levelsAndGaps() {
        let table = F.reference("ols_reference.csv")
        #expect(table.rows.count == 15)
        for r in table.records {
            let level = F.number(r["level"]!)
            let fit = OLSTrend.fit(times: F.numbers(r["times"]!), values: F.numbers(r["values"]!), level: level).value!
            let inf = fit.inference!
            let scale = F.numbers(r["values"]!).map(abs).max()!
            #expect(fit.n == Int(r["n"]!)!)
            #expect(Self.close(fit.slope, F.number(r["slope"]!), scale: scale))
            #expect(Self.close(fit.intercept, F.number(r["intercept"]!), scale: scale * 2000))
            #expect(Self.close(inf.standardError, F.number(r["stderr"]!), scale: scale))
            #expect(F.isClose(inf.tQuantile, F.number(r["t_quantile"]!), relative: 1e-12))
            #expect(Self.close(inf.confidenceInterval.lower, F.number(r["ci_low"]!), scale: scale))
            #expect(Self.close(inf.confidenceInterval.upper, F.number(r["ci_high"]!), scale: scale))
            #expect(inf.confidenceInterval.level == level)
            #expect(F.isClose(inf.pValue, F.number(r["p"]!), relative: 1e-9, absolute: 1e-12))
            #expect(F.isClose(fit.rSquared!, F.number(r["r2"]!), relative: 1e-9, absolute: 1e-12))
        }
    }

    @Test("a missing year stays a gap: the slope uses real years, not positions")
    func gapKeepsRealTime() {
        // Positions would give slope 1 (1, 2, 3); real years 2001, 2002, 2004 give 9/14.
        let fit = OLSTrend.fit(times: [2001, 2002, 2003, 2004], values: [1, 2, .nan, 3]).value!
        #expect(fit.n == 3)
        #expect(abs(fit.slope - 9.0 / 14.0) < 1e-15)
        #expect(abs(fit.fitted(at: 2002.3333333333335) - 2) < 1e-12)
    }

    @Test("fewer than two present points give insufficient data")
    func tooFewPoints() {
        #expect(OLSTrend.fit(times: [], values: []) == .insufficientData(n: 0))
        #expect(OLSTrend.fit(times: [2020], values: [4]) == .insufficientData(n: 1))
        #expect(OLSTrend.fit(times: [2020, 2021, 2022], values: [.nan, 4, .nan]) == .insufficientData(n: 1))
        #expect(OLSTrend.fit(times: [2020, 2021], values: [.nan, .nan]) == .insufficientData(n: 0))
    }

    @Test("two points give the slope through them and no standard error")
    func twoPoints() {
        let fit = OLSTrend.fit(times: [2018, 2022], values: [3, 1]).value!
        #expect(fit.slope == -0.5)
        #expect(abs(fit.intercept - 1012) < 1e-12)
        #expect(fit.degreesOfFreedom == 0)
        #expect(fit.inference == nil)
        #expect(fit.inferenceUnavailable == .tooFewPoints)
        #expect(fit.rSquared == 1)
    }

    @Test("a constant series has slope 0 and no standard error, interval, p or r²")
    func constantSeries() {
        let fit = OLSTrend.fit(times: [2018, 2019, 2020, 2021], values: [7, 7, 7, 7]).value!
        #expect(fit.slope == 0)
        #expect(fit.intercept == 7)
        #expect(fit.inference == nil)
        #expect(fit.inferenceUnavailable == .constantValues)
        #expect(fit.rSquared == nil)
    }

    @Test("an exact line has zero standard error, p 0 and a point interval")
    func exactLine() {
        let fit = OLSTrend.fit(times: [2010, 2011, 2012, 2013], values: [1, 3, 5, 7]).value!
        let inf = fit.inference!
        #expect(fit.slope == 2)
        #expect(inf.standardError == 0)
        #expect(inf.pValue == 0)
        #expect(inf.confidenceInterval.lower == 2 && inf.confidenceInterval.upper == 2)
        #expect(fit.rSquared == 1)
    }
}

@Suite("OLS on constant series")
struct OLSConstantSeriesTests {
    @Test("a constant series whose mean is not exact in binary (20 × 0.1) is still recognised as constant")
    func constantTenths() {
        let fit = OLSTrend.fit(times: (2001 ... 2020).map(Double.init), values: Array(repeating: 0.1, count: 20)).value!
        #expect(fit.slope == 0)
        #expect(fit.intercept == 0.1)
        #expect(fit.inference == nil)
        #expect(fit.inferenceUnavailable == .constantValues)
        #expect(fit.rSquared == nil)
    }
}
