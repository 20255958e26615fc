import Foundation

/// Nicely rounded tick values: the 1-2-5 algorithm of d3-array's `ticks`, `tickIncrement` and `tickStep`.
///
/// The step is `(stop − start) / count`, moved to the nearest of 1, 2, 5 or 10 times a power of ten, the
/// thresholds being the geometric means √2, √10 and √50:
///
/// ```
/// step  = (stop − start) / count
/// power = ⌊log10 step⌋,  error = step / 10^power
/// factor = error ≥ √50 ? 10 : error ≥ √10 ? 5 : error ≥ √2 ? 2 : 1
/// ```
///
/// Below a step of 1 the increment is kept as its negative inverse (`-10` for a step of 0.1) so every tick is
/// an integer divided by an integer, which IEEE 754 represents as closely as possible (`0.3`, not
/// `0.30000000000000004`). Ticks lie inside `[start, stop]`; they include the ends only when those are
/// multiples of the step.
///
/// | call                   | result                            |
/// |------------------------|-----------------------------------|
/// | `ticks(0, 1, 10)`      | 0, 0.1, 0.2, …, 1                 |
/// | `ticks(0, 10, 5)`      | 0, 2, 4, 6, 8, 10                 |
/// | `ticks(1, 9, 5)`       | 2, 4, 6, 8                        |
/// | `ticks(-0.5, 2.4, 5)`  | -0.5, 0, 0.5, 1, 1.5, 2           |
/// | `ticks(10, 0, 5)`      | 10, 8, 6, 4, 2, 0 (reversed)      |
/// | `ticks(3, 3, 5)`       | 3                                 |
///
/// Empty when `count < 1` or an end is not finite. A port of d3-array 3.2 `src/ticks.js` (ISC licence,
/// Mike Bostock), https://github.com/d3/d3-array#ticks.
public enum Ticks {
    private static let e10 = 50.0.squareRoot(), e5 = 10.0.squareRoot(), e2 = 2.0.squareRoot()

    /// JavaScript's `Math.round`: halves go towards +∞.
    static func jsRound(_ x: Double) -> Double {
        let f = x.rounded(.down)
        return x - f >= 0.5 ? f + 1 : f
    }

    /// (i1, i2, inc) with ticks i·inc for i in i1...i2 when inc > 0, or i / −inc when inc < 0.
    static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (i1: Double, i2: Double, inc: Double) {
        let step = (stop - start) / max(0, count)
        let power = log10(step).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = jsRound(start * inc)
            i2 = jsRound(stop * inc)
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = jsRound(start / inc)
            i2 = jsRound(stop / inc)
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, inc)
    }

    public static func ticks(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 0, start.isFinite, stop.isFinite else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? spec(stop, start, Double(count)) : spec(start, stop, Double(count))
        guard i2 >= i1, inc.isFinite, inc != 0 else { return [] }
        let n = Int(i2 - i1) + 1
        return (0..<n).map { k in
            let i = reverse ? i2 - Double(k) : i1 + Double(k)
            return inc < 0 ? i / -inc : i * inc
        }
    }

    /// The tick increment for `start ≤ stop`: the step when it is ≥ 1, else the negative inverse step.
    /// `tickIncrement(1, 9, 5) = 2`, `tickIncrement(1, 9, 20) = -2` (a step of 0.5).
    public static func tickIncrement(_ start: Double, _ stop: Double, count: Int) -> Double {
        spec(start, stop, Double(count)).inc
    }

    /// The signed difference between adjacent ticks: `tickStep(1, 9, 5) = 2`, `tickStep(9, 1, 5) = -2`.
    public static func tickStep(_ start: Double, _ stop: Double, count: Int) -> Double {
        let reverse = stop < start
        let inc = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// Decimals needed to tell ticks `step` apart, d3-format's `precisionFixed`: 0.5 → 1, 0.25 → 2, 20 → 0.
    public static func decimals(forStep step: Double) -> Int {
        let s = abs(step)
        guard s > 0, s.isFinite else { return 0 }
        // Smallest d such that step · 10^d is (nearly) an integer, at most 9.
        var d = 0
        var scaled = s
        while d < 9 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            d += 1
            scaled *= 10
        }
        return d
    }
}
