#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Theil–Sen line: the median of all pairwise slopes, with Sen's (1968) rank-based confidence interval.
///
/// ```
/// slopes    d_ij = (y_j − y_i) / (t_j − t_i)  for all i < j        (N = n(n−1)/2 of them; d[k] = k-th smallest)
/// slope     b = median(d)
/// intercept a = median(y) − b · median(t)                           (Conover 1980; scipy "separate")
/// interval  σ² = [n(n−1)(2n+5) − Σ_ties u(u−1)(2u+5)] / 18          (ties u in y; times are distinct)
///           C  = z_{1−(1−level)/2} · σ
///           upper = d[min(round((N + C)/2), N − 1)]                  (0-based, round half to even)
///           lower = d[max(round((N − C)/2) − 1, 0)]
/// ```
/// The slope and the two interval bounds are order statistics of d, found by selection (`OrderStatistics`:
/// the median, then each bound on its side of it) rather than by sorting all N slopes; the values are the
/// sorted array's. Slopes use real time, so a pair across a gap is divided by the whole gap. The interval uses the normal
/// quantile and the tie-corrected variance of Kendall's S, as `scipy.stats.theilslopes` documents and
/// computes it (rounding half to even as Python's `round`).
///
/// - Missing values (`NaN`) are dropped; n < 2 → `.insufficientData(n:)`.
/// - n = 2: the one pairwise slope; the interval collapses to [b, b].
/// - Constant values (all ties): slope 0, σ = 0 and the interval is [0, 0].
/// - Ties in y give zero pairwise slopes and shrink σ (narrower interval); times are distinct by precondition.
///
/// Example: t = 1…5, y = [1, 2, 3, 4, 100] → slope 1 (the outlier moves only 4 of 10 slopes),
/// intercept 3 − 1·3 = 0.
///
/// Theil, H. (1950), "A rank-invariant method of linear and polynomial regression analysis";
/// Sen, P. K. (1968), "Estimates of the regression coefficient based on Kendall's tau", JASA 63, 1379–1389.
/// Matches `scipy.stats.theilslopes(y, x, alpha)` (SciPy 1.17.1); see
/// `Tests/References/trend/theilsen_reference.csv`.
public struct TheilSenTrend: Sendable, Equatable {
    /// Number of present points.
    public var n: Int
    public var slope: Double
    /// median(y) − slope · median(t), the value at time 0.
    public var intercept: Double
    /// Sen's interval for the slope at the requested level.
    public var confidenceInterval: ConfidenceInterval

    /// Fits the line to the present points. `level` is the confidence level of the slope interval, in (0, 1).
    public static func fit(times: [Double], values: [Double], level: Double = 0.95) -> TrendOutcome<TheilSenTrend> {
        precondition(level > 0 && level < 1, "The confidence level must lie in (0, 1)")
        return fit(TrendPoints(times: times, values: values), level: level)
    }

    /// The fit of points already stripped of missing values (one `TrendPoints` shared by several kernels).
    /// `sortedValues`, when given, is `points.values.sorted()` (shared with Mann–Kendall's tie term).
    static func fit(_ points: TrendPoints, level: Double, sortedValues known: [Double]? = nil) -> TrendOutcome<TheilSenTrend> {
        let n = points.count
        guard n >= 2 else { return .insufficientData(n: n) }
        // One sort of the n values gives both median(y) and the tie term; times are already increasing.
        let sortedValues = known ?? points.values.sorted()
        let valueMedian = medianOfSorted(sortedValues)
        let timeMedian = medianOfSorted(points.times)

        let count = n * (n - 1) / 2
        let sigma = ((Double(n) * Double(n - 1) * Double(2 * n + 5) - MannKendallTest.tieTerm(sorted: sortedValues)) / 18)
            .squareRoot()
        let c = (level == 0.95 ? z975 : NormalDistribution.upperQuantile((1 - level) / 2)) * sigma
        let upperIndex = min(Int(roundHalfEven((Double(count) + c) / 2)), count - 1)
        let lowerIndex = max(Int(roundHalfEven((Double(count) - c) / 2)) - 1, 0)

        // The median and the two interval order statistics by selection, not a sort of all N slopes:
        // select the middle, then the lower bound left of it and the upper bound right of it.
        let mid = count / 2
        let (slope, lower, upper) = withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * count) { buffer in
            let a = UnsafeMutableBufferPointer(rebasing: buffer[0 ..< count])
            let scratch = UnsafeMutableBufferPointer(rebasing: buffer[count ..< 3 * count])
            var p = 0
            let t = points.times, y = points.values
            for i in 0 ..< n {
                for j in (i + 1) ..< n {
                    a[p] = (y[j] - y[i]) / (t[j] - t[i])
                    p += 1
                }
            }
            OrderStatistics.select(a, mid, in: 0 ..< count, scratch: scratch)
            let middle = a[mid]
            let slope = count % 2 == 1 ? middle : (OrderStatistics.maximum(a, in: 0 ..< mid) + middle) / 2
            var lower = middle, upper = middle
            if lowerIndex < mid {
                OrderStatistics.select(a, lowerIndex, in: 0 ..< mid, scratch: scratch)
                lower = a[lowerIndex]
            }
            if upperIndex > mid {
                OrderStatistics.select(a, upperIndex, in: (mid + 1) ..< count, scratch: scratch)
                upper = a[upperIndex]
            }
            return (slope, lower, upper)
        }
        return .computed(TheilSenTrend(
            n: n, slope: slope, intercept: valueMedian - slope * timeMedian,
            confidenceInterval: ConfidenceInterval(lower: lower, upper: upper, level: level)))
    }

    /// z_{0.975}, the normal quantile of the default 95 % interval, computed once.
    static let z975 = NormalDistribution.upperQuantile(0.025)

    /// The median of an ascending array (average of the two middle values for even count).
    static func medianOfSorted(_ s: [Double]) -> Double {
        let mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
    }

    /// All slopes (y_j − y_i)/(t_j − t_i), i < j, unsorted. Times must be strictly increasing.
    static func pairwiseSlopes(times: [Double], values: [Double]) -> [Double] {
        var slopes: [Double] = []
        slopes.reserveCapacity(times.count * (times.count - 1) / 2)
        for i in 0 ..< times.count {
            for j in (i + 1) ..< times.count {
                slopes.append((values[j] - values[i]) / (times[j] - times[i]))
            }
        }
        return slopes
    }

    /// var(S) with the tie correction in y: [n(n−1)(2n+5) − Σ u(u−1)(2u+5)] / 18.
    static func senVariance(_ values: [Double]) -> Double {
        let n = Double(values.count)
        return (n * (n - 1) * (2 * n + 5) - MannKendallTest.tieTerm(values)) / 18
    }

    /// Rounds half to even, as Python's `round`.
    static func roundHalfEven(_ x: Double) -> Double {
        x.rounded(.toNearestOrEven)
    }
}
