/// Escaping of text placed in Markdown (CommonMark/GFM) inline content and table cells — the one place
/// for it: ``MarkdownTable`` (the `--format markdown` of index, trend, peers, compare, diagnose and
/// sensitivity, and the tables of the Markdown report) and the Markdown report's text use it.
///
/// `& < >` become entity references, so raw HTML (`<script>`, `<!--`, `<img onerror=…>`) never forms;
/// Markdown punctuation that could start emphasis, code, links, headings or cell breaks gets a backslash;
/// line breaks and tabs become spaces, so a cell stays on its row.
///
/// | input | output |
/// |---|---|
/// | `<script>alert(1)</script>` | `&lt;script&gt;alert(1)&lt;/script&gt;` |
/// | `<!-- a` | `&lt;!-- a` |
/// | `a|b` | `a\|b` |
/// | `<b>a*b*</b>` | `&lt;b&gt;a\*b\*&lt;/b&gt;` |
public enum MarkdownText {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#": out.append("\\"); out.append(ch)
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            default: out.append(ch)
            }
        }
        return out
    }
}
