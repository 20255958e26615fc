/// Problems found in the project file (YAML, framework, units, data spec, targets, review files).
/// Words: `TouchstoneOutput/ProjectProblem+Words.swift`.
public enum ProjectProblem: Hashable, Sendable {
    /// `targets:` names no `file`.
    case targetsFileMissing
}
