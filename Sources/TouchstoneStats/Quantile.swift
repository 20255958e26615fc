/// Sample quantiles and robust spread over the non-missing values.
///
/// ```
/// quantile(p), R type 7 (R's and numpy's default):  h = (n − 1)·p;  Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
/// MAD = 1.4826 · median(|x − median(x)|)              (R's mad(), consistent for the normal sd)
/// ```
/// Empty input (or all missing) gives `nil`. Reference: Hyndman & Fan (1996), "Sample quantiles in statistical
/// packages", *The American Statistician* 50(4); R `quantile(type = 7)`, `mad()`.
public enum Quantile {
    public static func type7(_ x: [Double], _ p: Double) -> Double? {
        precondition((0 ... 1).contains(p), "p must lie in [0, 1]")
        let s = x.filter { !$0.isNaN }.sorted()
        return type7(sorted: s, p)
    }

    /// As `type7`, for values already sorted ascending and free of NaN.
    public static func type7(sorted s: [Double], _ p: Double) -> Double? {
        guard !s.isEmpty else { return nil }
        let h = Double(s.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, s.count - 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }

    /// Median absolute deviation scaled by 1.4826, `nil` when empty.
    public static func mad(_ x: [Double]) -> Double? {
        guard let m = Descriptive.median(x) else { return nil }
        return Descriptive.median(x.filter { !$0.isNaN }.map { abs($0 - m) }).map { 1.4826 * $0 }
    }

    /// Percentile rank of `value` among `x`, in [0, 100]: the share of values below it plus half the share
    /// equal to it (the "mid-rank" definition, so the median unit of an odd group sits at 50).
    public static func percentileRank(_ value: Double, among x: [Double]) -> Double? {
        let present = x.filter { !$0.isNaN }
        guard !value.isNaN, !present.isEmpty else { return nil }
        let below = present.filter { $0 < value }.count
        let equal = present.filter { $0 == value }.count
        return 100 * (Double(below) + 0.5 * Double(equal)) / Double(present.count)
    }
}
