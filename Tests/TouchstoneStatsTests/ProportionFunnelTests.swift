import Foundation
import Testing
@testable import TouchstoneStats

/// References:
/// - `Tests/References/funnel/proportion_{units,grid}.csv` (committed): `funnel_reference.py`, an independent
///   numpy/scipy implementation (SciPy 1.17.1 `binom.ppf`/`binom.cdf`, `norm.ppf`) on `funnel_example.csv`.
/// - `python/funnel_example.csv`, `funnel_example_grid.csv` (shared): normal and "exact" limits from another
///   numpy/scipy script; their exact limits are Spiegelhalter's interpolation (r_p − α)/n, which the negative
///   lower limits at small n reveal (r_p = 0, α = (F(0) − p)/F(0) > 0).
@Suite("Funnel limits for proportions")
struct ProportionFunnelTests {
    typealias F = TrendFixtures
    typealias FF = FunnelFixtures

    static let example = FF.reference("funnel_example.csv").records
    static let events = example.map { Int($0["events"]!)! }
    static let n = example.map { Int($0["n"]!)! }
    static let funnel = ProportionFunnel(pooling: events, n: n)!

    @Test("the pooled target is Σr/Σn = 266/3345")
    func pooledTarget() {
        #expect(Self.funnel.target == 266.0 / 3345.0)
        #expect(abs(Self.funnel.target - 0.0795216741405082) <= 1e-16)
        // Units with n = 0 or invalid counts do not enter the pool; nothing to pool gives no target.
        #expect(ProportionFunnel.pooledTarget(events: [3, 0, 9], n: [10, 0, 5]) == .computed(0.3))
        #expect(ProportionFunnel.pooledTarget(events: [0, 0], n: [0, 0]) == .unavailable(.noTarget))
        #expect(ProportionFunnel(pooling: [], n: []) == nil)
    }

    @Test("per-unit proportions, z-scores, normal and exact limits and positions match the SciPy reference to 1e-12")
    func unitsMatchReference() {
        let table = FF.reference("proportion_units.csv").records
        let units = Self.funnel.assess(events: Self.events, n: Self.n)
        #expect(units.count == table.count && table.count == 10)
        for (u, r) in zip(units, table) {
            let name = r["unit"]!
            #expect(abs(u.value.value! - F.number(r["value"]!)) <= 1e-15, "\(name)")
            #expect(F.isClose(u.zScore.value!, F.number(r["z"]!), relative: 1e-12, absolute: 1e-14), "\(name) z")
            #expect(F.isClose(Self.funnel.standardError(n: Int(u.denominator)).value!, F.number(r["se"]!),
                              relative: 1e-14), "\(name) se")
            FF.expectLimits(u.limits.value!, r, tolerance: 1e-12, name)
            for (column, method, level) in [("pos95", FunnelLimitMethod.normal, FunnelLevel.ninetyFive),
                                            ("pos998", .normal, .ninetyNinePointEight),
                                            ("pos95_exact", .exact, .ninetyFive),
                                            ("pos998_exact", .exact, .ninetyNinePointEight)] {
                #expect(u.position(method, at: level).value?.rawValue == r[column]!, "\(name) \(column)")
            }
        }
    }

    @Test("grid limits match the SciPy reference to 1e-12 at 50 geometric n from 20 to 1000")
    func gridMatchesReference() {
        let table = FF.reference("proportion_grid.csv").records
        let ns = table.map { Int(F.number($0["denominator"]!)) }
        #expect(ns == FunnelGrid.wholeNumbers(from: 20, to: 1000, count: 50))
        let grid = Self.funnel.grid(n: ns)
        #expect(grid.count == 50)
        for (set, r) in zip(grid, table) {
            FF.expectLimits(set, r, tolerance: 1e-12, "n = \(r["denominator"]!)")
        }
    }

    @Test("per-unit limits, z-scores and flags match the shared python/funnel_example.csv to 1e-12",
          .enabled(if: FunnelFixtures.sharedAvailable, "needs ../shared/data"))
    func matchesSharedUnits() {
        let table = F.shared("coinr_asem/reference/python/funnel_example.csv").records
        #expect(table.count == 10)
        for r in table {
            let events = Int(r["events"]!)!, n = Int(r["n"]!)!
            let funnel = ProportionFunnel(target: F.number(r["p0"]!))
            #expect(abs(funnel.target - Self.funnel.target) <= 1e-16)
            let unit = funnel.assess(events: [events], n: [n])[0]
            #expect(abs(unit.value.value! - F.number(r["p"]!)) <= 1e-15)
            #expect(F.isClose(unit.zScore.value!, F.number(r["z"]!), relative: 1e-12, absolute: 1e-14))
            FF.expectLimits(unit.limits.value!, r, tolerance: 1e-12, r["unit"]!)
            // flag: the most extreme band crossed (above99.8, above95, below99.8, below95, within),
            // the same with normal and exact limits on these data.
            for method in FunnelLimitMethod.allCases {
                let p95 = unit.position(method, at: .ninetyFive).value!
                let p998 = unit.position(method, at: .ninetyNinePointEight).value!
                let flag = p998 != .within ? "\(p998.rawValue)99.8" : (p95 != .within ? "\(p95.rawValue)95" : "within")
                #expect(flag == r["flag"]!, "\(r["unit"]!) \(method)")
            }
        }
    }

    @Test("grid limits match the shared python/funnel_example_grid.csv to 1e-12",
          .enabled(if: FunnelFixtures.sharedAvailable, "needs ../shared/data"))
    func matchesSharedGrid() {
        let table = F.shared("coinr_asem/reference/python/funnel_example_grid.csv").records
        #expect(table.count == 50)
        let ns = table.map { Int($0["n"]!)! }
        #expect(ns == FunnelGrid.wholeNumbers(from: 20, to: 1000, count: 50))
        let funnel = ProportionFunnel(target: F.number(table[0]["p0"]!))
        for (set, r) in zip(funnel.grid(n: ns), table) {
            FF.expectLimits(set, r, tolerance: 1e-12, "n = \(r["n"]!)")
        }
    }

    @Test("exact binomial limits match SciPy to 1e-12 for n from 1 to 1e7 and p0 = 0.003, 0.08, 0.5")
    func stressMatchesReference() {
        let rows = FF.reference("stress_exact.csv").records.filter { $0["family"] == "binomial" }
        #expect(rows.count == 24)
        for r in rows {
            let funnel = ProportionFunnel(target: F.number(r["target"]!))
            let n = Int(F.number(r["denominator"]!))
            for (tag, level) in [("95", FunnelLevel.ninetyFive), ("998", .ninetyNinePointEight)] {
                let l = funnel.exactLimits(n: n, level: level).value!
                #expect(abs(l.lower - F.number(r["lo\(tag)_exact"]!)) <= 1e-12, "\(r) lower \(tag): \(l.lower)")
                #expect(abs(l.upper - F.number(r["hi\(tag)_exact"]!)) <= 1e-12, "\(r) upper \(tag): \(l.upper)")
            }
        }
    }

    @Test("n = 0 has no proportion, z-score, limits or position, each with the reason zeroDenominator")
    func zeroTrials() {
        let funnel = ProportionFunnel(target: 0.1)
        #expect(funnel.value(events: 0, n: 0) == .unavailable(.zeroDenominator))
        #expect(funnel.zScore(events: 0, n: 0) == .unavailable(.zeroDenominator))
        #expect(funnel.normalLimits(n: 0, level: .ninetyFive) == .unavailable(.zeroDenominator))
        #expect(funnel.exactLimits(n: 0, level: .ninetyFive) == .unavailable(.zeroDenominator))
        let unit = funnel.assess(events: [0], n: [0])[0]
        #expect(unit.limits == .unavailable(.zeroDenominator))
        #expect(unit.position(.exact, at: .ninetyFive) == .unavailable(.zeroDenominator))
        #expect(funnel.normalLimits(n: -3, level: .ninetyFive) == .unavailable(.invalidDenominator))
        #expect(funnel.zScore(events: 6, n: 5) == .unavailable(.invalidEvents))
        #expect(funnel.zScore(events: -1, n: 5) == .unavailable(.invalidEvents))
        #expect(funnel.assess(events: [6], n: [5])[0].limits == .unavailable(.invalidEvents))
    }

    @Test("r = 0 out of 50 at p0 = 0.1 lies below the exact 95% limit but within the 99.8% one")
    func zeroEvents() {
        let funnel = ProportionFunnel(target: 0.1)
        let f0 = pow(0.9, 50.0), f1 = f0 + 50 * 0.1 * pow(0.9, 49.0)
        let lower95 = (1 - (f1 - 0.025) / (f1 - f0)) / 50       // r_p = 1
        let lower998 = -((f0 - 0.001) / f0) / 50                // r_p = 0: negative
        let unit = funnel.assess(events: [0], n: [50])[0]
        let set = unit.limits.value!
        #expect(abs(set.limits(.exact, at: .ninetyFive)!.lower - lower95) <= 1e-15)
        #expect(abs(set.limits(.exact, at: .ninetyNinePointEight)!.lower - lower998) <= 1e-15)
        #expect(unit.value == .computed(0))
        #expect(abs(unit.zScore.value! - -0.1 / (0.09 / 50).squareRoot()) <= 1e-14)
        #expect(unit.position(.exact, at: .ninetyFive) == .computed(.below))
        #expect(unit.position(.exact, at: .ninetyNinePointEight) == .computed(.within))
    }

    @Test("r = n = 5 at p0 = ½ lies above the exact limits 0.84 and 0.9936 but within the normal 99.8% limit 1.19")
    func allEvents() {
        let funnel = ProportionFunnel(target: 0.5)
        let unit = funnel.assess(events: [5], n: [5])[0]
        let set = unit.limits.value!
        // F(4) = 31/32: α = 0.025·32 = 0.8 and 0.001·32 = 0.032 at r_p = 5; F(0) = 1/32: α = 0.2 at r_p = 0.
        #expect(abs(set.limits(.exact, at: .ninetyFive)!.upper - 0.84) <= 1e-15)
        #expect(abs(set.limits(.exact, at: .ninetyNinePointEight)!.upper - 0.9936) <= 1e-15)
        #expect(abs(set.limits(.exact, at: .ninetyFive)!.lower - -0.04) <= 1e-15)
        #expect(unit.value == .computed(1))
        #expect(abs(unit.zScore.value! - 0.5 / (0.25 / 5).squareRoot()) <= 1e-14)
        #expect(unit.position(.exact, at: .ninetyNinePointEight) == .computed(.above))
        // The normal 99.8% upper limit ½ + 3.090232306167813·√0.05 = 1.191 exceeds 1.
        #expect(abs(set.limits(.normal, at: .ninetyNinePointEight)!.upper - (0.5 + 3.090232306167813 * 0.05.squareRoot())) <= 1e-15)
        #expect(unit.position(.normal, at: .ninetyNinePointEight) == .computed(.within))
        #expect(unit.position(.normal, at: .ninetyFive) == .computed(.above))
    }

    @Test("p0 = 0 or 1 gives the point limits [p0, p0], no z-score, and flags any other proportion")
    func degenerateTarget() {
        for p0 in [0.0, 1.0] {
            let funnel = ProportionFunnel(target: p0)
            for method in FunnelLimitMethod.allCases {
                for level in FunnelLevel.standard {
                    let l = funnel.limits(n: 40, level: level, method: method).value!
                    #expect(l.lower == p0 && l.upper == p0)
                }
            }
            #expect(funnel.zScore(events: 0, n: 40) == .unavailable(.zeroVariance))
            let units = funnel.assess(events: [0, 1, 40], n: [40, 40, 40])
            #expect(units.map { $0.position(.exact, at: .ninetyFive).value! }
                    == (p0 == 0 ? [.within, .above, .above] : [.below, .below, .within]))
        }
    }

    @Test("normal limits are symmetric about p0 with half-width z·√(p0(1−p0)/n); 99.8% limits contain 95% ones")
    func normalLimitsLaws() {
        let funnel = ProportionFunnel(target: 0.3)
        for n in [1, 7, 100, 5000] {
            let l95 = funnel.normalLimits(n: n, level: .ninetyFive).value!
            let half = 1.959963984540054 * (0.21 / Double(n)).squareRoot()
            #expect(abs(l95.upper - 0.3 - half) <= 1e-15 && abs(0.3 - l95.lower - half) <= 1e-15)
            #expect(abs(FunnelLevel.ninetyNinePointEight.z - 3.090232306167813) <= 1e-15)
            for method in FunnelLimitMethod.allCases {
                let a = funnel.limits(n: n, level: .ninetyFive, method: method).value!
                let b = funnel.limits(n: n, level: .ninetyNinePointEight, method: method).value!
                #expect(b.lower <= a.lower && a.upper <= b.upper, "n = \(n) \(method)")
            }
        }
    }

    @Test("exact limits approach the normal ones as n grows: gap below 1e-4 of the width at n = 1e7")
    func exactApproachesNormal() {
        let funnel = ProportionFunnel(target: 0.0795216741405082)
        var previous = Double.infinity
        for n in [100, 10_000, 1_000_000, 10_000_000] {
            let e = funnel.exactLimits(n: n, level: .ninetyFive).value!
            let m = funnel.normalLimits(n: n, level: .ninetyFive).value!
            let gap = max(abs(e.lower - m.lower), abs(e.upper - m.upper)) / (m.upper - m.lower)
            #expect(gap < previous, "n = \(n)")
            previous = gap
        }
        #expect(previous < 1e-4)
    }

    @Test("FunnelLevel stores exact tails: coverage 0.95 ↔ tail 0.025, z = 1.959963984540054")
    func levels() {
        #expect(FunnelLevel.ninetyFive.tailProbability == 0.025)
        #expect(abs(FunnelLevel.ninetyFive.coverage - 0.95) <= 1e-16)
        #expect(abs(FunnelLevel(coverage: 0.998).tailProbability - 0.001) <= 1e-17)
        #expect(abs(FunnelLevel.ninetyFive.z - 1.959963984540054) <= 1e-15)
        #expect(FunnelLimits(lower: 0.05, upper: 0.11, level: .ninetyFive).position(of: 0.11) == .within)
        #expect(FunnelLimits(lower: 0.05, upper: 0.11, level: .ninetyFive).position(of: 0.15) == .above)
    }
}
