import TouchstoneCharts
import TouchstoneCore
import TouchstoneText

/// Escaping for the report formats, and safe names for files and anchors made from unit ids.
enum ReportEscaping {
    /// Text for HTML content and attribute values: `& < > " '` become entity references and characters
    /// XML forbids are dropped (the same rules as the SVG charts, so one function serves both).
    ///
    /// | input | output |
    /// |---|---|
    /// | `<script>alert(1)</script>` | `&lt;script&gt;alert(1)&lt;/script&gt;` |
    static func html(_ s: String) -> String { SVGEscaping.attribute(s) }

    /// Text for Markdown inline content: see `MarkdownText.escape` (the one escaper of Markdown text).
    static func markdown(_ s: String) -> String { MarkdownText.escape(s) }

    /// A name safe in file names, URLs and HTML ids: ASCII letters, digits, `-` and `_` are kept; if
    /// anything else was in `id` (or nothing is left), the FNV-1a hash of the id is appended so that two
    /// different ids never share a name.
    ///
    /// | id | slug |
    /// |---|---|
    /// | `b21` | `b21` |
    /// | `<script>` | `script-3f1c…` (8 hex digits) |
    static func slug(_ id: String) -> String {
        let kept = String(String.UnicodeScalarView(id.unicodeScalars.filter { u in
            u.value < 128 && (u.properties.isAlphabetic || ("0" ... "9").contains(u) || u == "-" || u == "_")
        }))
        if kept == id && !kept.isEmpty { return kept }
        let hash = String(Fingerprint.fnv1a(Array(id.utf8)).prefix(8))
        return kept.isEmpty ? "u-" + hash : kept + "-" + hash
    }

    /// Unique slugs for a list of ids (a numeric suffix separates ids that would still collide).
    static func slugs(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.map { id in
            var s = slug(id)
            var k = 2
            while seen.contains(s.lowercased()) { s = slug(id) + "-\(k)"; k += 1 }
            seen.insert(s.lowercased())
            return s
        }
    }

    /// A shell word: bare when it holds only safe characters, otherwise in single quotes.
    static func shell(_ s: String) -> String {
        let safe = s.unicodeScalars.allSatisfy { u in
            u.value < 128 && (u.properties.isAlphabetic || ("0" ... "9").contains(u) || "-_./=:,+@%".unicodeScalars.contains(u))
        }
        if safe && !s.isEmpty { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
