import TouchstoneCore

/// The words of the problems found in Excel workbooks: the package, its sheets, the header row and cells.
extension TableProblem {
    func workbookWords(_ w: Words) -> (problem: String, fix: String) {
        let saveAgain = w.t("open and save the workbook again in Excel or WPS", "用 Excel 或 WPS 打开工作簿并重新保存")
        switch self {
        case .workbookNotFound:
            return (w.t("no such file", "文件不存在"),
                    w.t("check the path in the project file (it is relative to the project file's folder)", "检查项目文件中的路径（相对于项目文件所在的文件夹）"))
        case .notAWorkbook:
            return (w.t("not an Excel workbook (.xlsx is a ZIP package, and this file is not one)", "不是 Excel 工作簿（.xlsx 是 ZIP 包，而此文件不是）"),
                    w.t("save it from Excel or WPS as \"Excel Workbook (*.xlsx)\"; an old .xls must be saved again as .xlsx, or export the sheet as CSV (UTF-8)",
                        "用 Excel 或 WPS 另存为“Excel 工作簿 (*.xlsx)”；旧版 .xls 须重新另存为 .xlsx，或把工作表导出为 CSV (UTF-8)"))
        case let .workbookPartUnreadable(part, detail):
            return (w.t("the workbook part \(part) cannot be read (\(detail))", "无法读取工作簿部件 \(part)（\(detail)）"), saveAgain)
        case .workbookWithoutWorkbookPart:
            return (w.t("the package has no xl/workbook.xml, so it is not an Excel workbook", "压缩包中没有 xl/workbook.xml，因此不是 Excel 工作簿"),
                    w.t("save it from Excel or WPS as \"Excel Workbook (*.xlsx)\"", "用 Excel 或 WPS 另存为“Excel 工作簿 (*.xlsx)”"))
        case let .workbookXMLDamaged(detail):
            return (w.t("the workbook's XML is damaged (\(detail))", "工作簿的 XML 已损坏（\(detail)）"), saveAgain)
        case .workbookWithoutSheets:
            return (w.t("the workbook has no sheets", "工作簿中没有工作表"),
                    w.t("add a sheet with a header row and the data", "添加一个含表头行和数据的工作表"))
        case let .noSuchSheet(sheet, suggestion, sheets):
            let names = sheets.joined(separator: ", ")
            return (w.t("the workbook has no sheet `\(sheet)`", "工作簿中没有工作表 `\(sheet)`"),
                    suggestion.map { w.t("did you mean `\($0)`? The workbook has: \(names)", "是否想写 `\($0)`？工作簿中有：\(names)") }
                        ?? w.t("the workbook has: \(names); correct `sheet:` in the project file", "工作簿中有：\(names)；请改正项目文件中的 `sheet:`"))
        case let .sheetWithoutWorksheet(sheet, part, sheets):
            let names = sheets.joined(separator: ", ")
            return (w.t("the sheet `\(sheet)` has no worksheet part (\(part)); it may be a chart sheet", "工作表 `\(sheet)` 没有工作表部件（\(part)）；它可能是图表工作表"),
                    w.t("name a worksheet with `sheet:` (the workbook has: \(names))", "用 `sheet:` 指定一个普通工作表（工作簿中有：\(names)）"))
        case .sheetEmpty:
            return (w.t("the sheet is empty", "工作表是空的"),
                    w.t("put the header in the first row and one row per unit (and year) below it, or name another sheet with `sheet:`",
                        "在第一行写表头，其下每个单位（及年份）一行，或用 `sheet:` 指定另一个工作表"))
        case .emptyHeaderCell:
            return (w.t("the header cell is empty", "表头单元格为空"),
                    w.t("give every column a name in the header row, or delete the empty column", "在表头行中为每一列命名，或删除该空列"))
        case let .columnNameTwice(name, earlierColumn):
            return (w.t("the column name `\(name)` is used twice (also in column \(earlierColumn))", "列名 `\(name)` 用了两次（\(earlierColumn) 列也用了）"),
                    w.t("give each column its own name", "为每一列取不同的名称"))
        case let .cellRightOfHeader(text, lastColumn):
            return (w.t("the cell `\(text)` lies right of the last named column \(lastColumn)", "单元格 `\(text)` 位于最后一个有名称的列 \(lastColumn) 的右侧"),
                    w.t("give its column a name in the header row, or clear the cell", "在表头行中为该列命名，或清空该单元格"))
        case let .missingSharedString(index):
            return (w.t("the cell refers to shared string \(index), which the workbook does not have", "单元格引用了共享字符串 \(index)，但工作簿中没有"), saveAgain)
        default:
            preconditionFailure("not a workbook problem: \(self)")
        }
    }
}
