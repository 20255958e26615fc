/// Order statistics by selection (Hoare's FIND / quickselect), for the Theil–Sen slope and Sen's interval:
/// the k-th smallest value without sorting the whole array.
///
/// ```
/// select(a, k, lo..<hi): rearranges a[lo..<hi] so that a[k] is the value an ascending sort would put at k,
///                        every a[lo..<k] ≤ a[k] and every a[k+1..<hi] ≥ a[k]
/// ```
/// Expected O(hi − lo) comparisons (median-of-three pivots, a branch-free split through a scratch buffer,
/// insertion sort below 16 elements) against
/// O(N log N) for a sort. Deterministic: no random pivots, so the same input is rearranged the same way.
/// The value found equals the sorted array's k-th value for any input without `NaN` (the callers' slopes of
/// present points have none; a `NaN` still terminates, placed arbitrarily).
/// Reference: Hoare, C. A. R. (1961), "Algorithm 65: FIND", *Communications of the ACM* 4(7), 321–322.
enum OrderStatistics {
    /// `scratch` holds at least `2 · range.count` values (its contents are overwritten).
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, in range: Range<Int>,
                       scratch: UnsafeMutableBufferPointer<Double>) {
        precondition(range.contains(k), "The order statistic must lie in the range")
        precondition(scratch.count >= 2 * range.count, "The scratch buffer must hold twice the range")
        let half = scratch.count / 2
        let front = scratch.baseAddress!, back = scratch.baseAddress! + half
        var lo = range.lowerBound, hi = range.upperBound - 1   // inclusive bounds
        while hi - lo > 16 {
            let pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi])
            // Branch-free split: every value is written to both scratch halves and only the count of the
            // side it belongs to advances, so neither a branch nor a load depends on the comparison (and
            // the loop reads only `a`, writes only the scratch). Then both sides are copied back.
            let (below, _) = split(a, lo, hi, front, back) { $0 < pivot }
            if k < lo + below { hi = lo + below - 1; continue }
            if below > 0 { lo += below; continue }
            // The pivot is the smallest value left: split off every copy of it (runs of tied slopes).
            let (equal, _) = split(a, lo, hi, front, back) { $0 == pivot }
            if k < lo + equal { return }   // a[lo..<lo+equal] all equal the pivot
            lo += equal
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

    /// Reorders a[lo...hi] as (values where `inFront`) then the others, each side in its original order;
    /// returns the sizes of both sides.
    @inline(__always)
    static func split(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int,
                      _ front: UnsafeMutablePointer<Double>, _ back: UnsafeMutablePointer<Double>,
                      _ inFront: (Double) -> Bool) -> (Int, Int) {
        let base = a.baseAddress! + lo
        let count = hi - lo + 1
        var f = 0, b = 0
        for i in 0 ..< count {
            let v = base[i]
            front[f] = v
            back[b] = v
            let yes = inFront(v) ? 1 : 0
            f &+= yes
            b &+= 1 &- yes
        }
        base.update(from: front, count: f)
        (base + f).update(from: back, count: b)
        return (f, b)
    }

    /// The median of three values.
    @inline(__always)
    static func medianOfThree(_ x: Double, _ y: Double, _ z: Double) -> Double {
        max(min(x, y), min(max(x, y), z))
    }

    /// The largest value of a[range] (a non-empty range).
    static func maximum(_ a: UnsafeMutableBufferPointer<Double>, in range: Range<Int>) -> Double {
        var m = a[range.lowerBound]
        for p in range.dropFirst() where a[p] > m { m = a[p] }
        return m
    }
}
