import TouchstoneCore

/// The words of the problems `PanelLoader` finds when it joins the data, the unit table and the framework.
extension TableProblem {
    func panelWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case let .unitNotInUnitTable(unit, suggestion, unitTable):
            let fix = suggestion.map { w.t("did you mean `\($0)`? Otherwise add it to the unit table \(unitTable)",
                                           "是否想写 `\($0)`？否则请把它加入单位表 \(unitTable)") }
                ?? w.t("add a row for `\(unit)` to the unit table \(unitTable), or correct the id", "在单位表 \(unitTable) 中为 `\(unit)` 添加一行，或改正该编号")
            return (w.t("unit `\(unit)` is not in the unit table", "单位 `\(unit)` 不在单位表中"), fix)
        case let .noObservations(filtered):
            return (filtered ? w.t("the data holds no observations after the row filters", "经行筛选后数据中没有任何观测值")
                             : w.t("the data holds no observations", "数据中没有任何观测值"),
                    w.t("check that the file has data rows and that `exclude`/`include` filters and `years` keep some",
                        "检查文件是否有数据行，以及 `exclude`/`include` 筛选和 `years` 是否保留了部分数据"))
        case .lineageWithVotes:
            return (w.t("a lineage table cannot yet be combined with vote or rater indicators", "沿革表暂不能与投票或评分人指标同时使用"),
                    w.t("remove `lineage:` or those indicators", "删去 `lineage:` 或这些指标"))
        case let .votesNeedYearlyData(indicator, period):
            return (w.t("`\(indicator)` holds votes or raters' scores, which are read per year only, but the data are by \(w.periodName(period))",
                        "`\(indicator)` 含有投票或评分人打分，只能按年读取，但数据是按\(w.periodName(period))给出的"),
                    w.t("give vote and rater indicators in a yearly project, or enter their yearly summary as a plain number",
                        "在按年的项目中使用投票和评分人指标，或把它们的年度汇总作为普通数值录入"))
        case let .lineageNeedsYearlyData(period):
            return (w.t("a lineage table is applied to yearly data only, but the data are by \(w.periodName(period))",
                        "沿革表只用于按年的数据，但数据是按\(w.periodName(period))给出的"),
                    w.t("remove `lineage:` from the quarterly or monthly project, or give the data by year",
                        "从按季度或按月的项目中删去 `lineage:`，或按年给出数据"))
        case .xlsWorkbook:
            return (w.t("an old Excel 97–2003 workbook (.xls) cannot be read", "无法读取旧版 Excel 97–2003 工作簿（.xls）"),
                    w.t("open it in Excel or WPS and save it as \"Excel Workbook (*.xlsx)\", or export the sheet as CSV (UTF-8)",
                        "用 Excel 或 WPS 打开并另存为“Excel 工作簿 (*.xlsx)”，或把工作表导出为 CSV (UTF-8)"))
        case let .sheetButNotWorkbook(sheet):
            return (w.t("`sheet: \(sheet)` is given, but the file is not an .xlsx workbook", "写了 `sheet: \(sheet)`，但文件不是 .xlsx 工作簿"),
                    w.t("remove `sheet:` for a CSV file, or name the .xlsx workbook in `file:`", "CSV 文件请删去 `sheet:`，或在 `file:` 中写明 .xlsx 工作簿"))
        case let .emptyUnitId(inUnitTable):
            return (w.t("the unit id is empty", "单位编号为空"),
                    inUnitTable ? w.t("fill in the id, or delete the row", "填写编号，或删除该行")
                                : w.t("fill in the unit id, or delete the row", "填写单位编号，或删除该行"))
        case let .sizeNotPositive(text, unit):
            return (w.t("size `\(text)` of unit `\(unit)` is not positive", "单位 `\(unit)` 的规模 `\(text)` 不是正数"),
                    w.t("a size counts members (or another positive quantity) and rates and funnel limits divide by it; write a number above 0, or leave it empty",
                        "规模是党员人数（或其他正的数量），比率和漏斗图界限都要除以它；请写大于 0 的数，或留空"))
        case let .sizeNotNumber(text):
            return (w.t("size `\(text)` is not a number", "规模 `\(text)` 不是数字"),
                    w.t("write a number (e.g. members 24), or leave it empty", "写一个数字（例如党员人数 24），或留空"))
        case let .moreProblemsNotShown(count):
            return (w.t("\(count) more problems like these are not shown", "另有 \(count) 个同类问题未显示"),
                    w.t("fix the ones above and run `touchstone validate` again", "改正上面的问题后再次运行 `touchstone validate`"))
        case let .missingColumn(role, name, suggestion, header):
            let fix = suggestion.map { w.t("did you mean `\($0)`? Correct the project file or the header", "是否想写 `\($0)`？请改正项目文件或表头") }
                ?? {
                    let shown = header.prefix(12).joined(separator: ", ") + (header.count > 12 ? ", …" : "")
                    return w.t("the header has: \(shown); correct the project file or the header", "表头中有：\(shown)；请改正项目文件或表头")
                }()
            return (w.t("the \(role.name(w)) has no column `\(name)`", "\(role.name(w))中没有 `\(name)` 列"), fix)
        default:
            preconditionFailure("not a panel problem: \(self)")
        }
    }
}

extension TableRole {
    /// `data file`, `unit table` (zh: `数据文件`, `单位表`).
    func name(_ w: Words) -> String {
        switch self {
        case .dataFile: w.t("data file", "数据文件")
        case .unitTable: w.t("unit table", "单位表")
        case .lineageTable: w.t("lineage table", "沿革表")
        case .targetsTable: w.t("targets table", "目标表")
        }
    }
}

extension Words {
    /// A period kind as a noun: `year`, `quarter`, `month` (zh: `年`, `季度`, `月`).
    func periodName(_ kind: PeriodKind) -> String {
        switch kind {
        case .year: t("year", "年")
        case .quarter: t("quarter", "季度")
        case .month: t("month", "月")
        }
    }
}
