/// The Poisson distribution with mean μ ≥ 0: CDF, upper tail and quantile on the counts 0, 1, 2, ….
///
/// ```
/// F(k) = P(X ≤ k) = Q(k + 1, μ)          (regularized upper incomplete gamma)
/// S(k) = P(X > k) = P(k + 1, μ)          (regularized lower incomplete gamma), without forming 1 − F
/// quantile(p)      = min { k : F(k) ≥ p }     (scipy.stats.poisson.ppf)
/// upperQuantile(q) = min { k : S(k) ≤ q }     = quantile(1 − q) without forming 1 − q
/// ```
/// F(k) = 0 and S(k) = 1 for k < 0. μ = 0 is the point mass at 0. The quantile starts from the Cornish–Fisher
/// guess μ + z√μ + (z² − 1)/6 and gallops then bisects to the exact integer, so it costs O(log) CDF evaluations.
/// `quantile(0) = 0`; `quantile(1) = ∞` (returned as `nil`: no finite count reaches probability 1 when μ > 0).
///
/// Example: μ = 3: `cdf(2) = 0.42319008112684353`, `quantile(0.975) = 7`.
///
/// Matches `scipy.stats.poisson.cdf / .sf / .ppf` (SciPy 1.17.1); see `Tests/References/funnel/gamma_reference.csv`.
public struct PoissonDistribution: Sendable, Hashable {
    public let mean: Double

    public init(mean: Double) {
        precondition(mean >= 0 && mean.isFinite, "A Poisson mean must be finite and ≥ 0")
        self.mean = mean
    }

    /// (F(k), S(k)) = (P(X ≤ k), P(X > k)).
    public func cdfAndSurvival(_ k: Int) -> (cdf: Double, survival: Double) {
        if k < 0 { return (0, 1) }
        if mean == 0 { return (1, 0) }
        let pair = IncompleteGamma.regularizedPair(a: Double(k) + 1, x: mean)
        return (pair.upper, pair.lower)
    }

    /// P(X ≤ k).
    public func cdf(_ k: Int) -> Double { cdfAndSurvival(k).cdf }

    /// P(X > k).
    public func survival(_ k: Int) -> Double { cdfAndSurvival(k).survival }

    /// The smallest k with P(X ≤ k) ≥ p, for p in [0, 1); `nil` for p = 1 when μ > 0.
    public func quantile(_ p: Double) -> Int? {
        precondition((0 ... 1).contains(p), "A probability must lie in [0, 1]")
        if mean == 0 || p == 0 { return 0 }
        if p == 1 { return nil }
        return DiscreteSearch.smallest(from: guess(NormalDistribution.quantile(p)), lowest: 0) { cdf($0) >= p }
    }

    /// The smallest k with P(X > k) ≤ q, for q in (0, 1]: the quantile at 1 − q without forming 1 − q.
    /// `nil` for q = 0 when μ > 0.
    public func upperQuantile(_ q: Double) -> Int? {
        precondition((0 ... 1).contains(q), "A probability must lie in [0, 1]")
        if mean == 0 || q == 1 { return 0 }
        if q == 0 { return nil }
        return DiscreteSearch.smallest(from: guess(NormalDistribution.upperQuantile(q)), lowest: 0) {
            survival($0) <= q
        }
    }

    /// Cornish–Fisher start: μ + z√μ + (z² − 1)/6, rounded and clamped to ≥ 0.
    private func guess(_ z: Double) -> Int {
        let g = mean + z * mean.squareRoot() + (z * z - 1) / 6
        return g.isFinite ? Int(max(0, min(g.rounded(), 1e15))) : 0
    }
}
