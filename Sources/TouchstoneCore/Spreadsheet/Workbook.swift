import TouchstoneText

/// A workbook to write: named sheets of typed cells, each with a header row (frozen when written) and rows
/// to shade (flagged units). Written by `XLSXWriter`.
public struct Workbook: Sendable {
    /// One cell: text, a number (written as a number Excel can sum; `NaN` and infinities become empty), a
    /// fraction shown as a percentage (`0.85` shows as `85%`), or nothing.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case percent(Double)
        case empty
    }

    public struct Sheet: Sendable {
        public var name: String
        public var header: [String]
        public var rows: [[Cell]]
        /// Indices into `rows` of the rows to shade.
        public var shadedRows: Set<Int>

        public init(name: String, header: [String], rows: [[Cell]], shadedRows: Set<Int> = []) {
            self.name = name
            self.header = header
            self.rows = rows
            self.shadedRows = shadedRows
        }

        /// A sheet from a text table: cells that read as plain numbers (`58.1`, `+3.2`, `−0.4`) become numbers,
        /// `85%` becomes the fraction 0.85 shown as a percentage, `–` and `—` (no value) become empty; ids with
        /// leading zeros (`007`) stay text.
        public init(name: String, table: TextTable, shadedRows: Set<Int> = []) {
            self.init(name: name, header: table.header, rows: table.rows.map { $0.map(Cell.parsing) }, shadedRows: shadedRows)
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }
}

extension Workbook.Cell {
    /// The typed cell for a text as printed in a table (see `Sheet.init(name:table:)`).
    public static func parsing(_ text: String) -> Workbook.Cell {
        if text.isEmpty || text == "–" || text == "—" { return .empty }
        var t = Substring(text)
        var percent = false
        if t.hasSuffix("%") { percent = true; t = t.dropLast() }
        var negative = false
        if t.first == "+" { t = t.dropFirst() } else if t.first == "−" || t.first == "-" { negative = true; t = t.dropFirst() }
        guard let first = t.first, first.isASCII, first.isNumber || first == "." else { return .text(text) }
        if t.count > 1, first == "0", t.dropFirst().first != "." { return .text(text) }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "-" || $0 == "+") }),
              let value = Double(String(t)), value.isFinite else { return .text(text) }
        let signed = negative ? -value : value
        return percent ? .percent(signed / 100) : .number(signed)
    }
}
