import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// Parses UTF-8 `text` as a CSV file called `file`.
private func parse(_ text: String, file: String = "data.csv") throws -> CSVTable {
    try CSVReader.parse(data: Array(text.utf8), file: file)
}

/// A fresh empty folder under the system's temporary directory.
private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("CSVReaderTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite("CSV reader")
struct CSVReaderTests {
    // MARK: Format

    @Test("Quoted fields may contain commas, line breaks and doubled quotes")
    func quotedFields() throws {
        let table = try parse("name,note,value\n\"Smith, J.\",\"line one\nline two\",\"5\"\" pipe\"\n\"\",\"\"\"\",x\n")
        #expect(table.header == ["name", "note", "value"])
        #expect(table.rows == [
            ["Smith, J.", "line one\nline two", "5\" pipe"],
            ["", "\"", "x"],
        ])
        #expect(table.lineNumbers == [2, 4])
    }

    @Test("CRLF line ends are accepted and do not end up in the values")
    func crlf() throws {
        let table = try parse("a,b\r\n1,2\r\n3,4\r\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows == [["1", "2"], ["3", "4"]])
        #expect(table.lineNumbers == [2, 3])
    }

    @Test("A lone CR (old Mac Excel) also ends a line")
    func loneCarriageReturn() throws {
        let table = try parse("a,b\r1,2\r\r3,4")
        #expect(table.rows == [["1", "2"], ["3", "4"]])
        #expect(table.lineNumbers == [2, 4])
    }

    @Test("The last line needs no line end, and a trailing comma makes an empty last field")
    func noTrailingNewline() throws {
        let table = try parse("a,b,c\n1,2,\n4,5,6")
        #expect(table.rows == [["1", "2", ""], ["4", "5", "6"]])
    }

    @Test("Spaces around values are trimmed; spaces inside values and inside quotes are kept")
    func trimming() throws {
        let table = try parse(" a , b b ,c\n  1 2 ,  \" x \"  ,\t3\t\n")
        #expect(table.header == ["a", "b b", "c"])
        #expect(table.rows == [["1 2", " x ", "3"]])
    }

    @Test("Empty and space-only lines are skipped but counted in line numbers")
    func blankLines() throws {
        let table = try parse("\n\na,b\n\n1,2\n   \n3,4\n\n")
        #expect(table.rows == [["1", "2"], ["3", "4"]])
        #expect(table.lineNumbers == [5, 7])
        #expect(table.headerLine == 3)
        #expect(table.location(row: 1, column: 1) == SourceLocation(file: "data.csv", line: 7, column: 2))
    }

    @Test("Line numbers count the lines inside a quoted field that spans several lines")
    func lineNumbersAfterMultilineField() throws {
        let table = try parse("id,text\n1,\"a\r\nb\nc\"\n2,d\n3,\"e\"\n")
        #expect(table.rows == [["1", "a\r\nb\nc"], ["2", "d"], ["3", "e"]])
        #expect(table.lineNumbers == [2, 5, 6])
    }

    @Test("A header without rows gives a table with zero rows")
    func headerOnly() throws {
        let table = try parse("a,b\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows.isEmpty)
        #expect(table.lineNumbers.isEmpty)
    }

    @Test("columnIndex finds columns by exact name and location reports 1-based field numbers")
    func columnIndexAndLocation() throws {
        let table = try parse("unit,year,GDP\nA,2020,1.5\n", file: "panel.csv")
        #expect(table.columnIndex("year") == 1)
        #expect(table.columnIndex("gdp") == nil)
        #expect(table.columnIndex("missing") == nil)
        #expect(table.location(row: 0, column: 2).description == "panel.csv:2:3")
        #expect(table.file == "panel.csv")
        #expect(table.headerLine == 1)
    }

    // MARK: Encodings

    @Test("A UTF-8 byte-order mark is removed from the first column name")
    func byteOrderMark() throws {
        let table = try CSVReader.parse(data: [0xEF, 0xBB, 0xBF] + Array("id,名称\n1,甲\n".utf8), file: "bom.csv")
        #expect(table.header == ["id", "名称"])
        #expect(table.rows == [["1", "甲"]])
        #expect(table.encoding == .utf8WithBOM)
        #expect(table.columnIndex("id") == 0)
    }

    @Test("Plain UTF-8 with Chinese text is reported as UTF-8")
    func plainUTF8() throws {
        let table = try parse("单位,年份\n党支部一,2020\n")
        #expect(table.header == ["单位", "年份"])
        #expect(table.rows == [["党支部一", "2020"]])
        #expect(table.encoding == .utf8)
    }

    @Test("A GB18030 file (Chinese Excel export) is decoded and reported as GB18030")
    func gb18030() throws {
        // "单位,年份\n党支部一,2020\n" encoded as GB18030 (checked with Python's str.encode('gb18030')).
        let bytes: [UInt8] = [
            0xB5, 0xA5, 0xCE, 0xBB, 0x2C, 0xC4, 0xEA, 0xB7, 0xDD, 0x0A,
            0xB5, 0xB3, 0xD6, 0xA7, 0xB2, 0xBF, 0xD2, 0xBB, 0x2C, 0x32, 0x30, 0x32, 0x30, 0x0A,
        ]
        let table = try CSVReader.parse(data: bytes, file: "gbk.csv")
        #expect(table.header == ["单位", "年份"])
        #expect(table.rows == [["党支部一", "2020"]])
        #expect(table.encoding == .gb18030)

        let decoded = try TextDecoding.decode(bytes, file: "gbk.csv")
        #expect(decoded.text == "单位,年份\n党支部一,2020\n")
        #expect(decoded.encoding == .gb18030)
    }

    @Test("GB18030 four-byte sequences (characters outside GBK) decode too")
    func gb18030FourByte() throws {
        // "€" is A2 E3 in GB18030; "😀" (U+1F600) is the four-byte sequence 94 39 FC 36 (checked with Python).
        let bytes: [UInt8] = Array("a\n".utf8) + [0xA2, 0xE3, 0x94, 0x39, 0xFC, 0x36, 0x0A]
        let decoded = try TextDecoding.decode(bytes, file: "x.csv")
        #expect(decoded.text == "a\n€😀\n")
        #expect(decoded.encoding == .gb18030)
    }

    @Test("UTF-16 files are rejected with a request to save as UTF-8")
    func utf16() throws {
        for bom: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let error = try #require(throws: InputProblem.self) {
                try CSVReader.parse(data: bom + [0x61, 0x00, 0x0A, 0x00], file: "u16.csv")
            }
            #expect(error.location == SourceLocation(file: "u16.csv"))
            #expect(error.problemText("en")
                == "the file is UTF-16 text (it starts with a UTF-16 byte-order mark), but Touchstone reads UTF-8 or GB18030")
            #expect(error.fixText("en").hasPrefix("save the file as UTF-8 (in Excel: Save As → CSV UTF-8"))
        }
    }

    @Test("UTF-16 without byte-order mark is caught by its NUL bytes")
    func nulBytes() throws {
        let error = try #require(throws: InputProblem.self) {
            try CSVReader.parse(data: [0x61, 0x00, 0x2C, 0x00, 0x62, 0x00], file: "u16.csv")
        }
        #expect(error.location == SourceLocation(file: "u16.csv", line: 1))
        #expect(error.problemText("en").hasPrefix("the file contains a NUL byte (at byte offset 1)"))
    }

    @Test("An Excel workbook is rejected with a request to export CSV")
    func workbook() throws {
        let error = try #require(throws: InputProblem.self) {
            try CSVReader.parse(data: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], file: "book.csv")
        }
        #expect(error.problemText("en") == "the file is an Excel workbook (or another binary file), not CSV text")
    }

    @Test("Bytes that are neither UTF-8 nor GB18030 are reported with offset and line")
    func invalidEncoding() throws {
        let error = try #require(throws: InputProblem.self) {
            try CSVReader.parse(data: Array("a,b\n1,".utf8) + [0xFF, 0x0A], file: "bad.csv")
        }
        #expect(error.location == SourceLocation(file: "bad.csv", line: 2))
        #expect(error.problemText("en") == "the file is neither UTF-8 nor GB18030 text: the byte 0xFF at byte offset 6 (line 2) "
            + "is not valid UTF-8, and the file does not decode as GB18030 either; the line reads \"1,ÿ\" as Windows-1252")
        #expect(error.fixText("en").hasPrefix("if one of the readings is right, declare it in the project file under `data:`"))
        #expect(error.fixText("en").hasSuffix("save the file as UTF-8 (in Excel: Save As → CSV UTF-8), "
            + "or convert it: iconv -f GB18030 -t UTF-8 in.csv > out.csv"))
    }

    @Test("The UTF-8 validator rejects overlong forms, surrogates and truncated sequences")
    func utf8Validation() {
        func firstBad(_ bytes: [UInt8]) -> Int? {
            bytes.withUnsafeBufferPointer { TextDecoding.firstInvalidUTF8($0) }
        }
        #expect(firstBad(Array("plain ASCII text, long enough for the fast path".utf8)) == nil)
        #expect(firstBad(Array("ok é € 😀 单位".utf8)) == nil)
        #expect(firstBad([0x61, 0xC0, 0xAF]) == 1)  // overlong "/"
        #expect(firstBad([0x61, 0x62, 0xED, 0xA0, 0x80]) == 2)  // surrogate U+D800
        #expect(firstBad([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        #expect(firstBad(Array("abcdefghij".utf8) + [0xE4, 0xB8]) == 10)  // truncated at the end
    }

    // MARK: Problems

    @Test("A row with too many fields names the file, the line, the counts and a fix")
    func raggedRowTooMany() throws {
        let error = try #require(throws: InputProblem.self) {
            try parse("a,b,c\n1,2,3\n4,5,6,7\n", file: "panel.csv")
        }
        #expect(error.location == SourceLocation(file: "panel.csv", line: 3, column: 4))
        #expect(error.problemText("en") == "line 3 has 4 fields but the header has 3")
        let message = error.line("en")
        #expect(message.hasPrefix("panel.csv:3:4: error: line 3 has 4 fields but the header has 3. Fix: "))
        #expect(message.contains("unquoted comma"))
    }

    @Test("A row with too few fields suggests a missing separator")
    func raggedRowTooFew() throws {
        let error = try #require(throws: InputProblem.self) { try parse("a,b,c\n1 2,3\n") }
        #expect(error.location == SourceLocation(file: "data.csv", line: 2, column: 3))
        #expect(error.problemText("en") == "line 2 has 2 fields but the header has 3")
        #expect(error.fixText("en").contains("missing separator"))
    }

    @Test("All field-count and quoting problems of a file are reported together")
    func severalProblems() throws {
        let error = try #require(throws: InputProblems.self) {
            try parse("a,b\n1,2\n3\n4,5,6\nx\"y,7\n\"z\"w,8\n9,10\n")
        }
        #expect(error.problems.map(\.location) == [
            SourceLocation(file: "data.csv", line: 3, column: 2),
            SourceLocation(file: "data.csv", line: 4, column: 3),
            SourceLocation(file: "data.csv", line: 5, column: 1),
            SourceLocation(file: "data.csv", line: 6, column: 1),
        ])
        #expect(error.problems.map { $0.problemText("en") } == [
            "line 3 has 1 field but the header has 2",
            "line 4 has 3 fields but the header has 2",
            "field 1 on line 5 contains a double quote (\") but does not start with one",
            "field 1 on line 6 has text after its closing double quote",
        ])
    }

    @Test("More than 50 problems are cut to 50 plus a note with the number left out")
    func problemCap() throws {
        let text = "a,b\n" + String(repeating: "1\n", count: 60)
        let error = try #require(throws: InputProblems.self) { try parse(text) }
        #expect(error.problems.count == 51)
        #expect(error.problems[49].problemText("en") == "line 51 has 1 field but the header has 2")
        #expect(error.problems[50].problemText("en") == "10 more problems in this file are not listed")
        #expect(error.problems[50].location == SourceLocation(file: "data.csv"))
    }

    @Test("An unterminated quoted field is reported at the line where its quote opened")
    func unterminatedQuote() throws {
        let error = try #require(throws: InputProblem.self) {
            try parse("a,b\n1,2\n3,\"four\n5,6\n7,8\n")
        }
        #expect(error.location == SourceLocation(file: "data.csv", line: 3, column: 2))
        #expect(error.problemText("en") == "the double quote that opens field 2 on line 3 is never closed, "
            + "so the rest of the file was read as one value")
        #expect(error.fixText("en").hasPrefix("add the closing double quote"))
    }

    @Test("A quoting problem in the header stops reading without follow-up errors")
    func headerQuoteProblem() throws {
        let error = try #require(throws: InputProblem.self) { try parse("a,b\"c\n1\n2,3,4\n") }
        #expect(error.location == SourceLocation(file: "data.csv", line: 1, column: 2))
        #expect(error.problemText("en") == "field 2 on line 1 contains a double quote (\") but does not start with one")
    }

    @Test("Duplicate column names are rejected, naming both fields")
    func duplicateHeader() throws {
        let error = try #require(throws: InputProblem.self) { try parse("unit,year, unit\nA,1,B\n") }
        #expect(error.location == SourceLocation(file: "data.csv", line: 1, column: 3))
        #expect(error.problemText("en") == "the column name \"unit\" appears more than once in the header (fields 1 and 3)")
    }

    @Test("An empty column name is rejected")
    func emptyHeaderName() throws {
        let error = try #require(throws: InputProblem.self) { try parse("unit,year,\nA,1,2\n") }
        #expect(error.location == SourceLocation(file: "data.csv", line: 1, column: 3))
        #expect(error.problemText("en") == "field 3 of the header (line 1) is empty: every column needs a name")
    }

    @Test("A header that uses semicolons instead of commas is recognised")
    func semicolonSeparator() throws {
        let error = try #require(throws: InputProblem.self) { try parse("unit;year\nA;2020\n") }
        #expect(error.location == SourceLocation(file: "data.csv", line: 1, column: 1))
        #expect(error.problemText("en") == "the header has a single column name that contains semicolons: "
            + "the file seems to use semicolons instead of commas to separate values")
    }

    @Test("A file with no bytes or only blank lines is reported as empty")
    func emptyFile() throws {
        for text in ["", "\n\n  \r\n"] {
            let error = try #require(throws: InputProblem.self) { try parse(text, file: "empty.csv") }
            #expect(error.location == SourceLocation(file: "empty.csv"))
            #expect(error.problemText("en") == "the file is empty: it has no header line")
        }
    }

    // MARK: Files

    @Test("read(path:) reads a file and uses the display name in the table and in messages")
    func readFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("panel.csv").path
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: path))

        let table = try CSVReader.read(path: path)
        #expect(table.file == path)
        #expect(table.rows == [["1", "2"]])
        #expect(try CSVReader.read(path: path, displayName: "data/panel.csv").file == "data/panel.csv")

        try Data("a,b\n1\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: InputProblem.self) {
            try CSVReader.read(path: path, displayName: "data/panel.csv")
        }
        #expect(error.location == SourceLocation(file: "data/panel.csv", line: 2, column: 2))
    }

    @Test("A missing file is reported with its path")
    func missingFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nope.csv").path
        let error = try #require(throws: InputProblem.self) { try CSVReader.read(path: path) }
        #expect(error.location == SourceLocation(file: path))
        #expect(error.problemText("en") == "the file \"\(path)\" does not exist")
    }

    @Test("A folder given as file is reported as a folder")
    func folderInsteadOfFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: InputProblem.self) {
            try CSVReader.read(path: folder.path, displayName: "input")
        }
        #expect(error.problemText("en") == "\"\(folder.path)\" is a folder, not a file")
        #expect(error.location == SourceLocation(file: "input"))
    }

    @Test("A large file reads back with every row and the right last line number")
    func largeFile() throws {
        var text = "unit,year,value\n"
        for i in 0..<20_000 { text += "u\(i % 97),\(2000 + i % 20),\"\(i),5\"\n" }
        let table = try parse(text)
        #expect(table.rows.count == 20_000)
        #expect(table.rows[12_345] == ["u26", "2005", "12345,5"])
        #expect(table.lineNumbers.last == 20_001)
    }
}
