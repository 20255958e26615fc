import TouchstoneStats

/// Where a unit stands on a key target, part-way through the year: typed values, no sentences (the CLI and
/// reports word them).
public struct TargetProgress: Sendable {
    /// How "expected by now" was set.
    public enum ExpectedSource: String, Sendable, Codable {
        /// The targets table's milestone for this period.
        case milestone
        /// The target × the share of the year's value that units had reached by this period in past years.
        case profile
        /// The target × elapsed share of the year (no past years to learn a profile from).
        case linear
        /// Averages, maxima and minima: the year's value should sit at the target all along.
        case target
    }

    public var target: KeyTarget
    public var unitIndex: Int
    public var direction: Direction
    public var asOf: Period
    /// The indicator's value rolled up from the start of the year to `asOf` (`NaN` = no data).
    public var valueToDate: Double
    public var expected: Double
    public var expectedSource: ExpectedSource
    /// Projected year-end value (the median of the predictive distribution); `nil` without past years.
    public var projection: Double?
    /// The projection interval at `ProgressSettings.level` (−∞/+∞ where past years are too few).
    public var lower: Double
    public var upper: Double
    /// Probability of reaching the target by the year's end (share of past-year outcomes that would).
    public var probability: Double?
    /// Past unit-years the projection learned from.
    public var calibrationSize: Int
    public var status: TargetStatus

    /// Whether `value` reaches the target in the indicator's direction.
    public func reaches(_ value: Double) -> Bool { direction == .higher ? value >= target.target : value <= target.target }

    /// Whether the value to date is behind the expected value (in the indicator's direction).
    public var behindPace: Bool { direction == .higher ? valueToDate < expected : valueToDate > expected }
}

/// Status of a key target during the year (worst first).
public enum TargetStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case offTrack = "off-track", atRisk = "at-risk", onTrack = "on-track", noData = "no-data"

    private var severity: Int {
        switch self {
        case .offTrack: 0
        case .atRisk: 1
        case .onTrack: 2
        case .noData: 3
        }
    }

    public static func < (a: TargetStatus, b: TargetStatus) -> Bool { a.severity < b.severity }
}

/// Settings of the progress assessment (`ProgressAssessment`).
///
/// | probability of reaching the target p | status |
/// |---|---|
/// | p ≥ `onTrack` (0.5: the projection reaches it) | on track |
/// | `offTrack` ≤ p < `onTrack` | at risk |
/// | p < `offTrack` (0.1: fewer than 1 in 10 past paths would reach it) | off track |
///
/// Without past years (no p), a unit at or ahead of the expected value is on track, else at risk.
public struct ProgressSettings: Sendable, Equatable {
    public var level = 0.9
    public var onTrack = 0.5
    public var offTrack = 0.1

    public init() {}

    public func status(probability p: Double) -> TargetStatus {
        p >= onTrack ? .onTrack : p >= offTrack ? .atRisk : .offTrack
    }
}
