import TouchstoneCore

extension UnitAssessment {
    /// Why the unit is not assessed, in `language`: the reason of its status (shown, not ranked), or why it has
    /// no index score (insufficient data: the root's `MissingReason`, else "no index score"); nil for an
    /// assessed unit.
    ///
    /// | assessment | en | zh |
    /// |---|---|---|
    /// | not ranked, `.exempt` | exempt: shown, not ranked, … (unit table status) | 免于考核：列示但不排名，…（单位表状态） |
    /// | insufficient data, `.noChild` | no child has a score | 下级均无得分 |
    public func holdReason(_ language: String) -> String? {
        if status == .notRanked, let unitStatus { return unitStatus.reason(language) }
        guard status == .insufficientData else { return nil }
        return missingReason?.text(language) ?? Words(language).t("no index score", "无指数得分")
    }
}
