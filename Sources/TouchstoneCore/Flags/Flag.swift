/// One flag rule that fired for a unit, with the exact numbers that fired it.
public struct UnitFlag: Sendable, Equatable {
    public enum Rule: String, Sendable, Codable, CaseIterable {
        case lowLevel = "low-level"
        case decline
        case stagnant
        case volatile
        case weakDimension = "weak-dimension"
        case funnel
        /// The commission's needs-help quota (`flags.needs_help`, e.g. the bottom 10%).
        case quota
        /// Periodic rules (`FlagRules.periodic`, `touchstone progress`): the year-to-date index behind peers
        /// (the low-level test on the year-to-date index) and off track on a key target.
        case behindPeers = "behind-peers"
        case offTrack = "off-track"
    }

    public enum Severity: Int, Sendable, Codable, Comparable, CaseIterable {
        case low = 1, medium = 2, high = 3
        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
        /// The key in JSON (`low`, `medium`, `high`); `label(_:)` of TouchstoneOutput gives the words.
        public var name: String { ["", "low", "medium", "high"][rawValue] }
    }

    /// Which list a signal puts its unit on: needs help (counted, costs a visit) or watch (shown only).
    public enum Tier: String, Sendable, Codable, CaseIterable {
        case needsHelp = "needs-help"
        case watch
    }

    public var rule: Rule
    public var severity: Severity
    /// The node concerned (the index, or the weak dimension).
    public var nodeId: String
    /// The numbers that fired the rule, by name (e.g. `score`, `cutoff`, `robust_z`, `p`).
    public var numbers: [String: Double]
    /// Why the rule fired, with its numbers (one line in English or Chinese: `reason.text(for:)` of
    /// TouchstoneOutput).
    public var reason: FlagReason
    public var tier: Tier = .needsHelp
    /// The effect size, in robust SD of the peer groups (how far below, how large a fall), or a ratio for the
    /// on-off rule; `nil` where the rule has none.
    public var effect: Double? = nil
    /// The rule's p-value (one-sided where the rule is), or `nil`.
    public var pValue: Double? = nil
    /// The value of the node that would clear the signal (the threshold it must reach), when there is one.
    public var clearsAt: Double? = nil
}

/// One step of an improvement path: raise one indicator, in its own units.
public struct PathStep: Sendable, Equatable {
    public var indicatorId: String
    public var fromRaw: Double
    public var toRaw: Double
    public var fromScore: Double
    public var toScore: Double
    /// The index (or dimension) after this and the previous steps.
    public var targetAfter: Double
    /// For ordinal indicators, the rating labels before and after.
    public var fromLabel: String?
    public var toLabel: String?
    /// Peers (unit indices) that reached the new value that year, up to three.
    public var reachedBy: [Int] = []
}

/// The smallest set of indicator improvements, within what peers already achieve, that lifts a unit's
/// index (or a weak dimension) to a target.
public struct ImprovementPath: Sendable, Equatable {
    public var nodeId: String
    public var start: Double
    public var target: Double
    public var steps: [PathStep]
    /// Whether the steps reach the target (otherwise even peers' best values would not be enough).
    public var reachesTarget: Bool
    /// What the target is, e.g. the peer-group median or a dimension's floor.
    public var targetDescription: PathTarget
    /// Whether a step was held to what peers improved in one year (`flags.path_step`).
    public var stepCapped = false
}

/// A peer to learn from: strong where the flagged unit is weak.
public struct LearningPartner: Sendable, Equatable {
    public var unit: Int
    /// Dimension id → (partner's score, flagged unit's score), for the dimensions where the unit is weakest.
    public var strengths: [String: [Double]]
    public var sameGroup: Bool
}

/// Everything said about one unit in one year.
public struct UnitAssessment: Sendable {
    /// `notRanked`: the unit has a status (`UnitStatus`: exempt, new, observer) and is shown, not assessed.
    public enum Status: String, Sendable, Codable { case flagged, watch, clear, exemplar, insufficientData = "insufficient-data", notRanked = "not-ranked" }

    public var unit: Int
    public var row: Int?
    public var status: Status
    /// Why an unassessed unit (status `insufficientData`) has no index score; the words are
    /// `UnitAssessment.holdReason(_:)` of TouchstoneOutput.
    public var missingReason: MissingReason? = nil
    /// Why the unit is shown but not ranked (with status `notRanked`).
    public var unitStatus: UnitStatus? = nil
    public var flags: [UnitFlag]
    public var trendClass: TrendClass?
    public var decomposition: GapDecomposition?
    public var paths: [ImprovementPath]
    public var partners: [LearningPartner]
    /// For exemplars: dimensions in which the unit leads its group.
    public var excelsIn: [String]
    /// Rules that could not run yet for lack of years, with the first year they can (if the unit reports on).
    public var notYet: [(rule: UnitFlag.Rule, fromYear: Int)] = []
    /// Why the unit has no improvement path although it is flagged (e.g. already above every target).
    public var pathNote: PathNote? = nil
    /// How a quota (`flags.exemplars`, `flags.needs_help`) named or passed over the unit, with any boundary tie.
    public var selection: SelectionNote? = nil

    /// The severity of the unit: high with a high signal or two or more needs-help signals, else the highest.
    public var severity: UnitFlag.Severity? {
        let help = flags.filter { $0.tier == .needsHelp }
        guard !help.isEmpty else { return flags.map(\.severity).max() }
        if Set(help.map(\.rule)).count >= 2 { return .high }
        return help.map(\.severity).max()
    }
}
