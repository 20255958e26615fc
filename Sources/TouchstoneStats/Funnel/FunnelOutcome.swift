/// A funnel quantity, or the reason it could not be computed. A missing number always carries a reason.
///
/// ```
/// ProportionFunnel(target: 0.08).normalLimits(n: 0, level: .ninetyFive)   →  .unavailable(.zeroDenominator)
/// ProportionFunnel(target: 0).zScore(events: 0, n: 50)                    →  .unavailable(.zeroVariance)
/// ```
public enum FunnelOutcome<Value: Sendable & Equatable>: Sendable, Equatable {
    case computed(Value)
    case unavailable(FunnelUnavailableReason)

    /// The value, or `nil` when it is unavailable.
    public var value: Value? {
        if case .computed(let v) = self { return v }
        return nil
    }

    /// The reason, or `nil` when the value was computed.
    public var reason: FunnelUnavailableReason? {
        if case .unavailable(let r) = self { return r }
        return nil
    }

    func map<T>(_ transform: (Value) -> T) -> FunnelOutcome<T> {
        switch self {
        case .computed(let v): return .computed(transform(v))
        case .unavailable(let r): return .unavailable(r)
        }
    }
}

extension FunnelOutcome: Hashable where Value: Hashable {}

/// Why a funnel quantity is absent.
public enum FunnelUnavailableReason: String, Sendable, Hashable, Codable {
    /// The denominator (trials n, or exposure) is 0: there is no observed rate and no limit.
    case zeroDenominator
    /// The denominator is negative, not finite, or (for exact binomial limits) not a whole number.
    case invalidDenominator
    /// The event count is negative, or (for proportions) larger than n.
    case invalidEvents
    /// The target has no sampling variance (p0 = 0 or 1, λ0 = 0), so a z-score would divide by zero.
    case zeroVariance
    /// No target could be pooled: the denominators sum to 0.
    case noTarget
    /// Overdispersion needs at least two units with a z-score.
    case tooFewUnits
}
