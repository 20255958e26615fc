import Foundation

/// Reads one sheet of an `.xlsx` workbook into the same `CSVTable` the CSV reader produces, so every data
/// layout and the unit table work alike on Excel files.
///
/// Cells are read as an Excel user sees them:
/// - texts from the shared-string table (`t="s"`), inline strings (`t="inlineStr"`) and formula results
///   (`t="str"`), trimmed of surrounding spaces like CSV cells; a number stored as text (`"12.5"`) reads as
///   that number later, exactly as in a CSV file;
/// - numbers in their shortest round-trip form (`12.3`, not `12.300000000000001`; whole numbers without
///   `.0`, so a year is `2019`);
/// - date cells (a date number format) as ISO dates `2024-03-31` (`2024-03-31 08:30:00` with a time); a date
///   formatted as years alone (`yyyy`) as the year; serial dates count from 1900 (Excel's leap-year bug
///   respected) or 1904;
/// - `TRUE`/`FALSE` for booleans, and the error text (`#N/A`, `#DIV/0!`) for error cells, which are then
///   reported as not numbers.
/// The first row with any text is the header; fully empty rows are skipped. Problems name the cell:
/// `indicators.xlsx!Sheet1!D7`.
public enum XLSXReader {
    /// Whether a path names an Excel workbook (by extension, case-insensitive).
    public static func isWorkbook(_ path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "xlsx" || ext == "xlsm"
    }

    /// Reads `sheet` (default: the first sheet) of the workbook at `path`.
    public static func read(path: String, sheet: String? = nil, displayName: String? = nil) throws -> CSVTable {
        let file = displayName ?? path
        let package = try XLSXPackage(path: path, file: file)
        guard let first = package.sheets.first else {
            throw InputProblem(SourceLocation(file: file), .table(.workbookWithoutSheets))
        }
        let chosen: (name: String, part: String)
        if let sheet {
            guard let match = package.sheets.first(where: { $0.name == sheet })
                    ?? package.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                let names = package.sheets.map(\.name)
                throw InputProblem(SourceLocation(file: file), .table(.noSuchSheet(
                    sheet: sheet, suggestion: Suggestions.closest(to: sheet, among: names), sheets: names)))
            }
            chosen = match
        } else {
            chosen = first
        }
        guard let xml = try package.data(ofPart: chosen.part) else {
            throw InputProblem(SourceLocation(file: file), .table(.sheetWithoutWorksheet(
                sheet: chosen.name, part: chosen.part, sheets: package.sheets.map(\.name))))
        }
        let cells = try XLSXSheetParser.parse(xml, package: package, sheet: chosen.name)
        return try table(cells, file: file, sheet: chosen.name)
    }

    /// Lays parsed rows out as a table: header from the first non-empty row, rows padded to its width.
    static func table(_ rows: [(row: Int, cells: [Int: String])], file: String, sheet: String) throws -> CSVTable {
        let nonEmpty = rows.filter { $0.cells.values.contains { !$0.isEmpty } }
        guard let headerRow = nonEmpty.first else {
            throw InputProblem(SourceLocation(file: file, sheet: sheet), .table(.sheetEmpty))
        }
        // Formatted but empty cells right of the last name do not make columns.
        let width = (headerRow.cells.filter { !$0.value.isEmpty }.keys.max() ?? -1) + 1
        var header = (0 ..< width).map { headerRow.cells[$0] ?? "" }
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        var problems: [InputProblem] = []
        var seen: [String: Int] = [:]
        for (c, name) in header.enumerated() {
            let at = SourceLocation(file: file, line: headerRow.row, column: c + 1, sheet: sheet)
            if name.isEmpty && nonEmpty.dropFirst().allSatisfy({ ($0.cells[c] ?? "").isEmpty }) {
                continue   // an empty spacer column: no name and no data
            } else if name.isEmpty {
                problems.append(InputProblem(at, .table(.emptyHeaderCell)))
            } else if let earlier = seen[name] {
                problems.append(InputProblem(at, .table(.columnNameTwice(name: name, earlierColumn: CellReference.letters(ofColumn: earlier)))))
            } else { seen[name] = c }
        }
        var data: [[String]] = [], lines: [Int] = []
        for r in nonEmpty.dropFirst() {
            for (c, text) in r.cells where c >= width && !text.isEmpty {
                problems.append(InputProblem(SourceLocation(file: file, line: r.row, column: c + 1, sheet: sheet),
                                             .table(.cellRightOfHeader(text: text, lastColumn: CellReference.letters(ofColumn: width - 1)))))
            }
            data.append((0 ..< width).map { r.cells[$0] ?? "" })
            lines.append(r.row)
        }
        if !problems.isEmpty { throw InputProblems(Array(problems.prefix(50))) }
        return CSVTable(file: file, header: header, rows: data, lineNumbers: lines, headerLine: headerRow.row, sheet: sheet)
    }
}
