/// The turning-point test for alternation ("on-off"): how surprising are this many changes of direction in a
/// series of n values if the values were in random order?
///
/// ```
/// T = #{ i : 1 ≤ i ≤ n−2, x_i is a strict peak or trough of x_{i−1}, x_i, x_{i+1} }    (present values, in time order)
/// p = P(T ≥ t) under H0: the n! orders are equally likely (iid continuous noise)
/// E[T] = 2(n − 2)/3,  Var[T] = (16n − 29)/90
/// ```
/// Exact for n ≤ 9 (the null distribution is counted over all n! orders once and kept); for n > 9 the normal
/// approximation with a continuity correction. With n = 6 the largest possible count, T = 4, has p = 0.169
/// (122 of 720 orders zig-zag), so alternation alone can never be significant in six yearly values: the
/// on-off rule pairs it with the size of the swings.
///
/// Reference: Kendall, Stuart & Ord, *The Advanced Theory of Statistics* vol. 3, §45.17 (turning points);
/// Brockwell & Davis (2002), *Introduction to Time Series and Forecasting*, §1.6 (the turning point test).
public enum TurningPoints {
    /// Turning points of the values in order (equal neighbours are not a turn).
    public static func count(_ values: [Double]) -> Int {
        let x = values.filter { !$0.isNaN }
        guard x.count >= 3 else { return 0 }
        var t = 0
        for i in 1 ..< x.count - 1 where (x[i] > x[i - 1] && x[i] > x[i + 1]) || (x[i] < x[i - 1] && x[i] < x[i + 1]) { t += 1 }
        return t
    }

    /// P(T ≥ t) for n values in random order.
    public static func upperTail(_ t: Int, n: Int) -> Double {
        guard n >= 3, t > 0 else { return 1 }
        if n <= 9 {
            let counts = exactCounts[n]
            let total = counts.reduce(0, +)
            return Double(counts[min(t, counts.count)...].reduce(0, +)) / Double(total)
        }
        let mean = 2 * Double(n - 2) / 3, sd = ((16 * Double(n) - 29) / 90).squareRoot()
        return NormalDistribution.survival((Double(t) - 0.5 - mean) / sd)
    }

    /// `exactCounts[n][t]`: the number of the n! orders with t turning points, n = 0 … 9.
    static let exactCounts: [[Int]] = (0 ... 9).map { n in
        var counts = [Int](repeating: 0, count: max(n - 1, 1))
        guard n >= 3 else { counts[0] = (1 ... max(n, 1)).reduce(1, *); return counts }
        var p = Array(0 ..< n)
        // Heap's algorithm over all orders.
        var c = [Int](repeating: 0, count: n)
        func tally() {
            var t = 0
            for i in 1 ..< n - 1 where (p[i] > p[i - 1]) == (p[i] > p[i + 1]) { t += 1 }
            counts[t] += 1
        }
        tally()
        var i = 0
        while i < n {
            if c[i] < i {
                if i % 2 == 0 { p.swapAt(0, i) } else { p.swapAt(c[i], i) }
                tally()
                c[i] += 1
                i = 0
            } else {
                c[i] = 0
                i += 1
            }
        }
        return counts
    }
}
