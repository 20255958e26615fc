import Foundation
import Testing
@testable import TouchstoneStats

/// Reference: `Tests/References/trend/distributions_reference.csv`, written by `distributions_reference.py`:
/// SciPy 1.17.1 / NumPy 2.4.6 (`scipy.stats.norm.cdf/sf/ppf`, `scipy.stats.t.cdf/sf/ppf`) and, as an
/// independent check of SciPy itself, mpmath 1.3.0 at 40 digits. SciPy's `t.cdf` with df = 1 at t = ±1e−6 is
/// off by 2.8e−11 relative (the exact value is ½ ± atan(1e−6)/π); those rows are held to mpmath only.
@Suite("Normal and Student t distributions")
struct DistributionTests {
    struct Row {
        var dist: String, df: Double, function: String, x: Double, scipy: Double, mpmath: Double
    }

    static let rows: [Row] = TrendFixtures.reference("distributions_reference.csv").records.map {
        Row(dist: $0["dist"]!, df: TrendFixtures.number($0["df"]!), function: $0["function"]!,
            x: TrendFixtures.number($0["x"]!), scipy: TrendFixtures.number($0["value"]!),
            mpmath: TrendFixtures.number($0["mpmath"]!))
    }

    /// Checks `ours` against mpmath to `exact` and against SciPy to `scipyTolerance`, unless SciPy itself is
    /// further than `scipyTolerance` from mpmath.
    static func check(_ ours: Double, _ row: Row, exact: Double, scipyTolerance: Double = 1e-12) {
        #expect(TrendFixtures.isClose(ours, row.mpmath, relative: exact, absolute: 1e-300),
                "\(row.dist)(df \(row.df)) \(row.function)(\(row.x)) = \(ours), mpmath \(row.mpmath)")
        if TrendFixtures.isClose(row.scipy, row.mpmath, relative: scipyTolerance, absolute: 1e-300) {
            #expect(TrendFixtures.isClose(ours, row.scipy, relative: scipyTolerance, absolute: 1e-300),
                    "\(row.dist)(df \(row.df)) \(row.function)(\(row.x)) = \(ours), SciPy \(row.scipy)")
        }
    }

    @Test("normal cdf and upper tail match SciPy and mpmath to 2e-15 relative in the body, 1e-14 in the far tails")
    func normalCDF() {
        let rows = Self.rows.filter { $0.dist == "norm" && $0.function != "ppf" }
        #expect(rows.count == 46)
        for row in rows {
            let ours = row.function == "cdf" ? NormalDistribution.cdf(row.x) : NormalDistribution.survival(row.x)
            let tolerance = abs(row.x) <= 8 ? 2e-15 : 1e-14
            Self.check(ours, row, exact: tolerance, scipyTolerance: tolerance)
        }
    }

    @Test("normal quantile matches SciPy and mpmath to 2e-15 relative")
    func normalQuantile() {
        let rows = Self.rows.filter { $0.dist == "norm" && $0.function == "ppf" }
        #expect(rows.count == 30)
        for row in rows {
            Self.check(NormalDistribution.quantile(row.x), row, exact: 2e-15, scipyTolerance: 2e-15)
        }
    }

    @Test("Student t cdf and upper tail match SciPy to 1e-12 and mpmath to 1e-13 (5e-13 below 1e-100) for df from 0.1 to 1e7")
    func studentCDF() {
        let rows = Self.rows.filter { $0.dist == "t" && $0.function != "ppf" }
        #expect(rows.count == 16 * 19 * 2)
        for row in rows {
            let t = StudentTDistribution(degreesOfFreedom: row.df)
            // Far tails (< 1e−100) are exp of a log near −300: allow 5e−13 there.
            Self.check(row.function == "cdf" ? t.cdf(row.x) : t.survival(row.x), row,
                       exact: row.mpmath < 1e-100 ? 5e-13 : 1e-13)
        }
    }

    @Test("Student t quantile matches SciPy to 1e-12 and mpmath to 1e-13 for df from 0.1 to 1e7")
    func studentQuantile() {
        let rows = Self.rows.filter { $0.dist == "t" && $0.function == "ppf" }
        #expect(rows.count == 16 * 21)
        for row in rows {
            Self.check(StudentTDistribution(degreesOfFreedom: row.df).quantile(row.x), row, exact: 1e-13)
        }
    }

    @Test("Student t with 1 and 2 degrees of freedom equals its closed forms")
    func closedForms() {
        let cauchy = StudentTDistribution(degreesOfFreedom: 1)
        let two = StudentTDistribution(degreesOfFreedom: 2)
        for t in [-50.0, -3, -1, -0.25, 0, 0.5, 2, 10, 1e4] {
            #expect(abs(cauchy.cdf(t) - (0.5 + atan(t) / Double.pi)) <= 2e-16)
            #expect(abs(two.cdf(t) - (0.5 + t / (2 * (2 + t * t).squareRoot()))) <= 2e-16)
        }
        for p in [0.001, 0.1, 0.3, 0.7, 0.975] {
            #expect(TrendFixtures.isClose(cauchy.quantile(p), tan(Double.pi * (p - 0.5)), relative: 1e-13))
            #expect(TrendFixtures.isClose(two.quantile(p), (2 * p - 1) / (2 * p * (1 - p)).squareRoot(), relative: 1e-13))
        }
    }

    @Test("quantiles invert the cdf and are antisymmetric")
    func roundTrip() {
        for df in [0.3, 1.0, 2.5, 4.0, 17.0, 250.0] {
            let t = StudentTDistribution(degreesOfFreedom: df)
            for p in [1e-9, 0.01, 0.2, 0.45, 0.5, 0.8, 0.99] {
                #expect(TrendFixtures.isClose(t.cdf(t.quantile(p)), p, relative: 1e-13))
                // 1 − p is exact for p ≥ ½; below, the upper-tail quantile avoids forming 1 − p.
                #expect(t.upperQuantile(p) == -t.quantile(p))
                if p >= 0.5 { #expect(t.quantile(1 - p) == -t.quantile(p)) }
            }
        }
        for p in [1e-300, 1e-200, 1e-12, 0.03, 0.4, 0.5, 0.77, 0.9999] {
            // One ulp of x moves Φ(x) by |x|·ulp(x) relative: ~2.6e−13 at x = −37.
            let x = NormalDistribution.quantile(p)
            #expect(TrendFixtures.isClose(NormalDistribution.cdf(x), p, relative: 1e-14 * max(1, x * x)))
            #expect(NormalDistribution.upperQuantile(p) == -NormalDistribution.quantile(p))
        }
        // Far below double's normal range the quantile stays finite and monotone.
        let smallest = Double.leastNonzeroMagnitude, subnormal = Double.leastNormalMagnitude / 1024
        #expect(NormalDistribution.quantile(smallest) < NormalDistribution.quantile(subnormal))
        #expect(NormalDistribution.quantile(smallest).isFinite)
    }

    @Test("extreme degrees of freedom keep the quantile and cdf consistent")
    func extremeDegreesOfFreedom() {
        for df in [0.01, 0.05, 1e9, 1e11, 1e13] {
            let t = StudentTDistribution(degreesOfFreedom: df)
            for p in [1e-6, 0.025, 0.3, 0.975] {
                let q = t.quantile(p)
                if df == 0.01 && p == 1e-6 {
                    // P(T < −1.8e308) ≈ 4e−4 > p: the quantile lies beyond the doubles.
                    #expect(q == -.infinity && t.cdf(-.greatestFiniteMagnitude) > p)
                    continue
                }
                #expect(q.isFinite)
                #expect(TrendFixtures.isClose(t.cdf(q), p, relative: 1e-12), "df \(df) p \(p)")
            }
        }
        // Heavy tails: df = 0.05 puts the 97.5 % point near 1e31.
        #expect(StudentTDistribution(degreesOfFreedom: 0.05).quantile(0.975) > 1e25)
        // Many degrees of freedom approach the normal: |t − z| ≈ z(z² + 1)/(4ν).
        let z = NormalDistribution.quantile(0.975)
        let q = StudentTDistribution(degreesOfFreedom: 1e11).quantile(0.975)
        #expect(abs(q - z - z * (z * z + 1) / 4e11) < 1e-14)
    }

    @Test("probabilities 0 and 1 give infinite quantiles; infinite arguments give 0 and 1")
    func edgeCases() {
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(1) == .infinity)
        #expect(NormalDistribution.quantile(0.5) == 0)
        #expect(NormalDistribution.quantile(.nan).isNaN)
        #expect(NormalDistribution.cdf(-.infinity) == 0)
        #expect(NormalDistribution.cdf(.infinity) == 1)
        let t = StudentTDistribution(degreesOfFreedom: 3)
        #expect(t.quantile(0) == -.infinity)
        #expect(t.quantile(1) == .infinity)
        #expect(t.quantile(0.5) == 0)
        #expect(t.cdf(-.infinity) == 0)
        #expect(t.cdf(.infinity) == 1)
        #expect(t.cdf(0) == 0.5)
        #expect(t.cdf(.nan).isNaN)
        #expect(abs(t.twoSidedPValue(t.quantile(0.975)) - 0.05) < 1e-15)
        let normalLimit = StudentTDistribution(degreesOfFreedom: .infinity)
        #expect(normalLimit.quantile(0.975) == NormalDistribution.quantile(0.975))
    }

    @Test("regularized incomplete beta equals its closed forms")
    func incompleteBeta() {
        for x in [0.0, 1e-10, 0.1, 0.37, 0.5, 0.9, 1 - 1e-10, 1.0] {
            #expect(abs(IncompleteBeta.regularized(x: x, a: 1, b: 1) - x) <= 1e-15)
            #expect(TrendFixtures.isClose(IncompleteBeta.regularized(x: x, a: 3.5, b: 1), pow(x, 3.5), relative: 1e-13, absolute: 1e-300))
            #expect(abs(IncompleteBeta.regularized(x: x, a: 1, b: 2.5) - (1 - pow(1 - x, 2.5))) <= 1e-15)
        }
        // Symmetric case; with both a and b large the prefactor exp(a ln x + b ln y − ln B) loses ~ε·a.
        for a in [0.5, 2.0, 40.0, 1000.0] {
            #expect(abs(IncompleteBeta.regularized(x: 0.5, a: a, b: a) - 0.5) <= 1e-13)
        }
        // ln B(a, ½) for a large a, from Γ(a+½)/Γ(a) = √a·(1 − 1/(8a) + 1/(128a²) + O(a⁻³)).
        let exact = 0.5 * log(Double.pi) - 0.5 * log(1e6) - log1p(-1.0 / 8e6 + 1.0 / 128e12)
        #expect(abs(IncompleteBeta.logBeta(1e6, 0.5) - exact) <= 1e-14)
    }
}
