import TouchstoneCore

/// The words of the project file's section problems (`ProjectProblem`): required sections, `data:`, `units:`,
/// labels, history and the funnel denominators.
enum DataSpecWords {
    /// Examples holding data in Chinese (the same in both languages' words).
    static let labelsExample = "`labels: {functional: {en: Functional departments, zh: 职能部门}}`"
    static let groupExample = "`{column: group, label: {en: Peer group, zh: 组别}, names: {zh: group_zh}}`"

    static func sectionMissing(_ w: Words, section: String) -> ProblemWords {
        (w.t("the section `\(section):` is missing", "缺少 `\(section):` 部分"),
         w.t("add a `\(section):` section (see README, Project file reference)", "添加 `\(section):` 部分（见 README 的项目文件说明）"))
    }

    static func peerGroupNotGroupColumn(_ w: Words, group: String, groupColumns: [String]) -> ProblemWords {
        (w.t("`peer_group: \(group)` is not one of the unit table's `group_columns`", "`peer_group: \(group)` 不在单位表的 `group_columns` 中"),
         w.t("use one of: \(w.choiceList(groupColumns)), or declare it under units.group_columns", "使用 \(w.choiceList(groupColumns)) 之一，或在 units.group_columns 下声明它"))
    }

    static func sizeDenominatorWithoutSizeColumn(_ w: Words, id: String?) -> ProblemWords {
        (id.map { w.t("`\($0)` uses `denominator: size` but the unit table declares no `size_column`", "`\($0)` 使用 `denominator: size`，但单位表没有声明 `size_column`") }
            ?? w.t("`denominator: size` but the unit table declares no `size_column`", "写了 `denominator: size`，但单位表没有声明 `size_column`"),
         w.t("add `size_column: members` (or your size column) under `units`", "在 `units` 下添加 `size_column: members`（或你的规模列）"))
    }

    static func funnelDenominatorUnknown(_ w: Words, id: String, denominator: String) -> ProblemWords {
        (w.t("`\(id)`: funnel denominator `\(denominator)` is neither `size` nor another indicator", "`\(id)`：漏斗图分母 `\(denominator)` 既不是 `size`，也不是另一个指标"),
         w.t("write `denominator: size` (the unit table's size column) or the id of the indicator that holds the denominator",
             "写 `denominator: size`（单位表的规模列），或存放分母的指标的 id"))
    }

    static func unknownHistory(_ w: Words, value: String) -> ProblemWords {
        (w.t("unknown value `\(value)` for `history`", "`history` 的取值 `\(value)` 未知"),
         w.t("write `current` (every year under the newest framework) or `as-published` (each year under its own)",
             "写 `current`（每年都按最新的框架）或 `as-published`（每年按当年的框架）"))
    }

    static func labelsNotMapping(_ w: Words) -> ProblemWords {
        (w.t("expected a mapping of values to their names", "应为取值到名称的映射"),
         w.t("write e.g. \(labelsExample)", "例如写 \(labelsExample)"))
    }

    static func dataFileMissing(_ w: Words) -> ProblemWords {
        (w.t("`file` is missing", "缺少 `file`"),
         w.t("name the CSV file or Excel workbook, e.g. `file: indicators.csv` or `file: indicators.xlsx` (with `sheet: Sheet1`)",
             "写明 CSV 文件或 Excel 工作簿，例如 `file: indicators.csv` 或 `file: indicators.xlsx`（加 `sheet: Sheet1`）"))
    }

    static func unitColumnMissing(_ w: Words) -> ProblemWords {
        (w.t("`unit_column` is missing", "缺少 `unit_column`"),
         w.t("name the column that holds the unit id, e.g. `unit_column: branch_id`", "写明存放单位 id 的列，例如 `unit_column: branch_id`"))
    }

    static func levelColumnNeedsLong(_ w: Words) -> ProblemWords {
        (w.t("`level_column` needs the long layout", "`level_column` 需要 long 布局"),
         w.t("in a wide file give one column per level, named `{column}_{level}`", "宽表中每个等级一列，列名为 `{column}_{level}`"))
    }

    static func raterColumnNeedsLong(_ w: Words) -> ProblemWords {
        (w.t("`rater_column` needs the long layout", "`rater_column` 需要 long 布局"),
         w.t("write the data as `unit, year, indicator, rater, value` rows with `layout: long`", "把数据写成 `unit, year, indicator, rater, value` 行，并写 `layout: long`"))
    }

    static func columnPatternPlaceholders(_ w: Words) -> ProblemWords {
        (w.t("`column_pattern` must contain {indicator} and {year}", "`column_pattern` 须包含 {indicator} 和 {year}"),
         w.t("write e.g. `column_pattern: \"{indicator}_{year}\"`", "例如写 `column_pattern: \"{indicator}_{year}\"`"))
    }

    static func periodNeedsTimeColumn(_ w: Words, period: PeriodKind) -> ProblemWords {
        let name = w.periodName(period), examples = w.periodExamples(period)
        return (w.t("`period: \(period.rawValue)` needs a time column (layout `wide` or `long`)", "`period: \(period.rawValue)` 需要时间列（布局 `wide` 或 `long`）"),
                w.t("write the data with one row per unit and \(name), e.g. a column `period` holding \(examples)",
                    "每个单位每\(name)写一行，例如用一列 `period`，写 \(examples)"))
    }

    static func periodWithFixedYear(_ w: Words, period: PeriodKind) -> ProblemWords {
        (w.t("`period: \(period.rawValue)` cannot go with a fixed `year:`", "`period: \(period.rawValue)` 不能与固定的 `year:` 同用"),
         w.t("give the time column in `year_column:` instead of `year:`", "在 `year_column:` 中写明时间列，不用 `year:`"))
    }

    static func dataYearsRange(_ w: Words) -> ProblemWords {
        (w.t("`years` must be two whole years `[from, to]` with from <= to", "`years` 须为两个整数年份 `[from, to]`，且 from <= to"),
         w.t("write e.g. `years: [2015, 2023]` (or `[2023, 2023]` for one year)", "例如写 `years: [2015, 2023]`（只有一年则写 `[2023, 2023]`）"))
    }

    static func layoutNeedsYearColumn(_ w: Words, layout: String) -> ProblemWords {
        (w.t("the \(layout) layout needs `year_column` (or `year:` for a single-year file)", "\(layout) 布局需要 `year_column`（单一年份的文件可用 `year:`）"),
         w.t("add e.g. `year_column: year`", "例如添加 `year_column: year`"))
    }

    static func yearColumnInYearInColumn(_ w: Words) -> ProblemWords {
        (w.t("`year_column` does not apply to the year-in-column layout", "`year_column` 不适用于 year-in-column 布局"),
         w.t("remove it; years are read from column names with `column_pattern`", "删除它；年份按 `column_pattern` 从列名中读取"))
    }

    static func idColumnMissing(_ w: Words) -> ProblemWords {
        (w.t("`id_column` is missing", "缺少 `id_column`"),
         w.t("name the column holding unit ids, e.g. `id_column: branch_id`", "写明存放单位 id 的列，例如 `id_column: branch_id`"))
    }

    static func groupNeedsColumn(_ w: Words) -> ProblemWords {
        (w.t("a group needs `column`", "分组需要 `column`"),
         w.t("write e.g. \(groupExample)", "例如写 \(groupExample)"))
    }

    static func filterNeedsColumn(_ w: Words) -> ProblemWords {
        (w.t("a filter needs `column`", "筛选条件需要 `column`"), w.t("write e.g. `{column: iso3, prefix: ZZ}`", "例如写 `{column: iso3, prefix: ZZ}`"))
    }

    static func filterNeedsTest(_ w: Words) -> ProblemWords {
        (w.t("a filter needs `equals` or `prefix`", "筛选条件需要 `equals` 或 `prefix`"),
         w.t("write e.g. `{column: iso3, prefix: ZZ}` or `{column: type, equals: [total]}`", "例如写 `{column: iso3, prefix: ZZ}` 或 `{column: type, equals: [total]}`"))
    }
}
