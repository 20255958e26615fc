/// Control limits on a count that agree exactly with the mid-p test: a count lies beyond a limit if and only
/// if its one-sided mid-p is below the level's tail probability α.
///
/// ```
/// mid-p above(k) = P(X > k) + ½ P(X = k)        mid-p below(k) = P(X < k) + ½ P(X = k)
/// upper: k* = min { k : mid-p above(k) < α },  c = (k* − 1) + (m(k* − 1) − α) / (m(k* − 1) − m(k*))   (m = mid-p above)
/// lower: k* = max { k : mid-p below(k) < α },  c = k* + (α − m(k*)) / (m(k* + 1) − m(k*))            (m = mid-p below)
/// ```
/// The limits are linear between consecutive counts, so they are continuous in the denominator (as
/// Spiegelhalter's interpolated exact limits are) and, for whole counts, x > c_upper ⇔ mid-p above(x) < α and
/// x < c_lower ⇔ mid-p below(x) < α. No lower limit (−∞) when even a count of 0 is not unusual; an upper
/// limit above the largest possible count (binomial n + 1) when even that count is not unusual.
///
/// Reference: Lancaster (1961), *JASA* 56:223–234 (mid-p); Spiegelhalter (2005), *Statistics in Medicine*
/// 24:1185–1202, appendix (interpolating discrete limits).
public enum MidPLimits {
    /// Count limits (lower, upper) at tail probability `alpha`; `tails(k)` = (P(X < k), P(X > k)); `center` a
    /// count near the mean; `maximum` the largest possible count (binomial n), if any.
    public static func counts(alpha: Double, center: Int, maximum: Int? = nil,
                              tails: (Int) -> (below: Double, above: Double)) -> (lower: Double, upper: Double) {
        func above(_ k: Int) -> Double { let t = tails(k); return t.above + 0.5 * max(0, 1 - t.below - t.above) }
        func below(_ k: Int) -> Double { let t = tails(k); return t.below + 0.5 * max(0, 1 - t.below - t.above) }
        let top = maximum ?? Int.max
        var k = max(0, min(center, top))
        while k > 0 && above(k) < alpha { k -= 1 }
        while k <= top && above(k) >= alpha { k += 1 }
        let upper: Double
        if k > top { upper = Double(top) + 1 } else {   // even the largest count is not unusual: a limit above it
            let (a, b) = (above(k - 1), above(k))
            upper = Double(k - 1) + (a - alpha) / max(a - b, 1e-300)
        }
        var j = max(0, min(center, top))
        while j < top && below(j) < alpha { j += 1 }
        while j >= 0 && below(j) >= alpha { j -= 1 }
        let lower: Double
        if j < 0 { lower = -.infinity } else {
            let (a, b) = (below(j), below(j + 1))
            lower = Double(j) + (alpha - a) / max(b - a, 1e-300)
        }
        return (lower, upper)
    }
}
