import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads comma-separated files (RFC 4180) into a `CSVTable`, reporting every problem a user can fix.
///
/// Format accepted (RFC 4180, section 2, plus what spreadsheet exports produce):
/// - Fields are separated by commas; records end with LF, CRLF or a lone CR (old Mac Excel); the last
///   record may or may not end with a line end.
/// - A field may be enclosed in double quotes; it may then contain commas, line ends and doubled quotes
///   (`""` stands for one `"`). Its content is kept exactly (line ends inside it are not normalised).
/// - Spaces and tabs around a field (outside its quotes) are removed; RFC 4180 would keep them.
/// - The first non-blank record is the header. Lines that are empty or hold only spaces/tabs are skipped
///   but counted, so reported line numbers are physical lines in the file (1-based).
/// - Text must be UTF-8 (optionally with byte-order mark), certain GB18030, or a declared encoding; see `TextDecoding`.
///
/// Problems (each an `InputProblem` with file, line, 1-based field number, statement and fix):
/// missing or unreadable file; empty file (no header at all; a header without rows is fine and gives zero
/// rows); bad encoding; an empty or duplicate column name; a row whose field count differs from the header's;
/// an unterminated quoted field (reported at the line where the quote opened); a quote inside an unquoted
/// field; text after a closing quote. All header, field-count and quoting problems of a file are collected:
/// one is thrown as `InputProblem`, several as `InputProblems` (at most `maxReportedProblems`, plus a note
/// saying how many more there were). A row with a quoting problem is skipped up to the end of its line so
/// that later rows are still checked.
public enum CSVReader {
    /// How many problems of one file are listed before the rest are summarised in one note.
    public static let maxReportedProblems = 50

    /// Reads and parses the file at `path`.
    ///
    /// - Parameters:
    ///   - path: the file to read (relative paths are relative to the current directory).
    ///   - displayName: the name used in messages and stored as `CSVTable.file`; defaults to `path`.
    /// - Throws: `InputProblem` or `InputProblems`.
    public static func read(path: String, displayName: String? = nil, encoding: TextEncodingChoice = .auto) throws -> CSVTable {
        let file = displayName ?? path
        let bytes = try readFile(path: path, file: file)
        return try parse(data: bytes, file: file, encoding: encoding)
    }

    /// Parses the bytes of a CSV file.
    ///
    /// - Parameters:
    ///   - data: the whole file, UTF-8 (optionally with byte-order mark) or GB18030.
    ///   - file: the name used in messages and stored as `CSVTable.file`.
    ///   - encoding: the declared encoding, or `.auto` (see `TextDecoding`).
    /// - Throws: `InputProblem` or `InputProblems`.
    public static func parse(data: [UInt8], file: String, encoding: TextEncodingChoice = .auto) throws -> CSVTable {
        let decoded = try TextDecoding.decodeToUTF8(data, file: file, encoding: encoding)
        let parser = decoded.utf8.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: UnsafeBufferPointer(rebasing: buffer[decoded.start...]), file: file)
            parser.run()
            return parser.result
        }
        var problems = parser.problems
        guard let header = parser.header else {
            if problems.isEmpty {
                throw InputProblem(SourceLocation(file: file), .table(.csvEmpty))
            }
            throw problems.count == 1 ? problems[0] as any Error : InputProblems(problems)
        }
        if problems.count == 1 { throw problems[0] }
        if problems.count > maxReportedProblems {
            let more = problems.count - maxReportedProblems
            problems.removeSubrange(maxReportedProblems...)
            problems.append(InputProblem(SourceLocation(file: file), .table(.moreProblemsNotListed(count: more))))
        }
        if !problems.isEmpty { throw InputProblems(problems) }
        return CSVTable(
            file: file, header: header, rows: parser.rows, lineNumbers: parser.lineNumbers,
            encoding: decoded.encoding, headerLine: parser.headerLine)
    }

    // MARK: - Reading the file

    /// All bytes of the file at `path`, or an `InputProblem` saying why it cannot be read (see `InputFile`).
    static func readFile(path: String, file: String) throws -> [UInt8] {
        try InputFile.read(path: path, file: file, kind: .csvFile)
    }

    /// The problem for a failed `open` or `read` with error number `code`.
    static func readProblem(_ code: Int32, path: String, file: String) -> InputProblem {
        let location = SourceLocation(file: file)
        switch code {
        case ENOENT: return InputProblem(location, .table(.fileNotFound(path: path)))
        case ENOTDIR: return InputProblem(location, .table(.pathPartNotFolder(path: path)))
        case EACCES, EPERM: return InputProblem(location, .table(.permissionDenied(path: path)))
        case EISDIR: return InputProblem(location, .table(.pathIsFolder(path: path, role: .csvFile)))
        default: return InputProblem(location, .table(.unreadable(path: path, reason: String(cString: strerror(code)))))
        }
    }
}

// MARK: - Parser

/// A single pass over UTF-8 bytes implementing the grammar of RFC 4180 section 2 (with the relaxations
/// documented on `CSVReader`). Strings are built per field; nothing is decoded character by character.
private struct Parser {
    private static let comma: UInt8 = 0x2C
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let tab: UInt8 = 0x09

    struct Result {
        var header: [String]?
        var headerLine: Int
        var rows: [[String]]
        var lineNumbers: [Int]
        var problems: [InputProblem]
    }

    private enum Outcome {
        case fields([String])
        case skipped
        case stop
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var index = 0
    private var line = 1
    private var header: [String]?
    private var headerLine = 1
    private var rows: [[String]] = []
    private var lineNumbers: [Int] = []
    private var problems: [InputProblem] = []
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    var result: Result {
        Result(header: header, headerLine: headerLine, rows: rows, lineNumbers: lineNumbers, problems: problems)
    }

    mutating func run() {
        while index < bytes.count {
            let recordLine = line
            if skipBlankLine() { continue }
            switch parseRecord() {
            case .fields(let fields):
                accept(fields, line: recordLine)
            case .skipped:
                // Without a usable header every later field-count check would be noise.
                if header == nil { return }
            case .stop:
                return
            }
        }
    }

    // MARK: Records

    private func isBlank(_ byte: UInt8) -> Bool { byte == Self.space || byte == Self.tab }
    private func isLineEnd(_ byte: UInt8) -> Bool { byte == Self.lineFeed || byte == Self.carriageReturn }

    /// Consumes the current line with its line end if it holds only spaces and tabs.
    private mutating func skipBlankLine() -> Bool {
        var probe = index
        while probe < bytes.count, isBlank(bytes[probe]) { probe += 1 }
        if probe == bytes.count {
            index = probe
            return true
        }
        guard isLineEnd(bytes[probe]) else { return false }
        index = probe
        consumeLineEnd()
        return true
    }

    /// Consumes one LF, CRLF or lone CR at `index`, if there is one.
    private mutating func consumeLineEnd() {
        guard index < bytes.count else { return }
        if bytes[index] == Self.carriageReturn {
            index += 1
            if index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
            line += 1
        } else if bytes[index] == Self.lineFeed {
            index += 1
            line += 1
        }
    }

    /// Skips to the start of the next physical line (used to recover after a quoting problem).
    private mutating func skipRestOfLine() {
        while index < bytes.count, !isLineEnd(bytes[index]) { index += 1 }
        consumeLineEnd()
    }

    private mutating func parseRecord() -> Outcome {
        var fields: [String] = []
        fields.reserveCapacity(header?.count ?? 8)
        while true {
            let fieldNumber = fields.count + 1
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
            if index < bytes.count, bytes[index] == Self.quote {
                let openingLine = line
                index += 1
                guard let value = readQuotedField() else {
                    problems.append(InputProblem(
                        SourceLocation(file: file, line: openingLine, column: fieldNumber),
                        .table(.quoteNeverClosed(field: fieldNumber, line: openingLine))))
                    return .stop
                }
                while index < bytes.count, isBlank(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] != Self.comma, !isLineEnd(bytes[index]) {
                    problems.append(InputProblem(
                        SourceLocation(file: file, line: line, column: fieldNumber),
                        .table(.textAfterClosingQuote(field: fieldNumber, line: line))))
                    skipRestOfLine()
                    return .skipped
                }
                fields.append(value)
            } else {
                let start = index
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == Self.comma || isLineEnd(byte) { break }
                    if byte == Self.quote {
                        problems.append(InputProblem(
                            SourceLocation(file: file, line: line, column: fieldNumber),
                            .table(.quoteInUnquotedField(field: fieldNumber, line: line))))
                        skipRestOfLine()
                        return .skipped
                    }
                    index += 1
                }
                var end = index
                while end > start, isBlank(bytes[end - 1]) { end -= 1 }
                fields.append(string(start..<end))
            }
            if index < bytes.count, bytes[index] == Self.comma {
                index += 1
                continue
            }
            consumeLineEnd()
            return .fields(fields)
        }
    }

    /// Reads a quoted field whose opening quote was just consumed; nil if the file ends before it closes.
    private mutating func readQuotedField() -> String? {
        var segmentStart = index
        var unescaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    if !unescaped {
                        scratch.removeAll(keepingCapacity: true)
                        unescaped = true
                    }
                    scratch.append(contentsOf: bytes[segmentStart...index])  // keeps one of the two quotes
                    index += 2
                    segmentStart = index
                    continue
                }
                let value: String
                if unescaped {
                    scratch.append(contentsOf: bytes[segmentStart..<index])
                    value = String(decoding: scratch, as: UTF8.self)
                } else {
                    value = string(segmentStart..<index)
                }
                index += 1
                return value
            }
            if byte == Self.lineFeed {
                line += 1
            } else if byte == Self.carriageReturn, index + 1 == bytes.count || bytes[index + 1] != Self.lineFeed {
                line += 1
            }
            index += 1
        }
        return nil
    }

    private func string(_ range: Range<Int>) -> String {
        range.isEmpty ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: Header and rows

    private mutating func accept(_ fields: [String], line recordLine: Int) {
        guard let header else {
            acceptHeader(fields, line: recordLine)
            return
        }
        if fields.count == header.count {
            rows.append(fields)
            lineNumbers.append(recordLine)
            return
        }
        let tooMany = fields.count > header.count
        problems.append(InputProblem(
            SourceLocation(file: file, line: recordLine, column: tooMany ? header.count + 1 : fields.count + 1),
            .table(.fieldCountMismatch(line: recordLine, found: fields.count, expected: header.count))))
    }

    private mutating func acceptHeader(_ fields: [String], line headerLine: Int) {
        let names = fields.enumerated().map { position, field in
            var name = field.trimmingCharacters(in: .whitespacesAndNewlines)
            if position == 0, name.hasPrefix("\u{FEFF}") {
                name = String(name.dropFirst()).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return name
        }
        header = names
        self.headerLine = headerLine

        if names.count == 1, let separator = [";", "\t"].first(where: { names[0].contains($0) }) {
            problems.append(InputProblem(
                SourceLocation(file: file, line: headerLine, column: 1), .table(.otherSeparator(tabs: separator == "\t"))))
            return
        }

        var firstPosition: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            if name.isEmpty {
                problems.append(InputProblem(
                    SourceLocation(file: file, line: headerLine, column: position + 1),
                    .table(.emptyColumnName(field: position + 1, line: headerLine))))
            } else if let first = firstPosition[name] {
                problems.append(InputProblem(
                    SourceLocation(file: file, line: headerLine, column: position + 1),
                    .table(.duplicateColumnName(name: name, first: first + 1, second: position + 1))))
            } else {
                firstPosition[name] = position
            }
        }
    }
}
