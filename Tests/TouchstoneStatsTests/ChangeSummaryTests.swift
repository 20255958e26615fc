import Foundation
import Testing
@testable import TouchstoneStats

/// References: `h_trends_CAGR_raw.csv` and `h_trends_prcchange_raw.csv` (shared), COINr 1.1.14 / R 4.2.2
/// `get_trends(f_trend = "CAGR" / "prc_change")` on the raw ASEM panel, 2018–2022, one row per unit × indicator.
@Suite("Change summary")
struct ChangeSummaryTests {
    typealias F = TrendFixtures

    @Test("CAGR matches COINr where both ends are positive; zero or negative ends are unavailable with a reason",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func cagrMatchesCOINr() {
        let series = F.asemPanel()
        var matched = 0, zeroFirst = 0, nonPositive = 0
        for r in F.shared("coinr_asem/reference/h_trends_CAGR_raw.csv").records {
            let key = "\(r["uCode"]!)/\(r["iCode"]!)"
            let s = series[key]!
            let outcome = ChangeSummary.summarize(times: s.times, values: s.values)
            if r["Avail"] == "0" {
                #expect(outcome == .insufficientData(n: 0), "\(key)")
                continue
            }
            let summary = outcome.value!
            #expect(summary.first.time == F.number(r["t_first"]!) && summary.last.time == F.number(r["t_latest"]!))
            let expected = F.number(r["CAGR"]!)
            if summary.first.value > 0 && summary.last.value > 0 {
                #expect(F.isClose(summary.cagr.value!, expected, relative: 1e-12, absolute: 1e-15), "\(key)")
                matched += 1
            } else if summary.first.value == 0 {
                // COINr: (y/0)^(1/4) − 1 = Inf.
                #expect(expected == .infinity && summary.cagr == .unavailable(.nonPositiveFirstValue), "\(key)")
                zeroFirst += 1
            } else {
                // COINr gives NaN for mixed signs (CHE GDPGrow) and a number when both ends are negative
                // (LUX GDPGrow: (−0.405/−0.677)^(1/4) − 1); a growth rate of a negative quantity is not defined.
                #expect(summary.cagr == .unavailable(.nonPositiveFirstValue), "\(key)")
                nonPositive += 1
            }
        }
        #expect(matched == 2363 && zeroFirst == 71 && nonPositive == 2)
    }

    @Test("prc_change matches COINr's OLS percentage change to 1e-9",
          .enabled(if: TrendFixtures.sharedAvailable, "needs ../shared/data"))
    func prcChangeMatchesCOINr() {
        let series = F.asemPanel()
        var matched = 0
        for r in F.shared("coinr_asem/reference/h_trends_prcchange_raw.csv").records {
            let key = "\(r["uCode"]!)/\(r["iCode"]!)"
            let s = series[key]!
            guard r["Avail"] != "0" else { continue }
            let summary = ChangeSummary.summarize(times: s.times, values: s.values).value!
            let expected = F.number(r["prc_change"]!)
            #expect(F.isClose(summary.olsPercentChange.value!, expected, relative: 1e-9, absolute: 1e-12), "\(key)")
            matched += 1
        }
        #expect(matched == 2436)
    }

    @Test("year-over-year changes across a gap are divided by the gap and flagged")
    func gap() {
        let s = ChangeSummary.summarize(times: [2018, 2019, 2020, 2021, 2022], values: [100, 110, .nan, 121, 133.1]).value!
        #expect(s.n == 4)
        #expect(s.first == TimedValue(time: 2018, value: 100) && s.last == TimedValue(time: 2022, value: 133.1))
        #expect(s.yearOverYear.map(\.spansGap) == [false, true, false])
        #expect(s.yearOverYear.map(\.fromTime) == [2018, 2019, 2021])
        #expect(s.yearOverYear.map(\.toTime) == [2019, 2021, 2022])
        let expected = [10.0, 5.5, 12.1]
        for (c, e) in zip(s.yearOverYear, expected) { #expect(abs(c.perYear - e) < 1e-12) }
        #expect(abs(s.yearOverYear[1].difference - 11) < 1e-12)
        #expect(abs(s.absoluteChange - 33.1) < 1e-12)
        #expect(abs(s.percentChange.value! - 33.1) < 1e-12)
        #expect(abs(s.cagr.value! - (pow(1.331, 0.25) - 1)) < 1e-15)
        // sd of [10, 5.5, 12.1]: mean 9.2, deviations 0.8, −3.7, 2.9 → √((0.64 + 13.69 + 8.41)/2) = √11.37.
        #expect(abs(s.volatility.value! - 11.37.squareRoot()) < 1e-12)
        #expect(s.reversals == 0)
    }

    @Test("reversals count sign changes of non-zero changes, skipping those within the tolerance")
    func reversals() {
        let t = (0 ..< 6).map { 2010.0 + Double($0) }
        // Changes +1, 0, −2, −1, +3 → signs + − − + → 2 reversals.
        let y = [0.0, 1, 1, -1, -2, 1]
        #expect(ChangeSummary.summarize(times: t, values: y).value!.reversals == 2)
        // Changes +1, −0.01, +1, −0.01, +1: 4 reversals exactly, none beyond a tolerance of 0.05.
        let wiggle = [0.0, 1, 0.99, 1.99, 1.98, 2.98]
        #expect(ChangeSummary.summarize(times: t, values: wiggle).value!.reversals == 4)
        let tolerant = ChangeSummarySettings(tolerance: 0.05)
        #expect(ChangeSummary.summarize(times: t, values: wiggle, settings: tolerant).value!.reversals == 0)
    }

    @Test("a zero or negative first value leaves percentage change and CAGR unavailable with reasons")
    func nonPositive() {
        let zero = ChangeSummary.summarize(times: [2018, 2019, 2020], values: [0, 1, 2]).value!
        #expect(zero.percentChange == .unavailable(.zeroFirstValue))
        #expect(zero.cagr == .unavailable(.nonPositiveFirstValue))
        #expect(zero.absoluteChange == 2)
        let negative = ChangeSummary.summarize(times: [2018, 2019, 2020], values: [-4, -3, -2]).value!
        #expect(negative.percentChange == .value(50))     // 100·(−2 − −4)/|−4|: the sign follows the change
        #expect(negative.cagr == .unavailable(.nonPositiveFirstValue))
        let lastZero = ChangeSummary.summarize(times: [2018, 2019, 2020], values: [4, 3, 0]).value!
        #expect(lastZero.cagr == .unavailable(.nonPositiveLastValue))
        #expect(lastZero.percentChange == .value(-100))
    }

    @Test("prc_change is 100 × slope over the fitted first value, unavailable below three points or at a zero baseline")
    func prcChange() {
        // y = 2 + 0.5·(t − 2020): fitted first value 2, slope 0.5 → 25 % a year.
        let line = ChangeSummary.summarize(times: [2020, 2021, 2022, 2023], values: [2, 2.5, 3, 3.5]).value!
        #expect(abs(line.olsPercentChange.value! - 25) < 1e-12)
        let two = ChangeSummary.summarize(times: [2020, 2021], values: [2, 3]).value!
        #expect(two.olsPercentChange == .unavailable(.tooFewPoints))
        #expect(two.volatility == .unavailable(.tooFewPoints))
        #expect(abs(two.cagr.value! - 0.5) < 1e-15)
        let zeroBaseline = ChangeSummary.summarize(times: [2020, 2021, 2022], values: [0, 1, 2]).value!
        #expect(zeroBaseline.olsPercentChange == .unavailable(.zeroBaseline))
    }

    @Test("a constant series has no change, zero growth and no reversals")
    func constant() {
        let s = ChangeSummary.summarize(times: [2018, 2019, 2020, 2021], values: [5, 5, 5, 5]).value!
        #expect(s.absoluteChange == 0 && s.percentChange == .value(0))
        #expect(s.cagr == .value(0) && s.olsPercentChange == .value(0))
        #expect(s.volatility == .value(0) && s.reversals == 0)
        #expect(s.yearOverYear.allSatisfy { $0.perYear == 0 && !$0.spansGap })
    }

    @Test("fewer than two present points give insufficient data")
    func tooFewPoints() {
        #expect(ChangeSummary.summarize(times: [], values: []) == .insufficientData(n: 0))
        #expect(ChangeSummary.summarize(times: [2020], values: [3]) == .insufficientData(n: 1))
        #expect(ChangeSummary.summarize(times: [2020, 2021], values: [.nan, 3]) == .insufficientData(n: 1))
    }
}
