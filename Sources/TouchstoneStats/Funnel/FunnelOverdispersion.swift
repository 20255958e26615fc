/// Settings of the overdispersion step. Plain value; defaults as FunnelPlotR (`trim_by = 0.1`).
public struct FunnelOverdispersionSettings: Sendable, Hashable, Codable {
    /// The fraction winsorised at each end: z-scores below the `winsorisation` quantile and above the
    /// 1 − `winsorisation` quantile (type 7) are pulled in to those quantiles. 0.1 = the 10%/90% points;
    /// 0 switches winsorisation off. Must lie in [0, ½).
    public var winsorisation: Double
    /// When true, widen the limits (both ways) only when the test of φ is significant at `significanceLevel`;
    /// when false (default), widen whenever φ > 1 (multiplicative) or τ² > 0 (additive).
    public var requireSignificance: Bool
    /// The level of the overdispersion test, default 0.05.
    public var significanceLevel: Double

    public init(winsorisation: Double = 0.1, requireSignificance: Bool = false, significanceLevel: Double = 0.05) {
        self.winsorisation = winsorisation
        self.requireSignificance = requireSignificance
        self.significanceLevel = significanceLevel
    }
}

/// How limits are widened for overdispersion.
///
/// | adjustment        | limits                         | reference |
/// |-------------------|--------------------------------|-----------|
/// | `.multiplicative` | θ0 ± z·√φ·s_i   (φ > 1)        | Spiegelhalter (2005) §6, multiplicative model |
/// | `.additive`       | θ0 ± z·√(s_i² + τ²)            | Spiegelhalter (2005) §6, random effects; FunnelPlotR |
public enum FunnelAdjustment: String, Sendable, Hashable, Codable, CaseIterable {
    case multiplicative
    case additive
}

/// Overdispersion of a funnel plot, fitted from the units' z-scores: the dispersion ratio φ and the
/// between-unit variance τ² (DerSimonian–Laird).
///
/// ```
/// z_i    = (y_i − θ0) / s_i                          k units with s_i > 0
/// z_w,i  = min(max(z_i, Q(w)), Q(1 − w))             Q = type-7 quantile of the z_i, w = 0.1 by default
/// φ      = (1/k) · Σ z_w,i²
/// test   : k·φ against χ²(k − 1), p = P(χ²_{k−1} > k·φ)
/// w_i    = 1/s_i²
/// τ²     = max(0, (k·φ − (k − 1)) / (Σw_i − Σw_i²/Σw_i))
/// multiplicative limits: θ0 ± z·√φ·s_i  when φ > 1, else θ0 ± z·s_i
/// additive limits:       θ0 ± z·√(s_i² + τ²)
/// ```
/// Choices, documented: z-scores are on the original scale with s_i at the target (Spiegelhalter 2005, §6),
/// not FunnelPlotR's arcsine/log transformed ones; winsorisation follows FunnelPlotR's `winsorisation()`
/// (R `quantile` type 7 at `trim_by` and 1 − `trim_by`, values clamped to them), φ its `phi_func` and τ² its
/// `tau_func` (which is 0 when kφ < k − 1). The test statistic uses the winsorised φ with k − 1 degrees of
/// freedom (θ0 is usually estimated from the same units). With `requireSignificance` the widening applies only
/// when p < `significanceLevel`; `phi`, `tau2` and the test are always reported.
///
/// Edge cases: fewer than 2 units → `.tooFewUnits`; constant z-scores are not winsorised (both quantiles equal
/// the constant) and give φ = z²; φ ≤ 1 never narrows the limits (the multiplier stays 1); all z = 0 gives
/// φ = 0, τ² = 0.
///
/// Example: z = (−2, −1, 0, 1, 2), w = 0.1 → bounds (−1.6, 1.6), φ = (2·1.6² + 2·1²)/5 = 1.424.
///
/// References: Spiegelhalter, D. J. (2005), *Statistics in Medicine* 24:1185–1202, §6; DerSimonian & Laird
/// (1986), *Controlled Clinical Trials* 7:177–188; FunnelPlotR (NHS-R community) `od_adjustment.R`.
public struct FunnelOverdispersion: Sendable, Hashable, Codable {
    public var settings: FunnelOverdispersionSettings
    /// Positions, in the input arrays, of the k units used (those with a z-score).
    public var unitIndices: [Int]
    /// The unwinsorised z-scores of those units.
    public var zScores: [Double]
    /// The winsorised z-scores.
    public var winsorisedZScores: [Double]
    /// The quantiles the z-scores were clamped to.
    public var winsorisationLower: Double
    public var winsorisationUpper: Double
    /// How many z-scores the winsorisation changed.
    public var winsorisedCount: Int
    /// φ = mean of the squared winsorised z-scores.
    public var phi: Double
    /// k·φ, the test statistic.
    public var testStatistic: Double
    /// k − 1.
    public var degreesOfFreedom: Int
    /// P(χ²_{k−1} > k·φ).
    public var pValue: Double
    /// pValue < settings.significanceLevel.
    public var isSignificant: Bool
    /// The DerSimonian–Laird between-unit variance τ² (always estimated).
    public var tau2: Double

    /// k, the number of units used.
    public var unitCount: Int { zScores.count }

    /// Whether the limits are widened: always, or only when significant (`requireSignificance`).
    public var isApplied: Bool { !settings.requireSignificance || isSignificant }

    /// The factor on the normal half-width: √φ when applied and φ > 1, otherwise 1.
    public var multiplier: Double { isApplied && phi > 1 ? phi.squareRoot() : 1 }

    /// The τ² added to s_i² in the additive limits: τ² when applied, otherwise 0.
    public var appliedTau2: Double { isApplied ? tau2 : 0 }

    /// Fits φ and τ² from z-scores and the standard errors s_i > 0 that produced them.
    public static func fit(zScores: [Double], standardErrors: [Double],
                           settings: FunnelOverdispersionSettings = .init()) -> FunnelOutcome<FunnelOverdispersion>
    {
        precondition(zScores.count == standardErrors.count, "z-scores and standard errors must have the same length")
        precondition((0 ..< 0.5).contains(settings.winsorisation), "winsorisation must lie in [0, ½)")
        precondition(settings.significanceLevel > 0 && settings.significanceLevel < 1, "significance level in (0, 1)")
        precondition(zScores.allSatisfy(\.isFinite), "z-scores must be finite")
        precondition(standardErrors.allSatisfy { $0 > 0 && $0.isFinite }, "standard errors must be finite and > 0")
        let k = zScores.count
        guard k >= 2 else { return .unavailable(.tooFewUnits) }

        let sorted = zScores.sorted()
        let lo = Quantile.type7(sorted: sorted, settings.winsorisation)!
        let hi = Quantile.type7(sorted: sorted, 1 - settings.winsorisation)!
        let winsorised = zScores.map { min(max($0, lo), hi) }
        let changed = zip(zScores, winsorised).filter { $0 != $1 }.count

        let kd = Double(k)
        let phi = winsorised.reduce(0) { $0 + $1 * $1 } / kd
        let statistic = kd * phi
        let p = ChiSquaredDistribution(degreesOfFreedom: kd - 1).survival(statistic)

        let weights = standardErrors.map { 1 / ($0 * $0) }
        let sumW = weights.reduce(0, +)
        let sumW2 = weights.reduce(0) { $0 + $1 * $1 }
        let tau2 = max(0, (statistic - (kd - 1)) / (sumW - sumW2 / sumW))

        return .computed(FunnelOverdispersion(
            settings: settings, unitIndices: Array(0 ..< k), zScores: zScores, winsorisedZScores: winsorised,
            winsorisationLower: lo, winsorisationUpper: hi, winsorisedCount: changed, phi: phi,
            testStatistic: statistic, degreesOfFreedom: k - 1, pValue: p,
            isSignificant: p < settings.significanceLevel, tau2: tau2))
    }

    /// Limits around `target` for a unit with standard error `standardError` (≥ 0), widened by `adjustment`.
    public func limits(target: Double, standardError: Double, level: FunnelLevel, adjustment: FunnelAdjustment)
        -> FunnelLimits
    {
        let half: Double
        switch adjustment {
        case .multiplicative: half = level.z * multiplier * standardError
        case .additive: half = level.z * (standardError * standardError + appliedTau2).squareRoot()
        }
        return FunnelLimits(lower: target - half, upper: target + half, level: level)
    }

    /// Any limits (e.g. exact ones) widened multiplicatively about `target`: θ0 + √φ·(limit − θ0).
    public func widened(_ limits: FunnelLimits, target: Double) -> FunnelLimits {
        FunnelLimits(lower: target + multiplier * (limits.lower - target),
                     upper: target + multiplier * (limits.upper - target), level: limits.level)
    }
}
