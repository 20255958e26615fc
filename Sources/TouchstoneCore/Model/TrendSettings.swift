/// Settings of trend analysis and classification (`trends:` in the project file), with their defaults.
public struct TrendSettings: Sendable, Equatable {
    /// Fewer present years than this → "insufficient data", never a number that looks meaningful.
    public var minimumPoints = 4
    /// Significance level of the Mann–Kendall test for improving / declining.
    public var alpha = 0.05
    /// Confidence level of the OLS and Theil–Sen slope intervals.
    public var confidence = 0.95
    /// Use the Hamed–Rao autocorrelation-corrected variance (normal approximation) for the classification.
    public var hamedRao = false
    /// Largest n for the exact Mann–Kendall distribution (series without ties).
    public var exactMaximumN = 10
    /// "No substantive progress": not improving and below the peer-group median in each of the last N years.
    public var stagnantYears = 4
    /// "Volatile (on-off)": direction reversals in at least this share of the possible places …
    public var volatileReversalShare = 0.75
    /// … and a mean absolute year-over-year change at least this multiple of the panel's median one.
    public var volatileSwingRatio = 3.0
    /// A change smaller than this (in score points) counts as no change when counting reversals.
    public var tolerance = 0.0
    /// Peer-group column for "below peers"; `nil` = the first group column (or all units when none).
    public var peerGroup: String?

    public init() {}
}
