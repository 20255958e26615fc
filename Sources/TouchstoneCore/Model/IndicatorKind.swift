/// What an indicator's raw values measure, which fixes the range a value may take (`kind:` on an indicator).
///
/// A value outside the range is an error at its cell (file:line:column), not a silently extreme score:
/// a negative count or a share of 130 % is a data-entry mistake that min-max would stretch the scale for.
/// `min:` and `max:` on the indicator replace the kind's bounds (either may be given alone).
///
/// | kind | range | e.g. |
/// |---|---|---|
/// | `count` | ≥ 0 | violations, members |
/// | `share` | 0 – 1 | 0.85 of members trained |
/// | `percent` | 0 – 100 | 85 (%) |
/// | `rate` | ≥ 0 | hours per member |
/// | `score` | any (give `min:`/`max:`) | survey scores, ratings |
public enum IndicatorKind: String, Sendable, CaseIterable {
    case count, share, percent, rate, score

    /// The kind's default bounds (`nil` = unbounded on that side).
    public var bounds: (min: Double?, max: Double?) {
        switch self {
        case .count, .rate: (0, nil)
        case .share: (0, 1)
        case .percent: (0, 100)
        case .score: (nil, nil)
        }
    }
}

/// The range an indicator's raw values must lie in, with where it came from (for messages).
public struct ValueRange: Sendable, Equatable {
    public var min: Double?
    public var max: Double?
    /// `kind: count`, `min: 0`, … — named in the message of a value out of range.
    public var source: String

    public init(min: Double?, max: Double?, source: String) {
        self.min = min
        self.max = max
        self.source = source
    }

    /// Whether `value` lies within the range (missing values always do).
    public func contains(_ value: Double) -> Bool {
        if value.isNaN { return true }
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }
}
