extension PanelLoader {
    /// The numeric unit attributes of one unit-table row: the size column and `attribute_columns`, by column
    /// name; missing markers are left out. A cell that is neither a number nor a missing marker is a problem
    /// (for the size column only when `reportSize`, since the unit's first row reports it already); so is a
    /// size that is not positive.
    func unitAttributes(_ cells: [String], row r: Int, table: CSVTable, reportSize: Bool, problems: inout ProblemCollector) -> [String: Double] {
        let spec = project.units
        var out: [String: Double] = [:]
        for name in (spec.sizeColumn.map { [$0] } ?? []) + spec.attributeColumns {
            guard let c = table.columnIndex(name) else { continue }
            let text = cells[c].trimmingSpaces
            if let v = Double(text), v.isFinite {
                if name == spec.sizeColumn && v <= 0 {
                    // The unit's first row is reported by `readUnits`; later (per-year) rows here.
                    if reportSize {
                        problems.append(InputProblem(table.location(row: r, column: c), .table(.yearlySizeNotPositive(text: text))))
                    }
                    continue
                }
                out[name] = v
            } else if !project.data.missingValues.contains(text) && (name != spec.sizeColumn || reportSize) {
                problems.append(InputProblem(table.location(row: r, column: c), .table(.attributeNotNumber(text: text, column: name))))
            }
        }
        return out
    }

    /// The year of a unit-table row when the unit table has a `year_column`, else `nil`.
    func unitYear(_ cells: [String], row r: Int, table: CSVTable, problems: inout ProblemCollector) -> Int? {
        guard let name = project.units.yearColumn, let c = table.columnIndex(name) else { return nil }
        guard let year = Int(cells[c].trimmingSpaces) else {
            problems.append(InputProblem(table.location(row: r, column: c), .table(.unitYearNotWhole(text: cells[c]))))
            return nil
        }
        return year
    }
}

extension PanelLoader {
    /// Texts of the status column (English or Chinese); empty, `ranked` or `active` = an ordinary unit.
    static let statusWords: [String: UnitStatus?] = [
        "": nil, "ranked": nil, "active": nil, "正常": nil,
        "exempt": .exempt, "免于考核": .exempt, "免考": .exempt,
        "new": .new, "新组建": .new, "新成立": .new,
        "observer": .observer, "列席": .observer, "观察": .observer,
    ]

    /// The unit's status in one row of the unit table (`units.status_column`), or `nil` (ranked).
    func unitStatus(_ cells: [String], row r: Int, table: CSVTable, problems: inout ProblemCollector) -> UnitStatus? {
        guard let name = project.units.statusColumn, let c = table.columnIndex(name) else { return nil }
        let text = cells[c].trimmingSpaces
        if let known = Self.statusWords[text.lowercased()] { return known }
        problems.append(InputProblem(table.location(row: r, column: c), .table(.unknownStatus(text: text))))
        return nil
    }
}
