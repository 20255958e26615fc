/// Reads the lineage file (`units.lineage`, see `LineageEvent`): a CSV or `.xlsx` table with the columns
/// `event, year, from, to` and an optional `rule`. Every bad cell is a problem naming file, line and column.
struct LineageReader {
    let path: String

    func read(problems: inout ProblemCollector) throws -> [LineageEvent] {
        let table = try PanelLoader.readTable(path: path, sheet: nil)
        guard table.requireColumns(["event", "year", "from", "to"], role: .lineageTable, problems: &problems) else { return [] }
        let (e, y, f, t) = (table.columnIndex("event")!, table.columnIndex("year")!, table.columnIndex("from")!, table.columnIndex("to")!)
        let ruleColumn = table.columnIndex("rule")
        func ids(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
        }
        var events: [LineageEvent] = []
        for (r, row) in table.rows.enumerated() {
            guard let kind = LineageEvent.Kind(rawValue: row[e].trimmingSpaces.lowercased()) else {
                problems.append(InputProblem(table.location(row: r, column: e), .table(.notALineageEvent(
                    text: row[e], choices: LineageEvent.Kind.allCases.map(\.rawValue)))))
                continue
            }
            guard let year = Int(row[y].trimmingSpaces) else {
                problems.append(InputProblem(table.location(row: r, column: y), .table(.lineageYearNotWhole(text: row[y]))))
                continue
            }
            let from = ids(row[f]), to = ids(row[t])
            let wants: (from: ClosedRange<Int>, to: ClosedRange<Int>)
            switch kind {
            case .renamed: wants = (1 ... 1, 1 ... 1)
            case .merged: wants = (2 ... Int.max, 1 ... 1)
            case .split: wants = (1 ... 1, 2 ... Int.max)
            case .created: wants = (0 ... 0, 1 ... 1)
            case .dissolved: wants = (1 ... 1, 0 ... 0)
            }
            guard wants.from.contains(from.count), wants.to.contains(to.count) else {
                problems.append(InputProblem(table.location(row: r, column: wants.from.contains(from.count) ? t : f), .table(.lineageIdCount(
                    event: kind.rawValue, from: wants.from, to: wants.to, foundFrom: from.count, foundTo: to.count))))
                continue
            }
            var rule = LineageEvent.MergeRule.mean
            if let c = ruleColumn, !row[c].trimmingSpaces.isEmpty {
                guard let parsed = LineageEvent.MergeRule(rawValue: row[c].trimmingSpaces) else {
                    problems.append(InputProblem(table.location(row: r, column: c), .table(.notAMergeRule(text: row[c]))))
                    continue
                }
                rule = parsed
            }
            events.append(LineageEvent(kind: kind, year: year, from: from, to: to, rule: rule, location: table.location(row: r, column: e)))
        }
        return events
    }
}
