import TouchstoneCore

/// The words of the problems the layout readers (wide, long, year-in-column) find in the data file.
extension TableProblem {
    func layoutWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case let .indicatorColumnMissing(indicator, file, column, suggestion):
            return (w.t("framework indicator `\(indicator)` is not in the data file \(file) (no column `\(column)`)",
                        "框架指标 `\(indicator)` 不在数据文件 \(file) 中（没有 `\(column)` 列）"),
                    suggestion.map { w.t("did you mean `\($0)`? Rename the column, or set `column:` on the indicator",
                                         "是否想写 `\($0)`？请重命名该列，或在指标上设置 `column:`") }
                        ?? w.t("add a column `\(column)` to the data, set `column:` on the indicator, or remove the indicator from the framework",
                               "在数据中添加 `\(column)` 列，在指标上设置 `column:`，或从框架中删去该指标"))
        case let .duplicateRow(unit, period, time, firstLine):
            return (w.t("duplicate row for unit `\(unit)` and \(w.periodName(period)) \(time) (first at line \(firstLine))",
                        "单位 `\(unit)` 在\(w.periodName(period)) \(time) 有重复行（第一次在第 \(firstLine) 行）"),
                    w.t("keep one row per unit and \(w.periodName(period))", "每个单位每个\(w.periodName(period))只保留一行"))
        case let .duplicateObservation(unit, period, time, indicator, firstLine):
            return (w.t("duplicate observation: unit `\(unit)`, \(w.periodName(period)) \(time), indicator `\(indicator)` was already given at line \(firstLine)",
                        "重复的观测值：单位 `\(unit)`、\(w.periodName(period)) \(time)、指标 `\(indicator)` 已在第 \(firstLine) 行给出"),
                    w.t("keep one row per unit, year and indicator", "每个单位、年份和指标只保留一行"))
        case let .indicatorWithoutRows(indicator, file, column, suggestion):
            return (w.t("framework indicator `\(indicator)` has no rows in the data file \(file)", "框架指标 `\(indicator)` 在数据文件 \(file) 中没有任何行"),
                    suggestion.map { w.t("did you mean `\($0)`? Set `column:` on the indicator to the name used in the data",
                                         "是否想写 `\($0)`？请把指标的 `column:` 设为数据中使用的名称") }
                        ?? w.t("add rows for `\(column)` to the data, or remove the indicator from the framework",
                               "在数据中添加 `\(column)` 的行，或从框架中删去该指标"))
        case let .indicatorPatternMissing(indicator, file, example):
            return (w.t("framework indicator `\(indicator)` is not in the data file \(file) (no column like `\(example)`)",
                        "框架指标 `\(indicator)` 不在数据文件 \(file) 中（没有形如 `\(example)` 的列）"),
                    w.t("check `column_pattern` and the indicator's `column:`, or remove the indicator from the framework",
                        "检查 `column_pattern` 和指标的 `column:`，或从框架中删去该指标"))
        case let .secondRowForUnit(unit, firstLine):
            return (w.t("unit `\(unit)` has a second row (first at line \(firstLine))", "单位 `\(unit)` 有第二行（第一行在第 \(firstLine) 行）"),
                    w.t("keep one row per unit in the year-in-column layout", "年份列布局中每个单位只保留一行"))
        case let .yearNotWhole(text):
            return (w.t("year `\(text)` is not a whole number", "年份 `\(text)` 不是整数"),
                    w.t("write the year as four digits, e.g. 2023", "把年份写成四位数字，例如 2023"))
        case let .notAPeriod(text, period, readsAs):
            let hint = readsAs.map { w.t(" (it reads as a \(w.periodName($0)): is `period:` in the project right?)",
                                         "（它可读作\(w.periodName($0))：项目中的 `period:` 是否正确？）") } ?? ""
            return (w.t("`\(text)` is not a \(w.periodName(period))", "`\(text)` 不是\(w.periodName(period))") + hint,
                    w.t("write each \(w.periodName(period)) as \(w.periodExamples(period)) (the project declares `period: \(period.rawValue)`)",
                        "把每个\(w.periodName(period))写成 \(w.periodExamples(period))（项目声明了 `period: \(period.rawValue)`）"))
        default:
            preconditionFailure("not a layout problem: \(self)")
        }
    }
}

extension Words {
    /// How a period of `kind` may be written, as code spans: `` `2024-Q3`, `2024Q3` or `2024年第三季度` ``.
    public func periodExamples(_ kind: PeriodKind) -> String {
        let or = t(" or ", " 或 "), comma = t(", ", "、")
        switch kind {
        case .year: return "`2024`"
        case .quarter: return "`2024-Q3`" + comma + "`2024Q3`" + or + "`2024年第三季度`"
        case .month: return "`2024-07`" + or + "`2024年7月`"
        }
    }
}
