import Foundation

/// The notes the commands print on stderr besides their output (a count of problems, what `freeze` wrote,
/// what `--refit` changes, a long robustness run), in the language of `--locale`.
extension Words {
    /// `3 problems found.` after a list of input problems.
    public func problemsFound(_ count: Int) -> String {
        t("\(count) problem\(count == 1 ? "" : "s") found.", "共发现 \(count) 个问题。")
    }

    /// `--refit` without a lock file.
    public func refitWithoutLock(_ lockFile: String) -> String {
        t("note: --refit: no lock file (\(lockFile)); the scaling is fitted on the data as always",
          "注意：--refit：没有锁定文件（\(lockFile)）；标准化参数照常按现有数据拟合")
    }

    /// `--refit`: how many index scores and ranks differ from the frozen ones.
    public func refitChanges(_ lockFile: String, changedScores: Int, compared: Int, changedRanks: Int) -> String {
        t("note: --refit: scores fitted on the data now present, ignoring \(lockFile): \(changedScores) of \(compared) index scores and \(changedRanks) ranks differ from the frozen ones (`touchstone freeze --refit --dry-run` lists them)",
          "注意：--refit：得分按现有数据拟合，忽略 \(lockFile)：\(compared) 个指数得分中有 \(changedScores) 个、以及 \(changedRanks) 个排名与冻结时不同（`touchstone freeze --refit --dry-run` 会列出）")
    }

    /// The lock file no longer matches the project (`problem` says how, in this language).
    public func staleLock(_ problem: String) -> String {
        t("note: \(problem); indicators whose settings changed are compared with a fresh fit", "注意：\(problem)；设置有变化的指标与重新拟合的结果比较")
    }

    /// A note of the lock file's own (`ScalingLock.unfrozen`), with the prefix of this language.
    public func note(_ text: String) -> String { t("note: \(text)", "注意：\(text)") }

    /// `freeze --dry-run`: what would have been written.
    public func freezeDryRun(_ name: String, indicators: Int, years: [Int]) -> String {
        t("dry run: \(name) not written (\(indicators) indicators, fitted on \(yearSpan(years))).",
          "试运行：未写入 \(name)（\(indicators) 个指标，按 \(yearSpan(years)) 拟合）。")
    }

    /// `freeze`: what was written, and what it means.
    public func freezeWrote(_ name: String, indicators: Int, years: [Int], rows: Int) -> String {
        t("Wrote \(name): \(indicators) indicators, fitted on \(yearSpan(years)) (\(rows) unit-years). Later runs score every year against it; keep it with the project (version control).",
          "已写入 \(name)：\(indicators) 个指标，按 \(yearSpan(years)) 拟合（\(rows) 个单位年）。此后每次运行都按它计算各年得分；请与项目一起保存（纳入版本管理）。")
    }

    /// `2019–2024`, `2024`, or `no years`.
    func yearSpan(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return t("no years", "无年份") }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// A robustness run large enough to take a while; `projectRuns`: the runs come from the project file
    /// (`flag`), else from `--runs`/`--sobol` (`sensitivity`).
    public func longRun(runs: Int, sobolRuns: Int, units: Int, indicators: Int, work: Double, projectRuns: Bool) -> String {
        let cells = String(format: "%.1e", work)
        let sobol = sobolRuns > 0 ? t(" and a Sobol design of \(sobolRuns) base runs", "及 \(sobolRuns) 次基础运行的 Sobol 设计") : ""
        let hint = projectRuns ? t("lower `uncertainty.runs` in the project file for a quicker, rougher answer", "调低项目文件中的 `uncertainty.runs` 可更快得到较粗略的结果")
                               : t("lower --runs or --sobol for a quicker, rougher answer", "调低 --runs 或 --sobol 可更快得到较粗略的结果")
        return t("touchstone: note: \(runs) replications\(sobol) over \(units) units × \(indicators) indicators ≈ \(cells) cell computations; this may take a while (\(hint))",
                 "touchstone：注意：\(runs) 次重复\(sobol)，\(units) 个单位 × \(indicators) 个指标，约 \(cells) 次单元计算；可能需要一些时间（\(hint)）")
    }
}

extension Words {
    /// `init`: what the drafted project file guessed, and the next steps (`project` as the commands take it).
    public func initWrote(_ target: String, layout: String, unitColumn: String, units: Int, yearColumn: String?, numeric: Int,
                          ratings: [String], project: String) -> String {
        let years = yearColumn.map { t(", years in `\($0)`", "，年份在 `\($0)` 列") } ?? ""
        let rated = ratings.isEmpty ? "" : t(", ratings: ", "，评级：") + ratings.joined(separator: t(", ", "、"))
        let head = t("Wrote \(target): \(layout) layout, units in `\(unitColumn)` (\(units))\(years), \(numeric) numeric indicator\(numeric == 1 ? "" : "s")\(rated).",
                     "已写入 \(target)：\(layout) 布局，单位在 `\(unitColumn)` 列（\(units) 个）\(years)，\(numeric) 个数值指标\(rated)。")
        let steps = [
            t("read \(target) and correct the guesses (directions: which indicators are better when lower; weights; dimensions)",
              "阅读 \(target) 并改正推测的内容（方向：哪些指标越低越好；权重；维度）"),
            "touchstone validate \(project)", "touchstone index \(project)", "touchstone flag \(project)",
            "touchstone report \(project) --output report",
        ]
        return head + "\n" + t("Next steps:", "下一步：") + steps.enumerated().map { "\n  \($0 + 1). \($1)" }.joined()
    }
}
