#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Hamed–Rao (1998) correction of var(S) for serial correlation, as `pymannkendall.hamed_rao_modification_test`.
///
/// ```
/// b        = Theil–Sen slope of the series (real time)
/// e_i      = y_i − b·(t_i − t_1 + 1)             detrended; positions 1…n when years are consecutive
/// R_i      = rank(e_i)                            average ranks for ties
/// ρ_k      = Σ_{i=1}^{n−k} (R_i − R̄)(R_{i+k} − R̄) / Σ (R_i − R̄)²       k = 1 … n−1 (lag in positions)
/// keep k   where |ρ_k| > z_{1−α/2} / √n          (significant at level α, default 0.05)
/// n/n*     = 1 + 2/(n(n−1)(n−2)) · Σ_kept (n−k)(n−k−1)(n−k−2) ρ_k
/// var*(S)  = var(S) · n/n*,   z* = (S ∓ 1)/√var*(S),   p* = 2·(1 − Φ(|z*|))
/// ```
/// Lags count present points, not years: the autocorrelation of a series with a gap is taken over the
/// closed-up sequence, as pymannkendall does after dropping `NaN`. Detrending uses real time, so for a
/// gap-free yearly series e_i equals pymannkendall's `x − (1…n)·slope` exactly; across a gap pymannkendall
/// subtracts the slope once per position, we subtract it once per year (the rule "a gap is a gap").
///
/// - When all detrended values are tied (a constant series or an exact line), ρ is 0/0; no lag is kept and
///   n/n* = 1 (pymannkendall returns `NaN` for var*(S) here and p* = 1 when S = 0).
/// - When n/n* ≤ 0, var*(S) is not a variance: `z` and `pValue` are `nil` with `.nonPositiveVariance`
///   unless S = 0 (z* = 0, p* = 1).
///
/// Hamed, K. H. & Rao, A. R. (1998), J. Hydrology 204, 182–196.
public struct HamedRaoCorrection: Sendable, Equatable {
    /// Lags k whose rank autocorrelation was significant and entered the correction.
    public var significantLags: [Int]
    /// The rank autocorrelations ρ_1 … ρ_{n−1} (empty when all detrended values tie).
    public var autocorrelations: [Double]
    /// n/n*, the variance inflation factor.
    public var varianceFactor: Double
    /// var(S) · n/n*.
    public var varianceS: Double
    /// Corrected z; `nil` when the corrected variance is not positive and S ≠ 0.
    public var z: Double?
    /// Corrected two-sided p; `nil` with `z`.
    public var pValue: Double?
    /// Why `z` and `pValue` are absent.
    public var unavailable: TrendUnavailableReason?

    static func compute(points: TrendPoints, s: Int, varianceS: Double, alpha: Double) -> HamedRaoCorrection {
        precondition(alpha > 0 && alpha < 1, "The Hamed–Rao significance level must lie in (0, 1)")
        let n = points.count
        let nd = Double(n)
        let slopes = TheilSenTrend.pairwiseSlopes(times: points.times, values: points.values).sorted()
        let slope = trendMedian(slopes)
        let t1 = points.times[0]
        let detrended = (0 ..< n).map { points.values[$0] - (points.times[$0] - t1 + 1) * slope }
        let ranks = averageRanks(detrended)
        let mean = ranks.reduce(0, +) / nd
        let centred = ranks.map { $0 - mean }
        let c0 = centred.reduce(0) { $0 + $1 * $1 }

        var autocorrelations: [Double] = []
        var lags: [Int] = []
        var sum = 0.0
        if c0 > 0 {
            let bound = NormalDistribution.upperQuantile(alpha / 2) / nd.squareRoot()
            for k in 1 ..< n {
                var ck = 0.0
                for i in 0 ..< (n - k) { ck += centred[i] * centred[i + k] }
                let rho = ck / c0
                autocorrelations.append(rho)
                if rho > bound || rho < -bound {
                    lags.append(k)
                    let m = Double(n - k)
                    sum += m * (m - 1) * (m - 2) * rho
                }
            }
        }
        let factor = n >= 3 ? 1 + 2 / (nd * (nd - 1) * (nd - 2)) * sum : 1
        let corrected = varianceS * factor
        var result = HamedRaoCorrection(
            significantLags: lags, autocorrelations: autocorrelations, varianceFactor: factor,
            varianceS: corrected, z: nil, pValue: nil, unavailable: nil)
        if s == 0 {
            result.z = 0
            result.pValue = 1
        } else if corrected > 0 {
            let z = MannKendallTest.zScore(s: s, variance: corrected)
            result.z = z
            result.pValue = NormalDistribution.twoSidedPValue(z)
        } else {
            result.unavailable = .nonPositiveVariance
        }
        return result
    }

    /// Ranks 1…n with ties given their average rank (`scipy.stats.rankdata` default).
    static func averageRanks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: x.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && x[order[end + 1]] == x[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for p in start ... end { ranks[order[p]] = rank }
            start = end + 1
        }
        return ranks
    }
}
