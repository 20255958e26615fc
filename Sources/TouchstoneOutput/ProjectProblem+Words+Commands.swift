import Foundation
import TouchstoneCore

/// The words of the `ProjectProblem`s the commands find (the `// MARK: commands` kinds): a run too large for
/// memory, an option that does not fit the project.
extension ProjectProblem {
    func commandWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case let .robustnessNeedsTooMuchMemory(need, replications, units, budget, origin):
            let runs = String(format: "%.0f", replications)
            return (w.t("the robustness run would need about \(w.bytes(need)) of memory (\(runs) replications × \(units) units), more than the "
                            + "\(w.bytes(budget)) Touchstone allows itself (\(w.budgetOrigin(origin)))",
                        "稳健性计算约需 \(w.bytes(need)) 内存（\(runs) 次重复 × \(units) 个单位），超过 Touchstone 允许自身使用的 \(w.bytes(budget))（\(w.budgetOrigin(origin))）"),
                    w.t("lower --runs or --sobol, or `uncertainty.runs` in the project file (a few thousand replications settle rank intervals), or raise the limit, "
                            + "e.g. TOUCHSTONE_MEMORY_LIMIT=64G",
                        "调低 --runs 或 --sobol，或项目文件中的 `uncertainty.runs`（几千次重复即可稳定排名区间），或提高上限，例如 TOUCHSTONE_MEMORY_LIMIT=64G"))
        default:
            preconditionFailure("not a command problem: \(self)")
        }
    }
}
