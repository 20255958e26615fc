import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encoding a data file turned out to have.
public enum TextEncodingUsed: String, Hashable, Sendable, CustomStringConvertible {
    /// UTF-8 without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-8 preceded by the byte-order mark EF BB BF (what Excel's "CSV UTF-8" writes); the mark is removed.
    case utf8WithBOM = "UTF-8 with BOM"
    /// GB18030 (a superset of GBK and GB2312: what Chinese-locale Excel writes for plain "CSV"); converted to UTF-8.
    case gb18030 = "GB18030"
    /// Windows-1252 (Western European: what Excel in Western locales writes for plain "CSV"); only when declared.
    case windows1252 = "Windows-1252"
    /// ISO-8859-1 (Latin-1); only when declared.
    case latin1 = "ISO-8859-1"

    public var description: String { rawValue }
}

/// Turns the bytes of a text file into text, accepting UTF-8 (with or without byte-order mark) and GB18030.
///
/// Rules, in order:
/// 1. A UTF-16 or UTF-32 byte-order mark (`FF FE` / `FE FF`) is rejected with a message asking for UTF-8.
/// 2. An Excel workbook (`.xlsx` zip or legacy `.xls`) is rejected with a message asking for a CSV export.
/// 3. A NUL byte anywhere is rejected: text files never contain one, UTF-16 without a byte-order mark does.
/// 4. A leading UTF-8 byte-order mark `EF BB BF` is removed; the rest must be valid UTF-8 (`.utf8WithBOM`).
/// 5. Bytes that are valid UTF-8 are UTF-8 (`.utf8`); this wins over GB18030 when both would decode.
/// 6. Otherwise the bytes are converted from GB18030 with the C library's `iconv` (`.gb18030`) — but only
///    when they are certainly Chinese text (see `TextDecoding+Legacy.swift`): GB18030 accepts most byte pairs,
///    so Windows-1252 "Zürich" (`5A FC 72 …`) would otherwise "decode" as "Z黵ich". A GB18030 byte-order
///    mark (`84 31 95 33`) is removed after conversion.
/// 7. Otherwise the error names the first byte that is not valid UTF-8, its offset and line, and shows how
///    that line reads in GB18030 and in Windows-1252, so the user can declare the right `encoding:`.
///
/// A declared encoding (`encoding:` under `data:` or `units:`, see `TextEncodingChoice`) replaces steps 4–7
/// by a strict conversion from that encoding. The problems are `TableProblem`s (words in TouchstoneOutput).
public enum TextDecoding {
    /// Decodes `bytes` as described in the type's documentation.
    ///
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - file: the file name used in error messages.
    /// - Returns: the text (without byte-order mark) and the encoding found.
    /// - Throws: `InputProblem` when the bytes are neither UTF-8 nor GB18030 text.
    public static func decode(_ bytes: [UInt8], file: String, encoding: TextEncodingChoice = .auto) throws -> (text: String, encoding: TextEncodingUsed) {
        let decoded = try decodeToUTF8(bytes, file: file, encoding: encoding)
        let text = decoded.utf8.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[decoded.start...]), as: UTF8.self)
        }
        return (text, decoded.encoding)
    }

    /// UTF-8 bytes of a decoded file: the text is `utf8[start...]` (`start` skips a byte-order mark without copying).
    struct DecodedBytes: Sendable {
        var utf8: [UInt8]
        var start: Int
        var encoding: TextEncodingUsed
    }

    /// Like `decode(_:file:)` but returns validated UTF-8 bytes, avoiding a `String` of the whole file.
    static func decodeToUTF8(_ bytes: [UInt8], file: String, encoding: TextEncodingChoice = .auto) throws -> DecodedBytes {
        if bytes.count >= 2,
           (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw InputProblem(SourceLocation(file: file), .table(.utf16Text))
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw InputProblem(SourceLocation(file: file), .table(.binaryWorkbook))
        }
        if let nul = firstIndex(of: 0, in: bytes) {
            throw InputProblem(SourceLocation(file: file, line: lineNumber(ofOffset: nul, in: bytes)), .table(.nulByte(offset: nul)))
        }

        if encoding != .auto && encoding != .utf8 {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                throw InputProblem(SourceLocation(file: file, line: 1), .table(.declaredEncodingButUTF8BOM(declared: encoding.rawValue)))
            }
            return try decodeDeclared(bytes, file: file, encoding: encoding)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let start = hasBOM ? 3 : 0
        let badOffset = bytes.withUnsafeBufferPointer { buffer in
            firstInvalidUTF8(UnsafeBufferPointer(rebasing: buffer[start...])).map { $0 + start }
        }
        guard let badOffset else {
            return DecodedBytes(utf8: bytes, start: start, encoding: hasBOM ? .utf8WithBOM : .utf8)
        }
        let hex = "0x" + String(bytes[badOffset], radix: 16, uppercase: true)
        let line = lineNumber(ofOffset: badOffset, in: bytes)
        if encoding == .utf8 {
            throw InputProblem(
                SourceLocation(file: file, line: line),
                .table(.declaredUTF8Invalid(hex: hex, offset: badOffset, line: line, readings: readings(bytes, around: badOffset))))
        }
        let converted = hasBOM ? nil : convert(bytes, from: "GB18030")
        if let converted, certainlyGB18030(bytes) {
            let gbStart = converted.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return DecodedBytes(utf8: converted, start: gbStart, encoding: .gb18030)
        }
        let what: TableProblem
        if hasBOM {
            what = .invalidUTF8AfterBOM(hex: hex, offset: badOffset, line: line)
        } else if converted != nil {
            let doubt = firstDoubtfulGB18030(bytes) ?? badOffset
            what = .uncertainEncoding(line: lineNumber(ofOffset: doubt, in: bytes), readings: readings(bytes, around: doubt))
        } else {
            what = .notUTF8NorGB18030(hex: hex, offset: badOffset, line: line, readings: readings(bytes, around: badOffset))
        }
        throw InputProblem(SourceLocation(file: file, line: line), .table(what))
    }

    /// 1-based line of the byte at `offset`: one more than the number of line feeds before it.
    static func lineNumber(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
        return line
    }

    /// Index of the first `byte` in `bytes` (uses `memchr`).
    static func firstIndex(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, !buffer.isEmpty,
                  let hit = memchr(base, Int32(byte), buffer.count)
            else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode Table 3-7:
    /// no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence), or nil if all are valid.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var i = 0
        while i < count {
            // Fast path: eight ASCII bytes at a time.
            while i + 8 <= count,
                  UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { break }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let trailing: Int
            switch lead {
            case 0xC2...0xDF: trailing = 1
            case 0xE0: trailing = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
            case 0xED: trailing = 2; high = 0x9F
            case 0xF0: trailing = 3; low = 0x90
            case 0xF1...0xF3: trailing = 3
            case 0xF4: trailing = 3; high = 0x8F
            default: return i
            }
            guard i + trailing < count else { return i }
            let second = base[i + 1]
            guard second >= low, second <= high else { return i }
            if trailing >= 2 {
                for k in 2...trailing where base[i + k] & 0xC0 != 0x80 { return i }
            }
            i += trailing + 1
        }
        return nil
    }

    /// Converts bytes in `encoding` (an `iconv` name such as `GB18030`, `CP1252`) to UTF-8, or returns nil if
    /// `iconv` rejects them (or does not know the encoding).
    static func convert(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
        guard let converter = iconv_open("UTF-8", encoding), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        if bytes.isEmpty { return [] }

        // A GB18030 character of n bytes (n = 1, 2 or 4) needs at most 1, 3 or 4 UTF-8 bytes: ≤ 1.5× the input
        // (a single-byte encoding needs up to 3×; the buffer grows on E2BIG).
        var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + 16)
        var produced = 0
        var consumed = 0
        while consumed < bytes.count {
            let (inputUsed, outputUsed, error) = bytes.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out -> (Int, Int, Int32) in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        mutating: input.baseAddress! + consumed
                    ).assumingMemoryBound(to: CChar.self)
                    var inLeft = input.count - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        out.baseAddress! + produced
                    ).assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count - produced
                    let startIn = inLeft
                    let startOut = outLeft
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let error: Int32 = result == -1 ? errno : 0
                    return (startIn - inLeft, startOut - outLeft, error)
                }
            }
            consumed += inputUsed
            produced += outputUsed
            if error == 0 { break }
            guard error == E2BIG else { return nil }  // EILSEQ (invalid) or EINVAL (truncated at the end)
            output.append(contentsOf: repeatElement(0, count: max(output.count / 2, 64)))
        }
        guard consumed == bytes.count else { return nil }
        output.removeSubrange(produced...)
        return output
    }
}
