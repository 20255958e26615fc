#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The binomial distribution of the number of successes in n trials with success probability p.
///
/// ```
/// F(k) = P(X ≤ k) = I_{1−p}(n − k, k + 1)     0 ≤ k < n      (regularized incomplete beta)
/// S(k) = P(X > k) = I_p(k + 1, n − k)                          without forming 1 − F
/// quantile(p)      = min { k : F(k) ≥ p }          (scipy.stats.binom.ppf)
/// upperQuantile(q) = min { k : S(k) ≤ q }          = quantile(1 − q) without forming 1 − q
/// ```
/// F(k) = 0 for k < 0 and 1 for k ≥ n. p = 0 and p = 1 are point masses at 0 and n; n = 0 is the point mass
/// at 0. The quantile starts from the Cornish–Fisher guess np + z√(np(1−p)) + (z² − 1)(1 − 2p)/6 and gallops
/// then bisects, so it costs O(log) CDF evaluations.
///
/// Example: n = 10, p = 0.3: `cdf(2) = 0.3827827864`, `quantile(0.975) = 6`.
///
/// The incomplete beta continued fraction is `IncompleteBeta`'s; its prefactor x^a y^b / B(a, b) is formed
/// here by Loader's saddle-point form, (ab/N)·dbinom(a; N, x) with N = a + b and
/// `dbinom(a; N, x) = √(N/(2πab)) · exp(δ(N) − δ(a) − δ(b) − bd0(a, Nx) − bd0(b, Ny))`,
/// bd0(k, m) = k ln(k/m) + m − k by its series near k = m and δ the Stirling correction, so the relative error
/// stays ~1e−15 at n = 1e5 (the plain exp(a ln x + b ln y − ln B) loses ~1e−16 per unit of its terms, 1e−12
/// there). Loader, C. (2000), "Fast and accurate computation of binomial probabilities".
///
/// Matches `scipy.stats.binom.cdf / .sf / .ppf` (SciPy 1.17.1); see `Tests/References/funnel/gamma_reference.csv`.
public struct BinomialDistribution: Sendable, Hashable {
    public let trials: Int
    public let probability: Double

    public init(trials: Int, probability: Double) {
        precondition(trials >= 0, "A binomial needs n ≥ 0 trials")
        precondition((0 ... 1).contains(probability), "A binomial probability must lie in [0, 1]")
        self.trials = trials
        self.probability = probability
    }

    /// (F(k), S(k)) = (P(X ≤ k), P(X > k)).
    public func cdfAndSurvival(_ k: Int) -> (cdf: Double, survival: Double) {
        if k < 0 { return (0, 1) }
        if k >= trials { return (1, 0) }
        if probability == 0 { return (1, 0) }
        if probability == 1 { return (0, 1) }
        // S(k) = I_p(a, b), a = k + 1, b = n − k, evaluated on the side where the continued fraction converges
        // (as IncompleteBeta.regularizedPair), with the saddle-point prefactor.
        let a = Double(k) + 1, b = Double(trials - k)
        let x = probability, y = 1 - probability
        if x < (a + 1) / (a + b + 2) {
            let xx = x >= 0.5 ? DoubleDouble.oneMinus(y) : DoubleDouble(x)
            let v = Self.front(a, b, x, y) * IncompleteBeta.continuedFraction(a: a, b: b, x: xx) / a
            return (1 - v, v)
        } else {
            let yy = y >= 0.5 ? DoubleDouble.oneMinus(x) : DoubleDouble(y)
            let c = Self.front(b, a, y, x) * IncompleteBeta.continuedFraction(a: b, b: a, x: yy) / b
            return (c, 1 - c)
        }
    }

    /// x^a y^b / B(a, b) = √(ab/(2πN)) · exp(δ(N) − δ(a) − δ(b) − bd0(a, Nx) − bd0(b, Ny)), N = a + b, x + y = 1.
    static func front(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double {
        let n = a + b
        let exponent = stirlingError(n) - stirlingError(a) - stirlingError(b) - bd0(a, n * x) - bd0(b, n * y)
        return (a * b / (2 * Double.pi * n)).squareRoot() * exp(exponent)
    }

    /// δ(z) = ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π] for z ≥ 1, by the recurrence
    /// δ(z) = δ(z + 1) + (z + ½)·ln(1 + 1/z) − 1 up to z ≥ 15, then Stirling's series.
    static func stirlingError(_ z: Double) -> Double {
        var z = z, sum = 0.0
        while z < 15 {
            sum += (z + 0.5) * log1p(1 / z) - 1
            z += 1
        }
        return sum + IncompleteBeta.stirlingCorrection(z)
    }

    /// bd0(k, m) = k ln(k/m) + m − k ≥ 0, by the series in v = (k − m)/(k + m) when k is near m (Loader 2000).
    static func bd0(_ k: Double, _ m: Double) -> Double {
        if abs(k - m) < 0.1 * (k + m) {
            let v = (k - m) / (k + m), v2 = v * v
            var s = (k - m) * v, term = 2 * k * v
            var j = 1.0
            while true {
                term *= v2
                let next = s + term / (2 * j + 1)
                if next == s { return next }
                s = next
                j += 1
            }
        }
        return k * log(k / m) + m - k
    }

    /// P(X ≤ k).
    public func cdf(_ k: Int) -> Double { cdfAndSurvival(k).cdf }

    /// P(X > k).
    public func survival(_ k: Int) -> Double { cdfAndSurvival(k).survival }

    /// The smallest k in [0, n] with P(X ≤ k) ≥ p, for p in [0, 1].
    public func quantile(_ p: Double) -> Int {
        precondition((0 ... 1).contains(p), "A probability must lie in [0, 1]")
        if p == 0 { return 0 }
        return DiscreteSearch.smallest(from: guess(NormalDistribution.quantile(p)), lowest: 0, highest: trials) {
            cdf($0) >= p
        }
    }

    /// The smallest k in [0, n] with P(X > k) ≤ q, for q in [0, 1]: the quantile at 1 − q without forming it.
    public func upperQuantile(_ q: Double) -> Int {
        precondition((0 ... 1).contains(q), "A probability must lie in [0, 1]")
        if q == 1 { return 0 }
        return DiscreteSearch.smallest(from: guess(NormalDistribution.upperQuantile(q)), lowest: 0,
                                       highest: trials) { survival($0) <= q }
    }

    /// Cornish–Fisher start, rounded and clamped to [0, n].
    private func guess(_ z: Double) -> Int {
        let n = Double(trials), p = probability
        let g = n * p + z * (n * p * (1 - p)).squareRoot() + (z * z - 1) * (1 - 2 * p) / 6
        return g.isFinite ? Int(max(0, min(g.rounded(), n))) : 0
    }
}
