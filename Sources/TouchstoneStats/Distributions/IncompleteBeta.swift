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
/// Lentz 1976) in double-double arithmetic, with x near 1 carried as 1 − y so that it keeps y's precision
/// (for a = 5e6 the first term 1 − (a+b)x/(a+1) cancels six digits). The prefactor is formed in logs;
/// ln B(a, b) uses a Stirling-series difference when an argument is ≥ 15 so that large degrees of freedom
/// do not cancel (`lgamma(a) − lgamma(a+b)` would lose ~|ln Γ|·ε).
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
        // x itself may underflow while ln x is finite (Student's t with ν ≪ 1 at huge t): test the logs.
        if logX == -.infinity { return (0, 1) }
        if logY == -.infinity { return (1, 0) }
        if x < (a + 1) / (a + b + 2) {
            let xx = x >= 0.5 ? DoubleDouble.oneMinus(y) : DoubleDouble(x)
            let v = front(a: a, b: b, logX: logX, logY: logY) * continuedFraction(a: a, b: b, x: xx) / a
            return (v, 1 - v)
        } else {
            let yy = y >= 0.5 ? DoubleDouble.oneMinus(x) : DoubleDouble(y)
            let c = front(a: b, b: a, logX: logY, logY: logX) * continuedFraction(a: b, b: a, x: yy) / b
            return (1 - c, c)
        }
    }

    /// x^a (1−x)^b / B(a, b).
    static func front(a: Double, b: Double, logX: Double, logY: Double) -> Double {
        exp(a * logX + b * logY - logBeta(a, b))
    }

    /// The continued fraction part, modified Lentz, in double-double arithmetic: with a large and x near
    /// the switch point (a+1)/(a+b+2) the first terms cancel to ~1/a, which in plain doubles costs ~a·ε.
    static func continuedFraction(a: Double, b: Double, x: DoubleDouble) -> Double {
        typealias DD = DoubleDouble
        let tiny = 1e-300
        let one = DD(1), aa0 = DD(a), bb0 = DD(b)
        let qab = aa0 + bb0, qap = aa0 + one, qam = aa0 - one
        var c = one
        var d = one - qab * x / qap
        if abs(d.hi) < tiny { d = DD(tiny) }
        d = one / d
        var h = d
        // Worst case needs O(√max(a, b)) terms (Numerical Recipes §6.4).
        let maxIterations = 1000 + Int(min(20 * max(a, b).squareRoot(), 5e7))
        var m = 1
        while m <= maxIterations {
            let md = DD(Double(m)), m2 = DD(Double(2 * m))
            var aa = md * (bb0 - md) * x / ((qam + m2) * (aa0 + m2))
            d = one + aa * d
            if abs(d.hi) < tiny { d = DD(tiny) }
            c = one + aa / c
            if abs(c.hi) < tiny { c = DD(tiny) }
            d = one / d
            h = h * d * c
            aa = -((aa0 + md) * (qab + md) * x) / ((aa0 + m2) * (qap + m2))
            d = one + aa * d
            if abs(d.hi) < tiny { d = DD(tiny) }
            c = one + aa / c
            if abs(c.hi) < tiny { c = DD(tiny) }
            d = one / d
            let delta = d * c
            h = h * delta
            if abs((delta - one).hi) <= 1e-17 { break }
            m += 1
        }
        return h.value
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
