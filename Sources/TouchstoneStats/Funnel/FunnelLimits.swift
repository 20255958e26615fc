/// A pair of control limits at one level and denominator.
///
/// `position(of:)` compares strictly: a value equal to a limit is `.within`.
///
/// ```
/// FunnelLimits(lower: 0.05, upper: 0.11, level: .ninetyFive).position(of: 0.15)  →  .above
/// ```
public struct FunnelLimits: Sendable, Hashable, Codable {
    public var lower: Double
    public var upper: Double
    public var level: FunnelLevel

    public init(lower: Double, upper: Double, level: FunnelLevel) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Where `value` lies: `.below` if value < lower, `.above` if value > upper, else `.within`.
    public func position(of value: Double) -> FunnelPosition {
        if value < lower { return .below }
        if value > upper { return .above }
        return .within
    }
}

/// A unit's place relative to a pair of limits.
public enum FunnelPosition: String, Sendable, Hashable, Codable {
    /// Strictly below the lower limit.
    case below
    /// Between the limits, limits included.
    case within
    /// Strictly above the upper limit.
    case above
}

/// How control limits are computed.
///
/// | method   | proportion r/n                               | rate r/E                         |
/// |----------|----------------------------------------------|----------------------------------|
/// | `normal` | p0 ± z·√(p0(1−p0)/n)                         | λ0 ± z·√(λ0/E)                   |
/// | `exact`  | binomial quantile, interpolated (Spiegelhalter 2005, §3 and appendix) | Poisson quantile, interpolated |
public enum FunnelLimitMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case normal
    case exact
}

/// The normal and exact limits at one denominator, one entry per requested level (in the order given).
public struct FunnelLimitSet: Sendable, Hashable, Codable {
    /// The denominator (trials n, or exposure E).
    public var denominator: Double
    public var normal: [FunnelLimits]
    public var exact: [FunnelLimits]

    public init(denominator: Double, normal: [FunnelLimits], exact: [FunnelLimits]) {
        self.denominator = denominator
        self.normal = normal
        self.exact = exact
    }

    /// The limits by `method` at `level`, or `nil` when that level was not requested.
    public func limits(_ method: FunnelLimitMethod, at level: FunnelLevel) -> FunnelLimits? {
        (method == .normal ? normal : exact).first { $0.level == level }
    }
}

/// One unit of a funnel plot: its observed value, z-score and limits at its own denominator.
public struct FunnelUnitAssessment: Sendable, Hashable {
    public var events: Int
    /// Trials n, or exposure E.
    public var denominator: Double
    /// The observed proportion r/n or rate r/E.
    public var value: FunnelOutcome<Double>
    /// (value − target)/√variance at the target.
    public var zScore: FunnelOutcome<Double>
    public var limits: FunnelOutcome<FunnelLimitSet>

    public init(events: Int, denominator: Double, value: FunnelOutcome<Double>, zScore: FunnelOutcome<Double>,
                limits: FunnelOutcome<FunnelLimitSet>) {
        self.events = events
        self.denominator = denominator
        self.value = value
        self.zScore = zScore
        self.limits = limits
    }

    /// Where the unit lies relative to its `method` limits at `level` (which must have been requested).
    public func position(_ method: FunnelLimitMethod, at level: FunnelLevel) -> FunnelOutcome<FunnelPosition> {
        guard let v = value.value else { return .unavailable(value.reason!) }
        guard let set = limits.value else { return .unavailable(limits.reason!) }
        guard let l = set.limits(method, at: level) else {
            preconditionFailure("limits at \(level.coverage) were not requested")
        }
        return .computed(l.position(of: v))
    }
}
