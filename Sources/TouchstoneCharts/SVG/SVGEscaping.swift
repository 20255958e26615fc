/// Escaping of text content and attribute values for XML 1.0.
///
/// Replaces `&`, `<`, `>`, `"` and `'` by entity references everywhere (so a value is safe in text and in
/// either quoting style), writes tab, line feed and carriage return in attributes as character references
/// (so they survive attribute-value normalisation), and drops the characters XML 1.0 forbids outright
/// (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF), which no reference can carry.
///
/// | input                 | escaped                              |
/// |-----------------------|--------------------------------------|
/// | `a < b & c`           | `a &lt; b &amp; c`                   |
/// | `"Ω"`                 | `&quot;Ω&quot;`                      |
/// | `<script>`            | `&lt;script&gt;`                     |
///
/// Non-ASCII text is written as UTF-8, unescaped; the document declares no other encoding.
public enum SVGEscaping {
    public static func text(_ s: String) -> String { escape(s, inAttribute: false) }
    public static func attribute(_ s: String) -> String { escape(s, inAttribute: true) }

    static func escape(_ s: String, inAttribute: Bool) -> String {
        guard s.unicodeScalars.contains(where: needsWork) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\t" where inAttribute: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n" where inAttribute: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default:
                if isForbidden(u) { continue }
                out.append(u)
            }
        }
        return String(out)
    }

    private static func needsWork(_ u: Unicode.Scalar) -> Bool {
        switch u {
        case "&", "<", ">", "\"", "'", "\t", "\n", "\r": return true
        default: return isForbidden(u)
        }
    }

    private static func isForbidden(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v < 0x20 && v != 0x9 && v != 0xA && v != 0xD) || v == 0xFFFE || v == 0xFFFF
    }
}
