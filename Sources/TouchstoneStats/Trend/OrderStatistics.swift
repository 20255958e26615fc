/// Order statistics by selection (Hoare's FIND / quickselect), for the Theil–Sen slope and Sen's interval:
/// the k-th smallest value without sorting the whole array.
///
/// ```
/// select(a, k, lo..<hi): rearranges a[lo..<hi] so that a[k] is the value an ascending sort would put at k,
///                        every a[lo..<k] ≤ a[k] and every a[k+1..<hi] ≥ a[k]
/// ```
/// Expected O(hi − lo) comparisons (median-of-three pivots, insertion sort below 16 elements) against
/// O(N log N) for a sort. Deterministic: no random pivots, so the same input is rearranged the same way.
/// The value found equals the sorted array's k-th value for any input without `NaN` (the callers' slopes of
/// present points have none; a `NaN` still terminates, placed arbitrarily).
/// Reference: Hoare, C. A. R. (1961), "Algorithm 65: FIND", *Communications of the ACM* 4(7), 321–322.
enum OrderStatistics {
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, in range: Range<Int>) {
        precondition(range.contains(k), "The order statistic must lie in the range")
        var lo = range.lowerBound, hi = range.upperBound - 1   // inclusive bounds
        while hi - lo > 16 {
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo, j = hi
            while i <= j {
                while i < hi && a[i] < pivot { i += 1 }
                while j > lo && pivot < a[j] { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // a[lo...j] ≤ pivot ≤ a[i...hi]; anything strictly between j and i equals the pivot.
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
        if lo >= hi { return }
        for p in (lo + 1) ... hi {
            let v = a[p]
            var q = p - 1
            while q >= lo && v < a[q] {
                a[q + 1] = a[q]
                q -= 1
            }
            a[q + 1] = v
        }
    }

    /// The largest value of a[range] (a non-empty range).
    static func maximum(_ a: UnsafeMutableBufferPointer<Double>, in range: Range<Int>) -> Double {
        var m = a[range.lowerBound]
        for p in range.dropFirst() where a[p] > m { m = a[p] }
        return m
    }
}
