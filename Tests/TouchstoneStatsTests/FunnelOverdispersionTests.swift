import Foundation
import Testing
@testable import TouchstoneStats

/// Reference: `Tests/References/funnel/{proportion,poisson}_{summary,units,grid}.csv` (committed), written by
/// `funnel_reference.py`: z-scores winsorised by `numpy.quantile` (linear = R type 7) at 10%/90%, φ, the
/// `scipy.stats.chi2.sf` test on k·φ with k − 1 degrees of freedom, DerSimonian–Laird τ², and the
/// multiplicative, additive and widened-exact limits (SciPy 1.17.1, NumPy 2.4.6). The formulas follow
/// Spiegelhalter (2005) §6 and FunnelPlotR's `winsorisation`, `phi_func`, `tau_func`.
@Suite("Funnel overdispersion")
struct FunnelOverdispersionTests {
    typealias F = TrendFixtures
    typealias FF = FunnelFixtures

    static func checkSummary(_ od: FunnelOverdispersion, _ name: String) {
        let s = FF.summary(name)
        #expect(od.unitCount == Int(s["k"]!) && od.degreesOfFreedom == Int(s["df"]!))
        #expect(od.winsorisedCount == Int(s["winsorised_count"]!))
        #expect(F.isClose(od.winsorisationLower, s["winsor_lower"]!, relative: 1e-12))
        #expect(F.isClose(od.winsorisationUpper, s["winsor_upper"]!, relative: 1e-12))
        #expect(F.isClose(od.phi, s["phi"]!, relative: 1e-12), "phi \(od.phi)")
        #expect(F.isClose(od.testStatistic, s["statistic"]!, relative: 1e-12))
        #expect(F.isClose(od.pValue, s["p_value"]!, relative: 1e-10), "p \(od.pValue)")
        #expect(F.isClose(od.tau2, s["tau2"]!, relative: 1e-10), "tau2 \(od.tau2)")
        #expect(F.isClose(od.multiplier, s["multiplier"]!, relative: 1e-12))
    }

    /// Adjusted limits per unit and on the grid against the reference columns _mult, _add, _exact_widened.
    static func checkLimits(units: [[String: String]], grid: [[String: String]], target: Double,
                            od: FunnelOverdispersion, exact: (Double, FunnelLevel) -> FunnelLimits) {
        for r in units + grid {
            let s = F.number(r["se"]!), d = F.number(r["denominator"]!)
            let context = r["unit"] ?? "d = \(d)"
            FF.expectAdjusted("_mult", r, tolerance: 1e-12, context) {
                od.limits(target: target, standardError: s, level: $0, adjustment: .multiplicative)
            }
            FF.expectAdjusted("_add", r, tolerance: 1e-12, context) {
                od.limits(target: target, standardError: s, level: $0, adjustment: .additive)
            }
            FF.expectAdjusted("_exact_widened", r, tolerance: 1e-12, context) {
                od.widened(exact(d, $0), target: target)
            }
        }
    }

    @Test("φ, τ², the χ²(k−1) test and adjusted limits match the reference on funnel_example (φ = 1.062, not significant)")
    func proportionExample() {
        let ex = FF.reference("funnel_example.csv").records
        let events = ex.map { Int($0["events"]!)! }, n = ex.map { Int($0["n"]!)! }
        let funnel = ProportionFunnel(pooling: events, n: n)!
        let od = funnel.overdispersion(events: events, n: n).value!
        Self.checkSummary(od, "proportion_summary.csv")
        let units = FF.reference("proportion_units.csv").records
        for (i, r) in units.enumerated() {
            #expect(F.isClose(od.winsorisedZScores[i], F.number(r["z_winsorised"]!), relative: 1e-12, absolute: 1e-14))
        }
        Self.checkLimits(units: units, grid: FF.reference("proportion_grid.csv").records, target: funnel.target,
                         od: od) { funnel.exactLimits(n: Int($0), level: $1).value! }
        #expect(!od.isSignificant && od.isApplied && od.multiplier > 1)
        let adjusted = funnel.adjustedLimits(n: 150, level: .ninetyFive, overdispersion: od, adjustment: .additive)
        #expect(abs(adjusted.value!.lower - F.number(units[0]["lo95_add"]!)) <= 1e-12)
    }

    @Test("φ, τ², the χ²(k−1) test and adjusted limits match the reference on the 34-branch rates (φ = 3.31, p = 1.3e-10)")
    func poissonExample() {
        let ex = FF.reference("poisson_example.csv").records
        let events = ex.map { Int($0["events"]!)! }, members = ex.map { F.number($0["members"]!) }
        let funnel = PoissonFunnel(pooling: events, exposures: members)!
        let od = funnel.overdispersion(events: events, exposures: members).value!
        Self.checkSummary(od, "poisson_summary.csv")
        #expect(od.isSignificant && od.unitIndices == Array(0 ..< 34))
        Self.checkLimits(units: FF.reference("poisson_units.csv").records,
                         grid: FF.reference("poisson_grid.csv").records, target: funnel.target,
                         od: od) { funnel.exactLimits(exposure: $0, level: $1).value! }
        // With the significance gate the adjustment still applies here.
        let gated = funnel.overdispersion(events: events, exposures: members,
                                          settings: .init(requireSignificance: true)).value!
        #expect(gated.multiplier == od.multiplier && gated.appliedTau2 == od.tau2)
    }

    @Test("with requireSignificance, a non-significant φ = 1.062 leaves the limits unchanged")
    func significanceGate() {
        let ex = FF.reference("funnel_example.csv").records
        let events = ex.map { Int($0["events"]!)! }, n = ex.map { Int($0["n"]!)! }
        let funnel = ProportionFunnel(pooling: events, n: n)!
        let od = funnel.overdispersion(events: events, n: n, settings: .init(requireSignificance: true)).value!
        #expect(F.isClose(od.phi, 1.0621114352449013, relative: 1e-12) && od.tau2 > 0)
        #expect(!od.isApplied && od.multiplier == 1 && od.appliedTau2 == 0)
        for adjustment in FunnelAdjustment.allCases {
            let a = funnel.adjustedLimits(n: 150, level: .ninetyFive, overdispersion: od, adjustment: adjustment).value!
            let m = funnel.normalLimits(n: 150, level: .ninetyFive).value!
            #expect(abs(a.lower - m.lower) <= 1e-16 && abs(a.upper - m.upper) <= 1e-16)
        }
    }

    @Test("z = (−2, −1, 0, 1, 2) winsorises to ±1.6: φ = 1.424, τ² = 0.78 with unit s, p = e^−3.56·4.56")
    func workedExample() {
        let od = FunnelOverdispersion.fit(zScores: [-2, -1, 0, 1, 2], standardErrors: [1, 1, 1, 1, 1]).value!
        #expect(abs(od.winsorisationLower - -1.6) <= 1e-15 && abs(od.winsorisationUpper - 1.6) <= 1e-15)
        #expect(od.winsorisedZScores.map { ($0 * 1e12).rounded() / 1e12 } == [-1.6, -1, 0, 1, 1.6])
        #expect(od.winsorisedCount == 2)
        #expect(abs(od.phi - 1.424) <= 1e-15)
        #expect(abs(od.tau2 - 0.78) <= 1e-15)          // (5·1.424 − 4) / (5 − 5/5)
        #expect(F.isClose(od.pValue, exp(-3.56) * 4.56, relative: 1e-14))
        let l = od.limits(target: 0, standardError: 1, level: .ninetyFive, adjustment: .additive)
        #expect(abs(l.upper - 1.959963984540054 * 1.78.squareRoot()) <= 1e-15)
        // No winsorisation: φ = 10/5 = 2.
        let raw = FunnelOverdispersion.fit(zScores: [-2, -1, 0, 1, 2], standardErrors: [1, 1, 1, 1, 1],
                                           settings: .init(winsorisation: 0)).value!
        #expect(raw.phi == 2 && raw.winsorisedCount == 0)
    }

    @Test("fewer than two units with a z-score give tooFewUnits (n = 0 units do not count)")
    func tooFewUnits() {
        #expect(FunnelOverdispersion.fit(zScores: [1.5], standardErrors: [0.1]) == .unavailable(.tooFewUnits))
        #expect(FunnelOverdispersion.fit(zScores: [], standardErrors: []) == .unavailable(.tooFewUnits))
        let funnel = ProportionFunnel(target: 0.2)
        #expect(funnel.overdispersion(events: [3, 0], n: [10, 0]) == .unavailable(.tooFewUnits))
        let two = funnel.overdispersion(events: [3, 0, 9], n: [10, 0, 20]).value!
        #expect(two.unitIndices == [0, 2] && two.unitCount == 2)
        // p0 = 0: no unit has a z-score.
        #expect(ProportionFunnel(target: 0).overdispersion(events: [0, 0, 0], n: [5, 6, 7]) == .unavailable(.tooFewUnits))
    }

    @Test("φ < 1 never narrows the limits: multiplier 1 and τ² = 0")
    func underdispersion() {
        let z = [0.1, -0.2, 0.3, -0.1, 0.0, 0.25]
        let od = FunnelOverdispersion.fit(zScores: z, standardErrors: [0.1, 0.2, 0.1, 0.3, 0.2, 0.1]).value!
        let lo = -0.2 + 0.5 * 0.1, hi = 0.25 + 0.5 * 0.05            // type 7 at 0.1 and 0.9 (h = 0.5, 4.5)
        let expected = z.map { min(max($0, lo), hi) }.reduce(0) { $0 + $1 * $1 } / 6
        #expect(abs(od.phi - expected) <= 1e-16 && od.phi < 1)
        #expect(od.multiplier == 1 && od.tau2 == 0)
        #expect(od.pValue > 0.99)
        let l = od.limits(target: 0.1, standardError: 0.02, level: .ninetyFive, adjustment: .multiplicative)
        #expect(abs(l.upper - (0.1 + 1.959963984540054 * 0.02)) <= 1e-16)
    }

    @Test("constant z-scores are not winsorised: z ≡ 1.5 gives φ = 2.25 and multiplier 1.5; z ≡ 0 gives φ = 0")
    func constantZ() {
        let od = FunnelOverdispersion.fit(zScores: [1.5, 1.5, 1.5, 1.5], standardErrors: [1, 2, 3, 4]).value!
        #expect(od.winsorisedCount == 0 && od.phi == 2.25 && od.multiplier == 1.5)
        let w = [1.0, 0.25, 1.0 / 9, 0.0625]
        let sw = w.reduce(0, +), sw2 = w.reduce(0) { $0 + $1 * $1 }
        #expect(abs(od.tau2 - (4 * 2.25 - 3) / (sw - sw2 / sw)) <= 1e-14)
        // Every unit on target: z ≡ 0.
        let funnel = ProportionFunnel(target: 0.25)
        let zero = funnel.overdispersion(events: [1, 5, 25], n: [4, 20, 100]).value!
        #expect(zero.phi == 0 && zero.tau2 == 0 && zero.multiplier == 1 && zero.pValue == 1)
    }
}
