#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An unevaluated sum hi + lo of two doubles (~32 significant digits), for the few places where a
/// continued fraction cancels: I_x(a, ½) with a large and x = 1 − y close to 1 (Student's t with many
/// degrees of freedom). Error-free transformations after Dekker (1971) and Knuth; products use `fma`.
struct DoubleDouble {
    var hi: Double
    var lo: Double

    init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// 1 − y exactly (to ~1e−32).
    static func oneMinus(_ y: Double) -> DoubleDouble {
        let (s, e) = twoSum(1, -y)
        return DoubleDouble(s, e)
    }

    static func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        let bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    static func quickTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        return (s, b - (s - a))
    }

    static func + (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        var (s, e) = twoSum(x.hi, y.hi)
        let (t, f) = twoSum(x.lo, y.lo)
        e += t
        (s, e) = quickTwoSum(s, e)
        e += f
        let (h, l) = quickTwoSum(s, e)
        return DoubleDouble(h, l)
    }

    static prefix func - (x: DoubleDouble) -> DoubleDouble { DoubleDouble(-x.hi, -x.lo) }

    static func - (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble { x + (-y) }

    static func * (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let p = x.hi * y.hi
        var e = fma(x.hi, y.hi, -p)
        e += x.hi * y.lo + x.lo * y.hi
        let (h, l) = quickTwoSum(p, e)
        return DoubleDouble(h, l)
    }

    static func / (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let q1 = x.hi / y.hi
        var r = x - y * DoubleDouble(q1)
        let q2 = r.hi / y.hi
        r = r - y * DoubleDouble(q2)
        let q3 = r.hi / y.hi
        let (h, l) = quickTwoSum(q1, q2)
        return DoubleDouble(h, l) + DoubleDouble(q3)
    }

    var value: Double { hi + lo }
}
