#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularized incomplete beta function I_x(a, b) and the log of the beta function.
///
/// ```
/// I_x(a, b) = 1/B(a, b) · ∫₀ˣ t^(a−1) (1 − t)^(b−1) dt,        a, b > 0, 0 ≤ x ≤ 1
///
/// I_x(a, b) = x^a (1−x)^b / (a·B(a, b)) · 1/(1+ d₁/(1+ d₂/(1+ …)))     for x < (a+1)/(a+b+2)
///     d₂ₘ₊₁ = −(a+m)(a+b+m)·x / ((a+2m)(a+2m+1)),   d₂ₘ = m(b−m)·x / ((a+2m−1)(a+2m))
/// I_x(a, b) = 1 − I_{1−x}(b, a)                                         otherwise
/// ```
/// The continued fraction is evaluated by the modified Lentz method (Numerical Recipes, 3rd ed., §6.4;
/// Lentz 1976). The prefactor is formed in logs; ln B(a, b) uses a Stirling-series difference when an argument
/// is ≥ 15 so that large degrees of freedom do not cancel (`lgamma(a) − lgamma(a+b)` would lose ~|ln Γ|·ε).
///
/// Both the value and its complement are returned, each computed directly on the side where it is small,
/// so neither tail loses precision. `x` outside [0, 1] or non-positive `a`, `b` is a programmer error.
public enum IncompleteBeta {
    /// I_x(a, b).
    public static func regularized(x: Double, a: Double, b: Double) -> Double {
        precondition(a > 0 && b > 0, "The incomplete beta function needs a > 0 and b > 0")
        precondition(x.isNaN || (0 ... 1).contains(x), "The incomplete beta function needs 0 ≤ x ≤ 1")
        if x.isNaN { return .nan }
        return regularizedPair(a: a, b: b, x: x, y: 1 - x, logX: log(x), logY: log1p(-x)).value
    }

    /// I_x(a, b) and 1 − I_x(a, b), given `x`, `y = 1 − x` and their logs (supplied by the caller so that
    /// they can be formed without rounding, e.g. x = ν/(ν+t²), y = t²/(ν+t²) for Student's t).
    static func regularizedPair(a: Double, b: Double, x: Double, y: Double, logX: Double, logY: Double)
        -> (value: Double, complement: Double)
    {
        if x <= 0 { return (0, 1) }
        if y <= 0 { return (1, 0) }
        if x < (a + 1) / (a + b + 2) {
            let v = front(a: a, b: b, logX: logX, logY: logY) * continuedFraction(a: a, b: b, x: x) / a
            return (v, 1 - v)
        } else {
            let c = front(a: b, b: a, logX: logY, logY: logX) * continuedFraction(a: b, b: a, x: y) / b
            return (1 - c, c)
        }
    }

    /// x^a (1−x)^b / B(a, b).
    static func front(a: Double, b: Double, logX: Double, logY: Double) -> Double {
        exp(a * logX + b * logY - logBeta(a, b))
    }

    /// The continued fraction part, modified Lentz.
    static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300, eps = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        // Worst case needs O(√max(a, b)) terms (Numerical Recipes §6.4).
        let maxIterations = 1000 + Int(min(20 * max(a, b).squareRoot(), 5e7))
        var m = 1
        while m <= maxIterations {
            let md = Double(m), m2 = 2 * md
            var aa = md * (b - md) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + md) * (qab + md) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= eps { break }
            m += 1
        }
        return h
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        let big = max(a, b), small = min(a, b)
        if big < 15 { return logGamma(a) + logGamma(b) - logGamma(a + b) }
        // ln Γ(big) − ln Γ(big + small) by Stirling's series, without forming the two large logs:
        //   −(big − ½)·log1p(small/big) − small·ln(big + small) + small + δ(big) − δ(big + small)
        let difference = -(big - 0.5) * log1p(small / big) - small * log(big + small) + small
            + stirlingCorrection(big) - stirlingCorrection(big + small)
        return logGamma(small) + difference
    }

    /// ln Γ(x) for x > 0 (C library `lgamma_r`, thread-safe).
    static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// δ(z) = ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π], the Stirling series, for z ≥ 15 (error < 1e−17).
    static func stirlingCorrection(_ z: Double) -> Double {
        let r = 1 / z, r2 = r * r
        return r * (1.0 / 12 + r2 * (-1.0 / 360 + r2 * (1.0 / 1260 + r2 * (-1.0 / 1680
            + r2 * (1.0 / 1188 + r2 * (-691.0 / 360_360))))))
    }
}
