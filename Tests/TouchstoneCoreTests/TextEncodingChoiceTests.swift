import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// "Zürich" and friends in Windows-1252 (checked with Python's str.encode('cp1252')).
private let zurich: [UInt8] = Array("id,city\n1,Z".utf8) + [0xFC] + Array("rich\n".utf8)
private let conceicao: [UInt8] = Array("id,city\n1,Concei".utf8) + [0xE7, 0xE3] + Array("o\n".utf8)

@Suite("Text encodings: certain or refused, and declared with `encoding:`")
struct TextEncodingChoiceTests {
    @Test("Windows-1252 \"Zürich\" is not silently read as GB18030 \"Z黵ich\"; the message shows both readings")
    func windows1252NotGB18030() throws {
        let error = try #require(throws: InputProblem.self) { try CSVReader.parse(data: zurich, file: "w.csv") }
        #expect(error.location == SourceLocation(file: "w.csv", line: 2))
        #expect(error.problemText("en").contains("uncertain whether it is GB18030 (Chinese) or another encoding such as Windows-1252"))
        #expect(error.problemText("en").hasSuffix("the line reads \"1,Z黵ich\" as GB18030 but \"1,Zürich\" as Windows-1252"))
        #expect(error.fixText("en").hasPrefix("if one of the readings is right, declare it in the project file under `data:`"))
    }

    @Test("A lone hanzi squeezed between Latin letters (Windows-1252 \"ção\") is doubtful too")
    func isolatedHanzi() throws {
        let error = try #require(throws: InputProblem.self) { try CSVReader.parse(data: conceicao, file: "p.csv") }
        #expect(error.problemText("en").contains("\"1,Conceição\" as Windows-1252"))
    }

    @Test("Declared windows-1252 and latin-1 decode the same bytes; gb18030 decodes Chinese")
    func declared() throws {
        let w = try CSVReader.parse(data: zurich, file: "w.csv", encoding: .windows1252)
        #expect(w.rows == [["1", "Zürich"]])
        #expect(w.encoding == .windows1252)
        let l = try CSVReader.parse(data: zurich, file: "w.csv", encoding: .latin1)
        #expect(l.rows == [["1", "Zürich"]])
        #expect(l.encoding == .latin1)
        // "单位" in GB18030.
        let g = try CSVReader.parse(data: Array("id,name\n1,".utf8) + [0xB5, 0xA5, 0xCE, 0xBB, 0x0A], file: "g.csv", encoding: .gb18030)
        #expect(g.rows == [["1", "单位"]])
    }

    @Test("A declared encoding that does not fit names the line, and says what was declared")
    func declaredMismatch() throws {
        // 0x81 is undefined in Windows-1252.
        let bytes = Array("id,city\n1,ok\n2,".utf8) + [0x81] + Array("x\n".utf8)
        let error = try #require(throws: InputProblem.self) { try CSVReader.parse(data: bytes, file: "w.csv", encoding: .windows1252) }
        #expect(error.location == SourceLocation(file: "w.csv", line: 3))
        #expect(error.problemText("en").hasPrefix("the project declares `encoding: windows-1252`, but line 3 does not convert from Windows-1252"))
        let utf8 = try #require(throws: InputProblem.self) { try CSVReader.parse(data: zurich, file: "w.csv", encoding: .utf8) }
        #expect(utf8.problemText("en").hasPrefix("the project declares `encoding: utf-8`, but the byte 0xFC at byte offset 11 (line 2) is not valid UTF-8"))
        #expect(utf8.problemText("en").hasSuffix("\"1,Zürich\" as Windows-1252"))
    }

    @Test("A declared legacy encoding on a file with a UTF-8 byte-order mark is refused: the mark says UTF-8")
    func bomContradictsDeclaration() throws {
        let error = try #require(throws: InputProblem.self) {
            try CSVReader.parse(data: [0xEF, 0xBB, 0xBF] + Array("id\n1\n".utf8), file: "b.csv", encoding: .latin1)
        }
        #expect(error.problemText("en") == "the project declares `encoding: latin-1`, but the file starts with a UTF-8 byte-order mark, so it is UTF-8")
    }

    @Test("Plain GB2312 Chinese and GB18030 four-byte sequences still decode without a declaration")
    func certainChinese() throws {
        let decoded = try TextDecoding.decode(Array("a\n".utf8) + [0xB5, 0xA5, 0xCE, 0xBB, 0x2C, 0x94, 0x39, 0xFC, 0x36, 0x0A], file: "x.csv")
        #expect(decoded.text == "a\n单位,😀\n")
        #expect(decoded.encoding == .gb18030)
    }

    @Test("`encoding:` in the project file accepts names and aliases and rejects others with a suggestion")
    func projectKey() throws {
        let text = """
            data: {file: d.csv, unit_column: u, year_column: y, encoding: CP1252}
            units: {id_column: u, encoding: gbk}
            framework: {id: index, children: [{id: a}]}
            """
        let project = try ProjectReader.parse(text: text, file: "p.yaml")
        #expect(project.data.encoding == .windows1252)
        #expect(project.units.encoding == .gb18030)
        let bad = try #require(throws: InputProblems.self) {
            try ProjectReader.parse(text: text.replacingOccurrences(of: "CP1252", with: "latin-2"), file: "p.yaml")
        }
        #expect(bad.problems.map { $0.problemText("en") } == ["data.encoding: unknown encoding `latin-2`"])
        #expect(bad.problems[0].fixText("en").hasPrefix("did you mean `latin-1`?"))
    }
}

@Suite("Resource limits")
struct ResourceLimitsTests {
    @Test("Sizes read with K, M, G, T suffixes (powers of 1024); nonsense is rejected")
    func parseSize() {
        #expect(ResourceLimits.parseSize("123") == 123)
        #expect(ResourceLimits.parseSize("64K") == 65_536)
        #expect(ResourceLimits.parseSize("16g") == 16 << 30)
        #expect(ResourceLimits.parseSize("2GiB") == 2 << 30)
        #expect(ResourceLimits.parseSize("lots") == nil)
        #expect(ResourceLimits.parseSize("-1") == nil)
        #expect(ResourceLimits.parseSize("99999999999T") == nil)
    }

    @Test("Byte counts are described in binary units")
    func describe() {
        #expect(ResourceLimits.describe(512) == "512 bytes")
        #expect(ResourceLimits.describe(1536) == "1.5 KB")
        #expect(ResourceLimits.describe(17 << 20) == "17.0 MB")
    }

    @Test("The memory budget is below physical memory unless TOUCHSTONE_MEMORY_LIMIT says otherwise")
    func budget() {
        if let limit = ProcessInfo.processInfo.environment["TOUCHSTONE_MEMORY_LIMIT"], let bytes = ResourceLimits.parseSize(limit) {
            #expect(ResourceLimits.memoryBudget == bytes)
            return
        }
        #expect(ResourceLimits.memoryBudget > 0)
        #expect(UInt64(ResourceLimits.memoryBudget) < ProcessInfo.processInfo.physicalMemory)
    }
}

@Suite("Terminal text")
struct TerminalTextTests {
    @Test("control characters are shown as symbols; line feeds, tabs and other text are kept")
    func sanitize() {
        #expect(TerminalText.sanitize("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(TerminalText.sanitize("x\ry\u{7}") == "x␍y␇")
        #expect(TerminalText.sanitize("name\u{9B}31m") == "name\u{FFFD}31m")
        #expect(TerminalText.sanitize("党支部\tZürich\n") == "党支部\tZürich\n")
    }
}
