/// Flag rules (`flags:` in the project file), calibrated so that a unit with no story is rarely flagged.
///
/// Each rule puts a unit on one of two lists: **needs help** (counted as flagged, costs a visit) or **watch**
/// (shown, not counted). z is the robust z against the peer group with the pooled within-group robust SD
/// (`FlagContext`); the false-alarm rates are measured by simulation (`FlagCalibrationTests`, README).
///
/// | rule | needs help when (defaults) | watch when | years |
/// |---|---|---|---|
/// | `low-level` | z ≤ `robust_z` (−2.0); high if also in the bottom `bottom_share` (15%) | z ≤ `watch_z` (−1.5) | 1 |
/// | `decline` | Mann–Kendall p < α (0.05) falling **and** a material fall: Sen slope × span ≥ `decline_effect` (0.5) robust SD; high if ≥ 1 SD and z ≤ −1 | — | `trends.min_points` (4) |
/// | `stagnant` (no substantive progress) | below the peer median in each of the last `stagnant_years` (4) years by `stagnant_margin` (1.5) robust SD on average, and not improving significantly | — | `stagnant_years` |
/// | `volatile` (on-off) | turning-point test p ≤ `volatile_p` (0.2) **and** mean \|yearly change\| ≥ `volatile_swing_ratio` (2.5) × the panel's median | — | 5 |
/// | `funnel` | beyond the 99.8% limit on the bad side (mid-p < 0.001) | beyond 95% (mid-p < 0.025) | 1 |
/// | `weak-dimension` | — | a dimension's z ≤ `dimension_z` (−2.0), or below `dimension_floor` when set, while the index has no level flag | 1 |
///
/// A unit is *needs help* with one needs-help signal (severity high with two or more, or a high one), *watch*
/// with watch signals only. Rules that need more years than the unit has are listed as not yet run, with
/// the year from which they will; a unit without an index score that year is *not assessed*.
///
/// The commission's own quotas (`exemplars:`, `needs_help:`; `SelectionRule`) join these rules: "top 10% are
/// exemplars", "bottom 3 per group need help", with the rounding stated and boundary ties reported.
/// `bottom_share` is not such a quota: it only raises the low-level rule's severity.
public struct FlagSettings: Sendable, Equatable {
    public var bottomShare = 0.15
    public var robustZ = -2.0
    public var watchZ = -1.5
    public var decline = true
    public var declineEffect = 0.5
    public var stagnant = true
    public var stagnantMargin = 1.5
    public var volatile = true
    public var volatileP = 0.2
    public var volatileSwingRatio = 2.5
    public var funnel = true
    public var dimensionFloor: Double?
    /// Watch a dimension at this robust z; `dimension_percentile` (if given) uses a percentile of all units instead.
    public var dimensionZ = -2.0
    public var dimensionPercentile: Double?
    /// Learning partners per flagged unit (0–3).
    public var partners = 3
    /// Largest raise of an indicator in one step of an improvement path, as a quantile of the yearly
    /// improvements units made in the panel (`nil` = up to the peers' best at once: `path_step: unlimited`).
    public var pathStepQuantile: Double? = 0.9
    /// Check each improvement path by recomputing the whole panel with it applied, and extend it when other
    /// units' scores moved (one pipeline run per flagged unit). `nil` (the default): on for panels of up to
    /// 50,000 unit-years.
    public var verifyPaths: Bool?
    /// The commission's exemplar quota (`exemplars: {top_share | top_count, …}`); `nil` = the statistical rule.
    public var exemplars: SelectionRule?
    /// The commission's needs-help quota (`needs_help: {bottom_share | bottom_count, …}`), a rule of the table.
    public var needsHelp: SelectionRule?

    public init() {}
}
