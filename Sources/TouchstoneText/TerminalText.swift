/// Text made safe for a terminal: control characters from the data (a unit named `"\u{1B}[2J"` would clear
/// the screen, `"\r"` would overwrite the line, an OSC sequence could set the window title or a link) are
/// shown as visible symbols instead of being obeyed.
///
/// Only for output that goes to a terminal: the CLI applies it when standard output is a TTY, never to
/// files or pipes, whose bytes (CSV, JSON) must stay exactly the data.
///
/// | input | output |
/// |---|---|
/// | `"a\u{1B}[2Jb"` | `"a␛[2Jb"` |
/// | `"x\ry"` | `"x␍y"` |
/// | `"line\n"`, `"a\tb"` | unchanged (line feeds and tabs are layout) |
/// | U+0080–U+009F (C1 controls), U+007F | `"�"` |
public enum TerminalText {
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            guard isUnsafe(u) else { out.append(u); continue }
            // C0 controls have visible "control pictures" at U+2400 + code (␛ for ESC, ␍ for CR).
            out.append(u.value < 0x20 ? Unicode.Scalar(0x2400 + u.value)! : "\u{FFFD}")
        }
        return String(out)
    }

    static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F ... 0x9F).contains(u.value)
    }
}
