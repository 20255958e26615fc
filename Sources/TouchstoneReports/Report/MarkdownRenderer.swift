import TouchstoneText

/// Renders a `ReportDocument` as GitHub-flavoured Markdown; each figure is an image link to its SVG file
/// (`name.svg`, written beside the Markdown file). Every text is escaped with `ReportEscaping.markdown`,
/// so names and labels can neither form HTML nor break tables; the only raw HTML is `<a id>` anchors made
/// of safe slugs.
struct MarkdownRenderer {
    func render(_ document: ReportDocument) -> String {
        var parts: [String] = []
        for block in document.flatBlocks {
            if let text = render(block) { parts.append(text) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// One block, or nil for blocks Markdown does not show (commands).
    func render(_ block: ReportBlock) -> String? {
        switch block {
        case let .heading(level, text, anchor, _):
            let a = anchor.map { "<a id=\"\(ReportEscaping.html($0))\"></a>\n" } ?? ""
            return a + String(repeating: "#", count: max(1, min(level, 6))) + " " + esc(text)
        case .paragraph(let inlines):
            return inline(inlines)
        case .note(let inlines):
            return "<sub>" + inline(inlines) + "</sub>"
        case .bullets(let items):
            return items.map { "- " + inline($0) }.joined(separator: "\n")
        case .keyFigures(let figures):
            return figures.map { f in "- **\(esc(f.label))**: \(esc(f.value))" + (f.detail.map { " — \(esc($0))" } ?? "") }.joined(separator: "\n")
        case .table(let t):
            return table(t)
        case .figure(let f):
            return image(f)
        case let .figurePair(a, b):
            return image(a) + "\n\n" + image(b)
        case .command:
            return nil
        case .keep(let blocks):
            return blocks.compactMap(render).joined(separator: "\n\n")
        }
    }

    func esc(_ s: String) -> String { ReportEscaping.markdown(s) }

    func inline(_ inlines: [Inline]) -> String {
        inlines.map { i -> String in
            switch i {
            case .text(let s): return esc(s)
            case .strong(let s): return s.isEmpty ? "" : "**\(esc(s))**"
            case .code(let s): return code(s)
            case let .link(s, target): return link(esc(s), target)
            }
        }.joined()
    }

    /// Inline code: a backtick span (with a fence longer than any run of backticks inside), or, when the
    /// text holds `<`, `>` or `&`, an escaped `<code>` element, so that no markup from a name or path
    /// appears raw even inside code.
    func code(_ s: String) -> String {
        if s.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" }) { return "<code>" + esc(s) + "</code>" }
        var longest = 0, run = 0
        for ch in s { run = ch == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        let body = s.replacingOccurrences(of: "\n", with: " ")
        return fence + (body.hasPrefix("`") || body.hasSuffix("`") ? " \(body) " : body) + fence
    }

    func link(_ text: String, _ target: ReportLink?) -> String {
        if case .anchor(let a)? = target { return "[\(text)](#\(a))" }
        return text
    }

    func table(_ t: ReportTable) -> String {
        let rows = t.rows.map { row in
            row.map { cell -> MarkdownTable.Cell in
                if case .anchor(let a)? = cell.link { return MarkdownTable.Cell(cell.text, anchor: a) }
                return MarkdownTable.Cell(cell.text)
            }
        }
        return MarkdownTable(caption: t.caption, header: t.header, rows: rows, rightAligned: t.rightAligned).render()
    }

    func image(_ f: ReportFigure) -> String {
        "![\(esc(f.alt))](\(f.name).svg)"
    }
}
