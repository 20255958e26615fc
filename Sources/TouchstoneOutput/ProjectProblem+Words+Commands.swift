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
        case let .snapshotNotFound(path):
            return (w.t("the file \"\(path)\" does not exist", "文件 \"\(path)\" 不存在"),
                    w.t("give an archive folder written by `touchstone archive`, a `flag --format json` file, or `previous-year`",
                        "给出由 `touchstone archive` 写出的存档文件夹、`flag --format json` 文件，或 `previous-year`"))
        case .snapshotMissingInFolder:
            return (w.t("the folder holds no snapshot.json", "该文件夹中没有 snapshot.json"),
                    w.t("give a folder written by `touchstone archive` (e.g. archive/2023)", "给出由 `touchstone archive` 写出的文件夹（例如 archive/2023）"))
        case .notASnapshot:
            return (w.t("the file is neither an archive snapshot nor the JSON output of `touchstone flag`", "该文件既不是存档快照，也不是 `touchstone flag` 输出的 JSON"),
                    w.t("write it with `touchstone archive PROJECT` or `touchstone flag PROJECT --format json --output FILE`",
                        "用 `touchstone archive PROJECT` 或 `touchstone flag PROJECT --format json --output FILE` 写出它"))
        case let .noSuchNode(node, choices):
            return (w.t("no framework node `\(node)`", "框架中没有节点 `\(node)`"),
                    w.t("use one of: \(choices.joined(separator: ", "))", "使用以下之一：\(choices.joined(separator: "、"))"))
        case .noFunnelIndicator:
            return (w.t("no indicator is declared with `funnel:`", "没有指标声明了 `funnel:`"),
                    w.t("add e.g. `funnel: {model: poisson, denominator: size}` to a count indicator",
                        "给一个计数指标加上例如 `funnel: {model: poisson, denominator: size}`"))
        case let .notAPeerGroupColumn(column, choices):
            return (w.t("`\(column)` is not a declared peer-group column", "`\(column)` 不是已声明的同类组列"),
                    w.t("use one of: \(choices.joined(separator: ", "))", "使用以下之一：\(choices.joined(separator: "、"))"))
        case let .scalingAlreadyFrozen(project):
            return (w.t("the scaling is already frozen", "标准化参数已经冻结"),
                    w.t("to refit on the data now present, see what would change with `touchstone freeze \(project) --refit --dry-run`, then run `touchstone freeze \(project) --refit`",
                        "如要按现有数据重新拟合，先用 `touchstone freeze \(project) --refit --dry-run` 查看会有哪些变化，再运行 `touchstone freeze \(project) --refit`"))
        case .noTargetsTable:
            return (w.t("the project names no key-targets table", "项目没有指定重点目标表"),
                    w.t("add `targets: {file: targets.csv}` with columns `unit` (or `group`), `year`, `indicator`, `target` and optional milestones `Q1`–`Q3`",
                        "添加 `targets: {file: targets.csv}`，含 `unit`（或 `group`）、`year`、`indicator`、`target` 列及可选的阶段目标 `Q1`–`Q3`"))
        case .projectFileExists:
            return (w.t("the project file already exists", "项目文件已存在"),
                    w.t("pass --force to replace it, or --output to write another file", "加 --force 覆盖它，或用 --output 写到另一个文件"))
        case let .notOneTableInFolder(tables):
            return (tables.isEmpty ? w.t("the folder holds no .csv or .xlsx file", "文件夹中没有 .csv 或 .xlsx 文件")
                                   : w.t("the folder holds several tables (\(tables.joined(separator: ", ")))", "文件夹中有多个表（\(tables.joined(separator: "、"))）"),
                    w.t("name the table with --from FILE", "用 --from FILE 指定表"))
        default:
            preconditionFailure("not a command problem: \(self)")
        }
    }
}
