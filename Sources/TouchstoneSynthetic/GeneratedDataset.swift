import Foundation

/// The text files of a generated dataset, in the order they should be listed.
/// Every file is UTF-8 without BOM, LF line ends, header row first, final newline.
public struct GeneratedDataset: Sendable {
    public var files: [(name: String, contents: String)]

    public init(files: [(name: String, contents: String)]) {
        self.files = files
    }

    /// The file names, in order.
    public var names: [String] { files.map(\.name) }

    /// The contents of the named file, if present.
    public subscript(name: String) -> String? {
        files.first { $0.name == name }?.contents
    }

    /// Writes every file into `directory` (created if needed). Each file is written
    /// atomically: to a temporary file in the same folder, then renamed into place.
    /// Returns the URLs written, in order.
    @discardableResult
    public func write(to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [URL] = []
        for file in files {
            let url = directory.appendingPathComponent(file.name, isDirectory: false)
            try Data(file.contents.utf8).write(to: url, options: .atomic)
            written.append(url)
        }
        return written
    }
}

/// Locale-independent number and CSV formatting.
enum TextFormat {
    /// Fixed one-decimal rendering, e.g. 95.0, 12.3, -0.4 (round half away from zero).
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Fixed two-decimal rendering, e.g. 0.35.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// RFC 4180 quoting, only when needed.
    static func csvField(_ field: String) -> String {
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }

    /// A CSV document: header then rows, LF line ends, trailing newline.
    static func csv(header: [String], rows: [[String]]) -> String {
        var out = header.map(csvField).joined(separator: ",") + "\n"
        for row in rows {
            out += row.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }
}
