/// What the proportion and Poisson funnels share: a target, a sampling variance at the target, exact limits,
/// and input checks. Everything else (z-scores, normal limits, limit sets, per-unit assessment,
/// overdispersion) is written once in the extension below.
protocol FunnelKernel {
    /// The centre line θ0.
    var target: Double { get }
    /// Var(y | θ0) of the observed value y at a valid denominator d > 0.
    func samplingVariance(_ denominator: Double) -> Double
    /// The exact limits at a valid denominator.
    func exactLimitsUnchecked(_ denominator: Double, level: FunnelLevel) -> FunnelLimits
    /// Why a denominator cannot carry limits, or `nil` when it can.
    func denominatorProblem(_ denominator: Double) -> FunnelUnavailableReason?
    /// Why an event count is invalid at a valid denominator, or `nil`.
    func eventsProblem(_ events: Int, _ denominator: Double) -> FunnelUnavailableReason?
}

extension FunnelKernel {
    func kernelValue(_ events: Int, _ d: Double) -> FunnelOutcome<Double> {
        if let problem = denominatorProblem(d) ?? eventsProblem(events, d) { return .unavailable(problem) }
        return .computed(Double(events) / d)
    }

    func kernelStandardError(_ d: Double) -> FunnelOutcome<Double> {
        if let problem = denominatorProblem(d) { return .unavailable(problem) }
        return .computed(samplingVariance(d).squareRoot())
    }

    func kernelZScore(_ events: Int, _ d: Double) -> FunnelOutcome<Double> {
        let value = kernelValue(events, d)
        guard let y = value.value else { return value }
        let s = samplingVariance(d).squareRoot()
        if !(s > 0) { return .unavailable(.zeroVariance) }
        return .computed((y - target) / s)
    }

    func kernelNormalLimits(_ d: Double, _ level: FunnelLevel) -> FunnelOutcome<FunnelLimits> {
        if let problem = denominatorProblem(d) { return .unavailable(problem) }
        let half = level.z * samplingVariance(d).squareRoot()
        return .computed(FunnelLimits(lower: target - half, upper: target + half, level: level))
    }

    func kernelExactLimits(_ d: Double, _ level: FunnelLevel) -> FunnelOutcome<FunnelLimits> {
        if let problem = denominatorProblem(d) { return .unavailable(problem) }
        return .computed(exactLimitsUnchecked(d, level: level))
    }

    func kernelLimitSet(_ d: Double, _ levels: [FunnelLevel]) -> FunnelOutcome<FunnelLimitSet> {
        if let problem = denominatorProblem(d) { return .unavailable(problem) }
        return .computed(FunnelLimitSet(denominator: d,
                                        normal: levels.map { kernelNormalLimits(d, $0).value! },
                                        exact: levels.map { exactLimitsUnchecked(d, level: $0) }))
    }

    func kernelGrid(_ denominators: [Double], _ levels: [FunnelLevel]) -> [FunnelLimitSet] {
        denominators.map { d in
            guard let set = kernelLimitSet(d, levels).value else {
                preconditionFailure("A funnel grid needs valid positive denominators; got \(d)")
            }
            return set
        }
    }

    func kernelAssess(_ events: [Int], _ denominators: [Double], _ levels: [FunnelLevel]) -> [FunnelUnitAssessment] {
        precondition(events.count == denominators.count, "events and denominators must have the same length")
        return zip(events, denominators).map { r, d in
            let value = kernelValue(r, d)
            return FunnelUnitAssessment(
                events: r, denominator: d, value: value, zScore: kernelZScore(r, d),
                limits: value.reason.map { .unavailable($0) } ?? kernelLimitSet(d, levels))
        }
    }

    func kernelOverdispersion(_ events: [Int], _ denominators: [Double], _ settings: FunnelOverdispersionSettings)
        -> FunnelOutcome<FunnelOverdispersion>
    {
        precondition(events.count == denominators.count, "events and denominators must have the same length")
        var z: [Double] = [], s: [Double] = [], used: [Int] = []
        for i in events.indices {
            guard let zi = kernelZScore(events[i], denominators[i]).value else { continue }
            z.append(zi)
            s.append(samplingVariance(denominators[i]).squareRoot())
            used.append(i)
        }
        return FunnelOverdispersion.fit(zScores: z, standardErrors: s, settings: settings).map {
            var fitted = $0
            fitted.unitIndices = used
            return fitted
        }
    }

    func kernelAdjustedLimits(_ d: Double, _ level: FunnelLevel, _ overdispersion: FunnelOverdispersion,
                              _ adjustment: FunnelAdjustment) -> FunnelOutcome<FunnelLimits>
    {
        if let problem = denominatorProblem(d) { return .unavailable(problem) }
        return .computed(overdispersion.limits(target: target, standardError: samplingVariance(d).squareRoot(),
                                               level: level, adjustment: adjustment))
    }
}

/// Spiegelhalter's interpolation between the steps of a discrete quantile (Spiegelhalter 2005, "Funnel plots
/// for comparing institutional performance", *Statistics in Medicine* 24:1185–1202, exact limits for discrete
/// data; the formula below reproduces the shared `funnel_example` outputs to 2e−15).
///
/// ```
/// r_p = min { r : F(r) ≥ p }                         (the p quantile of the count)
/// α   = (F(r_p) − p) / (F(r_p) − F(r_p − 1))         (0 ≤ α < 1)
/// y_p = (r_p − α) / d                                (the limit on the rate scale)
/// ```
/// With r_p = 0 and F(−1) = 0, α = (F(0) − p)/F(0) > 0, so a lower limit at a small denominator can be
/// **negative** (as in the `funnel_example` reference outputs): the interpolated step runs below zero.
/// The upper limit (p = 1 − tail) is formed from the survival S = 1 − F so that 1 − tail is never rounded:
/// r = min { r : S(r) ≤ tail },  α = (tail − S(r)) / (S(r − 1) − S(r)).
enum FunnelInterpolation {
    static func lower(tail: Double, denominator d: Double, quantile r: Int, cdf: (Int) -> Double) -> Double {
        let fr = cdf(r), below = cdf(r - 1)
        let alpha = (fr - tail) / (fr - below)
        return (Double(r) - alpha) / d
    }

    static func upper(tail: Double, denominator d: Double, quantile r: Int, survival: (Int) -> Double) -> Double {
        let sr = survival(r), below = survival(r - 1)
        let alpha = (tail - sr) / (below - sr)
        return (Double(r) - alpha) / d
    }
}
