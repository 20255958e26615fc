import Foundation

/// Where in a user's file a problem sits. `line` and `column` are 1-based; either may be unknown.
///
/// For CSV files `column` is the field number (1 = first field); for YAML files it is the character column
/// reported by the parser. In an Excel sheet (`sheet` set) `line` is the row and `column` the 1-based column,
/// printed as Excel writes a cell: `indicators.xlsx!Sheet1!D7` (a whole row: `…!Sheet1!7:7`).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The worksheet, for a location in an `.xlsx` workbook.
    public var sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column`, omitting what is unknown; `file!sheet!D7` in a workbook.
    public var description: String {
        if let sheet {
            var text = "\(file)!\(sheet)"
            if let line, let column { text += "!\(CellReference.letters(ofColumn: column - 1))\(line)" } else if let line { text += "!\(line):\(line)" }
            return text
        }
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        return text
    }
}

/// A problem in a project file or its data that the user can fix.
///
/// The message says what is wrong (`problem`), where (`location`) and what to do (`fix`). The CLI prints
/// `InputProblem.line(_:)` (TouchstoneOutput) in the language of `--locale`, one problem per line.
public struct InputProblem: Error, LocalizedError, Hashable, Sendable {
    public var location: SourceLocation
    /// What is wrong, in English, for problems without a `kind` (empty for problems with one).
    public var problem: String
    /// What to do, in English, for problems without a `kind` (empty for problems with one).
    public var fix: String
    /// What the problem says as a value, worded by TouchstoneOutput (`InputProblem+Kind.swift`).
    public var kind: Kind?
    /// Where in the project file's document the problem is, e.g. `framework.children[2].weight` (words-free,
    /// printed before the kind's words); empty when not in a YAML document or when `problem` already says it.
    public var path: String = ""

    public init(_ location: SourceLocation, _ problem: String, fix: String) {
        self.location = location
        self.problem = problem
        self.fix = fix
    }

    /// `file:line:column: error: problem. Fix: fix`; for a problem with a kind, the kind's value (for debugging:
    /// what a reader sees is `InputProblem.line(_:)` of TouchstoneOutput).
    public var errorDescription: String? {
        if let kind { return "\(location): error: \(path.isEmpty ? "" : "\(path): ")\(kind)" }
        return "\(location): error: \(problem). Fix: \(fix)"
    }
}

/// Several problems found at once (`touchstone validate` reports them all, never only the first).
public struct InputProblems: Error, LocalizedError, Sendable {
    public var problems: [InputProblem]

    public init(_ problems: [InputProblem]) {
        precondition(!problems.isEmpty, "InputProblems needs at least one problem")
        self.problems = problems
    }

    public var errorDescription: String? {
        problems.map { $0.errorDescription ?? "" }.joined(separator: "\n")
    }
}
