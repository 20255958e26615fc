import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// Renders a `ReportDocument` as a Jupyter notebook (nbformat 4.5): the narrative in markdown cells, and
/// each `touchstone` command as a code cell (`!touchstone …`) whose saved outputs carry the tables
/// (`text/html`, with a `text/plain` fallback) and charts (`image/svg+xml`) it stands for. An analyst can
/// open it, read it without running anything, and re-run or change the commands.
///
/// The JSON is written like nbformat's own writer (keys sorted, one-space indent, UTF-8), with stable
/// cell ids, so the same report gives the same bytes. Plain-text outputs and code are written with
/// `<`, `>` and `&` as `\u` escapes: they read back unchanged, and no raw markup from a unit name ever
/// appears in the file.
struct NotebookRenderer {
    var metadata: [(String, JSON)] = []
    /// A markdown paragraph placed after the title cell (how to use the notebook).
    var intro: String?
    let markdown = MarkdownRenderer()
    let html = HTMLRenderer(kind: .report, linkBriefs: false)

    func render(_ document: ReportDocument) -> String {
        var cells: [JSON] = []
        var pendingMarkdown: [String] = []
        var code: (source: String, outputs: [JSON])?

        func flushMarkdown() {
            guard !pendingMarkdown.isEmpty else { return }
            cells.append(markdownCell(pendingMarkdown.joined(separator: "\n\n"), id: cells.count + 1))
            pendingMarkdown = []
            if cells.count == 1, let intro { cells.append(markdownCell(intro, id: 2)) }
        }
        func flushCode() {
            guard let c = code else { return }
            cells.append(codeCell(c.source, outputs: c.outputs, id: cells.count + 1))
            code = nil
        }

        for block in document.flatBlocks {
            switch block {
            case .command(let command):
                flushCode()
                flushMarkdown()
                code = ("!" + Self.ipythonLiteral(command), [])
            case .table(let t) where code != nil:
                code!.outputs.append(tableOutput(t))
            case .figure(let f) where code != nil:
                code!.outputs.append(figureOutput(f))
            case let .figurePair(a, b) where code != nil:
                code!.outputs.append(figureOutput(a))
                code!.outputs.append(figureOutput(b))
            case .figure(let f):
                flushMarkdown()
                cells.append(codeCell("# " + f.alt, outputs: [figureOutput(f)], id: cells.count + 1))
            case let .figurePair(a, b):
                flushMarkdown()
                cells.append(codeCell("# " + a.alt + "; " + b.alt, outputs: [figureOutput(a), figureOutput(b)], id: cells.count + 1))
            case .heading(let level, _, _, _):
                flushCode()
                if level <= 3 { flushMarkdown() }
                if let text = markdown.render(block) { pendingMarkdown.append(text) }
            default:
                flushCode()
                if let text = markdown.render(block) { pendingMarkdown.append(text) }
            }
        }
        flushCode()
        flushMarkdown()
        let notebook = JSON.object([
            ("cells", .array(cells)),
            ("metadata", .object([
                ("kernelspec", .object([("display_name", .string("Python 3")), ("language", .string("python")), ("name", .string("python3"))])),
                ("language_info", .object([("name", .string("python"))])),
            ] + metadata)),
            ("nbformat", .int(4)),
            ("nbformat_minor", .int(5)),
        ])
        return notebook.serialized() + "\n"
    }

    /// IPython expands `{expr}` and `$name` in `!` lines; doubling them keeps the command literal.
    static func ipythonLiteral(_ command: String) -> String {
        command.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            .replacingOccurrences(of: "$", with: "$$")
    }

    static func lines(_ text: String) -> JSON {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if var last = parts.popLast() {
            last.removeLast()
            if !last.isEmpty { parts.append(last) }
        }
        return .array(parts.map { .string($0) })
    }

    static func safeLines(_ text: String) -> JSON {
        guard case .array(let items) = lines(text) else { return .array([]) }
        return .array(items.map { if case .string(let s) = $0 { return .safeString(s) } else { return $0 } })
    }

    static func cellID(_ k: Int) -> String {
        let digits = String(k)
        return "cell-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    func markdownCell(_ text: String, id: Int) -> JSON {
        .object([("cell_type", .string("markdown")), ("id", .string(Self.cellID(id))),
                 ("metadata", .object([])), ("source", Self.lines(text))])
    }

    func codeCell(_ source: String, outputs: [JSON], id: Int) -> JSON {
        .object([("cell_type", .string("code")), ("execution_count", .null), ("id", .string(Self.cellID(id))),
                 ("metadata", .object([])), ("outputs", .array(outputs)), ("source", Self.safeLines(source))])
    }

    func tableOutput(_ t: ReportTable) -> JSON {
        let plain = TextTable(title: t.caption, header: t.header, rows: t.rows.map { $0.map(\.text) }, rightAligned: t.rightAligned).terminal()
        return .object([("data", .object([("text/html", Self.lines(html.table(t))), ("text/plain", Self.safeLines(plain))])),
                        ("metadata", .object([])), ("output_type", .string("display_data"))])
    }

    func figureOutput(_ f: ReportFigure) -> JSON {
        .object([("data", .object([("image/svg+xml", Self.lines(HTMLRenderer.inlineSVG(f.svg) + "\n")), ("text/plain", Self.safeLines(f.alt))])),
                 ("metadata", .object([])), ("output_type", .string("display_data"))])
    }
}

/// A JSON value written like Python's `json.dumps(indent=1, sort_keys=True, ensure_ascii=False)`, the way
/// nbformat saves notebooks.
indirect enum JSON: Sendable {
    case string(String)
    /// A string whose `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`.
    case safeString(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    func serialized(indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent + 1), close = String(repeating: " ", count: indent)
        switch self {
        case .string(let s): return Self.quote(s, htmlSafe: false)
        case .safeString(let s): return Self.quote(s, htmlSafe: true)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.serialized(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let sorted = members.sorted { Array($0.0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.0.unicodeScalars.map(\.value)) }
            return "{\n" + sorted.map { pad + Self.quote($0.0, htmlSafe: false) + ": " + $0.1.serialized(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "}"
        }
    }

    static func quote(_ s: String, htmlSafe: Bool) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where htmlSafe: out += "\\u003c"
            case ">" where htmlSafe: out += "\\u003e"
            case "&" where htmlSafe: out += "\\u0026"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
