import TouchstoneText

/// Estimated rendered width of text, without fonts: a table of em widths per character class.
///
/// | characters                                                  | width (em) |
/// |-------------------------------------------------------------|------------|
/// | combining marks (Mn, Me), format characters (Cf), variation selectors | 0 |
/// | East Asian Wide and Fullwidth (UAX #11 W, F): CJK, kana, Hangul, fullwidth forms | 1.0 |
/// | `i j l . , : ; ' ! \|` and space                            | 0.28       |
/// | `f r t ( ) [ ] { } / \ - " I J`                             | 0.38       |
/// | other lower case, digits, most symbols                      | 0.58       |
/// | upper case                                                  | 0.68       |
/// | `m w M W @ %`                                               | 0.92       |
/// | other scripts (Latin-1 letters, Greek, Cyrillic…)           | 0.62       |
///
/// The widths follow the advance widths of Noto Sans (Latin, 1000 units/em) rounded up, and the CJK faces'
/// full-width ideographs, so an estimate is a little generous for Latin text and exact for CJK. Widths are
/// summed per Unicode scalar; wide characters are those of the one East Asian width table,
/// `TextWidth.isWide` (module TouchstoneText), which terminal tables use too. Worked example at 10 px: `"Ab"` = (0.68 + 0.58) · 10 = 12.6 px;
/// `"北京"` = 20 px; `"e\u{301}"` (e + combining acute) = 5.8 px.
public enum TextMeasure {
    /// Width in px of `text` set at `fontSize` px.
    public static func width(_ text: String, fontSize: Double) -> Double {
        ems(text) * fontSize
    }

    /// Width of `text` in ems.
    public static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ems(of: $1) }
    }

    public static func ems(of u: Unicode.Scalar) -> Double {
        let v = u.value
        if v < 0x80 {
            if v < 0x20 || v == 0x7F { return 0 }
            return asciiEms(u)
        }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || v == 0x200B { return 0 }
        if TextWidth.isWide(v) { return 1.0 }
        switch v {
        case 0x2026: return 0.8  // …
        case 0x2014: return 1.0  // —
        case 0x2013, 0x2212: return 0.58  // – −
        case 0x00A0, 0x2009, 0x202F: return 0.26
        default: return 0.62
        }
    }

    private static func asciiEms(_ u: Unicode.Scalar) -> Double {
        switch u {
        case "i", "j", "l", ".", ",", ":", ";", "'", "!", "|", " ", "`": return 0.28
        case "f", "r", "t", "(", ")", "[", "]", "{", "}", "/", "\\", "-", "\"", "I", "J": return 0.38
        case "m", "w", "M", "W", "@", "%": return 0.92
        case "A"..."Z": return 0.68
        default: return 0.58
        }
    }

    /// `text` cut at a character boundary so that it plus "…" fits in `maxWidth` px; unchanged when it fits.
    ///
    /// Cuts between grapheme clusters, so a combining mark stays with its base. When not even "…" fits the
    /// result is "…" alone. `truncate("重庆市渝中区分部", toWidth: 50, fontSize: 10)` = `"重庆市渝…"`.
    public static func truncate(_ text: String, toWidth maxWidth: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        let budget = maxWidth - width("…", fontSize: fontSize)
        var out = ""
        var used = 0.0
        for ch in text {
            let w = width(String(ch), fontSize: fontSize)
            if used + w > budget { break }
            out.append(ch)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// `text` broken into lines no wider than `maxWidth` px: at spaces for words, between any two wide (CJK)
    /// characters, and inside a word only when the word alone is too wide. At most `maxLines` lines; the last
    /// one is truncated with "…" if text remains.
    public static func wrap(_ text: String, toWidth maxWidth: Double, fontSize: Double, maxLines: Int = 3) -> [String] {
        precondition(maxLines >= 1, "wrap needs at least one line")
        // Break opportunities: tokens are runs of non-space narrow characters, single wide characters, spaces.
        var tokens: [String] = []
        var current = ""
        for ch in text {
            let wide = ch.unicodeScalars.first.map { TextWidth.isWide($0.value) } ?? false
            if ch == " " || wide {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(ch))
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { tokens.append(current) }

        var lines: [String] = []
        var line = ""
        for token in tokens {
            let candidate = line + token
            if width(candidate, fontSize: fontSize) <= maxWidth || line.trimmingSpaces.isEmpty {
                line = candidate
            } else {
                lines.append(line.trimmingSpaces)
                line = token == " " ? "" : token
            }
        }
        if !line.trimmingSpaces.isEmpty { lines.append(line.trimmingSpaces) }
        if lines.count > maxLines {
            let kept = Array(lines.prefix(maxLines - 1))
            // Rejoin the overflow as it was broken: a space between words, nothing next to a wide character.
            let rest = lines[(maxLines - 1)...].dropFirst().reduce(lines[maxLines - 1]) { acc, next in
                let wideJoin = [acc.unicodeScalars.last, next.unicodeScalars.first].contains { $0.map { TextWidth.isWide($0.value) } ?? false }
                return acc + (wideJoin ? "" : " ") + next
            }
            return kept + [truncate(rest, toWidth: maxWidth, fontSize: fontSize)]
        }
        return lines.map { truncate($0, toWidth: maxWidth, fontSize: fontSize) }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
