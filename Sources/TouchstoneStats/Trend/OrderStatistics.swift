/// Order statistics by selection (Hoare's FIND / quickselect), for the Theil–Sen slope and Sen's interval:
/// the k-th smallest value without sorting the whole array.
///
/// ```
/// select(a, k, lo..<hi): rearranges a[lo..<hi] so that a[k] is the value an ascending sort would put at k,
///                        every a[lo..<k] ≤ a[k] and every a[k+1..<hi] ≥ a[k]
/// ```
/// Expected O(hi − lo) comparisons (median-of-three pivots, a branch-free Lomuto partition, insertion sort
/// below 16 elements) against
/// O(N log N) for a sort. Deterministic: no random pivots, so the same input is rearranged the same way.
/// The value found equals the sorted array's k-th value for any input without `NaN` (the callers' slopes of
/// present points have none; a `NaN` still terminates, placed arbitrarily).
/// Reference: Hoare, C. A. R. (1961), "Algorithm 65: FIND", *Communications of the ACM* 4(7), 321–322.
enum OrderStatistics {
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, in range: Range<Int>) {
        precondition(range.contains(k), "The order statistic must lie in the range")
        var lo = range.lowerBound, hi = range.upperBound - 1   // inclusive bounds
        while hi - lo > 16 {
            // Median of three to a[hi] as the pivot, then a branch-free Lomuto partition of a[lo..<hi]
            // (the comparison only moves the boundary, so no branch depends on the data).
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[mid] < a[hi] { a.swapAt(hi, mid) }
            let pivot = a[hi]
            var store = lo
            for i in lo ..< hi {
                let v = a[i]
                a[i] = a[store]
                a[store] = v
                store += v < pivot ? 1 : 0
            }
            a.swapAt(store, hi)
            // a[lo..<store] < pivot = a[store] ≤ a[store+1...hi]
            if k < store { hi = store - 1; continue }
            if k == store { return }
            let pivotWasSmallest = store == lo
            lo = store + 1
            // Many values equal to a smallest pivot (tied slopes) would shrink the range by one per round:
            // move them next to it in one more branch-free pass and step over the whole run.
            guard pivotWasSmallest else { continue }
            var equal = lo
            for i in lo ... hi {
                let v = a[i]
                a[i] = a[equal]
                a[equal] = v
                equal += v == pivot ? 1 : 0
            }
            if k < equal { return }   // a[store...equal-1] all equal the pivot
            lo = equal
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
