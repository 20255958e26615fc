/// What an improvement path aims at, as values: the parts of the target in order, each one a threshold the
/// unit must reach. The words are `PathTarget.text(for:)` of TouchstoneOutput, e.g. "within 2.0 robust SD of
/// the peer median, the peer-group median" / "与同组中位数相差不超过 2.0 个稳健标准差，达到同组中位数".
public struct PathTarget: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        /// The low-level threshold: within `sd` robust SD of the peer median.
        case nearPeerMedian(sd: Double)
        /// For trend signals: the peer-group median (counting the unit itself).
        case peerGroupMedian
        /// A weak dimension's floor.
        case floor
    }

    public var parts: [Part]

    public init(_ parts: [Part]) { self.parts = parts }
}

/// Why a flagged unit has no improvement path: its index (`index`) is already at or above the target
/// (`target`, described by `description`); what matters is to stop the trend. Words:
/// `PathNote.text(for:)` of TouchstoneOutput.
public struct PathNote: Sendable, Equatable {
    public var index: Double
    public var target: Double
    public var description: PathTarget
    /// Decimals of index scores.
    public var decimals: Int
}

/// How a quota (`flags.exemplars`) named or passed over a unit. Words: `SelectionNote.text(for:)` of
/// TouchstoneOutput.
public enum SelectionNote: Sendable, Equatable {
    /// Passed over for the exemplar quota: the unit fails `requirement`.
    case passedOver(SelectionRule.Requirement)
    /// Named by the quota (worked out as `quota`), in `group` with `per_group`, with the units tied at the
    /// boundary (all named).
    case named(QuotaDescription, group: String?, tied: [String]?)
}
