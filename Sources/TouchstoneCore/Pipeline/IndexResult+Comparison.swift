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
        throw InputProblem(SourceLocation(file: project.file),
                           .method(.notEnoughUnitsToCompare(year: year, count: present.count,
                                                            unit: present.first.map { panel.units[panel.rows[$0].unit].id })))
    }
}
