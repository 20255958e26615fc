/// Finds the years and units that the row filters and the year window leave out entirely (`Exclusion`).
///
/// One pass over the table's rows: each row is dropped by the first filter it fails (filters in project
/// order, then `data.years`), or kept. A subject (year, unit) is excluded when at least one of its rows is
/// dropped and none is kept; it is attributed to the rule that dropped its first dropped row. Rows with an
/// unreadable year are ignored here (the layout reader reports them). The year-in-column layout has no year
/// rows, so only units are found there. Output order: years ascending, then units in order of first
/// appearance, so it does not depend on anything but the file.
struct ExclusionScan {
    let filters: [RowFilter]
    let window: ClosedRange<Int>?
    let idColumn: String
    let yearColumn: String?

    func scan(_ table: CSVTable) -> [Exclusion] {
        guard let id = table.columnIndex(idColumn) else { return [] }
        let columns = filters.map { table.columnIndex($0.column) }
        guard !columns.contains(where: { $0 == nil }) else { return [] }
        let year = yearColumn.flatMap(table.columnIndex)
        var keptUnits = Set<String>(), keptYears = Set<Int>()
        var droppedUnits: [(String, Int)] = [], droppedYears: [Int: Int] = [:]
        var unitSeen = Set<String>()
        for row in table.rows {
            let y = year.flatMap { Int(row[$0]) ?? Double(row[$0]).flatMap { Int(exactly: $0) } }
            var rule: Int? = filters.indices.first { !filters[$0].keeps(row[columns[$0]!]) }
            if rule == nil, let window, let y, !window.contains(y) { rule = filters.count }
            let unit = row[id]
            if let rule {
                if unitSeen.insert(unit).inserted { droppedUnits.append((unit, rule)) }
                if let y, droppedYears[y] == nil { droppedYears[y] = rule }
            } else {
                keptUnits.insert(unit)
                if let y { keptYears.insert(y) }
            }
        }
        func exclusion(_ subject: Exclusion.Subject, _ k: Int) -> Exclusion {
            guard k < filters.count else { return Exclusion(subject: subject, rule: .yearWindow(window!), file: table.file) }
            let f = filters[k]
            return Exclusion(subject: subject, rule: .filter(column: f.column, test: f.test, exclude: f.exclude), reason: f.reason, file: table.file)
        }
        let years = droppedYears.keys.filter { !keptYears.contains($0) }.sorted().map { exclusion(.year($0), droppedYears[$0]!) }
        let units = droppedUnits.filter { !keptUnits.contains($0.0) && !$0.0.isEmpty }.map { exclusion(.unit($0.0), $0.1) }
        return years + units
    }
}
