import ArgumentParser
import Foundation

/// The formats of `--format`.
enum OutputFormat: String, CaseIterable {
    case table, csv, json, markdown
    /// An Excel workbook (`--output FILE.xlsx` required); see `WorkbookOutput`.
    case xlsx
}

/// The formats one command writes, declared once (`CommandFormats.swift`): `--help` lists exactly these and
/// `OutputOptions.validate()` refuses any other, so the help never names a format the command refuses.
protocol FormatChoice {
    /// The command's name, for messages.
    static var command: String { get }
    /// Accepted formats; the first is the default.
    static var accepted: [OutputFormat] { get }
    /// What the help adds about this command's formats (e.g. what its CSV holds), or nil.
    static var note: String? { get }
}

extension FormatChoice {
    static var note: String? { nil }

    /// "table, csv or json".
    static var list: String {
        let names = accepted.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The `--format` help: the accepted formats, then what xlsx needs and the command's note.
    static var help: String {
        var text = "Output format: \(list)."
        if accepted.contains(.xlsx) { text += " xlsx writes an Excel workbook and needs --output FILE.xlsx." }
        if let note { text += " " + note }
        return text
    }
}

/// `--format`, `--locale` and `--output` of a command that writes one file or standard output, shared by
/// every such command and checked while the command line is parsed (ArgumentParser calls `validate()`
/// before `run()`): a format this command does not write, a language it has no words for, or an output
/// path that cannot be written stop with a usage error (exit code 64) before any file is read.
struct OutputOptions<Formats: FormatChoice>: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(Formats.help, valueName: "format"))
    var formatName: String = Formats.accepted[0].rawValue

    @Option(help: ArgumentHelp(LocaleCheck.help, valueName: "locale"))
    var locale: String?

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    /// The format asked for (valid after `validate()`).
    var format: OutputFormat { OutputFormat(rawValue: formatName) ?? Formats.accepted[0] }

    func validate() throws {
        guard let chosen = OutputFormat(rawValue: formatName), Formats.accepted.contains(chosen) else {
            throw ValidationError("--format \(formatName) is not available for \(Formats.command); use \(Formats.list).")
        }
        try LocaleCheck.validate(locale)
        if let output { try OutputPath.validate(output) }
        if chosen == .xlsx {
            guard let output else { throw ValidationError("--format xlsx writes an Excel workbook: add --output FILE.xlsx.") }
            guard output.lowercased().hasSuffix(".xlsx") else {
                throw ValidationError("--format xlsx writes an Excel workbook: give --output a name ending in .xlsx (not '\(output)').")
            }
        }
    }
}

/// `--year`, shared by the commands that show one year. Whether the data has the year is known only once
/// the data is read: `IndexPipeline.run(checkingYear:)` checks it then, before anything is computed.
struct YearOption: ParsableArguments {
    @Option(help: "Year (default: the latest).")
    var year: Int?
}

/// The languages Touchstone has words for: English and Chinese (`en`, `zh`, or a regional variant such as
/// `zh-CN`).
enum LocaleCheck {
    static let help = "Language of labels: en or zh (also en-GB, zh-CN, …); defaults to the project's."

    static func validate(_ locale: String?) throws {
        guard let locale else { return }
        let base = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard base == "en" || base == "zh" else {
            throw ValidationError("--locale takes en or zh, not '\(locale)'.")
        }
    }
}

/// An output path checked before any work: it is a regular file or nothing yet (else exit code 74, as when
/// writing), and its folder exists or can be created
/// (the nearest existing folder above it is a folder one may write in). The write itself stays atomic
/// (`AtomicOutput`).
enum OutputPath {
    static func validate(_ path: String, option: String = "--output", folder wanted: Bool = false) throws {
        guard !path.isEmpty else { throw ValidationError("\(option) needs a path.") }
        if !wanted {
            // A link, FIFO, device or folder at the target: the same refusal (and exit code) as at write time.
            do { try AtomicOutput.checkTarget(path) } catch let error as OutputError {
                Console.error(error.description)
                throw ExitCode(ExitStatus.output)
            }
        }
        var isFolder: ObjCBool = false
        let fm = FileManager.default
        var parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        while !fm.fileExists(atPath: parent.path, isDirectory: &isFolder) {
            let up = parent.deletingLastPathComponent()
            if up.path == parent.path { break }
            parent = up
        }
        guard isFolder.boolValue else {
            throw ValidationError("\(option) \(path): \(parent.path) is a file, not a folder, so nothing can be written there.")
        }
        guard fm.isWritableFile(atPath: parent.path) else {
            throw ValidationError("\(option) \(path): the folder \(parent.path) is not writable.")
        }
    }
}
