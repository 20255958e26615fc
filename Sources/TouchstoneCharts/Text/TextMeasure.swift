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
/// summed per Unicode scalar. Worked example at 10 px: `"Ab"` = (0.68 + 0.58) · 10 = 12.6 px;
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
        if isWide(v) { return 1.0 }
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

    /// East Asian Width W or F (Unicode Standard Annex #11), the ranges `wcwidth()` treats as two columns.
    public static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD,
             0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0,
             0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
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
            let wide = ch.unicodeScalars.first.map { isWide($0.value) } ?? false
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
                let wideJoin = [acc.unicodeScalars.last, next.unicodeScalars.first].contains { $0.map { isWide($0.value) } ?? false }
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
