#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Settings of the Mann–Kendall trend test. A plain value with documented defaults.
public struct MannKendallSettings: Sendable, Equatable, Codable {
    /// Fewer present points than this give `.insufficientData(n:)`. Default 4; at least 2.
    public var minimumPoints: Int = 4
    /// The exact null distribution of S is used for the p-value when n ≤ this and there are no ties.
    /// Default 10; 0 always uses the normal approximation (pymannkendall's behaviour). At most 20.
    public var exactMaximumN: Int = 10
    /// Also compute the Hamed–Rao (1998) autocorrelation-corrected variance, z and p. Default `false`.
    public var hamedRao: Bool = false
    /// Significance level for the autocorrelation lags kept by Hamed–Rao. Default 0.05.
    public var hamedRaoAlpha: Double = 0.05

    public init(minimumPoints: Int = 4, exactMaximumN: Int = 10, hamedRao: Bool = false, hamedRaoAlpha: Double = 0.05) {
        self.minimumPoints = minimumPoints
        self.exactMaximumN = exactMaximumN
        self.hamedRao = hamedRao
        self.hamedRaoAlpha = hamedRaoAlpha
    }
}

/// How a Mann–Kendall p-value was obtained.
public enum MannKendallPMethod: String, Sendable, Hashable, Codable {
    /// From the exact permutation distribution of S (n ≤ `exactMaximumN`, no ties).
    case exact
    /// From the normal approximation with continuity correction.
    case normal
}

/// The Mann–Kendall test for a monotonic trend.
///
/// ```
/// S      = Σ_{i<j} sign(y_j − y_i)                       (order of present points by time)
/// var(S) = [n(n−1)(2n+5) − Σ_ties u(u−1)(2u+5)] / 18     (u = size of each group of equal values)
/// τ      = S / (n(n−1)/2)                                 (tau-a, as pymannkendall)
/// z      = (S − 1)/√var(S) if S > 0;  0 if S = 0;  (S + 1)/√var(S) if S < 0
/// p      = 2·(1 − Φ(|z|))                                  normal approximation, or
/// p      = P(|S′| ≥ |S|) under H₀, S′ = N − 2·inv(π) over all n! orders π   exact (no ties, n ≤ 10)
/// ```
/// The exact distribution comes from the Mahonian numbers M(n, k), the count of permutations of n with
/// k inversions, by the recursion M(n, k) = Σ_{j=0}^{min(k, n−1)} M(n−1, k−j) (inserting the n-th element
/// at each of n positions), in exact integer arithmetic; S = n(n−1)/2 − 2k. `pMethod` says which p was used;
/// `normalPValue` always holds the normal approximation, for comparison.
///
/// Only the order of present points matters for S; real times are used only to order them (and, for
/// Hamed–Rao, to detrend). Missing values (`NaN`) are dropped; n < `minimumPoints` (default 4) gives
/// `.insufficientData(n:)`. Constant series (all ties): S = 0, var(S) = 0, z = 0, p = 1 (normal).
///
/// Example: y = [1, 2, 3, 4, 5] → S = 10, τ = 1, var(S) = 50/3, z = 2.2045, normal p = 0.02749,
/// exact p = 2/120 = 0.016667.
///
/// Mann, H. B. (1945), "Nonparametric tests against trend", Econometrica 13, 245–259; Kendall, M. G. (1975),
/// "Rank Correlation Methods", 4th ed.; Hamed, K. H. & Rao, A. R. (1998), "A modified Mann-Kendall trend
/// test for autocorrelated data", J. Hydrology 204, 182–196. The normal path matches
/// `pymannkendall.original_test` and `.hamed_rao_modification_test` (pymannkendall 1.4.3); the exact path
/// matches brute-force enumeration of all n! orderings (`Tests/References/trend/mk_exact_reference.csv`).
/// Hamed–Rao corrects the normal approximation only; it never uses the exact distribution.
public struct MannKendallTest: Sendable, Equatable {
    /// Number of present points.
    public var n: Int
    /// Kendall's S.
    public var s: Int
    /// Kendall's tau-a, S / (n(n−1)/2).
    public var tau: Double
    /// var(S) under H₀, tie-corrected.
    public var varianceS: Double
    /// Whether some present values are equal.
    public var hasTies: Bool
    /// Standardised statistic with continuity correction.
    public var z: Double
    /// The two-sided p-value reported (exact or normal, see `pMethod`).
    public var pValue: Double
    public var pMethod: MannKendallPMethod
    /// The normal-approximation p-value 2·(1 − Φ(|z|)), whichever method `pValue` used.
    public var normalPValue: Double
    /// The Hamed–Rao correction, when requested.
    public var hamedRao: HamedRaoCorrection?

    /// Runs the test on the present points.
    public static func test(times: [Double], values: [Double], settings: MannKendallSettings = MannKendallSettings())
        -> TrendOutcome<MannKendallTest>
    {
        precondition(settings.minimumPoints >= 2, "Mann–Kendall needs minimumPoints ≥ 2")
        precondition(settings.exactMaximumN <= 20, "Exact Mann–Kendall p-values are supported up to n = 20")
        return test(TrendPoints(times: times, values: values), settings: settings)
    }

    /// The test on points already stripped of missing values (one `TrendPoints` shared by several kernels).
    /// `tieTerm`, when given, is `tieTerm(points.values)` computed by the caller (shared with Theil–Sen).
    static func test(_ points: TrendPoints, settings: MannKendallSettings, tieTerm knownTieTerm: Double? = nil)
        -> TrendOutcome<MannKendallTest>
    {
        precondition(settings.minimumPoints >= 2, "Mann–Kendall needs minimumPoints ≥ 2")
        precondition(settings.exactMaximumN <= 20, "Exact Mann–Kendall p-values are supported up to n = 20")
        let n = points.count
        guard n >= settings.minimumPoints else { return .insufficientData(n: n) }
        let y = points.values
        let s = score(y)
        let nd = Double(n)
        let tieTerm = knownTieTerm ?? tieTerm(y)
        let varianceS = (nd * (nd - 1) * (2 * nd + 5) - tieTerm) / 18
        let z = zScore(s: s, variance: varianceS)
        let normalP = s == 0 ? 1 : NormalDistribution.twoSidedPValue(z)
        let hasTies = tieTerm > 0
        var p = normalP, method = MannKendallPMethod.normal
        if !hasTies && n <= settings.exactMaximumN {
            p = exactPValue(n: n, s: s)
            method = .exact
        }
        var result = MannKendallTest(
            n: n, s: s, tau: Double(s) / (nd * (nd - 1) / 2), varianceS: varianceS, hasTies: hasTies,
            z: z, pValue: p, pMethod: method, normalPValue: normalP, hamedRao: nil)
        if settings.hamedRao {
            result.hamedRao = HamedRaoCorrection.compute(
                points: points, s: s, varianceS: varianceS, alpha: settings.hamedRaoAlpha)
        }
        return .computed(result)
    }

    /// S = Σ_{i<j} sign(y_j − y_i).
    static func score(_ y: [Double]) -> Int {
        var s = 0
        for i in 0 ..< y.count {
            for j in (i + 1) ..< y.count {
                // Branch-free: sign(y_j − y_i) (ties and, as before, NaN count 0).
                s += (y[j] > y[i] ? 1 : 0) - (y[j] < y[i] ? 1 : 0)
            }
        }
        return s
    }

    /// Σ u(u−1)(2u+5) over groups of exactly equal values.
    static func tieTerm(_ y: [Double]) -> Double {
        tieTerm(sorted: y.sorted())
    }

    /// The tie term of values already in ascending order.
    static func tieTerm(sorted: [Double]) -> Double {
        var term = 0.0, start = 0
        while start < sorted.count {
            var end = start
            while end + 1 < sorted.count && sorted[end + 1] == sorted[start] { end += 1 }
            let u = Double(end - start + 1)
            term += u * (u - 1) * (2 * u + 5)
            start = end + 1
        }
        return term
    }

    /// z with continuity correction; 0 when S = 0.
    static func zScore(s: Int, variance: Double) -> Double {
        if s > 0 { return Double(s - 1) / variance.squareRoot() }
        if s < 0 { return Double(s + 1) / variance.squareRoot() }
        return 0
    }

    /// P(|S′| ≥ |s|) under H₀ for n untied values, from the Mahonian numbers.
    public static func exactPValue(n: Int, s: Int) -> Double {
        precondition(n >= 1 && n <= 20, "Exact Mann–Kendall p-values are supported for 1 ≤ n ≤ 20")
        let counts = mahonianNumbers(n)
        let pairs = n * (n - 1) / 2
        var tail: UInt64 = 0
        for (k, c) in counts.enumerated() where abs(pairs - 2 * k) >= abs(s) { tail += c }
        let total = counts.reduce(0, +)   // n!
        return Double(tail) / Double(total)
    }

    /// M(n, k) for k = 0 … n(n−1)/2: permutations of n elements with k inversions. Exact up to n = 20.
    static func mahonianNumbers(_ n: Int) -> [UInt64] {
        var row: [UInt64] = [1]
        if n <= 1 { return row }
        for m in 2 ... n {
            // Inserting element m into a permutation of m−1 adds 0 … m−1 inversions.
            let width = row.count + m - 1
            var next = [UInt64](repeating: 0, count: width)
            // Sliding-window sum of the previous row over j = 0 … m−1.
            var window: UInt64 = 0
            for k in 0 ..< width {
                if k < row.count { window += row[k] }
                if k - m >= 0 && k - m < row.count { window -= row[k - m] }
                next[k] = window
            }
            row = next
        }
        return row
    }
}
