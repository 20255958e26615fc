/// Flag rules (`flags:` in the project file) with defaults for yearly branch reviews.
///
/// | rule | fires when (defaults) | severity |
/// |---|---|---|
/// | `low-level` | index among the lowest `bottom_share` (15%) of units that year, or robust z in the peer group ≤ `robust_z` (−1.5) | high if both, else medium |
/// | `decline` | trend class *declining* (significant Mann–Kendall decrease) | high |
/// | `stagnant` | trend class *stagnant below peers* ("no substantive progress") | medium |
/// | `volatile` | trend class *volatile (on-off)* | medium |
/// | `funnel` | an indicator declared with `funnel:` lies beyond its 99.8% control limit on the bad side (below for higher-is-better, above for lower-is-better) | high; beyond 95% only: low |
/// | `weak-dimension` | a dimension below `dimension_floor` (if set), or below the `dimension_percentile` (10th) of all units that year, while the index is not itself flagged low | low |
///
/// A unit whose index is missing that year, or whose trend has fewer than `trends.min_points` years, is
/// held as *insufficient data* and never flagged.
public struct FlagSettings: Sendable, Equatable {
    public var bottomShare = 0.15
    public var robustZ = -1.5
    public var decline = true
    public var stagnant = true
    public var volatile = true
    public var funnel = true
    public var dimensionFloor: Double?
    public var dimensionPercentile = 0.10
    /// Learning partners per flagged unit (0–3).
    public var partners = 3
    /// Check each improvement path by recomputing the whole panel with it applied, and extend it when other
    /// units' scores moved (one pipeline run per flagged unit). `nil` (the default): on for panels of up to
    /// 50,000 unit-years.
    public var verifyPaths: Bool?

    public init() {}
}
