extension IndexResult {
    /// Throws unless at least two units have an index score in `year`.
    ///
    /// Flags (bottom share, robust z), peer tables, unit comparisons, reports and rank uncertainty all compare a unit
    /// with others. With one unit they produce nothing meaningful — a "bottom 15 %" of one, a robust z of a
    /// zero spread, a unit "in the bottom 15 %" of itself — so the commands that compare ask this first.
    public func requireUnitsToCompare(year: Int) throws {
        guard let index = nodes.first?.id, let scores = scores[index] else { return }
        let present = panel.rows.indices.filter { panel.rows[$0].year == year && !scores[$0].isNaN }
        guard present.count < 2 else { return }
        let who = present.first.map { " (`\(panel.units[panel.rows[$0].unit].id)`)" } ?? ""
        throw InputProblem(
            SourceLocation(file: project.file),
            "not enough units to compare in \(year): \(present.count) unit\(present.count == 1 ? "" : "s")\(who) "
                + "\(present.count == 1 ? "has" : "have") an index score, and flags, peers, comparisons, reports and rank uncertainty need at least 2",
            fix: "add the other units to the data, or check the year, the row filters (`include`/`exclude`) and missing values; "
                + "`touchstone index` and `touchstone trend` work with one unit")
    }
}
