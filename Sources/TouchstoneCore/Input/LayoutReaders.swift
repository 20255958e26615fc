/// Reads the wide layout: one row per unit and year, one column per indicator.
struct WideLayoutReader {
    let spec: DataSpec
    let indicators: [FrameworkNode]

    func read(_ table: CSVTable, into obs: inout ObservationTable, problems: inout ProblemCollector) {
        let columns = [spec.unitColumn] + (spec.yearColumn.map { [$0] } ?? []) + spec.filters.map(\.column)
        guard table.requireColumns(columns, role: .dataFile, problems: &problems) else { return }
        var indicatorColumns: [Int] = []
        for node in indicators {
            let column = node.indicator!.column
            if let c = table.columnIndex(column) { indicatorColumns.append(c); continue }
            problems.append(InputProblem(node.location ?? SourceLocation(file: table.file), .table(.indicatorColumnMissing(
                indicator: node.id, file: table.file, column: column, suggestion: Suggestions.closest(to: column, among: table.header)))))
        }
        guard indicatorColumns.count == indicators.count else { return }
        let unit = table.columnIndex(spec.unitColumn)!
        let year = spec.yearColumn.flatMap(table.columnIndex)
        let filters = spec.filters.map { ($0, table.columnIndex($0.column)!) }
        let parser = CellParser(file: table.file, sheet: table.sheet, missingValues: spec.missingValues, indicators: indicators)
        obs.reserve(slots: table.rows.count)
        for (r, row) in table.rows.enumerated() where filters.allSatisfy({ $0.0.keeps(row[$0.1]) }) {
            guard let y = YearParser.year(row, column: year, spec: spec, table: table, row: r, problems: &problems) else { continue }
            if !spec.keeps(code: y) { continue }
            let unitId = row[unit]
            let rowLocation = table.location(row: r, column: unit)
            if unitId.isEmpty {
                problems.append(InputProblem(rowLocation, .table(.emptyUnitId(inUnitTable: false))))
                continue
            }
            let line = table.lineNumbers[r]
            if let existing = obs.slot(unit: unitId, year: y) {
                problems.append(InputProblem(rowLocation, .table(.duplicateRow(
                    unit: unitId, period: spec.period, time: spec.timeLabel(y), firstLine: obs.slotLine[existing]))))
                continue
            }
            let slot = obs.touch(unit: unitId, year: y, line: line, at: rowLocation)
            for (j, c) in indicatorColumns.enumerated() {
                guard let v = parser.value(row[c], indicator: j, line: line, column: c, problems: &problems) else { continue }
                obs.set(slot: slot, indicator: j, value: v, line: line, column: c, file: table.file, sheet: table.sheet, indicatorId: parser.rules[j].id, problems: &problems)
            }
        }
    }
}

/// Reads the long layout: `unit, year, indicator, value` rows. Indicators not in the framework are skipped
/// (with a note), so one long file can serve several projects.
struct LongLayoutReader {
    let spec: DataSpec
    let indicators: [FrameworkNode]

    func read(_ table: CSVTable, into obs: inout ObservationTable, problems: inout ProblemCollector) {
        let columns = [spec.unitColumn, spec.indicatorColumn, spec.valueColumn] + (spec.yearColumn.map { [$0] } ?? []) + spec.filters.map(\.column)
            + (spec.raterColumn.map { [$0] } ?? []) + (spec.levelColumn.map { [$0] } ?? [])
        guard table.requireColumns(columns, role: .dataFile, problems: &problems) else { return }
        let unit = table.columnIndex(spec.unitColumn)!
        let year = spec.yearColumn.flatMap(table.columnIndex)
        let name = table.columnIndex(spec.indicatorColumn)!
        let value = table.columnIndex(spec.valueColumn)!
        let filters = spec.filters.map { ($0, table.columnIndex($0.column)!) }
        let byColumn = Dictionary(indicators.enumerated().map { ($1.indicator!.column, $0) }, uniquingKeysWith: { a, _ in a })
        let parser = CellParser(file: table.file, sheet: table.sheet, missingValues: spec.missingValues, indicators: indicators)
        var found = Set<Int>()
        var skipped = Set<String>()
        let rater = spec.raterColumn.flatMap(table.columnIndex)
        let level = spec.levelColumn.flatMap(table.columnIndex)
        let rated = indicators.map { $0.indicator?.raters }
        for (r, row) in table.rows.enumerated() where filters.allSatisfy({ $0.0.keeps(row[$0.1]) }) {
            guard let y = YearParser.year(row, column: year, spec: spec, table: table, row: r, problems: &problems) else { continue }
            if !spec.keeps(code: y) { continue }
            // A vote level in its own column (`level_column`): the row counts `{indicator}_{level}`.
            let indicatorName = level.map { row[$0].isEmpty ? row[name] : "\(row[name])_\(row[$0])" } ?? row[name]
            guard let j = byColumn[indicatorName] else { skipped.insert(indicatorName); continue }
            found.insert(j)
            let unitId = row[unit]
            let line = table.lineNumbers[r]
            let slot = obs.touch(unit: unitId, year: y, line: line, at: table.location(row: r, column: unit))
            guard let v = parser.value(row[value], indicator: j, line: line, column: value, problems: &problems) else { continue }
            if let rater, rated[j] != nil, !row[rater].isEmpty {
                if !v.isNaN {
                    obs.raters.add(slot: slot, indicator: j, indicatorCount: obs.indicatorCount, score: .init(rater: row[rater], value: v, line: line),
                                   location: table.location(row: r, column: rater), unit: unitId, year: y, indicatorId: indicators[j].id, problems: &problems)
                }
                continue
            }
            if v.isNaN, let first = obs.line(slot: slot, indicator: j) {
                problems.append(InputProblem(table.location(row: r, column: value), .table(.duplicateObservation(
                    unit: unitId, period: spec.period, time: spec.timeLabel(y), indicator: indicators[j].id, firstLine: first))))
                continue
            }
            obs.set(slot: slot, indicator: j, value: v, line: line, column: value, file: table.file, sheet: table.sheet, indicatorId: parser.rules[j].id, problems: &problems)
        }
        for (j, node) in indicators.enumerated() where !found.contains(j) {
            problems.append(InputProblem(node.location ?? SourceLocation(file: table.file), .table(.indicatorWithoutRows(
                indicator: node.id, file: table.file, column: node.indicator!.column,
                suggestion: Suggestions.closest(to: node.indicator!.column, among: skipped.sorted())))))
        }
        obs.raters.combine(into: &obs, methods: rated, file: table.file, ids: indicators.map(\.id), problems: &problems)
        if !skipped.isEmpty {
            obs.diagnostics.append(Diagnostic(.note, .indicatorsSkipped(ids: skipped.sorted()), at: SourceLocation(file: table.file)))
        }
    }
}

/// Reads the year-in-column layout: one row per unit; a column per indicator and year named by
/// `column_pattern` (default `{indicator}_{year}`, e.g. `le_1990`).
struct YearInColumnReader {
    let spec: DataSpec
    let indicators: [FrameworkNode]

    func read(_ table: CSVTable, into obs: inout ObservationTable, problems: inout ProblemCollector) {
        guard table.requireColumns([spec.unitColumn] + spec.filters.map(\.column), role: .dataFile, problems: &problems) else { return }
        let parts = spec.columnPattern.components(separatedBy: "{year}")
        // (indicator index, year, column)
        var slots: [(Int, Int, Int)] = []
        for (j, node) in indicators.enumerated() {
            let head = parts[0].replacingOccurrences(of: "{indicator}", with: node.indicator!.column)
            let tail = parts.count > 1 ? parts[1].replacingOccurrences(of: "{indicator}", with: node.indicator!.column) : ""
            var any = false
            for (c, name) in table.header.enumerated() where name.hasPrefix(head) && name.hasSuffix(tail) && name.count > head.count + tail.count {
                let middle = name.dropFirst(head.count).dropLast(tail.count)
                guard middle.count == 4, let y = Int(middle) else { continue }
                if let window = spec.years, !window.contains(y) { continue }
                slots.append((j, y, c))
                any = true
            }
            if !any {
                let example = spec.columnPattern.replacingOccurrences(of: "{indicator}", with: node.indicator!.column).replacingOccurrences(of: "{year}", with: "2020")
                problems.append(InputProblem(node.location ?? SourceLocation(file: table.file),
                                             .table(.indicatorPatternMissing(indicator: node.id, file: table.file, example: example))))
            }
        }
        let unit = table.columnIndex(spec.unitColumn)!
        let filters = spec.filters.map { ($0, table.columnIndex($0.column)!) }
        let parser = CellParser(file: table.file, sheet: table.sheet, missingValues: spec.missingValues, indicators: indicators)
        var seenUnits: [String: Int] = [:]
        for (r, row) in table.rows.enumerated() where filters.allSatisfy({ $0.0.keeps(row[$0.1]) }) {
            let unitId = row[unit]
            let location = table.location(row: r, column: unit)
            if let first = seenUnits[unitId] {
                problems.append(InputProblem(location, .table(.secondRowForUnit(unit: unitId, firstLine: first))))
                continue
            }
            seenUnits[unitId] = location.line ?? 0
            let line = table.lineNumbers[r]
            var present = false
            for (j, y, c) in slots {
                guard let v = parser.value(row[c], indicator: j, line: line, column: c, problems: &problems), !v.isNaN else { continue }
                present = true
                let slot = obs.touch(unit: unitId, year: y, line: line, at: location)
                obs.set(slot: slot, indicator: j, value: v, line: line, column: c, file: table.file, sheet: table.sheet, indicatorId: parser.rules[j].id, problems: &problems)
            }
            if !present && obs.firstLocation[unitId] == nil { obs.firstLocation[unitId] = location }
        }
    }
}

/// Reads the time of a row: from the year column (a year, or a quarter or month code when `data.period`
/// says so; `Period.code`), or the project's fixed `year:`.
enum YearParser {
    static func year(_ row: [String], column: Int?, spec: DataSpec, table: CSVTable, row r: Int, problems: inout ProblemCollector) -> Int? {
        guard let column else { return spec.fixedYear }
        let text = row[column]
        if let p = PeriodParser.parse(text, kind: spec.period) { return p.code }
        switch spec.period {
        case .year:
            problems.append(InputProblem(table.location(row: r, column: column), .table(.yearNotWhole(text: text))))
        case .quarter, .month:
            let other = PeriodKind.allCases.first { $0 != spec.period && PeriodParser.parse(text, kind: $0) != nil }
            problems.append(InputProblem(table.location(row: r, column: column), .table(.notAPeriod(text: text, period: spec.period, readsAs: other))))
        }
        return nil
    }
}

extension DataSpec {
    /// Whether a stored time code (`Period.code`) falls in the `years:` window.
    func keeps(code: Int) -> Bool {
        guard let window = years else { return true }
        return window.contains(Period(kind: period, code: code).year)
    }

    /// A stored time code as people write it: `2024`, `2024-Q3`, `2024-07`.
    func timeLabel(_ code: Int) -> String { Period(kind: period, code: code).label }
}
