/// Why a flag rule fired for a unit, as values: the numbers the reason states, with the decimals index scores
/// are printed with. The words (one line in English or Chinese) are `FlagReason.text(for:)` of
/// TouchstoneOutput (`FlagReason+Words.swift`); JSON carries both languages (`values`).
///
/// | kind | en (`text(for: "en")`) |
/// |---|---|
/// | `.lowLevel` | index 34.4 is 2.1 robust SD below the peer median 58.1 and in the bottom 15% (cut-off 49.6) |
/// | `.decline` | index fell from 73.5 (2019) to 34.4 (2024), -7.8 a year, 3.5 robust SD in all (Mann–Kendall p = 0.003) |
public struct FlagReason: Sendable, Equatable {
    /// What the rule found, with its numbers.
    public enum Kind: Sendable, Equatable {
        /// The index `belowSD` robust SD under the peer median; with `bottom`, also among the bottom share.
        case lowLevel(score: Double, belowSD: Double, groupMedian: Double, bottom: BottomShare?)
        /// A significant fall (Mann–Kendall) from `first` to `last`, `slope` (Theil–Sen) a year, `fallSD`
        /// robust SD in all.
        case decline(first: Double, firstYear: Int, last: Double, lastYear: Int, slope: Double, fallSD: Double, p: Double)
        /// Below the peer median in each of the last `years` years, by `belowSD` robust SD on average.
        case stagnant(years: Int, belowSD: Double, p: Double?)
        /// `reversals` turns of direction in `changes` yearly changes; mean swing `swing`, `ratio` × the
        /// panel's typical swing `typical`.
        case volatile(reversals: Int, changes: Int, p: Double, swing: Double, ratio: Double, typical: Double)
        /// A count indicator beyond its funnel control limit (`alarm`: 99.8 %, else 95 %).
        case funnel(FunnelPosition)
        /// A dimension score under its floor.
        case weakDimension(dimension: NodeName, score: Double, floor: Double, basis: DimensionFloor)
        /// Named by the needs-help quota (`quota` states share × n and rounding), in `group` with `per_group`,
        /// with the units tied at the boundary (all named).
        case quota(score: Double, quota: QuotaDescription, group: String?, tied: [String]?)
        /// Off track on a key target (`touchstone progress`).
        case offTrack(OffTrackPosition)
    }

    public var kind: Kind
    /// Decimals of index and dimension scores (`score_decimals` of the project).
    public var decimals: Int

    public init(_ kind: Kind, decimals: Int) {
        self.kind = kind
        self.decimals = decimals
    }

    /// The bottom share of the low-level rule (`flags.bottom_share`, as a whole percent) and its cut-off.
    public struct BottomShare: Sendable, Equatable {
        public var percent: Int
        public var cutoff: Double
    }

    /// A framework node named in a reason: its id and its labels from the project file.
    public struct NodeName: Sendable, Equatable {
        public var id: String
        public var label: LocalizedText
    }

    /// Where the floor of a weak dimension comes from.
    public enum DimensionFloor: Sendable, Equatable {
        /// `flags.dimension_floor`, a fixed score.
        case fixed
        /// `flags.dimension_percentile`, a percentile of all units (whole percent).
        case percentile(Int)
        /// The default: `sd` robust SD under the peer median.
        case peerMedian(sd: Double)
    }

    /// A unit's point on a funnel plot beyond a control limit.
    public struct FunnelPosition: Sendable, Equatable {
        public var indicator: NodeName
        public var events: Int
        public var denominator: Double
        public var rate: Double
        /// Whether the unit is above the limit (the bad side is above), else below.
        public var above: Bool
        /// Beyond the 99.8 % limit, else the 95 % one.
        public var alarm: Bool
        public var limit: Double
        /// The overall rate (the funnel's target).
        public var target: Double
        public var p: Double
    }

    /// A key target the unit is off track on, with the period it is measured at (`asOf`, e.g. `2024Q3`).
    public struct OffTrackPosition: Sendable, Equatable {
        public var indicator: NodeName
        public var toDate: Double
        public var expected: Double
        public var asOf: String
        public var projection: Double
        public var target: Double
        /// The probability of reaching the target, when the projection has one.
        public var probability: Double?
    }
}
