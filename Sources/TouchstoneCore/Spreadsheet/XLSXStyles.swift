import Foundation

/// Which cell styles of a workbook display numbers as dates, from `xl/styles.xml`.
///
/// A cell's `s` attribute indexes `<cellXfs>`; each `<xf>` names a number format (`numFmtId`). Built-in ids
/// 14–22 and 45–47 are dates and times (ECMA-376 §18.8.30), 27–36 and 50–58 the East Asian date formats
/// (Excel in Chinese, Japanese and Korean locales); a custom `<numFmt>` is a date when its code has a
/// y, m, d, h or s outside quotes, brackets and escapes (`yyyy-mm-dd`, `yyyy"年"m"月"`). A date format made of
/// years alone (`yyyy`) is kept apart: Excel shows such a cell as the year.
struct XLSXStyles {
    enum Kind { case number, date, dateTime, year }
    /// Kind of each `cellXfs` entry, by index.
    var kinds: [Kind] = []

    init() {}

    init(xml: Data, file: String) throws {
        var custom: [Int: String] = [:], formats: [Int] = [], inCellXfs = false
        try XLSXPackage.run(xml, part: "xl/styles.xml", file: file, start: { name, a in
            switch name {
            case "numFmt": if let id = a["numFmtId"].flatMap(Int.init), let code = a["formatCode"] { custom[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formats.append(a["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }, end: { if $0 == "cellXfs" { inCellXfs = false } })
        kinds = formats.map { Self.kind(ofFormat: $0, code: custom[$0]) }
    }

    func kind(ofStyle index: Int?) -> Kind {
        guard let index, kinds.indices.contains(index) else { return .number }
        return kinds[index]
    }

    static func kind(ofFormat id: Int, code: String?) -> Kind {
        if let code { return kind(ofCode: code) }
        switch id {
        case 14 ... 17, 27 ... 31, 34 ... 36, 50 ... 58: return .date
        case 18 ... 22, 32, 33, 45 ... 47: return .dateTime
        default: return .number
        }
    }

    /// Reads a format code's date letters, skipping quoted text, `[…]` (colours, locales, elapsed time) and `\x`.
    static func kind(ofCode code: String) -> Kind {
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? code
        var letters = Set<Character>(), quoted = false, bracket = false, escaped = false
        for ch in section.lowercased() {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket && "ymdhs".contains(ch) { letters.insert(ch) }
            }
        }
        if letters.isEmpty { return .number }
        if letters == ["y"] { return .year }
        return letters.isDisjoint(with: ["h", "s"]) ? .date : .dateTime
    }
}
