/// The chi-squared distribution with ν > 0 degrees of freedom: CDF and upper tail.
///
/// ```
/// F(x) = P(ν/2, x/2)        S(x) = Q(ν/2, x/2)        (regularized incomplete gamma), x ≥ 0
/// ```
/// Both are 0/1 at x ≤ 0; `NaN` in gives `NaN` out. Example: ν = 2: `survival(2) = e⁻¹ = 0.36787944117144233`.
/// Matches `scipy.stats.chi2.cdf / .sf` through `IncompleteGamma`.
public struct ChiSquaredDistribution: Sendable, Hashable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0 && degreesOfFreedom.isFinite, "Chi-squared needs finite ν > 0")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        return IncompleteGamma.lowerRegularized(a: degreesOfFreedom / 2, x: x / 2)
    }

    /// P(X > x), computed without cancellation.
    public func survival(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        return IncompleteGamma.upperRegularized(a: degreesOfFreedom / 2, x: x / 2)
    }
}
