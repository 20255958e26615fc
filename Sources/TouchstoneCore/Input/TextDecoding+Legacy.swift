/// The encoding a project declares for a CSV file (`encoding:` under `data:` or `units:`).
///
/// | value in the project file | meaning |
/// |---|---|
/// | (absent), `auto` | UTF-8, or GB18030 when that is certain; otherwise an error asking to declare one |
/// | `utf-8`, `utf8` | UTF-8 only (a byte-order mark is allowed) |
/// | `gb18030`, `gbk`, `gb2312` | GB18030 (a superset of the other two) |
/// | `windows-1252`, `cp1252` | Windows-1252, Western European (bytes 81, 8D, 8F, 90, 9D are errors) |
/// | `latin-1`, `latin1`, `iso-8859-1` | ISO-8859-1: every byte is a character |
public enum TextEncodingChoice: String, Sendable, CaseIterable {
    case auto
    case utf8 = "utf-8"
    case gb18030
    case windows1252 = "windows-1252"
    case latin1 = "latin-1"

    /// Reads a value written in a project file (case-insensitive; aliases as in the table above).
    public init?(name: String) {
        let aliases: [String: TextEncodingChoice] = [
            "auto": .auto, "utf-8": .utf8, "utf8": .utf8, "gb18030": .gb18030, "gbk": .gb18030, "gb2312": .gb18030,
            "windows-1252": .windows1252, "cp1252": .windows1252, "latin-1": .latin1, "latin1": .latin1, "iso-8859-1": .latin1,
        ]
        guard let choice = aliases[name.lowercased()] else { return nil }
        self = choice
    }

    /// The `iconv` name of a legacy encoding.
    var iconvName: String? {
        switch self {
        case .gb18030: "GB18030"
        case .windows1252: "CP1252"
        case .latin1: "ISO-8859-1"
        case .auto, .utf8: nil
        }
    }

    var used: TextEncodingUsed {
        switch self {
        case .gb18030: .gb18030
        case .windows1252: .windows1252
        case .latin1: .latin1
        case .auto, .utf8: .utf8
        }
    }
}

extension TextDecoding {
    /// Strict conversion from a declared legacy encoding; the error shows the first byte that does not convert.
    static func decodeDeclared(_ bytes: [UInt8], file: String, encoding: TextEncodingChoice) throws -> DecodedBytes {
        guard let name = encoding.iconvName else { preconditionFailure("decodeDeclared needs a legacy encoding") }
        if let converted = convert(bytes, from: name) {
            let start = converted.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return DecodedBytes(utf8: converted, start: start, encoding: encoding.used)
        }
        // The first line that does not convert on its own (a line feed is never part of a multi-byte
        // character in these encodings, so lines convert independently).
        var lineStart = 0
        var offset = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A || i == bytes.count - 1 {
            if convert(Array(bytes[lineStart...i]), from: name) == nil { offset = lineStart; break }
            lineStart = i + 1
        }
        let line = lineNumber(ofOffset: offset, in: bytes)
        throw InputProblem(
            SourceLocation(file: file, line: line),
            .table(.declaredEncodingFails(declared: encoding.rawValue, used: encoding.used, line: line,
                                          readings: readings(bytes, around: offset))))
    }

    /// Whether non-UTF-8 bytes are certainly GB18030 Chinese text rather than a Western single-byte encoding.
    static func certainlyGB18030(_ bytes: [UInt8]) -> Bool { firstDoubtfulGB18030(bytes) == nil }

    /// Offset of the first byte that makes GB18030 doubtful, or nil when all multi-byte characters look Chinese.
    ///
    /// Chinese text from Excel is nearly all GB2312 characters: both bytes in A1–FE, the first in A1–A9
    /// (punctuation, full-width forms) or B0–F7 (hanzi). Windows-1252 text decoded as GB18030 gives pairs whose
    /// second byte is ASCII ("ü" + "r" = `FC 72` → 黵), or a lone hanzi squeezed between Latin letters
    /// ("Concei" `E7 E3` "o"). Either, or a pair outside GB2312, counts as doubtful; well-formed four-byte
    /// sequences (emoji, rare hanzi) do not.
    static func firstDoubtfulGB18030(_ bytes: [UInt8]) -> Int? {
        func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard i + 1 < bytes.count else { return i }
            let trail = bytes[i + 1]
            if (0x30...0x39).contains(trail) {
                // A four-byte sequence (lead, digit, lead, digit): characters outside GBK such as emoji.
                // Windows-1252 text almost never has "Ä1Ö2"-like runs, so a well-formed one is not doubtful.
                guard i + 3 < bytes.count, (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) else { return i }
                i += 4
                continue
            }
            let common = ((0xA1...0xA9).contains(lead) || (0xB0...0xF7).contains(lead)) && (0xA1...0xFE).contains(trail)
            guard common else { return i }
            let before = i > 0 ? bytes[i - 1] : 0
            let after = i + 2 < bytes.count ? bytes[i + 2] : 0
            if isLetter(before) && isLetter(after) { return i }
            i += 2
        }
        return nil
    }

    /// The line around `offset` in the readings that work (GB18030, Windows-1252), for messages.
    static func readings(_ bytes: [UInt8], around offset: Int) -> [EncodingReading] {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != 0x0A, offset - start < 40 { start -= 1 }
        var end = min(offset, bytes.count)
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D, end - offset < 40 { end += 1 }
        let slice = Array(bytes[start..<end])
        var shown: [EncodingReading] = []
        for (name, label) in [("GB18030", "GB18030"), ("CP1252", "Windows-1252")] {
            if let utf8 = convert(slice, from: name) {
                shown.append(EncodingReading(text: String(decoding: utf8, as: UTF8.self), encoding: label))
            }
        }
        return shown
    }
}
