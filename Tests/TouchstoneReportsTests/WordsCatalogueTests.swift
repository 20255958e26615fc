import Foundation
import Testing
import TouchstoneText

/// The catalogue of words (`Words.t(en, zh)` in TouchstoneOutput and the reports, and the `zh ? "…" : "…"`
/// pairs of the text layer) read from the sources: every entry says something in both languages, both say
/// the same numbers and ids (the same interpolations `\(…)` and `{placeholders}`, as often), the English has
/// no Chinese and the Chinese no English sentence (`EnglishSentences`).
@Suite("One catalogue of words in both languages")
struct WordsCatalogueTests {
    struct Entry: CustomStringConvertible {
        var file: String, line: Int, en: Literal, zh: Literal
        var description: String { "\(file):\(line): \(en.text) | \(zh.text)" }
    }

    /// A string literal: its text with each interpolation replaced by a space, and the interpolated expressions.
    struct Literal { var text: String; var interpolations: [String] }

    static let folders = ["Sources/TouchstoneOutput", "Sources/TouchstoneReports"]

    static func entries() throws -> [Entry] {
        var out: [Entry] = []
        for folder in folders {
            let dir = ChartBuilderTests.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: dir.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            for name in files.sorted() {
                let source = Array(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
                out += scan(source, file: folder + "/" + name)
            }
        }
        return out
    }

    /// Finds `t("en", "zh")` and `zh ? "zh" : "en"` in a file's characters.
    static func scan(_ s: [Character], file: String) -> [Entry] {
        var out: [Entry] = []
        var i = 0
        var line = 1
        func skipSpaces(_ k: inout Int) { while k < s.count, s[k] == " " || s[k] == "\n" { k += 1 } }
        func starts(_ text: String, at k: Int) -> Bool {
            let t = Array(text)
            return k + t.count <= s.count && Array(s[k..<k + t.count]) == t
        }
        while i < s.count {
            if s[i] == "\n" { line += 1 }
            if starts("//", at: i) { while i < s.count, s[i] != "\n" { i += 1 }; continue }
            if s[i] == "\"" { _ = literal(s, &i); continue }
            let boundary = i == 0 || !(s[i - 1].isLetter || s[i - 1].isNumber || s[i - 1] == "_")
            if boundary, starts("t(\"", at: i) {
                var k = i + 2
                if let en = literal(s, &k) {
                    skipSpaces(&k)
                    if k < s.count, s[k] == "," {
                        k += 1; skipSpaces(&k)
                        if k < s.count, s[k] == "\"", let zh = literal(s, &k) {
                            out.append(Entry(file: file, line: line, en: en, zh: zh))
                            line += s[i..<k].filter { $0 == "\n" }.count
                            i = k
                            continue
                        }
                    }
                }
            }
            if boundary, starts("zh ? \"", at: i) {
                var k = i + 5
                if let zh = literal(s, &k) {
                    skipSpaces(&k)
                    if starts(": \"", at: k) {
                        k += 2
                        if let en = literal(s, &k) {
                            out.append(Entry(file: file, line: line, en: en, zh: zh))
                            line += s[i..<k].filter { $0 == "\n" }.count
                            i = k
                            continue
                        }
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Reads the one-line literal at `k` (at its opening quote), moving `k` past it.
    static func literal(_ s: [Character], _ k: inout Int) -> Literal? {
        guard k < s.count, s[k] == "\"" else { return nil }
        if k + 2 < s.count, s[k + 1] == "\"", s[k + 2] == "\"" { k += 3; return nil }
        k += 1
        var text = "", interpolations: [String] = []
        while k < s.count, s[k] != "\"", s[k] != "\n" {
            if s[k] == "\\", k + 1 < s.count {
                if s[k + 1] == "(" {
                    var depth = 1, j = k + 2, expr = ""
                    while j < s.count, depth > 0 {
                        if s[j] == "\"" { var q = j; _ = literal(s, &q); expr += String(s[j..<q]); j = q; continue }
                        if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 }
                        if depth > 0 { expr.append(s[j]) }
                        j += 1
                    }
                    interpolations.append(expr)
                    text += " "
                    k = j
                    continue
                }
                text.append(s[k + 1])
                k += 2
                continue
            }
            text.append(s[k])
            k += 1
        }
        k += 1
        return Literal(text: text, interpolations: interpolations)
    }

    static func placeholders(_ text: String) -> [String] {
        var out: [String] = [], current: String?
        for c in text {
            if c == "{" { current = "" } else if c == "}", let p = current { out.append(p); current = nil } else if current != nil { current!.append(c) }
        }
        return out.filter { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0 == "_" } }.sorted()
    }

    static func cjk(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    @Test("the scanner reads the catalogue (hundreds of entries, with interpolations)")
    func scannerFindsEntries() throws {
        let entries = try Self.entries()
        #expect(entries.count > 300, "\(entries.count)")
        #expect(entries.contains { $0.en.text == "flagged" && $0.zh.text == "预警" })
        #expect(entries.contains { !$0.en.interpolations.isEmpty })
        let sample = Self.scan(Array(#"let a = w.t("\(n) units", "\(n) 个单位"); let b = zh ? "年" : "year""#), file: "x")
        #expect(sample.map { [$0.en.text, $0.zh.text] } == [["  units", "  个单位"], ["year", "年"]])
        #expect(sample.first?.en.interpolations == ["n"])
    }

    @Test("no entry says something in one language and nothing in the other")
    func bothLanguages() throws {
        func blank(_ l: Literal) -> Bool { l.text.allSatisfy(\.isWhitespace) }
        func words(_ l: Literal) -> Bool { l.text.contains(where: \.isLetter) }
        let missing = try Self.entries().filter { (words($0.en) && blank($0.zh)) || (words($0.zh) && blank($0.en)) }
        #expect(missing.isEmpty, "\(missing.prefix(10))")
    }

    /// The values an interpolation shows: the identifiers that start its expression's paths (`e.year` → `e`),
    /// leaving out calls (`are(flagged)` → `flagged`), language-specific variants (`prevEn`/`prevZh` → `prev`,
    /// `through?.en` → `through`) and the text of literals inside the expression (`n == 1 ? "" : "s"` → `n`).
    static func values(_ expressions: [String]) -> Set<String> {
        var out = Set<String>()
        for e in expressions {
            let chars = Array(e)
            var i = 0
            var inString = false, depthInString = 0
            while i < chars.count {
                // Text of string literals inside the expression is not a value; their interpolations are.
                if chars[i] == "\"" { inString.toggle(); i += 1; continue }
                if inString, depthInString == 0 {
                    if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "(" { depthInString = 1; i += 2 } else { i += 1 }
                    continue
                }
                if inString, chars[i] == "(" { depthInString += 1 }
                if inString, chars[i] == ")" { depthInString -= 1; i += 1; continue }
                guard chars[i].isLetter || chars[i] == "_" else { i += 1; continue }
                let start = i
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
                var name = String(chars[start..<i])
                let afterDot = start > 0 && chars[start - 1] == "."
                let isCall = i < chars.count && chars[i] == "("
                if afterDot || isCall || name == "en" || name == "zh" { continue }
                if name.hasSuffix("En") || name.hasSuffix("Zh") { name.removeLast(2) }
                out.insert(name)
            }
        }
        return out
    }

    @Test("both languages interpolate the same values and fill the same {placeholders}")
    func placeholdersAgree() throws {
        #expect(Self.values(["n == 1 ? \"\" : \"s\"", "e.year", "are(flagged)", "prevEn", "through?.en ?? \"\""]) == ["n", "e", "flagged", "prev", "through"])
        let differing = try Self.entries().filter {
            Self.values($0.en.interpolations) != Self.values($0.zh.interpolations) || Self.placeholders($0.en.text) != Self.placeholders($0.zh.text)
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { "\($0) — \($0.en.interpolations) vs \($0.zh.interpolations)" })")
    }

    @Test("the English has no Chinese and the Chinese no English sentence")
    func eachInItsLanguage() throws {
        let entries = try Self.entries()
        let chineseInEnglish = entries.filter { Self.cjk($0.en.text) }
        let englishInChinese = entries.filter { !EnglishSentences.find(in: $0.zh.text).isEmpty }
        #expect(chineseInEnglish.isEmpty, "\(chineseInEnglish.prefix(10))")
        #expect(englishInChinese.isEmpty, "\(englishInChinese.prefix(10))")
    }
}
