extension Panel {
    /// Throws when the data has no `year`, naming the years it has; checked before anything is computed.
    public func requireYear(_ year: Int, project: Project) throws {
        guard !years.contains(year) else { return }
        guard let first = years.first, let last = years.last else {
            throw InputProblem(SourceLocation(file: project.file), "the data has no year \(year)", fix: "add data rows")
        }
        throw InputProblem(SourceLocation(file: project.file), "the data has no year \(year)",
                           fix: "choose a year within \(first)–\(last)")
    }
}
