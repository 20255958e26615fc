extension IndexResult {
    /// Rows of `year` that are ranked: every row with data whose unit is not exempt, new or observer that year
    /// (`UnitStatus`), in unit order.
    public func rankedRows(inYear year: Int) -> [Int] {
        panel.rows(inYear: year).filter { panel.status(row: $0) == nil }
    }
}
