import TouchstoneCore

/// The panel indices of unit ids given on the command line; an unknown id is a problem the user can fix.
func unitIndices(_ ids: [String], in result: IndexResult) throws -> [Int] {
    try ids.map { id in
        guard let i = result.panel.unitIndex(id) else {
            throw InputProblem(SourceLocation(file: result.project.file), "no unit `\(id)` in the data",
                               fix: "use ids from the unit table, e.g. \(result.panel.units.prefix(5).map(\.id).joined(separator: ", "))")
        }
        return i
    }
}
