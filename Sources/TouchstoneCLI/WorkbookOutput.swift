import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// `--format xlsx`: the command's tables as sheets of one Excel workbook (`XLSXWriter`), written atomically
/// to `--output FILE.xlsx`.
enum WorkbookOutput {
    static func write(_ sheets: [Workbook.Sheet], to path: String) throws {
        try AtomicOutput.write(data: XLSXWriter.data(Workbook(sheets: sheets)), to: path)
    }

    /// A sheet from a command's CSV output (full-precision numbers become numeric cells); `shade` picks rows
    /// by their cells (e.g. the flagged units of the year shown).
    static func sheet(name: String, csv: String, shade: ([String]) -> Bool = { _ in false }) throws -> Workbook.Sheet {
        let table = try CSVReader.parse(data: Array(csv.utf8), file: name)
        let shaded = Set(table.rows.indices.filter { shade(table.rows[$0]) })
        return Workbook.Sheet(name: name, header: table.header, rows: table.rows.map { $0.map(Workbook.Cell.parsing) }, shadedRows: shaded)
    }

    /// One sheet per text table, named by its title (or `table N`).
    static func sheets(_ tables: [TextTable]) -> [Workbook.Sheet] {
        tables.enumerated().map { k, t in Workbook.Sheet(name: t.title ?? "table \(k + 1)", table: t) }
    }
}
