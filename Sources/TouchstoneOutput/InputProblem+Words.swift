import TouchstoneCore

/// An input problem as a reader sees it, in English or Chinese: the words of its `kind` (one file per area:
/// `TableProblem+Words.swift`, `ProjectProblem+Words.swift`, `MethodProblem+Words.swift`), or its English
/// `problem` and `fix` when it has no kind yet.
///
/// | language | line |
/// |---|---|
/// | en | `touchstone.yaml:12:5: error: unknown layout `tall`. Fix: use one of: wide, long, year-in-column` |
/// | zh | `touchstone.yaml:12:5：错误：未知的布局 `tall`。修改：使用 wide、long、year-in-column 之一` |
extension InputProblem {
    /// What is wrong, in `language`.
    public func problemText(_ language: String) -> String {
        guard let kind else { return problem }
        return (path.isEmpty ? "" : "\(path): ") + kind.words(language).problem
    }

    /// What to do, in `language`.
    public func fixText(_ language: String) -> String {
        kind?.words(language).fix ?? fix
    }

    /// `file:line:column: error: problem. Fix: fix` (zh: `…：错误：…。修改：…`), as the CLI prints it.
    public func line(_ language: String) -> String {
        let w = Words(language)
        return w.zh ? "\(location)：错误：\(problemText(language))。修改：\(fixText(language))"
                    : "\(location): error: \(problemText(language)). Fix: \(fixText(language))"
    }
}

extension InputProblems {
    /// One line per problem (`InputProblem.line(_:)`).
    public func lines(_ language: String) -> String {
        problems.map { $0.line(language) }.joined(separator: "\n")
    }
}

extension InputProblem.Kind {
    /// The problem and the fix in `language`.
    public func words(_ language: String) -> (problem: String, fix: String) {
        switch self {
        case .table(let kind): return kind.words(language)
        case .project(let kind): return kind.words(language)
        case .method(let kind): return kind.words(language)
        }
    }
}
