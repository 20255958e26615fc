/// Funnel-plot control limits for rates: r events over an exposure E (members, person-years, expected
/// counts) against a target rate λ0.
///
/// ```
/// y        = r / E                                          observed rate
/// s(E)     = √(λ0 / E)                                      standard error at the target
/// z        = (y − λ0) / s(E)
/// normal:  λ0 ± z_{1−α/2} · s(E)
/// exact:   (r_p − α)/E, r_p the p quantile of Poisson(λ0·E), α Spiegelhalter's interpolation
///          α = (F(r_p) − p)/(F(r_p) − F(r_p − 1)),  p = α/2 (lower) and 1 − α/2 (upper)
/// ```
/// The exposure need not be a whole number. Poisson probabilities come from the regularized incomplete gamma
/// function (`IncompleteGamma`). Limits are not clipped at 0. Edge cases:
/// - E = 0: no observed rate, no z-score and no limits (`.zeroDenominator`); E < 0 or not finite:
///   `.invalidDenominator`; r < 0: `.invalidEvents`.
/// - λ0 = 0: the count is 0 with certainty, so both methods give [0, 0] and the z-score is `.zeroVariance`.
///
/// Example: λ0 = 0.05 per member, E = 200 (μ = 10): exact 95% limits [0.018875939738442, 0.0807997533667239]
/// (r_p = 4 and 17), normal 95% [0.0190102…, 0.0809898…].
///
/// Reference: Spiegelhalter (2005), *Statistics in Medicine* 24:1185–1202 (indirectly standardised ratios and
/// rates are the Poisson case). Matches `Tests/References/funnel/funnel_reference.py` (SciPy `poisson.ppf`,
/// `poisson.cdf`) to 6e−15 absolute (tests hold 1e−12), for exposures up to 1e7.
public struct PoissonFunnel: Sendable, Hashable, Codable {
    /// The target rate λ0 ≥ 0 (events per unit of exposure).
    public let target: Double

    public init(target: Double) {
        precondition(target >= 0 && target.isFinite, "A target rate must be finite and ≥ 0")
        self.target = target
    }

    /// The pooled rate Σr / ΣE over units with valid inputs (r ≥ 0, E > 0 finite); `.noTarget` when ΣE = 0.
    public static func pooledTarget(events: [Int], exposures: [Double]) -> FunnelOutcome<Double> {
        precondition(events.count == exposures.count, "events and exposures must have the same length")
        var r = 0.0, total = 0.0
        for (e, x) in zip(events, exposures) where x > 0 && x.isFinite && e >= 0 {
            r += Double(e)
            total += x
        }
        return total > 0 ? .computed(r / total) : .unavailable(.noTarget)
    }

    /// A funnel centred on the pooled rate; `nil` when ΣE = 0.
    public init?(pooling events: [Int], exposures: [Double]) {
        guard let rate = Self.pooledTarget(events: events, exposures: exposures).value else { return nil }
        self.init(target: rate)
    }

    /// The observed rate r/E.
    public func value(events: Int, exposure: Double) -> FunnelOutcome<Double> { kernelValue(events, exposure) }

    /// √(λ0/E).
    public func standardError(exposure: Double) -> FunnelOutcome<Double> { kernelStandardError(exposure) }

    /// (r/E − λ0) / √(λ0/E).
    public func zScore(events: Int, exposure: Double) -> FunnelOutcome<Double> { kernelZScore(events, exposure) }

    /// λ0 ± z·√(λ0/E).
    public func normalLimits(exposure: Double, level: FunnelLevel) -> FunnelOutcome<FunnelLimits> {
        kernelNormalLimits(exposure, level)
    }

    /// The exact Poisson limits with Spiegelhalter's interpolation.
    public func exactLimits(exposure: Double, level: FunnelLevel) -> FunnelOutcome<FunnelLimits> {
        kernelExactLimits(exposure, level)
    }

    /// The limits by `method`.
    public func limits(exposure: Double, level: FunnelLevel, method: FunnelLimitMethod)
        -> FunnelOutcome<FunnelLimits>
    {
        method == .normal ? normalLimits(exposure: exposure, level: level) : exactLimits(exposure: exposure, level: level)
    }

    /// Normal and exact limits at each exposure of a grid, for drawing the funnel curves (every E must be > 0).
    public func grid(exposures: [Double], levels: [FunnelLevel] = FunnelLevel.standard) -> [FunnelLimitSet] {
        kernelGrid(exposures, levels)
    }

    /// Each unit's rate, z-score and limits at its own exposure.
    public func assess(events: [Int], exposures: [Double], levels: [FunnelLevel] = FunnelLevel.standard)
        -> [FunnelUnitAssessment]
    {
        kernelAssess(events, exposures, levels)
    }

    /// φ and τ² from the units' z-scores (units without a z-score are left out).
    public func overdispersion(events: [Int], exposures: [Double], settings: FunnelOverdispersionSettings = .init())
        -> FunnelOutcome<FunnelOverdispersion>
    {
        kernelOverdispersion(events, exposures, settings)
    }

    /// Normal limits widened for overdispersion: λ0 ± z·√φ·s(E) or λ0 ± z·√(s(E)² + τ²).
    public func adjustedLimits(exposure: Double, level: FunnelLevel, overdispersion: FunnelOverdispersion,
                               adjustment: FunnelAdjustment) -> FunnelOutcome<FunnelLimits>
    {
        kernelAdjustedLimits(exposure, level, overdispersion, adjustment)
    }
}

extension PoissonFunnel: FunnelKernel {
    func samplingVariance(_ exposure: Double) -> Double { target / exposure }

    func denominatorProblem(_ exposure: Double) -> FunnelUnavailableReason? {
        if exposure == 0 { return .zeroDenominator }
        if !(exposure > 0) || !exposure.isFinite { return .invalidDenominator }
        return nil
    }

    func eventsProblem(_ events: Int, _ exposure: Double) -> FunnelUnavailableReason? {
        events < 0 ? .invalidEvents : nil
    }

    func exactLimitsUnchecked(_ exposure: Double, level: FunnelLevel) -> FunnelLimits {
        if target == 0 { return FunnelLimits(lower: 0, upper: 0, level: level) }
        let poisson = PoissonDistribution(mean: target * exposure)
        let tail = level.tailProbability
        let lower = FunnelInterpolation.lower(tail: tail, denominator: exposure, quantile: poisson.quantile(tail)!,
                                              cdf: poisson.cdf)
        let upper = FunnelInterpolation.upper(tail: tail, denominator: exposure,
                                              quantile: poisson.upperQuantile(tail)!, survival: poisson.survival)
        return FunnelLimits(lower: lower, upper: upper, level: level)
    }
}
