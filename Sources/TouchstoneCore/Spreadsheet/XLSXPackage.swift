import Foundation
import ZIPFoundation

/// An `.xlsx` workbook opened for reading: the ZIP package (ZIPFoundation) and the parts every sheet needs —
/// the sheet list, the shared strings and which cell styles are dates.
///
/// Office Open XML (ECMA-376 Part 1, §18): `xl/workbook.xml` lists the sheets by name with a relationship id,
/// `xl/_rels/workbook.xml.rels` maps that id to the worksheet part, `xl/sharedStrings.xml` holds the texts
/// cells refer to by index (`t="s"`), `xl/styles.xml` the number formats that make a number display as a date.
struct XLSXPackage {
    /// The file name used in messages.
    let file: String
    /// Sheet names in workbook order, with their part paths inside the package.
    let sheets: [(name: String, part: String)]
    let sharedStrings: [String]
    let styles: XLSXStyles
    /// Whether serial dates count from 1904 (old Mac workbooks) instead of 1900.
    let date1904: Bool

    init(path: String, file: String) throws {
        self.file = file
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputProblem(SourceLocation(file: file), .table(.workbookNotFound))
        }
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw InputProblem(SourceLocation(file: file), .table(.notAWorkbook))
        }
        func part(_ name: String) throws -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do { _ = try archive.extract(entry, skipCRC32: true) { data.append($0) } } catch {
                throw InputProblem(SourceLocation(file: file), .table(.workbookPartUnreadable(part: name, detail: "\(error)")))
            }
            return data
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw InputProblem(SourceLocation(file: file), .table(.workbookWithoutWorkbookPart))
        }
        let relations = try part("xl/_rels/workbook.xml.rels").map { try Self.relationships($0, file: file) } ?? [:]
        var sheets: [(String, String)] = [], is1904 = false
        try Self.run(workbook, part: "xl/workbook.xml", file: file) { name, a in
            if name == "workbookPr", let v = a["date1904"] { is1904 = v == "1" || v == "true" }
            if name == "sheet", let sheetName = a["name"], let id = a["r:id"], let target = relations[id] {
                sheets.append((sheetName, target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target))
            }
        }
        self.sheets = sheets
        self.date1904 = is1904
        sharedStrings = try part("xl/sharedStrings.xml").map { try Self.strings($0, file: file) } ?? []
        styles = try part("xl/styles.xml").map { try XLSXStyles(xml: $0, file: file) } ?? XLSXStyles()
        self.partReader = part
    }

    private let partReader: (String) throws -> Data?

    /// The bytes of a part (e.g. a worksheet), or nil if the package has none by that name.
    func data(ofPart name: String) throws -> Data? { try partReader(name) }

    /// Streams `xml` and calls `start` for every element; a parse error becomes an `InputProblem`.
    static func run(_ xml: Data, part: String, file: String, start: @escaping (String, [String: String]) -> Void,
                    text: ((String) -> Void)? = nil, end: ((String) -> Void)? = nil) throws {
        let events = XMLEvents()
        events.onStart = start
        if let text { events.onText = text }
        if let end { events.onEnd = end }
        if let error = events.parse(xml) {
            throw InputProblem(SourceLocation(file: "\(file)!\(part)", line: error.line), .table(.workbookXMLDamaged(detail: error.message)))
        }
    }

    /// Relationship id → target, from a `.rels` part.
    static func relationships(_ xml: Data, file: String) throws -> [String: String] {
        var map: [String: String] = [:]
        try run(xml, part: "xl/_rels/workbook.xml.rels", file: file) { name, a in
            if name == "Relationship", let id = a["Id"], let target = a["Target"] { map[id] = target }
        }
        return map
    }

    /// The shared strings: each `<si>`'s text, rich-text runs (`<r><t>`) joined, phonetic guides (`<rPh>`) left out.
    static func strings(_ xml: Data, file: String) throws -> [String] {
        var out: [String] = [], current = "", inText = false, phonetic = 0
        try run(xml, part: "xl/sharedStrings.xml", file: file, start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = true
            case "rPh": phonetic += 1
            default: break
            }
        }, text: { if inText && phonetic == 0 { current += $0 } }, end: { name in
            switch name {
            case "si": out.append(current)
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        })
        return out
    }
}
