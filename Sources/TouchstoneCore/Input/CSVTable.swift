/// A CSV file read into memory: a header of column names and rows of raw text cells.
///
/// Produced by `CSVReader`, which guarantees that every row has exactly `header.count` cells, that header
/// names are non-empty and unique, and that `lineNumbers` has one entry per row. Cells are text exactly as
/// written in the file (quotes removed, doubled quotes `""` undone, spaces around the value removed);
/// interpreting them as numbers or codes is up to the caller, which reports problems via `location(row:column:)`.
public struct CSVTable: Sendable {
    /// The file name used in messages (the path as given, or the display name passed to the reader).
    public let file: String
    /// Column names, trimmed of surrounding white space, byte-order mark removed.
    public let header: [String]
    /// Data rows (the header excluded); each has exactly `header.count` cells.
    public let rows: [[String]]
    /// The 1-based physical line on which each row starts (blank lines and lines inside quoted fields count).
    public let lineNumbers: [Int]
    /// The encoding the file had.
    public let encoding: TextEncodingUsed
    /// The 1-based physical line of the header (1 unless blank lines precede it); for header-level messages.
    /// In a workbook, lines are sheet rows.
    public let headerLine: Int
    /// The worksheet the table was read from (`XLSXReader`); nil for CSV. Locations then name cells (`D7`).
    public let sheet: String?

    private let indexByName: [String: Int]

    /// Makes a table from parts; used by `CSVReader` and by code that builds tables in memory (tests, demos).
    ///
    /// - Parameters:
    ///   - lineNumbers: the starting line of each row; when nil, rows are assumed to sit on lines
    ///     `headerLine + 1`, `headerLine + 2`, ….
    ///   - headerLine: the line of the header.
    /// - Precondition: every row has `header.count` cells; `lineNumbers` (if given) has `rows.count` entries.
    ///   Duplicate names are allowed here; `columnIndex(_:)` then finds the first.
    public init(
        file: String, header: [String], rows: [[String]], lineNumbers: [Int]? = nil,
        encoding: TextEncodingUsed = .utf8, headerLine: Int = 1, sheet: String? = nil
    ) {
        precondition(rows.allSatisfy { $0.count == header.count }, "every row needs header.count cells")
        precondition(lineNumbers == nil || lineNumbers!.count == rows.count, "one line number per row")
        self.file = file
        self.header = header
        self.rows = rows
        self.lineNumbers = lineNumbers ?? rows.indices.map { headerLine + 1 + $0 }
        self.encoding = encoding
        self.headerLine = headerLine
        self.sheet = sheet
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() where index[name] == nil { index[name] = position }
        self.indexByName = index
    }

    /// The 0-based index of the column called `name` (exact, case-sensitive match), or nil if there is none.
    public func columnIndex(_ name: String) -> Int? {
        indexByName[name]
    }

    /// Where the cell at `row` (0-based index into `rows`) and `column` (0-based) sits in the file.
    ///
    /// The location's line is the row's starting line; its column is the 1-based field number (`column + 1`).
    public func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: lineNumbers[row], column: column + 1, sheet: sheet)
    }

    /// The header row, for messages about a column that is missing.
    public var headerLocation: SourceLocation { SourceLocation(file: file, line: headerLine, sheet: sheet) }
}
