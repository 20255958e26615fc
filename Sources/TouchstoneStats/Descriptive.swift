#if canImport(Glibc)
import Glibc
#endif

/// Descriptive statistics over the non-missing (`!isNaN`) values of an array.
///
/// ```
/// mean = Σx / n
/// sd   = sqrt( Σ(x − mean)² / (n − 1) )     (two-pass, sample standard deviation, as R's sd())
/// ```
/// Empty input (or all missing) gives `nil`; `sd` of a single value is `nil` (R returns NA).
public enum Descriptive {
    /// The present values, in order.
    public static func present(_ x: [Double]) -> [Double] { x.filter { !$0.isNaN } }

    public static func mean(_ x: [Double]) -> Double? {
        x.withUnsafeBufferPointer { mean($0) }
    }

    /// The mean of a buffer's present values (the same compensated sum as `mean(_: [Double])`).
    static func mean(_ x: UnsafeBufferPointer<Double>) -> Double? {
        var sum = 0.0, compensation = 0.0, n = 0
        for v in x where !v.isNaN {
            // Kahan–Babuška–Neumaier summation keeps long panels exact to the last bits.
            let t = sum + v
            if abs(sum) >= abs(v) { compensation += (sum - t) + v } else { compensation += (v - t) + sum }
            sum = t
            n += 1
        }
        return n == 0 ? nil : (sum + compensation) / Double(n)
    }

    public static func standardDeviation(_ x: [Double]) -> Double? {
        guard let m = mean(x) else { return nil }
        var ss = 0.0, n = 0
        for v in x where !v.isNaN {
            ss += (v - m) * (v - m)
            n += 1
        }
        return n < 2 ? nil : sqrt(ss / Double(n - 1))
    }

    public static func minimum(_ x: [Double]) -> Double? { x.lazy.filter { !$0.isNaN }.min() }
    public static func maximum(_ x: [Double]) -> Double? { x.lazy.filter { !$0.isNaN }.max() }

    /// The median (average of the two middle values for even n), `nil` when empty. Matches R's `median()`.
    public static func median(_ x: [Double]) -> Double? {
        let s = present(x).sorted()
        guard !s.isEmpty else { return nil }
        let mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
    }
}
