import Foundation
import TouchstoneStats

/// An uncertain input given as a list of discrete alternatives, as COINr's `get_sensitivity` declares them
/// (`Type = "discrete"`): the outlier rule's `winmax`, a normalisation, an aggregation method, or one of a set
/// of weight sets (e.g. COINr's `get_noisy_weights`).
///
/// | kind | what a run with alternative `a` changes in the project |
/// |---|---|
/// | `winmax` | `treatment.winmax` of the project default and of every indicator with `outliers: coinr` |
/// | `normalisation` | the normalisation of every indicator that uses the project's default method (others, e.g. goalposts, keep theirs), and the default |
/// | `aggregation` | the method of every aggregate node, and the default |
/// | `weights` | the weight of every node the set names (others keep their weight) |
///
/// Unlike `UncertaintySettings` (weights perturbed around the nominal values, method alternatives beside the
/// nominal one), the nominal choice is not one of the alternatives unless it is listed.
public struct DiscreteInput: Sendable {
    public enum Alternatives: Sendable {
        case winmax([Int])
        case normalisation([NormalisationSpec])
        case aggregation([AggregationMethod])
        case weights([[String: Double]])
    }

    public var name: String
    public var alternatives: Alternatives

    public init(name: String, _ alternatives: Alternatives) {
        self.name = name
        self.alternatives = alternatives
    }

    public var count: Int {
        switch alternatives {
        case .winmax(let a): return a.count
        case .normalisation(let a): return a.count
        case .aggregation(let a): return a.count
        case .weights(let a): return a.count
        }
    }

    /// COINr's mapping of a column of uniform draws to alternatives (`sample_2_para`: `cut(x, n, 1:n)`), 0-based:
    /// the range [min x, max x] of the column is cut into `n` equal intervals, closed on the right, with the two
    /// outer limits moved out by 1/1000 of the range (R's `cut.default`). With many draws this is the discrete
    /// uniform choice `⌊u·n⌋`; it depends on the column's range, as in COINr.
    public static func coinrCut(_ x: [Double], count n: Int) -> [Int] {
        precondition(n >= 1, "at least one alternative")
        guard n > 1, let lo = x.min(), let hi = x.max() else { return x.map { _ in 0 } }
        var breaks: [Double]
        let dx = hi - lo
        if dx == 0 {
            let d = lo != 0 ? abs(lo) : 1
            let (a, b) = (lo - d / 1000, hi + d / 1000)
            breaks = (0 ... n).map { a + Double($0) * (b - a) / Double(n) }
        } else {
            breaks = (0 ... n).map { lo + Double($0) * dx / Double(n) }
            breaks[n] = hi
            breaks[0] = lo - dx / 1000
            breaks[n] = hi + dx / 1000
        }
        return x.map { v in
            // Interval k is (breaks[k], breaks[k + 1]].
            var k = 0
            while k < n - 1 && v > breaks[k + 1] { k += 1 }
            return k
        }
    }
}
