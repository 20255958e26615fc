import TouchstoneCore
import TouchstoneText

extension FlagReport {
    /// The flag report as Markdown (`flag --format markdown`): the same content as `text()`, with the title as
    /// a heading, each unit needing help as a sub-heading with its signals, reasons, path and partners as a list
    /// (path steps numbered), the watch list and exemplars as sections, and the notes as paragraphs. All text
    /// from the data (names, labels) is escaped (`MarkdownText`), so a name cannot form HTML or a link.
    ///
    /// It is read off the layout of `text()`, whose indentation is fixed: an unindented line in the needs-help
    /// part is a unit, 8 spaces a list item, 11 spaces a path step or its note, 10 spaces a signal of a
    /// watched unit.
    public func markdown() -> String {
        let lines = text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var section = 0   // 0: header notes, 1: units needing help, 2: watch or exemplars, 3: closing notes
        func paragraph(_ s: String) { out.append(MarkdownText.escape(s)); out.append("") }
        for (k, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indent = line.prefix { $0 == " " }.count
            if k == 0 { out += ["# " + MarkdownText.escape(trimmed), ""]; continue }
            if trimmed.isEmpty {
                if section == 0 { section = 1 }
                if out.last != "" { out.append("") }
                continue
            }
            if indent == 0 && (line == watchHeading || line == exemplarHeading) {
                section = 2
                out += ["## " + MarkdownText.escape(trimmed), ""]
                continue
            }
            switch (section, indent) {
            case (0, _): paragraph(trimmed)
            case (1, 0):
                // "HIGH    b21  Name (group)  — index 34.4, rank 34": one heading, spaces collapsed.
                let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                out += ["### " + MarkdownText.escape(words), ""]
            case (_, 11...): out.append("    " + Self.numbered(trimmed))
            case (2, 10): out.append("  - " + MarkdownText.escape(trimmed.hasPrefix("• ") ? String(trimmed.dropFirst(2)) : trimmed))
            case (_, 1...):
                out.append("- " + MarkdownText.escape(trimmed.hasPrefix("• ") ? String(trimmed.dropFirst(2)) : trimmed))
            default:
                // Unindented after the lists: the closing notes.
                section = 3
                paragraph(trimmed)
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// "1. step" stays a numbered item (its number unescaped); other lines are escaped as they are.
    static func numbered(_ s: String) -> String {
        if let dot = s.firstIndex(of: "."), s[..<dot].allSatisfy(\.isNumber), !s[..<dot].isEmpty {
            return String(s[...dot]) + MarkdownText.escape(String(s[s.index(after: dot)...]))
        }
        return MarkdownText.escape(s)
    }
}
