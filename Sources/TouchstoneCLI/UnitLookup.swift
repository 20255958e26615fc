import TouchstoneCore

/// The panel indices of unit ids given on the command line. An id matches exactly, else case-insensitively
/// (`syria` finds `Syria`), else by the unit's name in any language when only one unit has it; an unknown
/// id is a problem the user can fix, with the closest id or name suggested.
func unitIndices(_ ids: [String], in result: IndexResult) throws -> [Int] {
    let units = result.panel.units
    return try ids.map { id in
        if let i = result.panel.unitIndex(id) { return i }
        let lower = id.lowercased()
        let byId = units.indices.filter { units[$0].id.lowercased() == lower }
        if byId.count == 1 { return byId[0] }
        let byName = units.indices.filter { u in units[u].names.values.contains { $0.lowercased() == lower } }
        if byName.count == 1 { return byName[0] }
        let names = units.flatMap { [$0.id] + $0.names.values.sorted() }
        let suggestion = Suggestions.closest(to: id, among: names).map { closest -> (id: String, name: String?) in
            let unit = units.first { $0.id == closest || $0.names.values.contains(closest) }!
            return (unit.id, unit.id == closest ? nil : closest)
        }
        throw InputProblem(SourceLocation(file: result.project.file), .table(.unitNotInData(
            unit: id, suggestion: suggestion?.id, suggestionName: suggestion?.name, examples: units.prefix(5).map(\.id))))
    }
}
