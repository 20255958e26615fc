/// Renders a `ReportDocument` as one self-contained HTML file: inline CSS and SVG, no scripts, no external
/// fonts, images or links other than to the unit briefs beside it. Chapters (level-2 headings) start on a
/// new page when printed; tables repeat their header on every page and rows never split.
struct HTMLRenderer {
    enum Kind: String { case report, brief }

    var kind: Kind
    /// Whether unit cells link to `briefs/UNIT.html` (only when the briefs are written too).
    var linkBriefs: Bool
    /// Where a brief finds the main report.
    var reportPath = "../report.html"

    func render(_ document: ReportDocument) -> String {
        let lang = document.language.hasPrefix("zh") ? "zh-CN" : "en"
        var out = """
        <!DOCTYPE html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Touchstone">
        <title>\(esc(document.title))</title>
        <style>
        \(ReportStyle.css(kind))\(kind == .brief ? "" : ReportStyle.pageMarks(title: document.title))</style>
        </head>
        <body class="\(kind.rawValue)">

        """
        var sectionOpen = false
        var chapters = 0
        for block in document.blocks {
            out += render(block, sectionOpen: &sectionOpen, chapters: &chapters)
        }
        if sectionOpen { out += "</section>\n" }
        out += "</body>\n</html>\n"
        return out
    }

    func render(_ block: ReportBlock, sectionOpen: inout Bool, chapters: inout Int) -> String {
        var out = ""
            switch block {
            case let .heading(level, text, anchor, pageBreak):
                let id = anchor.map { " id=\"\(esc($0))\"" } ?? ""
                if level == 1 {
                    out += "<h1\(id)>\(esc(text))</h1>\n"
                } else if level == 2 {
                    if sectionOpen { out += "</section>\n" }
                    chapters += 1
                    let first = chapters == 1 && !pageBreak && kind == .report
                    out += "<section class=\"chapter\(first ? " first" : "")\">\n<h2\(id)>\(esc(text))</h2>\n"
                    sectionOpen = true
                } else {
                    let cls = pageBreak ? " class=\"page-break\"" : ""
                    out += "<h\(level)\(id)\(cls)>\(esc(text))</h\(level)>\n"
                }
            case .paragraph(let inlines):
                out += "<p>\(inline(inlines))</p>\n"
            case .note(let inlines):
                out += "<p class=\"note\">\(inline(inlines))</p>\n"
            case .bullets(let items):
                out += "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
            case .keyFigures(let figures):
                out += "<dl class=\"keys\">\n"
                for f in figures {
                    out += "<div><dt>\(esc(f.label))</dt><dd>\(esc(f.value))\(f.detail.map { "<small>\(esc($0))</small>" } ?? "")</dd></div>\n"
                }
                out += "</dl>\n"
            case .table(let table):
                out += self.table(table)
            case .figure(let figure):
                out += self.figure(figure)
            case let .figurePair(a, b):
                out += "<div class=\"pair\">\n" + figure(a) + figure(b) + "</div>\n"
            case .command:
                break
            case .keep(let blocks):
                out += "<div class=\"keep\">\n"
                for b in blocks { out += render(b, sectionOpen: &sectionOpen, chapters: &chapters) }
                out += "</div>\n"
            }
        return out
    }

    func esc(_ s: String) -> String { ReportEscaping.html(s) }

    func inline(_ inlines: [Inline]) -> String {
        inlines.map { i -> String in
            switch i {
            case .text(let s): return esc(s)
            case .strong(let s): return "<strong>\(esc(s))</strong>"
            case .code(let s): return "<code>\(esc(s))</code>"
            case let .link(s, target): return link(esc(s), target)
            }
        }.joined()
    }

    func link(_ html: String, _ target: ReportLink?) -> String {
        switch target {
        case .anchor(let a)?: return "<a href=\"#\(esc(a))\">\(html)</a>"
        case .brief(let slug)? where linkBriefs: return "<a href=\"briefs/\(esc(slug)).html\">\(html)</a>"
        case .report(let a)?: return "<a href=\"\(esc(reportPath))#\(esc(a))\">\(html)</a>"
        default: return html
        }
    }

    func table(_ t: ReportTable) -> String {
        var out = "<table\(t.wide ? " class=\"wide\"" : "")>\n"
        if let c = t.caption { out += "<caption>\(esc(c))</caption>\n" }
        let nameColumn = t.wrapping.min()
        func cls(_ c: Int) -> String? {
            t.rightAligned.contains(c) ? "num" : (c == nameColumn ? "name" : (t.wrapping.contains(c) ? nil : "nowrap"))
        }
        out += "<thead><tr>" + t.header.enumerated().map { c, h in
            "<th\(t.rightAligned.contains(c) ? " class=\"num\"" : "")>\(esc(h))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        for (k, row) in t.rows.enumerated() {
            let style = k < t.rowStyles.count ? t.rowStyles[k] : nil
            out += "<tr\(style.map { " class=\"\(esc($0))\"" } ?? "")>"
            for (c, cell) in row.enumerated() {
                let classes = [cls(c), cell.style].compactMap { $0 }
                let attr = classes.isEmpty ? "" : " class=\"\(esc(classes.joined(separator: " ")))\""
                out += "<td\(attr)>\(link(esc(cell.text), cell.link))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    func figure(_ f: ReportFigure) -> String {
        "<figure class=\"\(f.size.rawValue)\">\n\(Self.inlineSVG(f.svg))\n</figure>\n"
    }

    /// The chart's SVG as an element of the page: without an XML declaration or trailing newline.
    static func inlineSVG(_ svg: String) -> String {
        var s = Substring(svg)
        if s.hasPrefix("<?xml"), let end = s.range(of: "?>") { s = s[end.upperBound...] }
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
