import TouchstoneCore

/// The words of the problems with what a command asks for: a year, a unit, a period or a span the data does
/// not have.
extension TableProblem {
    func requestWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case .dataWithoutRows:
            return (w.t("the data has no rows", "数据中没有任何行"), w.t("check the data file and the filters", "检查数据文件和筛选条件"))
        case let .yearNotAmong(year, years):
            return (w.t("the data has no year \(year)", "数据中没有 \(year) 年"),
                    w.t("choose one of \(yearList(years))", "从 \(yearList(years)) 中选择"))
        case let .unitNotInData(unit, suggestion, suggestionName, examples):
            let fix = suggestion.map { id in
                let name = suggestionName.map { " (\($0))" } ?? ""
                return w.t("did you mean `\(id)`\(name)?", "是否想写 `\(id)`\(name)？")
            } ?? w.t("use ids from the unit table, e.g. \(examples.joined(separator: ", "))", "使用单位表中的编号，例如 \(examples.joined(separator: "、"))")
            return (w.t("no unit `\(unit)` in the data", "数据中没有单位 `\(unit)`"), fix)
        case let .noYearBefore(year):
            return (w.t("the data has no year before \(year) to compare with", "数据中没有 \(year) 年以前的年份可供比较"),
                    w.t("review a later year, or give an archive with --against", "复盘更晚的年份，或用 --against 给出存档"))
        case let .assessmentNotEarlier(compared, year):
            return (w.t("the assessment to compare with is of \(compared), not before \(year)", "用于比较的考核是 \(compared) 年的，不早于 \(year) 年"),
                    w.t("give last year's archive or flag output, or choose a later --year", "给出上一年的存档或 flag 输出，或选择更晚的 --year"))
        case let .noTargetsForYear(year):
            return (w.t("the targets table has no target for \(year)", "目标表中没有 \(year) 年的目标"),
                    w.t("add the year's targets, or choose a period of a year that has them with --period", "添加该年的目标，或用 --period 选择有目标的年份中的期间"))
        case .yearlyDataWithoutPeriods:
            return (w.t("the data are yearly (`period: year`), so there is nothing to assess during the year", "数据按年给出（`period: year`），因此年内没有可评估的内容"),
                    w.t("give quarterly or monthly data with `data.period: quarter` (or `month`)", "用 `data.period: quarter`（或 `month`）给出按季度或按月的数据"))
        case .noPeriods:
            return (w.t("the data holds no periods", "数据中没有任何期间"), w.t("add data rows", "添加数据行"))
        case let .noDataBetween(from, to, dataYears):
            let start = from.map(w.year) ?? w.t("the start", "开头"), end = to.map(w.year) ?? w.t("the end", "结尾")
            return (w.t("no data between \(start) and \(end)", "\(start)至\(end)之间没有数据"),
                    w.t("choose years within \(dataYears.lowerBound)–\(dataYears.upperBound)", "选择 \(dataYears.lowerBound)–\(dataYears.upperBound) 年之间的年份"))
        case let .unitWithoutDataInYear(year):
            return (w.t("the unit has no data in \(year)", "该单位在 \(year) 年没有数据"), w.t("choose another --year", "另选一个 --year"))
        case let .noFunnelData(indicator, year):
            return (w.t("`\(indicator)` has no funnel data in \(year)", "`\(indicator)` 在 \(year) 年没有漏斗图数据"),
                    w.t("declare `funnel:` on it and check its counts and denominators", "在该指标上声明 `funnel:`，并检查其计数和分母"))
        default:
            preconditionFailure("not a request problem: \(self)")
        }
    }
}
