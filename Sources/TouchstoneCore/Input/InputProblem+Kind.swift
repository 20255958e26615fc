/// What an input problem says, as a value carrying its ids and numbers but no words. TouchstoneOutput words
/// each kind in English and Chinese (`InputProblem+Words.swift` and one `…Problem+Words.swift` per area), so a
/// reader of `--locale zh` sees the error in Chinese. Problems built from a `Kind` have empty `problem` and
/// `fix` strings; problems not yet given a kind keep their English text there.
///
/// The kinds are grouped by where the problem is found, one enum per area, so that each area's readers and
/// its words change together:
///
/// | area | found by | enum |
/// |---|---|---|
/// | tables | CSV/xlsx readers, text decoding, layouts, the panel loader, periods | `TableProblem` |
/// | project file | YAML, framework, units, data spec, targets, review files | `ProjectProblem` |
/// | methods | normalisation, weighting, aggregation, treatment, selection rules, flags | `MethodProblem` |
extension InputProblem {
    public enum Kind: Hashable, Sendable {
        case table(TableProblem)
        case project(ProjectProblem)
        case method(MethodProblem)
    }

    /// A problem of a known kind, without words (`problem` and `fix` are empty): TouchstoneOutput words it
    /// (`InputProblem.line(_:)`).
    public init(_ location: SourceLocation, _ kind: Kind) {
        self.init(location, "", fix: "")
        self.kind = kind
    }
}
