import TouchstoneStats

/// Indicators that are part of the framework only in some years (`years: from 2023`): outside those years
/// the indicator does not exist for the assessment, which is not a missing value. On load every value of
/// such an indicator outside its years is set to missing (`NaN`) — a value kept in the file before an
/// indicator was adopted, or after it was dropped, does not enter the index — with a note naming how many
/// were set aside. Aggregation then renormalises the weights over the indicators present, and coverage
/// (`min_coverage`) counts only the children valid that year (`StructuralCoverage`); the report does not
/// count these cells as missing.
struct IndicatorYears {
    let indicators: [FrameworkNode]

    func apply(to panel: inout Panel, file: String) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        for (j, node) in indicators.enumerated() {
            guard let years = node.indicator?.years else { continue }
            var dropped = 0
            for (r, key) in panel.rows.enumerated() where !years.contains(key.year) {
                if !panel.values[r, j].isNaN { dropped += 1 }
                panel.values[r, j] = .nan
            }
            if dropped > 0 {
                notes.append(Diagnostic(.note, .valuesOutsideIndicatorYears(indicator: node.id, count: dropped, years: years), at: SourceLocation(file: file)))
            }
        }
        return notes
    }
}
