import Foundation
import Testing
@testable import TouchstoneStats

/// Reference: `Tests/References/funnel/gamma_reference.csv`, written by `funnel_reference.py`:
/// `scipy.special.gammainc/gammaincc` with mpmath 1.3.0 at 120 digits beside them, `scipy.stats.poisson`
/// cdf/sf/ppf, `scipy.stats.binom` cdf/sf/ppf and `scipy.stats.chi2.sf` (SciPy 1.17.1).
@Suite("Incomplete gamma, Poisson, binomial and chi-squared distributions")
struct IncompleteGammaTests {
    typealias F = TrendFixtures

    static let records = FunnelFixtures.reference("gamma_reference.csv").records

    static func rows(_ function: String) -> [[String: String]] {
        records.filter { $0["function"] == function }
    }

    @Test("P(a, x) and Q(a, x) match mpmath to 1e-13 and SciPy to 1e-12 relative for a from 0.1 to 1e5")
    func incompleteGamma() {
        var checked = 0
        for r in Self.rows("gammainc") + Self.rows("gammaincc") {
            let a = F.number(r["p1"]!), x = F.number(r["x"]!)
            let ours = r["function"] == "gammainc"
                ? IncompleteGamma.lowerRegularized(a: a, x: x) : IncompleteGamma.upperRegularized(a: a, x: x)
            let exact = F.number(r["mpmath"]!), scipy = F.number(r["value"]!)
            #expect(F.isClose(ours, exact, relative: 1e-13, absolute: 1e-300), "\(r) ours \(ours)")
            #expect(F.isClose(ours, scipy, relative: 1e-12, absolute: 1e-300), "\(r) ours \(ours)")
            checked += 1
        }
        #expect(checked == 2 * (8 * 11 + 4 * 9))
    }

    @Test("incomplete gamma equals its closed forms: P(1, x) = 1 − e^−x, Q(½, x) = erfc(√x), P(3, 2) = 1 − 5e^−2")
    func closedForms() {
        for x in [1e-8, 0.3, 1, 2, 7.5, 40] {
            #expect(F.isClose(IncompleteGamma.lowerRegularized(a: 1, x: x), -expm1(-x), relative: 2e-15))
            #expect(F.isClose(IncompleteGamma.upperRegularized(a: 1, x: x), exp(-x), relative: 2e-15))
            // erfc(√x) itself carries the rounding of √x: ~x·ε relative.
            #expect(F.isClose(IncompleteGamma.upperRegularized(a: 0.5, x: x), erfc(x.squareRoot()),
                              relative: 5e-15 * max(1, x)))
        }
        #expect(abs(IncompleteGamma.lowerRegularized(a: 3, x: 2) - (1 - 5 * exp(-2.0))) <= 1e-16)
        #expect(IncompleteGamma.regularizedPair(a: 2, x: 0) == (0, 1))
        #expect(IncompleteGamma.regularizedPair(a: 2, x: .infinity) == (1, 0))
        #expect(IncompleteGamma.lowerRegularized(a: 2, x: .nan).isNaN)
    }

    @Test("Poisson cdf and upper tail match SciPy to 1e-12 relative for means from 0.01 to 123456")
    func poissonCDF() {
        let rows = Self.rows("poisson_cdf") + Self.rows("poisson_sf")
        #expect(rows.count >= 70)
        for r in rows {
            let d = PoissonDistribution(mean: F.number(r["p1"]!))
            let k = Int(F.number(r["x"]!))
            let ours = r["function"] == "poisson_cdf" ? d.cdf(k) : d.survival(k)
            #expect(F.isClose(ours, F.number(r["value"]!), relative: 1e-12, absolute: 1e-300), "\(r) ours \(ours)")
        }
    }

    @Test("Poisson quantile equals scipy.stats.poisson.ppf, and its upper form agrees at 1 − q")
    func poissonQuantile() {
        let rows = Self.rows("poisson_ppf")
        #expect(rows.count == 49)
        for r in rows {
            let d = PoissonDistribution(mean: F.number(r["p1"]!))
            let q = F.number(r["x"]!)
            #expect(d.quantile(q).map(Double.init) == F.number(r["value"]!), "\(r)")
            // The upper form at tail 1 − q gives the same count wherever F does not sit on q.
            #expect(d.upperQuantile(1 - q).map(Double.init) == F.number(r["value"]!), "\(r) upper form")
        }
        let three = PoissonDistribution(mean: 3)
        #expect(abs(three.cdf(2) - 0.42319008112684353) <= 1e-16)
        #expect(three.quantile(0.975) == 7 && three.quantile(0) == 0 && three.quantile(1) == nil)
        #expect(PoissonDistribution(mean: 0).quantile(0.999) == 0 && PoissonDistribution(mean: 0).cdf(0) == 1)
    }

    @Test("binomial cdf and upper tail match SciPy to 1e-13 relative for n from 7 to 1e5; quantiles exactly")
    func binomial() {
        for r in Self.rows("binom_cdf") + Self.rows("binom_sf") {
            let n = Int(F.number(r["p1"]!))
            let d = BinomialDistribution(trials: n, probability: F.number(r["p2"]!))
            let k = Int(F.number(r["x"]!))
            let ours = r["function"] == "binom_cdf" ? d.cdf(k) : d.survival(k)
            // At n = 1e5 SciPy agrees with an mpmath sum of the pmf to 1e−16; a plain exp(a ln p + b ln q − ln B)
            // prefactor would be 1.2e−12 off there.
            #expect(F.isClose(ours, F.number(r["value"]!), relative: 1e-13, absolute: 1e-300), "n \(n) \(r) ours \(ours)")
        }
        let ppf = Self.rows("binom_ppf")
        #expect(ppf.count == 25)
        for r in ppf {
            let d = BinomialDistribution(trials: Int(F.number(r["p1"]!)), probability: F.number(r["p2"]!))
            #expect(Double(d.quantile(F.number(r["x"]!))) == F.number(r["value"]!), "\(r)")
        }
        let b = BinomialDistribution(trials: 10, probability: 0.3)
        #expect(abs(b.cdf(2) - 0.3827827864) <= 1e-10)
        #expect(b.quantile(0.975) == 6 && b.upperQuantile(0.025) == 6)
        #expect(b.cdf(-1) == 0 && b.cdf(10) == 1 && b.survival(10) == 0)
        #expect(BinomialDistribution(trials: 4, probability: 1).quantile(0.5) == 4)
        #expect(BinomialDistribution(trials: 4, probability: 0).upperQuantile(0.001) == 0)
    }

    @Test("chi-squared upper tail matches SciPy to 1e-12 relative and e^(−x/2)·(1 + x/2) for 4 degrees of freedom")
    func chiSquared() {
        let rows = Self.rows("chi2_sf")
        #expect(rows.count == 20)
        for r in rows {
            let ours = ChiSquaredDistribution(degreesOfFreedom: F.number(r["p1"]!)).survival(F.number(r["x"]!))
            #expect(F.isClose(ours, F.number(r["value"]!), relative: 1e-12, absolute: 1e-300), "\(r) ours \(ours)")
        }
        let four = ChiSquaredDistribution(degreesOfFreedom: 4)
        #expect(F.isClose(four.survival(7.12), exp(-3.56) * 4.56, relative: 1e-14))
        #expect(F.isClose(ChiSquaredDistribution(degreesOfFreedom: 2).survival(2), exp(-1.0), relative: 1e-15))
        #expect(four.survival(0) == 1 && four.cdf(-1) == 0 && four.survival(.nan).isNaN)
    }
}
