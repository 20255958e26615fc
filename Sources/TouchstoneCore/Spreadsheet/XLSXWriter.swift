import Foundation
import ZIPFoundation
import TouchstoneText

/// Writes a `Workbook` as an `.xlsx` package: SpreadsheetML parts generated here, zipped by ZIPFoundation.
///
/// Every sheet has its header in bold and frozen (it stays in view while scrolling), numbers as numeric
/// cells (shortest round-trip text, so the value is exact), texts as inline strings, column widths from the
/// widest cell counted in display columns (East Asian wide characters count 2, as `TextWidth`), and shaded
/// rows filled light orange. Parts carry a fixed date, so the same workbook gives the same bytes.
/// Reference: ECMA-376 Part 1, §18 (SpreadsheetML); the parts are the minimal set Excel, WPS, LibreOffice and
/// openpyxl open.
public enum XLSXWriter {
    /// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique (case-insensitive).
    static func sheetNames(_ names: [String]) -> [String] {
        var used = Set<String>(), out: [String] = []
        for name in names {
            var base = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if base.isEmpty { base = "Sheet" }
            var candidate = base, k = 2
            while used.contains(candidate.lowercased()) { candidate = String(base.prefix(28)) + " \(k)"; k += 1 }
            used.insert(candidate.lowercased())
            out.append(candidate)
        }
        return out
    }

    /// The workbook's bytes.
    public static func data(_ workbook: Workbook) throws -> Data {
        precondition(!workbook.sheets.isEmpty, "a workbook needs a sheet")
        let names = sheetNames(workbook.sheets.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", SpreadsheetML.contentTypes(sheetCount: names.count)),
            ("_rels/.rels", SpreadsheetML.rootRelationships),
            ("xl/workbook.xml", SpreadsheetML.workbook(names)),
            ("xl/_rels/workbook.xml.rels", SpreadsheetML.workbookRelationships(sheetCount: names.count)),
            ("xl/styles.xml", SpreadsheetML.styles),
        ]
        for (k, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(k + 1).xml", SpreadsheetML.worksheet(sheet, selected: k == 0)))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        let fixedDate = Date(timeIntervalSince1970: 946_684_800)   // 2000-01-01: same input, same bytes
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
