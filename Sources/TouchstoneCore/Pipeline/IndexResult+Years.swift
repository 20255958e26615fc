/// Cells outside an indicator's `years:` are structural gaps, not missing values (`IndicatorYears`).
extension IndexResult {
    /// Whether indicator column `j` of the panel is part of the framework in row `r`'s year.
    public func isInFramework(row r: Int, indicator j: Int) -> Bool {
        guard let years = node(panel.indicatorIds[j])?.indicator?.years else { return true }
        return years.contains(panel.rows[r].year)
    }
}
