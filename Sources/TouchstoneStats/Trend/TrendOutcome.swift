/// The result of a trend kernel: an estimate, or too few present points to compute one.
///
/// Every trend function takes `times` (real years) and `values` with `NaN` = missing. Missing points are
/// dropped and real time is kept, so a gap stays a gap: 2001, 2002, 2004 has a two-year step. The times of
/// present points must be finite and strictly increasing (one value per year; a precondition, as the panel
/// guarantees it), and `times.count == values.count`.
///
/// ```
/// OLSTrend.fit(times: [2020, 2021], values: [1, .nan])   →  .insufficientData(n: 1)
/// OLSTrend.fit(times: [2020, 2021], values: [1, 3])      →  .computed(OLSTrend(slope: 2, …))
/// ```
public enum TrendOutcome<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The estimate from the present points.
    case computed(Value)
    /// Fewer present (non-missing) points than the method needs; `n` is how many there were.
    case insufficientData(n: Int)

    /// The estimate, or `nil` when there were too few points.
    public var value: Value? {
        if case .computed(let v) = self { return v }
        return nil
    }
}

/// Why a number in a trend result is absent. A missing number always carries one of these.
public enum TrendUnavailableReason: String, Sendable, Hashable, Codable {
    /// Too few present points for this quantity (e.g. an OLS standard error needs n ≥ 3).
    case tooFewPoints
    /// All present values are equal, so a ratio is 0/0 (OLS r², t statistic).
    case constantValues
    /// The first present value is 0, so a relative change divides by zero.
    case zeroFirstValue
    /// The first present value is ≤ 0, so a compound growth rate is undefined.
    case nonPositiveFirstValue
    /// The last present value is ≤ 0, so a compound growth rate is undefined.
    case nonPositiveLastValue
    /// The OLS fitted value at the first year is 0 (COINr's prc_change denominator).
    case zeroBaseline
    /// A variance correction left a non-positive variance (Hamed–Rao with strong negative autocorrelation).
    case nonPositiveVariance
}

/// A two-sided confidence interval for a slope.
public struct ConfidenceInterval: Sendable, Equatable, Codable {
    public var lower: Double
    public var upper: Double
    /// The confidence level, e.g. 0.95.
    public var level: Double

    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }
}

/// The present (non-missing) points of a series, in time order.
struct TrendPoints {
    var times: [Double]
    var values: [Double]
    var count: Int { values.count }

    /// Drops points whose value is `NaN`. The times of present points must be finite and strictly increasing
    /// (one value per year); violating that is a programmer error.
    init(times: [Double], values: [Double]) {
        precondition(times.count == values.count, "times and values must have the same length")
        var t: [Double] = [], v: [Double] = []
        t.reserveCapacity(times.count)
        v.reserveCapacity(values.count)
        for i in values.indices where !values[i].isNaN {
            precondition(times[i].isFinite, "The time of a present value must be finite")
            precondition(t.last.map { times[i] > $0 } ?? true, "Times must be strictly increasing")
            t.append(times[i])
            v.append(values[i])
        }
        self.times = t
        self.values = v
    }
}

/// The median of `x` (average of the two middle values for even count), as `numpy.median`.
func trendMedian(_ x: [Double]) -> Double {
    let s = x.sorted()
    let mid = s.count / 2
    return s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
