import Foundation

/// Streams one worksheet part (`<sheetData><row r="7"><c r="D7" t="s" s="3"><v>12</v></c>…`) into rows of
/// cell texts, as described in `XLSXReader`.
enum XLSXSheetParser {
    /// Rows in sheet order with their 1-based row number; cells by 0-based column.
    static func parse(_ xml: Data, package: XLSXPackage, sheet: String) throws -> [(row: Int, cells: [Int: String])] {
        var rows: [(row: Int, cells: [Int: String])] = []
        var rowNumber = 0, cells: [Int: String] = [:], nextColumn = 0
        var cellColumn = 0, cellType = "n", cellStyle: Int? = nil
        var value = "", inline = "", capture = false, inInline = false, phonetic = 0
        var problem: InputProblem?
        let file = package.file
        try XLSXPackage.run(xml, part: sheet, file: file, start: { name, a in
            switch name {
            case "row":
                rowNumber = a["r"].flatMap(Int.init) ?? rowNumber + 1
                cells = [:]; nextColumn = 0
            case "c":
                cellColumn = a["r"].flatMap(CellReference.parse)?.column ?? nextColumn
                nextColumn = cellColumn + 1
                cellType = a["t"] ?? "n"
                cellStyle = a["s"].flatMap(Int.init)
                value = ""; inline = ""
            case "v": capture = true
            case "is": inInline = true
            case "t" where inInline: capture = true
            case "rPh": phonetic += 1
            default: break
            }
        }, text: { text in
            guard capture, phonetic == 0 else { return }
            if inInline { inline += text } else { value += text }
        }, end: { name in
            switch name {
            case "v", "t": capture = false
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                let location = SourceLocation(file: file, line: rowNumber, column: cellColumn + 1, sheet: sheet)
                switch cellText(type: cellType, value: value, inline: inline, style: cellStyle, package: package) {
                case .success(let text): cells[cellColumn] = text
                case .failure(var p):
                    p.location = location
                    if problem == nil { problem = p }
                }
            case "row": rows.append((rowNumber, cells))
            default: break
            }
        })
        if let problem { throw problem }
        return rows
    }

    /// The text of one cell as Excel shows it (see `XLSXReader`).
    static func cellText(type: String, value: String, inline: String, style: Int?, package: XLSXPackage) -> Result<String, InputProblem> {
        switch type {
        case "s":
            if value.isEmpty { return .success("") }
            guard let i = Int(value), package.sharedStrings.indices.contains(i) else {
                return .failure(InputProblem(SourceLocation(file: ""), .table(.missingSharedString(index: value))))
            }
            return .success(package.sharedStrings[i].trimmingSpaces)
        case "inlineStr": return .success(inline.trimmingSpaces)
        case "str": return .success(value.trimmingSpaces)
        case "b": return .success(value == "1" ? "TRUE" : "FALSE")
        case "e": return .success(value)
        case "d":   // an ISO 8601 date cell (strict OOXML): the date, and the time when there is one
            let t = value.trimmingSpaces
            return .success(t.hasSuffix("T00:00:00") || t.hasSuffix("T00:00:00Z") ? String(t.prefix { $0 != "T" }) : t.replacingOccurrences(of: "T", with: " "))
        default:
            let trimmed = value.trimmingSpaces
            guard !trimmed.isEmpty else { return .success("") }
            guard let number = Double(trimmed) else { return .success(trimmed) }
            switch package.styles.kind(ofStyle: style) {
            case .number: return .success(plain(number))
            case .date: return .success(ExcelDate.text(serial: number, date1904: package.date1904, time: false))
            case .dateTime: return .success(ExcelDate.text(serial: number, date1904: package.date1904, time: true))
            case .year: return .success(String(ExcelDate.components(serial: number, date1904: package.date1904).year))
            }
        }
    }

    /// The shortest text that reads back as `x`; whole numbers below 1e15 without `.0`.
    static func plain(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}

/// Excel serial dates: days since 1899-12-30 (1900 system, counting Excel's phantom 1900-02-29) or 1904-01-01.
enum ExcelDate {
    static func components(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int, seconds: Int) {
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if date1904 { days += 1462 } else if days < 61 { days += 1 }   // serials 1…59 precede the phantom leap day
        // Civil date from days since 1899-12-30 (Howard Hinnant's days_from_civil inverse).
        let z = days - 25_569 + 719_468       // 25 569 = days from 1899-12-30 to 1970-01-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d, seconds)
    }

    static func text(serial: Double, date1904: Bool, time: Bool) -> String {
        let c = components(serial: serial, date1904: date1904)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var out = "\(c.year)-\(two(c.month))-\(two(c.day))"
        if time && c.seconds > 0 { out += " \(two(c.seconds / 3600)):\(two(c.seconds / 60 % 60)):\(two(c.seconds % 60))" }
        return out
    }
}
