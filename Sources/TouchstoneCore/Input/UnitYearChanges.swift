/// The names and peer groups of one unit-table row.
struct UnitLabels: Sendable, Equatable {
    var names: [String: String]
    var groups: [String: String]
    var groupNames: [String: [String: String]]
}

extension PanelLoader {
    /// The names (`name_column(s)`), groups and group display names of one unit-table row.
    func unitLabels(_ row: [String], table: CSVTable) -> UnitLabels {
        let spec = project.units
        var out = UnitLabels(names: [:], groups: [:], groupNames: [:])
        for (lang, column) in spec.nameColumns { out.names[lang] = row[table.columnIndex(column)!] }
        for g in spec.groupColumns { out.groups[g] = row[table.columnIndex(g)!] }
        for (g, columns) in spec.groupNameColumns { out.groupNames[g] = columns.mapValues { row[table.columnIndex($0)!] } }
        return out
    }
}

extension UnitInfo {
    /// A per-year unit table's names and groups: kept per year, the newest year's as the current ones.
    mutating func setLabels(byYear labels: [Int: UnitLabels]) {
        namesByYear = labels.mapValues(\.names)
        groupsByYear = labels.mapValues(\.groups)
        if let newest = labels.keys.max().flatMap({ labels[$0] }) {
            names = newest.names
            groups = newest.groups
            groupNames = newest.groupNames
        }
    }
}

/// One note per change of a unit's name or peer group between consecutive years of a per-year unit table
/// ("b05: peer group `group` functional → case from 2023"), for `validate`.
struct UnitYearChanges {
    let groupColumns: [String]

    func notes(_ units: [UnitInfo], file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for unit in units {
            let years = Set(unit.namesByYear.keys).union(unit.groupsByYear.keys).sorted()
            for (a, b) in zip(years, years.dropFirst()) {
                for lang in Set((unit.namesByYear[a] ?? [:]).keys).union((unit.namesByYear[b] ?? [:]).keys).sorted() {
                    let before = unit.namesByYear[a]?[lang] ?? "", after = unit.namesByYear[b]?[lang] ?? ""
                    if before != after {
                        out.append(Diagnostic(.note, .unitChanged(unit: unit.id, year: b, column: "name (\(lang))", before: before, after: after), at: SourceLocation(file: file)))
                    }
                }
                for g in groupColumns {
                    let before = unit.groupsByYear[a]?[g] ?? "", after = unit.groupsByYear[b]?[g] ?? ""
                    if before != after {
                        out.append(Diagnostic(.note, .unitChanged(unit: unit.id, year: b, column: g, before: before, after: after), at: SourceLocation(file: file)))
                    }
                }
            }
        }
        return out
    }
}
