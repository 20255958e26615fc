/// The one writer of GitHub-flavoured Markdown tables: the `--format markdown` tables of the CLI and the
/// tables of the Markdown report. Every caption, header and cell text is escaped with ``MarkdownText``, so
/// a name can neither break the row (`|`, line breaks) nor form HTML.
///
/// ```
/// **caption**
///
/// | Unit | Score |
/// |---|---:|
/// | [b01](#b01) | 62.3 |
/// ```
///
/// A cell with an anchor becomes a link to `#anchor`; anchors are used as given, so they must be safe slugs.
/// Columns in `rightAligned` get `---:`. The text ends without a line break.
public struct MarkdownTable: Sendable {
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var anchor: String?

        public init(_ text: String, anchor: String? = nil) {
            self.text = text
            self.anchor = anchor
        }
    }

    public var caption: String?
    public var header: [String]
    public var rows: [[Cell]]
    public var rightAligned: Set<Int>

    public init(caption: String? = nil, header: [String], rows: [[Cell]], rightAligned: Set<Int> = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// A table of plain texts (no links).
    public init(caption: String? = nil, header: [String], texts: [[String]], rightAligned: Set<Int> = []) {
        self.init(caption: caption, header: header, rows: texts.map { $0.map { Cell($0) } }, rightAligned: rightAligned)
    }

    public func render() -> String {
        func esc(_ s: String) -> String { MarkdownText.escape(s) }
        func cell(_ c: Cell) -> String { c.anchor.map { "[\(esc(c.text))](#\($0))" } ?? esc(c.text) }
        var lines = caption.map { ["**\(esc($0))**", ""] } ?? []
        lines.append("| " + header.map(esc).joined(separator: " | ") + " |")
        lines.append("|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined())
        lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n")
    }
}
