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
/// Φ⁻¹(p): Acklam's rational approximation (relative error < 1.2e−9), refined by Halley steps on
///         Φ(x) − p (on ½·erf(x/√2) − (p − ½) near the centre), or by Newton steps on ln Φ(x) − ln p
///         for p < 1e−10 (ln Φ from its asymptotic series below x = −20, so no underflow down to 5e−324)
/// ```
/// The CDF uses the C library's `erfc` at z = x/√2 and corrects for the rounding of z to first order
/// (erfc(z + δ) ≈ erfc(z) − 2/√π·e^(−z²)·δ, δ from `fma`), so both tails keep full relative precision:
/// Φ(−30) ≈ 4.9e−198 to ~1e−15. The quantile is accurate to ~2e−15 relative for 1e−300 ≤ p < 1.
/// `quantile(0) = −∞`, `quantile(1) = +∞`; `NaN` in gives `NaN` out.
///
/// Example: `cdf(1.959963984540054) = 0.975`, `quantile(0.975) = 1.959963984540054`.
///
/// Matches `scipy.stats.norm.cdf / .sf / .ppf` (SciPy 1.17.1) and mpmath to ≤ 2e−15 relative for |x| ≤ 8; see
/// `Tests/References/trend/distributions_reference.csv`. Acklam, P. J. (2003), "An algorithm for computing the
/// inverse normal cumulative distribution function".
public enum NormalDistribution {
    /// 1/√(2π).
    static let inverseSqrtTwoPi = 0.398_942_280_401_432_677_94
    /// 1/√2 rounded to double, and the remainder 1/√2 − that.
    static let inverseSqrtTwo = 0.707_106_781_186_547_524_40
    static let inverseSqrtTwoLow = -4.833_646_656_726_456_5e-17
    /// 2/√π.
    static let twoOverSqrtPi = 1.128_379_167_095_512_573_9

    /// The density φ(x).
    public static func density(_ x: Double) -> Double {
        inverseSqrtTwoPi * exp(-0.5 * x * x)
    }

    /// The lower-tail probability Φ(x) = P(Z ≤ x).
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfcOfScaled(-x)
    }

    /// The upper-tail probability Q(x) = P(Z > x) = 1 − Φ(x), computed without cancellation.
    public static func survival(_ x: Double) -> Double {
        0.5 * erfcOfScaled(x)
    }

    /// The two-sided p-value P(|Z| ≥ |z|) = erfc(|z|/√2).
    public static func twoSidedPValue(_ z: Double) -> Double {
        erfcOfScaled(abs(z))
    }

    /// erfc(x/√2), corrected for the rounding of x/√2.
    static func erfcOfScaled(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN ? .nan : (x > 0 ? 0 : 2) }
        let z = x * inverseSqrtTwo
        let dz = fma(x, inverseSqrtTwo, -z) + x * inverseSqrtTwoLow
        return erfc(z) - twoOverSqrtPi * exp(-z * z) * dz
    }

    /// erf(x/√2), corrected for the rounding of x/√2.
    static func erfOfScaled(_ x: Double) -> Double {
        let z = x * inverseSqrtTwo
        let dz = fma(x, inverseSqrtTwo, -z) + x * inverseSqrtTwoLow
        return erf(z) + twoOverSqrtPi * exp(-z * z) * dz
    }

    /// ln Φ(x), finite for every finite x (asymptotic series below −20, where Φ would underflow).
    static func logCDF(_ x: Double) -> Double {
        if x > -20 { return log(cdf(x)) }
        // Φ(x) = φ(x)/(−x) · S,  S = Σ_k (−1)^k (2k−1)!! / x^(2k)
        return -0.5 * x * x - 0.918_938_533_204_672_741_78 - log(-x) + log(asymptoticSum(x))
    }

    /// φ(x)/Φ(x), the inverse Mills ratio of the lower tail.
    static func densityOverCDF(_ x: Double) -> Double {
        x > -20 ? density(x) / cdf(x) : -x / asymptoticSum(x)
    }

    /// S(x) = 1 − 1/x² + 3/x⁴ − 15/x⁶ + …, for x ≤ −20 (14 terms: the next is below 1e−21).
    private static func asymptoticSum(_ x: Double) -> Double {
        let r = 1 / (x * x)
        var term = 1.0, sum = 1.0
        for k in 1 ... 14 {
            term *= -Double(2 * k - 1) * r
            sum += term
        }
        return sum
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
        if p == 0.5 { return 0 }
        var x = acklam(p)
        if p < 1e-10 {
            // Newton on ln Φ(x) − ln p: d/dx ln Φ = φ/Φ.
            let logP = log(p)
            for _ in 0 ..< 3 {
                x -= (logCDF(x) - logP) / densityOverCDF(x)
            }
            return x
        }
        // Halley on Φ(x) − p; near the centre the residual is formed as ½·erf(x/√2) − (p − ½), with p − ½ exact.
        for _ in 0 ..< 2 {
            let e = p >= 0.25 ? 0.5 * erfOfScaled(x) - (p - 0.5) : cdf(x) - p
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
