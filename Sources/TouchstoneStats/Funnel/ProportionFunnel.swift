/// Funnel-plot control limits for proportions: r events out of n trials against a target p0.
///
/// ```
/// y        = r / n                                          observed proportion
/// s(n)     = √(p0(1 − p0)/n)                                standard error at the target
/// z        = (y − p0) / s(n)
/// normal:  p0 ± z_{1−α/2} · s(n)
/// exact:   (r_p − α)/n, r_p the p quantile of Binomial(n, p0), α Spiegelhalter's interpolation
///          α = (F(r_p) − p)/(F(r_p) − F(r_p − 1)),  p = α/2 (lower) and 1 − α/2 (upper)
/// ```
/// Limits are not clipped to [0, 1]: at small n the interpolated exact lower limit, like the normal one, can
/// be negative (clip when drawing). Edge cases:
/// - n = 0: no observed value, no z-score and no limits (`.zeroDenominator`); n < 0: `.invalidDenominator`;
///   r < 0 or r > n: `.invalidEvents`.
/// - r = 0 and r = n are ordinary points (y = 0 or 1).
/// - p0 = 0 or 1: the binomial is a point mass at p0·n, so both methods give the limits [p0, p0] and the
///   z-score is `.zeroVariance`; a unit with y ≠ p0 lies outside.
///
/// Example (`funnel_example.csv`, p0 = 266/3345 = 0.0795216741405082, n = 20):
/// normal 95% [−0.0390504592333861, 0.198093807514403], exact 95% [−0.0434440040438104, 0.193113869210943].
///
/// Reference: Spiegelhalter, D. J. (2005), "Funnel plots for comparing institutional performance",
/// *Statistics in Medicine* 24:1185–1202. Matches the shared `python/funnel_example*.csv` outputs and
/// `Tests/References/funnel/funnel_reference.py` (SciPy `binom.ppf`/`binom.cdf`) to 3e−15 absolute (tests
/// hold 1e−12), for n up to 1e7.
public struct ProportionFunnel: Sendable, Hashable, Codable {
    /// The target proportion p0 in [0, 1].
    public let target: Double

    public init(target: Double) {
        precondition((0 ... 1).contains(target), "A target proportion must lie in [0, 1]")
        self.target = target
    }

    /// The pooled proportion Σr / Σn over units with valid counts (0 ≤ r ≤ n); `.noTarget` when Σn = 0.
    public static func pooledTarget(events: [Int], n: [Int]) -> FunnelOutcome<Double> {
        precondition(events.count == n.count, "events and n must have the same length")
        var r = 0, total = 0
        for (e, m) in zip(events, n) where m > 0 && e >= 0 && e <= m {
            r += e
            total += m
        }
        return total > 0 ? .computed(Double(r) / Double(total)) : .unavailable(.noTarget)
    }

    /// A funnel centred on the pooled proportion; `nil` when Σn = 0.
    public init?(pooling events: [Int], n: [Int]) {
        guard let p0 = Self.pooledTarget(events: events, n: n).value else { return nil }
        self.init(target: p0)
    }

    /// The observed proportion r/n.
    public func value(events: Int, n: Int) -> FunnelOutcome<Double> { kernelValue(events, Double(n)) }

    /// √(p0(1 − p0)/n).
    public func standardError(n: Int) -> FunnelOutcome<Double> { kernelStandardError(Double(n)) }

    /// (r/n − p0) / √(p0(1 − p0)/n).
    public func zScore(events: Int, n: Int) -> FunnelOutcome<Double> { kernelZScore(events, Double(n)) }

    /// p0 ± z·√(p0(1 − p0)/n).
    public func normalLimits(n: Int, level: FunnelLevel) -> FunnelOutcome<FunnelLimits> {
        kernelNormalLimits(Double(n), level)
    }

    /// The exact binomial limits with Spiegelhalter's interpolation.
    public func exactLimits(n: Int, level: FunnelLevel) -> FunnelOutcome<FunnelLimits> {
        kernelExactLimits(Double(n), level)
    }

    /// The limits by `method`.
    public func limits(n: Int, level: FunnelLevel, method: FunnelLimitMethod) -> FunnelOutcome<FunnelLimits> {
        method == .normal ? normalLimits(n: n, level: level) : exactLimits(n: n, level: level)
    }

    /// Normal and exact limits at each n of a grid, for drawing the funnel curves (every n must be > 0).
    public func grid(n: [Int], levels: [FunnelLevel] = FunnelLevel.standard) -> [FunnelLimitSet] {
        kernelGrid(n.map(Double.init), levels)
    }

    /// Each unit's proportion, z-score and limits at its own n.
    public func assess(events: [Int], n: [Int], levels: [FunnelLevel] = FunnelLevel.standard)
        -> [FunnelUnitAssessment]
    {
        kernelAssess(events, n.map(Double.init), levels)
    }

    /// φ and τ² from the units' z-scores (units without a z-score are left out).
    public func overdispersion(events: [Int], n: [Int], settings: FunnelOverdispersionSettings = .init())
        -> FunnelOutcome<FunnelOverdispersion>
    {
        kernelOverdispersion(events, n.map(Double.init), settings)
    }

    /// Normal limits widened for overdispersion: p0 ± z·√φ·s(n) or p0 ± z·√(s(n)² + τ²).
    public func adjustedLimits(n: Int, level: FunnelLevel, overdispersion: FunnelOverdispersion,
                               adjustment: FunnelAdjustment) -> FunnelOutcome<FunnelLimits>
    {
        kernelAdjustedLimits(Double(n), level, overdispersion, adjustment)
    }
}

extension ProportionFunnel: FunnelKernel {
    func samplingVariance(_ n: Double) -> Double { target * (1 - target) / n }

    func denominatorProblem(_ n: Double) -> FunnelUnavailableReason? {
        if n == 0 { return .zeroDenominator }
        if !(n > 0) || !n.isFinite || n != n.rounded() { return .invalidDenominator }
        return nil
    }

    func eventsProblem(_ events: Int, _ n: Double) -> FunnelUnavailableReason? {
        events < 0 || Double(events) > n ? .invalidEvents : nil
    }

    func exactLimitsUnchecked(_ n: Double, level: FunnelLevel) -> FunnelLimits {
        if target == 0 || target == 1 { return FunnelLimits(lower: target, upper: target, level: level) }
        let binomial = BinomialDistribution(trials: Int(n), probability: target)
        let tail = level.tailProbability
        let lower = FunnelInterpolation.lower(tail: tail, denominator: n, quantile: binomial.quantile(tail),
                                              cdf: binomial.cdf)
        let upper = FunnelInterpolation.upper(tail: tail, denominator: n, quantile: binomial.upperQuantile(tail),
                                              survival: binomial.survival)
        return FunnelLimits(lower: lower, upper: upper, level: level)
    }
}
