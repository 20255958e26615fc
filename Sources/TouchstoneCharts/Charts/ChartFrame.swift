/// The common frame of every chart: the document with its title block at the top and a note at the bottom.
///
/// ```
/// ┌──────────────────────────────┐
/// │ Title (wrapped, ≤ 2 lines)   │
/// │ Subtitle (wrapped, ≤ 3 lines)│  ← headerHeight
/// │ [legend row, optional]       │
/// │ plot …                       │
/// │ Note (wrapped)               │  ← footerHeight
/// └──────────────────────────────┘
/// ```
struct ChartFrame {
    let width: Double
    let text: ChartText
    let theme: ChartTheme
    let padding = 16.0

    private var titleLines: [String] {
        TextMeasure.wrap(text.title, toWidth: width - 2 * padding, fontSize: theme.titleSize, maxLines: 2)
    }
    private var subtitleLines: [String] {
        guard let s = text.subtitle, !s.isEmpty else { return [] }
        return TextMeasure.wrap(s, toWidth: width - 2 * padding, fontSize: theme.subtitleSize, maxLines: 3)
    }
    private var noteLines: [String] {
        guard let s = text.note, !s.isEmpty else { return [] }
        return TextMeasure.wrap(s, toWidth: width - 2 * padding, fontSize: theme.noteSize, maxLines: 4)
    }

    /// Height taken by title and subtitle, including the top padding and a gap below.
    var headerHeight: Double {
        padding + Double(titleLines.count) * theme.titleSize * 1.3 + 2
            + Double(subtitleLines.count) * theme.subtitleSize * 1.35 + 12
    }

    var footerHeight: Double {
        noteLines.isEmpty ? padding : Double(noteLines.count) * theme.noteSize * 1.35 + padding + 6
    }

    func header() -> SVGElement {
        var g = SVGElement("g", ["class": "header"])
        var top = padding
        for line in titleLines {
            g.append(.text("text", line, ["x": .n(padding), "y": .n(top + theme.titleSize), "font-size": .n(theme.titleSize),
                                          "font-weight": "bold", "fill": .text(theme.text.hex)]))
            top += theme.titleSize * 1.3
        }
        top += 2
        for line in subtitleLines {
            g.append(.text("text", line, ["x": .n(padding), "y": .n(top + theme.subtitleSize),
                                          "font-size": .n(theme.subtitleSize), "fill": .text(theme.mutedText.hex)]))
            top += theme.subtitleSize * 1.35
        }
        return g
    }

    /// A document id, as ``SVGDocument/id(_:)`` will spell it.
    static func id(_ prefix: String, _ name: String) -> String { SVGDocument.sanitizedID(prefix) + "-" + name }

    func footer(height totalHeight: Double) -> SVGElement? {
        guard !noteLines.isEmpty else { return nil }
        var g = SVGElement("g", ["class": "note", "font-size": .n(theme.noteSize), "fill": .text(theme.mutedText.hex)])
        var y = totalHeight - padding - Double(noteLines.count - 1) * theme.noteSize * 1.35
        for line in noteLines {
            g.append(.text("text", line, ["x": .n(padding), "y": .n(y)]))
            y += theme.noteSize * 1.35
        }
        return g
    }

    /// The finished document: header, the chart's own elements, footer.
    func document(height: Double, idPrefix: String, body: [SVGElement]) -> SVGDocument {
        var doc = SVGDocument(width: width, height: height, title: text.title,
                              description: text.accessibleDescription, idPrefix: idPrefix,
                              background: theme.background.hex)
        doc.append(header())
        doc.append(contentsOf: body)
        if let f = footer(height: height) { doc.append(f) }
        return doc
    }
}
