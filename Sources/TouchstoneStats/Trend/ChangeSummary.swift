#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Settings of `ChangeSummary`. A plain value with documented defaults.
public struct ChangeSummarySettings: Sendable, Equatable, Codable {
    /// A per-year change with |change| ≤ tolerance counts as no change when counting direction reversals.
    /// Default 0 (only exact zeros are skipped).
    public var tolerance: Double = 0
    /// The time step of consecutive observations, in the units of `times`. Default 1 (a year). A pair of
    /// present points further apart than this spans a gap.
    public var step: Double = 1

    public init(tolerance: Double = 0, step: Double = 1) {
        self.tolerance = tolerance
        self.step = step
    }
}

/// A value observed at a time.
public struct TimedValue: Sendable, Equatable, Codable {
    public var time: Double
    public var value: Double
}

/// The change between two successive present points.
public struct YearOverYearChange: Sendable, Equatable, Codable {
    public var fromTime: Double
    public var toTime: Double
    /// y(to) − y(from).
    public var difference: Double
    /// difference / (toTime − fromTime): the change per year, averaged over a gap.
    public var perYear: Double
    /// Whether the two points are more than one `step` apart (missing years between them).
    public var spansGap: Bool
}

/// A number that may be undefined, with the reason when it is.
public enum TrendQuantity: Sendable, Equatable {
    case value(Double)
    case unavailable(TrendUnavailableReason)

    public var value: Double? {
        if case .value(let v) = self { return v }
        return nil
    }

    public var unavailableReason: TrendUnavailableReason? {
        if case .unavailable(let r) = self { return r }
        return nil
    }
}

/// Descriptive change measures of a short yearly series.
///
/// ```
/// absolute change  = y_last − y_first
/// percent change   = 100 · (y_last − y_first) / |y_first|          (sign follows the direction of change)
/// YoY_i            = (y_{i+1} − y_i) / (t_{i+1} − t_i)             between successive present points;
///                                                                   flagged `spansGap` when t_{i+1} − t_i > step
/// CAGR             = (y_last / y_first)^(1/(t_last − t_first)) − 1  only when y_first > 0 and y_last > 0
/// prc_change       = 100 · b / (a + b·t_first)                      OLS slope b, intercept a; n ≥ 3 (COINr)
/// volatility       = sd(YoY_i), sample sd (n − 1)                   needs ≥ 2 YoY changes (n ≥ 3)
/// reversals        = number of sign changes between successive YoY_i with |YoY_i| > tolerance
/// ```
/// Missing values (`NaN`) are dropped and real years kept; first and last are the first and last *present*
/// points. n < 2 gives `.insufficientData(n:)`. Reversals skip changes within the tolerance: per-year changes
/// [+1, 0, −2, −1, +3] have non-zero signs + − − + and so 2 reversals. The COINr denominator a + b·t_first is
/// the fitted value at the first year, computed about the means (ȳ + b·(t_first − t̄)) to avoid cancelling
/// a ≈ −b·2000. The line comes from the closed-form sums alone (`LeastSquaresSums`, the very sums and slope
/// `OLSTrend` uses), not from a second full OLS fit with its t quantile and p-value.
///
/// Edge cases: a constant series has changes 0, CAGR 0 (if positive), prc_change 0, volatility 0 and no
/// reversals; `y_first = 0` → percent change `.zeroFirstValue`, CAGR `.nonPositiveFirstValue` (COINr gives
/// Inf); negative values → CAGR unavailable (COINr returns a number when both ends are negative, and NaN for
/// mixed signs); a zero fitted first value → prc_change `.zeroBaseline`.
///
/// Example: years 2018…2022, y = [100, 110, NaN, 121, 133.1] → perYear changes [10, 5.5, 12.1]
/// with the middle one `spansGap`; CAGR = 1.331^(1/4) − 1 = 0.07404.
///
/// CAGR and prc_change match COINr 1.1.14 `get_trends(f_trend = "CAGR" / "prc_change")`
/// (`h_trends_CAGR_raw.csv`, `h_trends_prcchange_raw.csv`).
public struct ChangeSummary: Sendable, Equatable {
    /// Number of present points.
    public var n: Int
    public var first: TimedValue
    public var last: TimedValue
    /// y_last − y_first.
    public var absoluteChange: Double
    /// 100 · (y_last − y_first) / |y_first|.
    public var percentChange: TrendQuantity
    /// Successive changes between present points, in time order.
    public var yearOverYear: [YearOverYearChange]
    /// Compound annual growth rate (a fraction, 0.05 = 5 % a year).
    public var cagr: TrendQuantity
    /// COINr's prc_change: OLS slope as a percentage of the fitted first value, per year.
    public var olsPercentChange: TrendQuantity
    /// Sample standard deviation of the per-year changes.
    public var volatility: TrendQuantity
    /// Direction reversals among per-year changes beyond the tolerance.
    public var reversals: Int

    /// Summarises the present points.
    public static func summarize(
        times: [Double], values: [Double], settings: ChangeSummarySettings = ChangeSummarySettings()
    ) -> TrendOutcome<ChangeSummary> {
        precondition(settings.tolerance >= 0, "The reversal tolerance must be ≥ 0")
        precondition(settings.step > 0, "The time step must be > 0")
        return summarize(TrendPoints(times: times, values: values), settings: settings)
    }

    /// The summary of points already stripped of missing values (one `TrendPoints` shared by several kernels).
    static func summarize(_ points: TrendPoints, settings: ChangeSummarySettings) -> TrendOutcome<ChangeSummary> {
        let n = points.count
        guard n >= 2 else { return .insufficientData(n: n) }
        let t = points.times, y = points.values
        let first = TimedValue(time: t[0], value: y[0])
        let last = TimedValue(time: t[n - 1], value: y[n - 1])

        var changes: [YearOverYearChange] = []
        for i in 0 ..< (n - 1) {
            let dt = t[i + 1] - t[i]
            let d = y[i + 1] - y[i]
            changes.append(YearOverYearChange(
                fromTime: t[i], toTime: t[i + 1], difference: d, perYear: d / dt,
                spansGap: dt > settings.step * (1 + 1e-9)))
        }
        let perYear = changes.map(\.perYear)

        let percent: TrendQuantity = first.value == 0
            ? .unavailable(.zeroFirstValue)
            : .value(100 * (last.value - first.value) / abs(first.value))

        let cagr: TrendQuantity
        if !(first.value > 0) {
            cagr = .unavailable(.nonPositiveFirstValue)
        } else if !(last.value > 0) {
            cagr = .unavailable(.nonPositiveLastValue)
        } else {
            cagr = .value(pow(last.value / first.value, 1 / (last.time - first.time)) - 1)
        }

        let prc: TrendQuantity
        if n < 3 {
            prc = .unavailable(.tooFewPoints)
        } else {
            // The closed-form OLS line alone (the same sums as `OLSTrend`, without its inference).
            let line = LeastSquaresSums(points)
            let baseline = line.fitted(at: first.time)
            prc = baseline == 0 ? .unavailable(.zeroBaseline) : .value(100 * line.slope / baseline)
        }

        let volatility: TrendQuantity
        if perYear.count >= 2 {
            let mean = perYear.reduce(0, +) / Double(perYear.count)
            let ss = perYear.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            volatility = .value((ss / Double(perYear.count - 1)).squareRoot())
        } else {
            volatility = .unavailable(.tooFewPoints)
        }

        var reversals = 0
        var previousSign = 0
        for c in perYear where abs(c) > settings.tolerance {
            let sign = c > 0 ? 1 : -1
            if previousSign != 0 && sign != previousSign { reversals += 1 }
            previousSign = sign
        }

        return .computed(ChangeSummary(
            n: n, first: first, last: last, absoluteChange: last.value - first.value, percentChange: percent,
            yearOverYear: changes, cagr: cagr, olsPercentChange: prc, volatility: volatility, reversals: reversals))
    }
}
