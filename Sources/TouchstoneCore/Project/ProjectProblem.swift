/// Problems found in the project file (YAML, framework, units, data spec, targets, review files).
/// Words: `TouchstoneOutput/ProjectProblem+Words.swift`.
public enum ProjectProblem: Hashable, Sendable {
    /// `targets:` names no `file`.
    case targetsFileMissing

    // MARK: commands (17a)

    /// A robustness run (`replications` Monte Carlo and Sobol evaluations × `units`) would need `need` bytes,
    /// more than the memory budget.
    case robustnessNeedsTooMuchMemory(need: Int, replications: Double, units: Int, budget: Int, origin: MemoryBudgetOrigin)
    /// An earlier assessment (`--previous`, `compare`) at `path` does not exist.
    case snapshotNotFound(path: String)
    /// An archive folder without `snapshot.json`.
    case snapshotMissingInFolder
    /// A file that is neither an archive snapshot nor `flag --format json` output.
    case notASnapshot
    /// `--node` names no node of the framework; `choices` are some that exist.
    case noSuchNode(node: String, choices: [String])
    /// A funnel chart without an indicator declared with `funnel:`.
    case noFunnelIndicator
    /// `--group` names a column that is not a declared peer-group column.
    case notAPeerGroupColumn(column: String, choices: [String])
    /// `freeze` without `--refit` when the lock file exists; `project` is the project path as given.
    case scalingAlreadyFrozen(project: String)
    /// `progress` for a project without `targets:`.
    case noTargetsTable
    /// `init` would overwrite the project file.
    case projectFileExists
    /// `init` without `--from` in a folder holding no table or several (`tables`).
    case notOneTableInFolder(tables: [String])
}
