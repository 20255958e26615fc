/// Problems found in the project file (YAML, framework, units, data spec, targets, review files).
/// Words: `TouchstoneOutput/ProjectProblem+Words.swift`.
public enum ProjectProblem: Hashable, Sendable {
    /// `targets:` names no `file`.
    case targetsFileMissing

    // MARK: commands (17a)

    /// A robustness run (`replications` Monte Carlo and Sobol evaluations × `units`) would need `need` bytes,
    /// more than the memory budget.
    case robustnessNeedsTooMuchMemory(need: Int, replications: Double, units: Int, budget: Int, origin: MemoryBudgetOrigin)
}
