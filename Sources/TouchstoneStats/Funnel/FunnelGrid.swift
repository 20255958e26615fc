#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Denominators at which to draw funnel curves.
///
/// ```
/// geometric(from: a, to: b, count: m)[i] = a · (b/a)^(i/(m−1)),  i = 0 … m−1   (numpy.geomspace; ends exact)
/// wholeNumbers(from:to:count:)           = the geometric values rounded half-to-even, duplicates removed
///                                          (numpy.unique(numpy.round(numpy.geomspace(a, b, m))))
/// ```
/// Example: `wholeNumbers(from: 20, to: 1000, count: 50)` starts 20, 22, 23, 25, 28, 30 and has 50 values,
/// the n column of the shared `funnel_example_grid.csv`. `count` = 1 gives [a]; a > b is allowed (descending).
public enum FunnelGrid {
    public static func geometric(from a: Double, to b: Double, count: Int) -> [Double] {
        precondition(a > 0 && b > 0 && a.isFinite && b.isFinite, "A geometric grid needs finite ends > 0")
        precondition(count >= 1, "A grid needs at least one point")
        if count == 1 { return [a] }
        let la = log(a), lb = log(b), m = Double(count - 1)
        var out = (0 ..< count).map { exp(la + (lb - la) * Double($0) / m) }
        out[0] = a
        out[count - 1] = b
        return out
    }

    /// Geometric grid of whole numbers (≥ 1), for binomial trials n.
    public static func wholeNumbers(from a: Int, to b: Int, count: Int) -> [Int] {
        precondition(a >= 1 && b >= 1, "A grid of trials needs n ≥ 1")
        let values = geometric(from: Double(a), to: Double(b), count: count).map {
            max(1, Int($0.rounded(.toNearestOrEven)))
        }
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
