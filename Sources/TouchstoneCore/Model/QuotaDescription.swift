/// How a quota of `SelectionRule` was worked out over `n` ranked units, as values: top or bottom, the count
/// or share written, the unrounded `share · n`, the rounding and the number named. The words are
/// `QuotaDescription.text(for:)` of TouchstoneOutput:
///
/// | size | en | zh |
/// |---|---|---|
/// | share 0.1 of 34, half-up | top 10% of 34 = 3.4, rounded half-up to 3 | 前 10%：34 × 10% = 3.4，四舍五入为 3 |
/// | count 5 of 3 | bottom 5 of 3 (all 3) | 后 5 名（共 3） |
public struct QuotaDescription: Sendable, Equatable {
    /// Best first (exemplars) or worst first (needs help).
    public var top: Bool
    public var size: SelectionRule.Size
    /// Ranked units the quota is taken from.
    public var n: Int
    /// Units named.
    public var quota: Int
    /// `share · n` before rounding (`nil` for a count).
    public var exact: Double?
    public var rounding: SelectionRule.Rounding
}

extension SelectionRule {
    /// The quota over `n` ranked units, described: "top 10% of 34 = 3.4, rounded half-up to 3" (words in
    /// TouchstoneOutput).
    public func describe(n: Int, top: Bool) -> QuotaDescription {
        let (k, exact) = quota(of: n)
        return QuotaDescription(top: top, size: size, n: n, quota: k, exact: exact, rounding: rounding)
    }
}
