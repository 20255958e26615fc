import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import ZIPFoundation

/// `XLSXReader` on `Fixtures/cells.xlsx` (see `Fixtures/README.md`) and on workbooks written by `XLSXWriter`.
@Suite struct XLSXReaderTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/cells.xlsx").path

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-xlsx-\(UUID().uuidString)-\(name)").path
    }

    @Test("Cells read as Excel shows them: shared, rich and inline strings, numbers stored as text, dates, years, booleans and errors")
    func cellKinds() throws {
        let table = try XLSXReader.read(path: Self.fixture, displayName: "cells.xlsx")
        #expect(table.header == ["unit", "year", "score", "note", "when", "yr", "ok", "err"])
        #expect(table.rows.count == 3)   // the empty row 4 is skipped
        #expect(table.rows[0] == ["b01", "2019", "12.5", "plain", "2024-03-31", "2021", "TRUE", "#N/A"])
        #expect(table.rows[1] == ["b02", "2020", "7.25", "书记", "2024-03-31 08:30:00", "1999", "FALSE", ""])
        #expect(table.rows[2][0] == "b03" && table.rows[2][4] == "1" && table.rows[2][3] == "")
        #expect(table.rows[2][2] == "0.3")
        #expect(table.lineNumbers == [2, 3, 5])
        #expect(table.location(row: 2, column: 3).description == "cells.xlsx!Data!D5")
    }

    @Test("A sheet is chosen by name, and an unknown name suggests the closest sheet")
    func sheetByName() throws {
        let other = try XLSXReader.read(path: Self.fixture, sheet: "其他", displayName: "cells.xlsx")
        #expect(other.header == ["id", "name"] && other.rows == [["x1", "甲"]])
        #expect(throws: InputProblem.self) { try XLSXReader.read(path: Self.fixture, sheet: "Dta", displayName: "cells.xlsx") }
        do { _ = try XLSXReader.read(path: Self.fixture, sheet: "Dta", displayName: "cells.xlsx") } catch let p as InputProblem {
            #expect(p.line("en") == "cells.xlsx: error: the workbook has no sheet `Dta`. Fix: did you mean `Data`? The workbook has: Data, 其他")
        }
    }

    @Test("A file that is not a ZIP package is reported as not a workbook, with what to do")
    func notAWorkbook() throws {
        let path = temporary("fake.xlsx")
        try Data("unit,year\nb01,2019\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try XLSXReader.read(path: path, displayName: "fake.xlsx")
            Issue.record("expected a problem")
        } catch let p as InputProblem {
            #expect(p.problemText("en").hasPrefix("not an Excel workbook"))
            #expect(p.fixText("en").contains("Excel Workbook (*.xlsx)"))
        }
    }

    @Test("A workbook written by XLSXWriter reads back to the same cells")
    func roundTrip() throws {
        let sheet = Workbook.Sheet(name: "t", header: ["id", "名称", "x"], rows: [
            [.text("b01"), .text("第一党支部 & <co>"), .number(44.3554472777368)],
            [.text("b02"), .empty, .number(2019)],
            [.text("b03"), .text(" spaced "), .percent(0.25)],
        ])
        let path = temporary("round.xlsx")
        try XLSXWriter.data(Workbook(sheets: [sheet])).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try XLSXReader.read(path: path, displayName: "round.xlsx")
        #expect(table.header == ["id", "名称", "x"])
        #expect(table.rows == [["b01", "第一党支部 & <co>", "44.3554472777368"], ["b02", "", "2019"], ["b03", "spaced", "0.25"]])
    }

    @Test("Header problems name the cell: an empty header cell and a repeated name")
    func headerProblems() throws {
        let sheet = Workbook.Sheet(name: "S", header: ["id", "", "id"], rows: [[.text("a"), .number(1), .number(2)]])
        let path = temporary("header.xlsx")
        try XLSXWriter.data(Workbook(sheets: [sheet])).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try XLSXReader.read(path: path, displayName: "h.xlsx")
            Issue.record("expected problems")
        } catch let many as InputProblems {
            #expect(many.problems.map(\.location.description) == ["h.xlsx!S!B1", "h.xlsx!S!C1"])
        }
    }

    @Test("Serial dates follow Excel: 1 is 1900-01-01, 61 is 1900-03-01, 1904 workbooks count from 1904-01-01")
    func serialDates() {
        #expect(ExcelDate.text(serial: 1, date1904: false, time: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 61, date1904: false, time: false) == "1900-03-01")
        #expect(ExcelDate.text(serial: 45382, date1904: false, time: false) == "2024-03-31")
        #expect(ExcelDate.text(serial: 0, date1904: true, time: false) == "1904-01-01")
    }

    @Test("Format codes: quoted text and colours are not dates, CJK date codes are, years alone are years")
    func formatCodes() {
        #expect(XLSXStyles.kind(ofCode: "0.00") == .number)
        #expect(XLSXStyles.kind(ofCode: "[Red]0.0;\"day\"") == .number)
        #expect(XLSXStyles.kind(ofCode: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(XLSXStyles.kind(ofCode: "yyyy") == .year)
        #expect(XLSXStyles.kind(ofCode: "yyyy-mm-dd hh:mm") == .dateTime)
        #expect(XLSXStyles.kind(ofFormat: 14, code: nil) == .date)
        #expect(XLSXStyles.kind(ofFormat: 2, code: nil) == .number)
    }

    @Test("Cell references: letters and A1 addresses both ways")
    func references() {
        #expect(CellReference.letters(ofColumn: 0) == "A")
        #expect(CellReference.letters(ofColumn: 25) == "Z")
        #expect(CellReference.letters(ofColumn: 26) == "AA")
        #expect(CellReference.letters(ofColumn: 701) == "ZZ")
        #expect(CellReference.parse("D7")! == (3, 7))
        #expect(CellReference.parse("AA10")! == (26, 10))
        #expect(CellReference.parse("7D") == nil)
    }
}

/// How the panel loader chooses between CSV and Excel.
@Suite struct TableChoiceTests {
    @Test("An old .xls workbook and `sheet:` on a CSV file are problems that say what to do")
    func xlsAndSheetOnCSV() throws {
        #expect(throws: InputProblem.self) { try PanelLoader.readTable(path: "old.xls", sheet: nil) }
        do { _ = try PanelLoader.readTable(path: "data.csv", sheet: "Sheet1") } catch let p as InputProblem {
            #expect(p.problemText("en") == "`sheet: Sheet1` is given, but the file is not an .xlsx workbook")
        }
    }

    @Test("A whole-row location in a sheet prints as Excel's row reference")
    func rowLocation() {
        #expect(SourceLocation(file: "a.xlsx", line: 3, sheet: "S").description == "a.xlsx!S!3:3")
        #expect(SourceLocation(file: "a.xlsx", line: 3, column: 28, sheet: "S").description == "a.xlsx!S!AB3")
    }
}

/// Cells Excel and WPS leave behind: formatted empty cells, spacer columns, ISO date cells.
@Suite struct XLSXLeftoverCellTests {
    /// A one-sheet workbook whose sheet XML is `rows` (inside `<sheetData>`), made with ZIPFoundation.
    func workbook(_ rows: String) throws -> String {
        let sheet = Workbook.Sheet(name: "S", header: ["x"], rows: [])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-leftover-\(UUID().uuidString).xlsx").path
        try XLSXWriter.data(Workbook(sheets: [sheet])).write(to: URL(fileURLWithPath: path))
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .update)
        try archive.remove(archive["xl/worksheets/sheet1.xml"]!)
        let xml = Data("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(rows)</sheetData></worksheet>".utf8)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(xml.count)) { position, size in
            xml.subdata(in: Int(position) ..< Int(position) + size)
        }
        return path
    }

    @Test("Formatted empty cells right of the header and an empty spacer column make no columns and no problems")
    func formattedEmptyCells() throws {
        let path = try workbook("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" s="1"/><c r="C1" t="inlineStr"><is><t>v</t></is></c><c r="D1" s="1"/></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="C2"><v>1.5</v></c><c r="D2" s="1"/><c r="E2" t="s"/></row>
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try XLSXReader.read(path: path, displayName: "w.xlsx")
        #expect(table.header == ["id", "", "v"])
        #expect(table.rows == [["a", "", "1.5"]])
        #expect(table.columnIndex("v") == 2 && table.location(row: 0, column: 2).description == "w.xlsx!S!C2")
    }

    @Test("An ISO date cell (type d) reads as its date")
    func isoDateCell() throws {
        let path = try workbook("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>when</t></is></c></row>
            <row r="2"><c r="A2" t="d"><v>2024-03-31T00:00:00</v></c></row>
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try XLSXReader.read(path: path).rows == [["2024-03-31"]])
    }
}
