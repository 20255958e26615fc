/// Cells outside an indicator's `years:` are structural gaps, not missing values (`IndicatorYears`).
extension IndexResult {
    /// Whether indicator column `j` of the panel is part of the framework in row `r`'s year.
    public func isInFramework(row r: Int, indicator j: Int) -> Bool {
        guard let years = node(panel.indicatorIds[j])?.indicator?.years else { return true }
        return years.contains(panel.rows[r].year)
    }
}

extension IndexResult {
    /// Missing raw values that are missing values (inside their indicator's years), and the cells outside
    /// an indicator's years (structural gaps, not missing).
    public var missingAndStructuralCells: (missing: Int, structural: Int) {
        var missing = 0, structural = 0
        for j in panel.indicatorIds.indices {
            for r in panel.rows.indices where panel.values[r, j].isNaN {
                if isInFramework(row: r, indicator: j) { missing += 1 } else { structural += 1 }
            }
        }
        return (missing, structural)
    }
}
