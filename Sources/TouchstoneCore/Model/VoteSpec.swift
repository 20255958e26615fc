import TouchstoneStats

/// A vote-distribution indicator (`type: votes`): the counts of voters choosing each level of an appraisal
/// (民主测评), read from one column per level and turned into one value by `VoteShares`.
///
/// ```yaml
/// - id: appraisal
///   type: votes
///   levels: {优秀: 100, 良好: 80, 一般: 60, 较差: 0}   # best first, as written; or defaults.vote_levels
///   summary: score          # score | excellent_rate (优秀率) | satisfied_rate (满意率) | unsatisfied_rate (不满意率)
///   min_voters: 10          # a note for each unit-year with fewer voters
/// ```
/// The count of level `优秀` is read from the column `appraisal_优秀` (wide), the indicator `appraisal_优秀`
/// (long: one level/count row each, or indicator `appraisal` with the level in `data.level_column`) or `appraisal_优秀_2019` (year-in-column): `{column}_{level}`.
/// A blank count next to present ones is 0; all blank is a missing value. In `sensitivity` and the flag
/// grades the shares are redrawn from a Dirichlet(n_l + ½) per replication, so fewer voters mean a wider
/// interval; a `funnel:` on the indicator compares the share of the lowest level (binomial, n = voters).
public struct VoteSpec: Sendable, Equatable {
    public struct Level: Sendable, Equatable {
        public var label: String
        public var value: Double
        public init(label: String, value: Double) { self.label = label; self.value = value }
    }

    /// Levels best first (declaration order).
    public var levels: [Level]
    public var summary: VoteShares.Summary = .score
    /// Below this many voters a unit-year gets a note (default 10).
    public var minVoters = 10

    public init(levels: [Level]) { self.levels = levels }

    /// The data column holding a level's count, for an indicator reading `column`.
    public func column(_ column: String, level: Level) -> String { "\(column)_\(level.label)" }
}

/// The vote counts of one indicator, kept beside the panel so uncertainty can redraw them.
public struct VoteTable: Sendable {
    public var spec: VoteSpec
    /// Row-major `panel rows × levels`; `NaN` where the unit-year has no counts.
    public var counts: [Double]

    public var levelCount: Int { spec.levels.count }

    /// Counts of one panel row.
    public func counts(row: Int) -> ArraySlice<Double> { counts[row * levelCount ..< (row + 1) * levelCount] }

    /// Voters of one panel row (0 when no counts).
    public func voters(row: Int) -> Double { counts(row: row).reduce(0) { $1.isNaN ? $0 : $0 + $1 } }
}
