extension Panel {
    /// Throws when the data has no `year`, naming the years it has; checked before anything is computed.
    public func requireYear(_ year: Int, project: Project) throws {
        guard !years.contains(year) else { return }
        let span = years.first.flatMap { first in years.last.map { first...$0 } }
        throw InputProblem(SourceLocation(file: project.file), .table(.yearNotInData(year: year, dataYears: span)))
    }
}
