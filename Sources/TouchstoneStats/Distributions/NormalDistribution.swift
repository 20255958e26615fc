#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution N(0, 1): density, CDF, upper tail and quantile.
///
/// ```
/// φ(x)  = exp(−x²/2) / √(2π)
/// Φ(x)  = ½·erfc(−x/√2)              cdf
/// Q(x)  = ½·erfc( x/√2) = Φ(−x)       survival (upper tail), accurate where Φ(x) ≈ 1
/// Φ⁻¹(p): Acklam's rational approximation (relative error < 1.2e−9), then two Halley steps on Φ
/// ```
/// The CDF uses the C library's `erfc`, so both tails keep full relative precision (Φ(−30) ≈ 4.9e−198 is
/// returned to ~1e−14 relative, the bound set by rounding `x/√2`); in the body it is accurate to a few ulp.
/// The quantile is accurate to ~1e−15 relative for 1e−300 < p < 1 − 1e−16. `quantile(0) = −∞`,
/// `quantile(1) = +∞`; `NaN` in gives `NaN` out.
///
/// Example: `cdf(1.959963984540054) = 0.975`, `quantile(0.975) = 1.959963984540054`.
///
/// Matches `scipy.stats.norm.cdf / .sf / .ppf` (SciPy 1.17.1) to ≤ 1e−15 relative in the body; see
/// `Tests/References/trend/distributions_reference.csv`. Acklam, P. J. (2003), "An algorithm for computing the
/// inverse normal cumulative distribution function".
public enum NormalDistribution {
    /// 1/√(2π).
    static let inverseSqrtTwoPi = 0.398_942_280_401_432_677_94
    /// 1/√2.
    static let inverseSqrtTwo = 0.707_106_781_186_547_524_40

    /// The density φ(x).
    public static func density(_ x: Double) -> Double {
        inverseSqrtTwoPi * exp(-0.5 * x * x)
    }

    /// The lower-tail probability Φ(x) = P(Z ≤ x).
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x * inverseSqrtTwo)
    }

    /// The upper-tail probability Q(x) = P(Z > x) = 1 − Φ(x), computed without cancellation.
    public static func survival(_ x: Double) -> Double {
        0.5 * erfc(x * inverseSqrtTwo)
    }

    /// The two-sided p-value P(|Z| ≥ |z|) = erfc(|z|/√2).
    public static func twoSidedPValue(_ z: Double) -> Double {
        erfc(abs(z) * inverseSqrtTwo)
    }

    /// The quantile Φ⁻¹(p) for `p` in [0, 1].
    public static func quantile(_ p: Double) -> Double {
        precondition(p.isNaN || (0 ... 1).contains(p), "A probability must lie in [0, 1]")
        if p.isNaN { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        // 1 − p is exact for p ≥ ½ (Sterbenz), so the upper half is mirrored from the lower tail.
        return p > 0.5 ? -lowerQuantile(1 - p) : lowerQuantile(p)
    }

    /// The upper-tail quantile: the `x` with Q(x) = q, i.e. Φ⁻¹(1 − q) without forming 1 − q.
    public static func upperQuantile(_ q: Double) -> Double {
        precondition(q.isNaN || (0 ... 1).contains(q), "A probability must lie in [0, 1]")
        if q.isNaN { return .nan }
        if q == 0 { return .infinity }
        if q == 1 { return -.infinity }
        return q > 0.5 ? lowerQuantile(1 - q) : -lowerQuantile(q)
    }

    /// Φ⁻¹(p) for 0 < p ≤ ½.
    static func lowerQuantile(_ p: Double) -> Double {
        var x = acklam(p)
        // Halley's method on Φ(x) − p; Φ is evaluated in the lower tail, where erfc keeps relative precision.
        // exp(x²/2) overflows only for p below ~1e−300, where Acklam's start is kept.
        guard p > 1e-300 else { return x }
        for _ in 0 ..< 2 {
            let e = cdf(x) - p
            let u = e * 2.506_628_274_631_000_502_4 * exp(0.5 * x * x)
            x -= u / (1 + 0.5 * x * u)
        }
        return x
    }

    /// Acklam's rational approximation of Φ⁻¹(p), relative error < 1.15e−9.
    static func acklam(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                 3.754408661907416e+00]
        let pLow = 0.02425
        if p < pLow {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - pLow {
            let q = (-2 * log1p(-p)).squareRoot()
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let q = p - 0.5
        let r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
