/// Integer search for the first point where a monotone condition turns true.
enum DiscreteSearch {
    /// The smallest integer k ≥ `lowest` (and ≤ `highest`, where the condition must hold) with `ok(k)` true,
    /// for a condition that is false … false, true … true. Gallops from `guess` by doubling steps to bracket
    /// the change, then bisects.
    static func smallest(from guess: Int, lowest: Int, highest: Int = Int.max / 4,
                         _ ok: (Int) -> Bool) -> Int {
        var k = min(max(guess, lowest), highest)
        // Invariant after bracketing: ok(hi) is true, and lo < lowest or ok(lo) is false.
        var lo: Int, hi: Int
        if ok(k) {
            hi = k
            var step = 1
            lo = k - step
            while lo >= lowest && ok(lo) {
                hi = lo
                step *= 2
                lo = hi - step
            }
            lo = max(lo, lowest - 1)
        } else {
            lo = k
            var step = 1
            k = min(lo + step, highest)
            while !ok(k) {
                precondition(k < highest, "the search condition never held")
                lo = k
                step *= 2
                k = min(lo + step, highest)
            }
            hi = k
        }
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2
            if ok(mid) { hi = mid } else { lo = mid }
        }
        return hi
    }
}
