#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An ordinary least-squares line through a yearly series, with a t-based confidence interval for the slope.
///
/// ```
/// x̄, ȳ = means of present times and values;  Sxx = Σ(x−x̄)²,  Sxy = Σ(x−x̄)(y−ȳ),  Syy = Σ(y−ȳ)²
/// slope     b = Sxy / Sxx                     intercept a = ȳ − b·x̄   (the value at year 0)
/// RSS       = Σ(y − ȳ − b(x − x̄))²           df = n − 2
/// se(b)     = √(RSS / df / Sxx)               t = b / se(b)
/// CI        = b ± t_{1−(1−level)/2, df} · se(b)
/// p         = 2·P(T_df > |t|)                 r² = 1 − RSS / Syy
/// ```
/// Sums are formed about the means (two-pass), so years near 2000 do not cancel (`LeastSquaresSums`). The t
/// quantile is solved once per (df, level) and cached (`StudentTQuantiles`).
///
/// - Missing values (`NaN`) are dropped; real years are kept, so a gap widens Sxx rather than being closed.
/// - n < 2 → `.insufficientData(n:)`.
/// - n = 2 → slope and intercept only; `inference == nil` with reason `.tooFewPoints` (df = 0); r² = 1.
/// - Constant values → slope 0, intercept ȳ; se, CI, p and r² are 0/0 and absent (`.constantValues`),
///   as in scipy's output for such a series.
/// - An exact line (non-constant) → se 0, CI [b, b], p 0, r² 1.
///
/// Example: years 2018…2022, values [3.79, 3.83, …] (ASEM AUS LPI) → slope 0.0816709, CI [0.0261, 0.1372].
///
/// Matches `scipy.stats.linregress` + `scipy.stats.t.ppf` (SciPy) and R's `lm` + `confint` (R 4.2.2); see
/// `python/ols_*.csv` and `h_ols_slope_ci_R.csv` in the COINr ASEM reference set.
public struct OLSTrend: Sendable, Equatable {
    /// Slope standard error and what follows from it; present when n ≥ 3 and the values vary.
    public struct Inference: Sendable, Equatable {
        public var standardError: Double
        /// t = slope / standardError (±∞ for an exact non-flat line).
        public var tStatistic: Double
        /// The t quantile used for the interval, t_{1−(1−level)/2, n−2}.
        public var tQuantile: Double
        public var confidenceInterval: ConfidenceInterval
        /// Residual degrees of freedom, n − 2 (kept for the p-value).
        var degreesOfFreedom: Double

        /// Two-sided p-value of H₀: slope = 0, 2·P(T_df > |t|) (0 for an exact line). Computed when read:
        /// the incomplete beta behind it costs more than the rest of the fit, and most callers of a batch
        /// never read it.
        public var pValue: Double {
            standardError == 0 ? 0 : StudentTDistribution(degreesOfFreedom: degreesOfFreedom).twoSidedPValue(tStatistic)
        }
    }

    /// Number of present points.
    public var n: Int
    public var slope: Double
    /// The fitted value at time 0 (for real years, far outside the data).
    public var intercept: Double
    /// Residual degrees of freedom, n − 2.
    public var degreesOfFreedom: Int
    /// Coefficient of determination; `nil` for constant values.
    public var rSquared: Double?
    /// Mean of the present times, x̄ (the fitted line passes through (x̄, ȳ)).
    public var meanTime: Double
    /// Mean of the present values, ȳ.
    public var meanValue: Double
    /// Standard error, interval and p-value; `nil` when n = 2 or values are constant.
    public var inference: Inference?
    /// Why `inference` is `nil`.
    public var inferenceUnavailable: TrendUnavailableReason?

    /// The fitted value at `time`, computed about the means: ȳ + b·(time − x̄).
    public func fitted(at time: Double) -> Double {
        meanValue + slope * (time - meanTime)
    }

    /// Fits the line to the present points. `level` is the confidence level of the slope interval, in (0, 1).
    public static func fit(times: [Double], values: [Double], level: Double = 0.95) -> TrendOutcome<OLSTrend> {
        precondition(level > 0 && level < 1, "The confidence level must lie in (0, 1)")
        return fit(TrendPoints(times: times, values: values), level: level)
    }

    /// The fit of points already stripped of missing values (one `TrendPoints` shared by several kernels).
    static func fit(_ points: TrendPoints, level: Double) -> TrendOutcome<OLSTrend> {
        let n = points.count
        guard n >= 2 else { return .insufficientData(n: n) }
        let x = points.times, y = points.values
        let sums = LeastSquaresSums(points)
        let xMean = sums.xMean, yMean = sums.yMean, sxx = sums.sxx, syy = sums.syy
        // All values equal: the slope is exactly 0 (a computed mean can be off by an ulp, e.g. for 20 × 0.1).
        let constant = sums.constant
        let slope = sums.slope
        let intercept = constant ? y[0] : yMean - slope * xMean
        var rss = 0.0
        for i in 0 ..< n {
            let r = y[i] - yMean - slope * (x[i] - xMean)
            rss += r * r
        }
        var result = OLSTrend(
            n: n, slope: slope, intercept: intercept, degreesOfFreedom: n - 2,
            rSquared: constant ? nil : max(0, 1 - rss / syy), meanTime: xMean, meanValue: yMean,
            inference: nil, inferenceUnavailable: nil)
        if n < 3 {
            result.inferenceUnavailable = .tooFewPoints
            return .computed(result)
        }
        if constant {
            result.inferenceUnavailable = .constantValues
            return .computed(result)
        }
        let df = Double(n - 2)
        let se = (rss / df / sxx).squareRoot()
        let t = slope / se
        let quantile = StudentTQuantiles.twoSided(degreesOfFreedom: n - 2, level: level)
        result.inference = Inference(
            standardError: se, tStatistic: t, tQuantile: quantile,
            confidenceInterval: ConfidenceInterval(lower: slope - quantile * se, upper: slope + quantile * se, level: level),
            degreesOfFreedom: df)
        return .computed(result)
    }
}
