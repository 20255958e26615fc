import Foundation
import Testing
@testable import TouchstoneStats

/// Reference: `Tests/References/funnel/poisson_{units,grid}.csv` and `stress_exact.csv` (committed), written by
/// `funnel_reference.py` (SciPy 1.17.1 `poisson.ppf`/`poisson.cdf`, `norm.ppf`) on `poisson_example.csv`:
/// violations per member in 34 branches (members 12.5 to 2978, not whole numbers).
@Suite("Funnel limits for Poisson rates")
struct PoissonFunnelTests {
    typealias F = TrendFixtures
    typealias FF = FunnelFixtures

    static let example = FF.reference("poisson_example.csv").records
    static let events = example.map { Int($0["events"]!)! }
    static let members = example.map { F.number($0["members"]!) }
    static let funnel = PoissonFunnel(pooling: events, exposures: members)!

    @Test("the pooled rate is Σ violations / Σ members and matches the reference")
    func pooledTarget() {
        let summary = FF.summary("poisson_summary.csv")
        #expect(Self.example.count == 34)
        #expect(F.isClose(Self.funnel.target, summary["target"]!, relative: 1e-15))
        #expect(PoissonFunnel.pooledTarget(events: [1, 3, 2], exposures: [10, 30, 0]) == .computed(0.1))
        #expect(PoissonFunnel.pooledTarget(events: [1], exposures: [0]) == .unavailable(.noTarget))
        #expect(PoissonFunnel(pooling: [2], exposures: [-1]) == nil)
    }

    @Test("per-unit rates, z-scores, normal and exact limits and positions match the SciPy reference to 1e-12")
    func unitsMatchReference() {
        let table = FF.reference("poisson_units.csv").records
        let units = Self.funnel.assess(events: Self.events, exposures: Self.members)
        #expect(units.count == 34 && table.count == 34)
        for (u, r) in zip(units, table) {
            let name = r["unit"]!
            #expect(F.isClose(u.value.value!, F.number(r["value"]!), relative: 1e-15, absolute: 0), "\(name)")
            #expect(F.isClose(u.zScore.value!, F.number(r["z"]!), relative: 1e-12, absolute: 1e-14), "\(name) z")
            FF.expectLimits(u.limits.value!, r, tolerance: 1e-12, name)
            for (column, method, level) in [("pos95", FunnelLimitMethod.normal, FunnelLevel.ninetyFive),
                                            ("pos998", .normal, .ninetyNinePointEight),
                                            ("pos95_exact", .exact, .ninetyFive),
                                            ("pos998_exact", .exact, .ninetyNinePointEight)] {
                #expect(u.position(method, at: level).value?.rawValue == r[column]!, "\(name) \(column)")
            }
        }
        // The example has units on both sides: B08 (tripled rate) is above the 99.8% exact limit.
        #expect(units[7].position(.exact, at: .ninetyNinePointEight) == .computed(.above))
    }

    @Test("grid limits match the SciPy reference to 1e-12 at 50 geometric exposures from 12.5 to 2978")
    func gridMatchesReference() {
        let table = FF.reference("poisson_grid.csv").records
        let exposures = table.map { F.number($0["denominator"]!) }
        let ours = FunnelGrid.geometric(from: Self.members.min()!, to: Self.members.max()!, count: 50)
        #expect(zip(ours, exposures).allSatisfy { F.isClose($0, $1, relative: 1e-14) })
        let grid = Self.funnel.grid(exposures: exposures)
        #expect(grid.count == 50)
        for (set, r) in zip(grid, table) {
            #expect(set.denominator == F.number(r["denominator"]!))
            FF.expectLimits(set, r, tolerance: 1e-12, "E = \(r["denominator"]!)")
        }
    }

    @Test("exact Poisson limits match SciPy to 1e-12 for exposures from 0.5 to 1e7 and rates 0.0004 to 1.7")
    func stressMatchesReference() {
        let rows = FF.reference("stress_exact.csv").records.filter { $0["family"] == "poisson" }
        #expect(rows.count == 24)
        for r in rows {
            let funnel = PoissonFunnel(target: F.number(r["target"]!))
            let e = F.number(r["denominator"]!)
            for (tag, level) in [("95", FunnelLevel.ninetyFive), ("998", .ninetyNinePointEight)] {
                let l = funnel.exactLimits(exposure: e, level: level).value!
                #expect(abs(l.lower - F.number(r["lo\(tag)_exact"]!)) <= 1e-12, "\(r) lower \(tag): \(l.lower)")
                #expect(abs(l.upper - F.number(r["hi\(tag)_exact"]!)) <= 1e-12, "\(r) upper \(tag): \(l.upper)")
            }
        }
    }

    @Test("λ0 = 0.05, E = 200: exact 95% limits interpolate between counts 4 and 17 of Poisson(10)")
    func workedExample() {
        let funnel = PoissonFunnel(target: 0.05)
        let poisson = PoissonDistribution(mean: 10)
        #expect(poisson.quantile(0.025) == 4 && poisson.upperQuantile(0.025) == 17)
        let l = funnel.exactLimits(exposure: 200, level: .ninetyFive).value!
        let alphaLow = (poisson.cdf(4) - 0.025) / (poisson.cdf(4) - poisson.cdf(3))
        let alphaHigh = (poisson.cdf(17) - 0.975) / (poisson.cdf(17) - poisson.cdf(16))
        #expect(abs(l.lower - (4 - alphaLow) / 200) <= 1e-15)
        #expect(abs(l.upper - (17 - alphaHigh) / 200) <= 1e-14)
        #expect(abs(l.lower - 0.018875939738442003) <= 1e-15 && abs(l.upper - 0.0807997533667239) <= 1e-15)
        let n = funnel.normalLimits(exposure: 200, level: .ninetyFive).value!
        #expect(abs(n.upper - (0.05 + 1.959963984540054 * (0.05 / 200).squareRoot())) <= 1e-15)
    }

    @Test("exposure 0 has no rate, z-score or limits (zeroDenominator); negative or infinite exposure is invalid")
    func zeroExposure() {
        let funnel = PoissonFunnel(target: 0.05)
        #expect(funnel.value(events: 0, exposure: 0) == .unavailable(.zeroDenominator))
        #expect(funnel.zScore(events: 2, exposure: 0) == .unavailable(.zeroDenominator))
        #expect(funnel.exactLimits(exposure: 0, level: .ninetyFive) == .unavailable(.zeroDenominator))
        #expect(funnel.normalLimits(exposure: -2, level: .ninetyFive) == .unavailable(.invalidDenominator))
        #expect(funnel.standardError(exposure: .infinity) == .unavailable(.invalidDenominator))
        #expect(funnel.zScore(events: -1, exposure: 10) == .unavailable(.invalidEvents))
        let unit = funnel.assess(events: [0], exposures: [0])[0]
        #expect(unit.position(.normal, at: .ninetyFive) == .unavailable(.zeroDenominator))
    }

    @Test("zero events at a small exposure lie within: the exact lower limit −(F(0) − p)/(F(0)·E) is negative")
    func zeroEvents() {
        let funnel = PoissonFunnel(target: 0.05)
        let f0 = exp(-0.05 * 12.5)
        let unit = funnel.assess(events: [0], exposures: [12.5])[0]
        let lower = unit.limits.value!.limits(.exact, at: .ninetyFive)!.lower
        #expect(abs(lower - -((f0 - 0.025) / f0) / 12.5) <= 1e-15)
        #expect(abs(unit.zScore.value! - -0.05 / (0.05 / 12.5).squareRoot()) <= 1e-15)
        #expect(unit.position(.exact, at: .ninetyFive) == .computed(.within))
    }

    @Test("λ0 = 0 gives the limits [0, 0], no z-score, and flags any event as above")
    func zeroTarget() {
        let funnel = PoissonFunnel(target: 0)
        for method in FunnelLimitMethod.allCases {
            let l = funnel.limits(exposure: 100, level: .ninetyNinePointEight, method: method).value!
            #expect(l.lower == 0 && l.upper == 0)
        }
        #expect(funnel.zScore(events: 1, exposure: 100) == .unavailable(.zeroVariance))
        let units = funnel.assess(events: [0, 1], exposures: [100, 100])
        #expect(units.map { $0.position(.exact, at: .ninetyFive).value! } == [.within, .above])
    }

    @Test("doubling events and exposure together keeps the rate but narrows both kinds of limits")
    func narrowsWithExposure() {
        let funnel = PoissonFunnel(target: 0.04)
        var width = Double.infinity
        for e in [25.0, 50, 100, 200, 400, 800] {
            let l = funnel.exactLimits(exposure: e, level: .ninetyFive).value!
            let m = funnel.normalLimits(exposure: e, level: .ninetyFive).value!
            #expect(l.upper - l.lower < width, "E = \(e)")
            #expect(abs((m.upper - m.lower) - 2 * 1.959963984540054 * (0.04 / e).squareRoot()) <= 1e-15)
            width = l.upper - l.lower
        }
    }

    @Test("geometric grids keep their ends exactly, allow one point and descending order, and dedupe whole numbers")
    func grids() {
        let g = FunnelGrid.geometric(from: 12.5, to: 2978, count: 50)
        #expect(g.first == 12.5 && g.last == 2978 && g.count == 50)
        let ratio = pow(2978 / 12.5, 1.0 / 49)
        #expect(zip(g, g.dropFirst()).allSatisfy { abs($1 / $0 - ratio) <= 1e-14 })
        #expect(FunnelGrid.geometric(from: 7, to: 9, count: 1) == [7])
        #expect(FunnelGrid.geometric(from: 100, to: 1, count: 3).map { ($0 * 1e12).rounded() / 1e12 } == [100, 10, 1])
        #expect(FunnelGrid.wholeNumbers(from: 1, to: 4, count: 10) == [1, 2, 3, 4])
    }
}

@Suite("Mid-p control limits")
struct MidPLimitsTests {
    @Test("a whole count lies beyond the mid-p limits exactly when its one-sided mid-p is below the level (Poisson and binomial)")
    func agreesWithTheTest() {
        for mean in [0.3, 0.82, 2.5, 7.0, 40.0, 400.0] {
            let d = PoissonDistribution(mean: mean)
            for alpha in [0.025, 0.001] {
                let c = MidPLimits.counts(alpha: alpha, center: Int(mean)) { k in (d.cdf(k - 1), d.survival(k)) }
                for x in 0 ... Int(mean * 3 + 20) {
                    let (below, above) = (d.cdf(x - 1), d.survival(x))
                    let mass = 1 - below - above
                    #expect((Double(x) > c.upper) == (above + 0.5 * mass < alpha), "Poisson(\(mean)) x = \(x), α = \(alpha), upper \(c.upper)")
                    #expect((Double(x) < c.lower) == (below + 0.5 * mass < alpha), "Poisson(\(mean)) x = \(x), α = \(alpha), lower \(c.lower)")
                }
            }
        }
        for (n, p) in [(5, 0.1), (20, 0.3), (200, 0.04)] {
            let d = BinomialDistribution(trials: n, probability: p)
            let c = MidPLimits.counts(alpha: 0.025, center: Int(Double(n) * p), maximum: n) { k in (d.cdf(k - 1), d.survival(k)) }
            for x in 0 ... n {
                let (below, above) = (d.cdf(x - 1), d.survival(x))
                let mass = 1 - below - above
                #expect((Double(x) > c.upper) == (above + 0.5 * mass < 0.025), "Binomial(\(n), \(p)) x = \(x)")
                #expect((Double(x) < c.lower) == (below + 0.5 * mass < 0.025), "Binomial(\(n), \(p)) x = \(x)")
            }
        }
    }

    @Test("for Poisson(0.82) the 95% upper limit lies between 3 and 4 events: 3 events have mid-p 0.030, 4 events 0.005")
    func workedExample() {
        let d = PoissonDistribution(mean: 0.82)
        let c = MidPLimits.counts(alpha: 0.025, center: 0) { k in (d.cdf(k - 1), d.survival(k)) }
        #expect(c.upper > 3 && c.upper < 4)
        #expect(c.lower == -.infinity, "no count is unusually low when 0 events are expected 44% of the time")
    }
}
