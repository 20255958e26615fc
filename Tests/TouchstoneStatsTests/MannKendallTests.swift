import Testing
@testable import TouchstoneStats

/// References:
/// - `python/mk_panel_raw.csv`, `python/mk_trend_example.csv` (shared): pymannkendall 1.4.3
///   `original_test` (mk_*) and `hamed_rao_modification_test` (hr_*), index time, NaN dropped.
/// - `Tests/References/trend/mk_normal_reference.csv` (committed): the same two functions, pymannkendall 1.4.3
///   / SciPy 1.17.1 / NumPy 2.4.6, on hand-made series with ties, exact lines and alternating series.
/// - `Tests/References/trend/mk_exact_reference.csv` (committed): exact two-sided p = #{|S′| ≥ |S|}/n! by
///   brute-force enumeration of all n! orderings for n = 3 … 10, NumPy 2.4.6 (`mk_exact_reference.py`).
@Suite("Mann–Kendall trend test")
struct MannKendallTests {
    typealias F = TrendFixtures

    /// pymannkendall's settings: normal approximation always, Hamed–Rao on.
    static let pymannkendallSettings = MannKendallSettings(exactMaximumN: 0, hamedRao: true)

    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return F.isClose(a, b, relative: 1e-9, absolute: 1e-12)
    }

    static func checkAgainstPymannkendall(file: String, series: [String: (times: [Double], values: [Double])]) -> Int {
        var checked = 0
        for r in F.shared("coinr_asem/reference/python/\(file)").records {
            let key = "\(r["unit"]!)/\(r["indicator"]!)"
            let s = series[key]!
            let n = Int(r["n"]!)!
            let outcome = MannKendallTest.test(times: s.times, values: s.values, settings: pymannkendallSettings)
            guard n > 0 else {
                #expect(outcome == .insufficientData(n: 0), "\(key)")
                continue
            }
            guard let mk = outcome.value else { Issue.record("\(key): no result"); continue }
            #expect(mk.n == n)
            #expect(mk.s == Int(F.number(r["mk_s"]!)), "\(key) S")
            #expect(mk.pMethod == .normal)
            #expect(close(mk.varianceS, F.number(r["mk_var_s"]!)), "\(key) var")
            #expect(close(mk.tau, F.number(r["mk_tau"]!)), "\(key) tau")
            #expect(close(mk.z, F.number(r["mk_z"]!)), "\(key) z")
            #expect(close(mk.pValue, F.number(r["mk_p"]!)), "\(key) p")
            let hr = mk.hamedRao!
            let hrVar = F.number(r["hr_var_s"]!)
            if hrVar.isNaN {
                // pymannkendall: 0/0 autocorrelation of an all-tied rank series; we keep var(S) (factor 1).
                #expect(hr.varianceFactor == 1 && hr.varianceS == mk.varianceS, "\(key)")
            } else {
                #expect(close(hr.varianceS, hrVar), "\(key) hr var")
            }
            #expect(close(hr.z, F.number(r["hr_z"]!)), "\(key) hr z")
            #expect(close(hr.pValue, F.number(r["hr_p"]!)), "\(key) hr p")
            checked += 1
        }
        return checked
    }

    @Test("S, var(S), tau, z, p and Hamed–Rao match pymannkendall on the ASEM panel to 1e-9",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func asemPanel() {
        #expect(Self.checkAgainstPymannkendall(file: "mk_panel_raw.csv", series: F.asemPanel()) == 2436)
    }

    @Test("trend_example matches pymannkendall, including a missing year and a constant series",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func trendExample() {
        #expect(Self.checkAgainstPymannkendall(file: "mk_trend_example.csv", series: F.trendExample()) == 6)
    }

    @Test("ties, exact lines and autocorrelated series match pymannkendall, incl. a negative Hamed–Rao variance")
    func handMadeSeries() {
        let table = F.reference("mk_normal_reference.csv")
        #expect(table.rows.count == 21)
        for r in table.records {
            let values = F.numbers(r["values"]!)
            let times = values.indices.map { Double($0 + 1) }
            let mk = MannKendallTest.test(times: times, values: values, settings: Self.pymannkendallSettings).value!
            let name = r["case"]!
            #expect(mk.s == Int(r["s"]!)!, "\(name)")
            #expect(Self.close(mk.varianceS, F.number(r["var_s"]!)), "\(name)")
            #expect(Self.close(mk.tau, F.number(r["tau"]!)), "\(name)")
            #expect(Self.close(mk.z, F.number(r["z"]!)), "\(name)")
            #expect(Self.close(mk.pValue, F.number(r["p"]!)), "\(name)")
            let hr = mk.hamedRao!
            let hrVar = F.number(r["hr_var_s"]!), hrZ = F.number(r["hr_z"]!)
            if hrVar.isNaN {
                // Exact line: detrended ranks all tie, ρ is 0/0; we apply no correction.
                #expect(hr.varianceFactor == 1 && hr.z == mk.z && hr.pValue == mk.normalPValue, "\(name)")
            } else if hrZ.isNaN {
                // n/n* < 0: pymannkendall takes √ of a negative variance; we report why instead.
                #expect(Self.close(hr.varianceS, hrVar), "\(name)")
                #expect(hr.z == nil && hr.pValue == nil && hr.unavailable == .nonPositiveVariance, "\(name)")
            } else {
                #expect(Self.close(hr.varianceS, hrVar), "\(name)")
                #expect(Self.close(hr.z, hrZ), "\(name)")
                #expect(Self.close(hr.pValue, F.number(r["hr_p"]!)), "\(name)")
            }
        }
    }

    @Test("exact p-values equal brute-force enumeration of all n! orderings for n = 3 to 10, to 1e-12")
    func exactPValues() {
        let table = F.reference("mk_exact_reference.csv")
        #expect(table.rows.count == 63)
        for r in table.records {
            let settings = MannKendallSettings(minimumPoints: 3)
            let mk = MannKendallTest.test(times: F.numbers(r["times"]!), values: F.numbers(r["values"]!),
                                          settings: settings).value!
            #expect(mk.n == Int(r["n"]!)!)
            #expect(mk.s == Int(r["s"]!)!, "\(r["case"]!)")
            #expect(mk.pMethod == .exact)
            #expect(abs(mk.pValue - F.number(r["p"]!)) <= 1e-12, "\(r["case"]!)")
            #expect(MannKendallTest.exactPValue(n: mk.n, s: mk.s) == Double(r["count"]!)! / Double(r["total"]!)!)
        }
    }

    @Test("Mahonian numbers count permutations by inversions and sum to n!")
    func mahonian() {
        #expect(MannKendallTest.mahonianNumbers(4) == [1, 3, 5, 6, 5, 3, 1])
        var factorial: UInt64 = 1
        for n in 1 ... 20 {
            factorial *= UInt64(n)
            let row = MannKendallTest.mahonianNumbers(n)
            #expect(row.count == n * (n - 1) / 2 + 1)
            #expect(row.reduce(0, +) == factorial)
            #expect(row == row.reversed())
        }
        // n = 5, S = 10 (sorted): only the identity and its reverse reach |S| = 10.
        #expect(abs(MannKendallTest.exactPValue(n: 5, s: 10) - 2.0 / 120.0) <= 1e-17)
        #expect(MannKendallTest.exactPValue(n: 5, s: 0) == 1)
    }

    @Test("the exact distribution is used for short untied series and the normal one otherwise")
    func methodChoice() {
        let years = (0 ..< 5).map { 2018.0 + Double($0) }
        let increasing = MannKendallTest.test(times: years, values: [1, 2, 3, 4, 5]).value!
        #expect(increasing.pMethod == .exact)
        #expect(abs(increasing.pValue - 2.0 / 120.0) <= 1e-17)
        #expect(abs(increasing.normalPValue - 0.0274863361115103) <= 1e-15)
        #expect(abs(increasing.varianceS - 50.0 / 3.0) <= 1e-14)
        #expect(increasing.tau == 1)

        let tied = MannKendallTest.test(times: years, values: [1, 2, 2, 4, 5]).value!
        #expect(tied.pMethod == .normal && tied.hasTies)
        #expect(tied.pValue == tied.normalPValue)

        let long = (0 ..< 11).map { Double($0) }
        let elevenPoints = MannKendallTest.test(times: long, values: long).value!
        #expect(elevenPoints.pMethod == .normal)
        let forced = MannKendallTest.test(times: years, values: [1, 2, 3, 4, 5], settings: MannKendallSettings(exactMaximumN: 0)).value!
        #expect(forced.pMethod == .normal && forced.pValue == increasing.normalPValue)
    }

    @Test("fewer present points than minimumPoints give insufficient data")
    func tooFewPoints() {
        #expect(MannKendallTest.test(times: [], values: []) == .insufficientData(n: 0))
        #expect(MannKendallTest.test(times: [2020], values: [1]) == .insufficientData(n: 1))
        #expect(MannKendallTest.test(times: [2020, 2021, 2022], values: [1, 2, 3]) == .insufficientData(n: 3))
        #expect(MannKendallTest.test(times: [2019, 2020, 2021, 2022], values: [1, .nan, 2, 3]) == .insufficientData(n: 3))
        let three = MannKendallTest.test(times: [2020, 2021, 2022], values: [1, 2, 3], settings: MannKendallSettings(minimumPoints: 3))
        #expect(abs(three.value!.pValue - 2.0 / 6.0) <= 1e-16)
    }

    @Test("a constant series (all ties) has S 0, var(S) 0 and p 1")
    func constant() {
        let mk = MannKendallTest.test(times: [2018, 2019, 2020, 2021, 2022], values: [3, 3, 3, 3, 3],
                                      settings: MannKendallSettings(hamedRao: true)).value!
        #expect(mk.s == 0 && mk.varianceS == 0 && mk.tau == 0 && mk.z == 0)
        #expect(mk.pValue == 1 && mk.pMethod == .normal && mk.hasTies)
        #expect(mk.hamedRao!.z == 0 && mk.hamedRao!.pValue == 1)
    }

    @Test("a missing year is dropped and only the order of the present points counts")
    func gap() {
        let withGap = MannKendallTest.test(times: [2001, 2002, 2003, 2004, 2005, 2006], values: [1, 3, .nan, 2, 5, 4]).value!
        let closed = MannKendallTest.test(times: [1, 2, 3, 4, 5], values: [1, 3, 2, 5, 4]).value!
        #expect(withGap.n == 5)
        #expect(withGap.s == 6 && closed.s == 6)
        #expect(withGap.pValue == closed.pValue)
        #expect(abs(withGap.pValue - 28.0 / 120.0) <= 1e-16)
    }
}
