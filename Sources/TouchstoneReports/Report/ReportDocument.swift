/// The content of a report, independent of its format: headings, paragraphs, lists, key figures, tables
/// and figures in reading order. `HTMLRenderer`, `MarkdownRenderer` and `NotebookRenderer` turn the same
/// document into HTML, Markdown and a Jupyter notebook, so the three never say different things.
///
/// Every text in the document is plain text; the renderers escape it for their format.
struct ReportDocument: Sendable {
    var title: String
    var language: String
    var blocks: [ReportBlock] = []

    mutating func add(_ block: ReportBlock) { blocks.append(block) }
    mutating func add(contentsOf other: [ReportBlock]) { blocks.append(contentsOf: other) }
}

enum ReportBlock: Sendable {
    /// Level 1–4. Level 2 opens a chapter (a new page when printed); `pageBreak` forces one for other levels.
    case heading(level: Int, text: String, anchor: String?, pageBreak: Bool)
    case paragraph([Inline])
    /// A paragraph in smaller, muted type (explanations, notes under tables).
    case note([Inline])
    case bullets([[Inline]])
    /// Label–value tiles (HTML) or a bullet list (Markdown).
    case keyFigures([KeyFigure])
    case table(ReportTable)
    case figure(ReportFigure)
    /// Two figures side by side (HTML); one after the other elsewhere.
    case figurePair(ReportFigure, ReportFigure)
    /// The `touchstone` command that produces what follows (a code cell in the notebook; not shown in
    /// HTML and Markdown, whose method appendix names the command for the whole report).
    case command(String)
    /// Blocks kept on one printed page (a heading with its chart or table); a plain sequence elsewhere.
    case keep([ReportBlock])
}

extension ReportDocument {
    /// The blocks with every `keep` group opened up, for formats without pages.
    var flatBlocks: [ReportBlock] {
        func flatten(_ blocks: [ReportBlock]) -> [ReportBlock] {
            blocks.flatMap { b -> [ReportBlock] in
                if case .keep(let inner) = b { return flatten(inner) }
                return [b]
            }
        }
        return flatten(blocks)
    }
}

enum Inline: Sendable, Equatable {
    case text(String)
    case strong(String)
    case code(String)
    case link(String, ReportLink)
}

enum ReportLink: Sendable, Equatable {
    /// An anchor in the same document.
    case anchor(String)
    /// A unit's one-page brief (only the HTML report links to briefs: other formats drop the link).
    case brief(String)
    /// An anchor in the main HTML report, from a brief.
    case report(String)
}

struct KeyFigure: Sendable {
    var label: String
    var value: String
    var detail: String?
}

struct ReportTable: Sendable {
    struct Cell: Sendable, ExpressibleByStringLiteral {
        var text: String
        var link: ReportLink?
        /// CSS class of the cell (e.g. a severity badge).
        var style: String?

        init(_ text: String, link: ReportLink? = nil, style: String? = nil) {
            self.text = text
            self.link = link
            self.style = style
        }

        init(stringLiteral value: String) { self.init(value) }
    }

    var caption: String?
    var header: [String]
    var rows: [[Cell]]
    var rightAligned: Set<Int> = []
    /// CSS class per row (`flagged`, `exemplar`), or nil.
    var rowStyles: [String?] = []
    /// Smaller type for tables with many columns.
    var wide = false
    /// Column indices that may wrap (names); other columns stay on one line.
    var wrapping: Set<Int> = []

    init(caption: String? = nil, header: [String], rows: [[Cell]], rightAligned: Set<Int> = [], wide: Bool = false, wrapping: Set<Int> = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
        self.wide = wide
        self.wrapping = wrapping
        self.rowStyles = Array(repeating: nil, count: rows.count)
    }
}

struct ReportFigure: Sendable {
    /// File name without extension, unique within the report (also the SVG file of the Markdown report).
    var name: String
    var svg: String
    /// Short text for readers who cannot see the chart.
    var alt: String
    /// `full` (page width), `half` (briefs), `compact` (at most two thirds of the page width) or `lead` (page
    /// width, at most two thirds of the page height: the decision chart under the lines of page 1).
    var size: Size = .full

    enum Size: String, Sendable { case full, half, compact, lead }
}
