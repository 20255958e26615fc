import TouchstoneText

/// The XML parts of a workbook written by `XLSXWriter` (ECMA-376 Part 1, §18).
enum SpreadsheetML {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Style indices in `styles`: 0 plain, 1 header (bold), 2 shaded, 3 percent, 4 shaded percent.
    enum Style: Int { case plain, header, shaded, percent, shadedPercent }

    static func contentTypes(sheetCount: Int) -> String {
        let ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var out = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(ct).sheet.main+xml\"/>"
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(ct).styles+xml\"/>"
        for k in 1 ... sheetCount { out += "<Override PartName=\"/xl/worksheets/sheet\(k).xml\" ContentType=\"\(ct).worksheet+xml\"/>" }
        return out + "</Types>"
    }

    static let rootRelationships = header + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbook(_ names: [String]) -> String {
        var out = header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\"><sheets>"
        for (k, name) in names.enumerated() { out += "<sheet name=\"\(escape(name))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>" }
        return out + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var out = header + "<Relationships xmlns=\"\(packageRelationships)\">"
        for k in 1 ... sheetCount {
            out += "<Relationship Id=\"rId\(k)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\(k).xml\"/>"
        }
        return out + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    static let styles = header + "<styleSheet xmlns=\"\(main)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFCE4D6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    static func worksheet(_ sheet: Workbook.Sheet, selected: Bool) -> String {
        var out = header + "<worksheet xmlns=\"\(main)\"><sheetViews><sheetView \(selected ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">"
        out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        let widths = columnWidths(sheet)
        if !widths.isEmpty {
            out += "<cols>"
            for (c, w) in widths.enumerated() { out += "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(w)\" customWidth=\"1\"/>" }
            out += "</cols>"
        }
        out += "<sheetData>"
        out += row(1, sheet.header.map { .text($0) }, style: .header)
        for (r, cells) in sheet.rows.enumerated() {
            out += row(r + 2, cells, style: sheet.shadedRows.contains(r) ? .shaded : .plain)
        }
        return out + "</sheetData></worksheet>"
    }

    /// Width per column in Excel's character units: the widest cell's display width + 2, from 6 to 80.
    static func columnWidths(_ sheet: Workbook.Sheet) -> [Int] {
        sheet.header.indices.map { c in
            let cells = sheet.rows.compactMap { $0.indices.contains(c) ? $0[c] : nil }
            let widest = ([TextWidth.of(sheet.header[c])] + cells.map { cell in
                switch cell {
                case .text(let t): return TextWidth.of(t)
                case .number(let x): return min(number(x).count, 12)
                case .percent: return 5
                case .empty: return 0
                }
            }).max() ?? 0
            return min(max(widest + 2, 6), 80)
        }
    }

    static func row(_ r: Int, _ cells: [Workbook.Cell], style: Style) -> String {
        var out = "<row r=\"\(r)\">"
        for (c, cell) in cells.enumerated() {
            let ref = "\(CellReference.letters(ofColumn: c))\(r)"
            let s = style == .plain ? "" : " s=\"\(style.rawValue)\""
            switch cell {
            case .text(let t): out += "<c r=\"\(ref)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(t))</t></is></c>"
            case .number(let x) where x.isFinite: out += "<c r=\"\(ref)\"\(s)><v>\(number(x))</v></c>"
            case .percent(let x) where x.isFinite:
                out += "<c r=\"\(ref)\" s=\"\(style == .shaded ? Style.shadedPercent.rawValue : Style.percent.rawValue)\"><v>\(number(x))</v></c>"
            default: if style != .plain { out += "<c r=\"\(ref)\"\(s)/>" }
            }
        }
        return out + "</row>"
    }

    /// The shortest text that reads back as `x`; whole numbers without `.0`.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// XML text: `& < > "` escaped, characters XML 1.0 forbids (control characters) dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default: if u.value >= 0x20 && u.value != 0xFFFE && u.value != 0xFFFF { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}
