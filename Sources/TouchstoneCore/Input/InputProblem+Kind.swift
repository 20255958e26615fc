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

/// Problems found while reading tables (CSV, xlsx, decoding, layouts, the panel loader, periods).
/// Words: `TouchstoneOutput/TableProblem+Words.swift`.
public enum TableProblem: Hashable, Sendable {
    /// A `--year` (or report year) the data does not have; `dataYears` is the span it has (nil: no rows).
    case yearNotInData(year: Int, dataYears: ClosedRange<Int>?)
}

/// Problems found in the project file (YAML, framework, units, data spec, targets, review files).
/// Words: `TouchstoneOutput/ProjectProblem+Words.swift`.
public enum ProjectProblem: Hashable, Sendable {
    /// `targets:` names no `file`.
    case targetsFileMissing
}

/// Problems found in the methods a project asks for (normalisation, weighting, aggregation, treatment,
/// selection rules, flag rules). Words: `TouchstoneOutput/MethodProblem+Words.swift`.
public enum MethodProblem: Hashable, Sendable {
    /// A selection rule's share (`top_share`, `bottom_share`) outside (0, 1].
    case selectionShareOutOfRange(key: String, found: Double)
}
