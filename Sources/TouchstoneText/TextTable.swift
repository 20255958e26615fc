import TouchstoneText

/// A table of texts, rendered for a terminal (columns aligned by display width, so Chinese text lines up),
/// as Markdown, or as CSV (RFC 4180 quoting).
public struct TextTable: Sendable {
    public var title: String?
    public var header: [String]
    public var rows: [[String]]
    /// Columns to align right (numbers).
    public var rightAligned: Set<Int>
    /// Widest display width per column in terminal output; longer cells are cut with "…".
    public var maxWidths: [Int: Int] = [:]

    public init(title: String? = nil, header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.title = title
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// Aligned columns separated by two spaces, a rule under the header.
    public func terminal() -> String {
        let rows = self.rows.map { row in
            row.enumerated().map { c, text in maxWidths[c].map { TextWidth.truncate(text, to: $0) } ?? text }
        }
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(TextWidth.of).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in TextWidth.pad(text, to: widths[c], alignRight: rightAligned.contains(c)) }
                .joined(separator: "  ").trailingSpacesRemoved
        }
        var out = title.map { [$0, ""] } ?? []
        out.append(line(header))
        out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    /// The table without column `c` (alignment and width limits of the later columns move with them).
    public func removingColumn(_ c: Int) -> TextTable {
        var t = TextTable(title: title, header: header.enumerated().filter { $0.offset != c }.map(\.element),
                          rows: rows.map { $0.enumerated().filter { $0.offset != c }.map(\.element) },
                          rightAligned: Set(rightAligned.filter { $0 != c }.map { $0 > c ? $0 - 1 : $0 }))
        for (k, w) in maxWidths where k != c { t.maxWidths[k > c ? k - 1 : k] = w }
        return t
    }

    /// A GitHub-flavoured Markdown table (``MarkdownTable``, which escapes every cell), ending in a line break.
    public func markdown() -> String {
        MarkdownTable(caption: title, header: header, texts: rows, rightAligned: rightAligned).render() + "\n"
    }

    /// CSV with a header row; fields with commas, quotes or line breaks are quoted. LF line ends.
    public func csv() -> String {
        ([header] + rows).map { $0.map(CSVField.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

public enum CSVField {
    public static func quote(_ s: String) -> String {
        // Bytes, not Characters: faster, and a "\r\n" pair (one Character) is quoted too.
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
