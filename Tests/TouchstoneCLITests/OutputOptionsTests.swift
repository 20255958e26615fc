import Foundation
import Testing

/// `--format/--locale/--output/--year` come from one option group (`OutputOptions`, `YearOption`): the help of
/// `--format` is generated from each command's declared formats, and option mistakes are reported before the
/// project is read.
@Suite("Option group: formats as declared, option mistakes before any work")
struct OutputOptionsTests {
    static let formats = ["table", "csv", "json", "markdown", "xlsx"]

    /// Each command with the arguments that make it run on the bundled data.
    static let commands: [String: [String]] = [
        "index": ["datasets/branches"],
        "trend": ["datasets/branches"],
        "flag": ["datasets/branches"],
        "peers": ["datasets/branches"],
        "compare": ["b01", "b21", "--project", "datasets/branches"],
        "sensitivity": ["datasets/branches", "--runs", "20"],
        "diagnose": ["datasets/branches"],
        "review": ["datasets/branches", "--against", "previous-year"],
        "progress": ["datasets/branches-quarterly"],
    ]

    /// The formats `COMMAND --help` lists for `--format` ("Output format: a, b or c.").
    static func listed(_ command: String) throws -> [String] {
        let help = try CLI.run([command, "--help"])
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let start = text.range(of: "Output format: ") else { return [] }
        let list = text[start.upperBound...].prefix { $0 != "." }
        return list.replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ")
    }

    @Test("--help lists exactly the formats the command accepts; every other one is refused with 64, naming the listed ones",
          arguments: ["index", "trend", "flag", "peers", "compare", "sensitivity", "diagnose", "review", "progress"])
    func helpMatchesWhatIsAccepted(command: String) throws {
        let listed = try Self.listed(command)
        #expect(!listed.isEmpty && Set(listed).isSubset(of: Self.formats), "\(command): \(listed)")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in Self.formats + ["xml"] {
            let file = folder.appendingPathComponent("\(command).\(format)").path
            let run = try CLI.run([command] + Self.commands[command]! + ["--format", format, "--output", file, "-q"])
            if listed.contains(format) {
                #expect(run.status == 0, "\(command) --format \(format): \(run.stderr)")
                #expect(FileManager.default.fileExists(atPath: file), "\(command) --format \(format)")
            } else {
                #expect(run.status == 64, "\(command) --format \(format) should be refused: \(run.status)")
                #expect(run.stderr.contains("--format \(format) is not available for \(command)"), "\(run.stderr)")
                for name in listed { #expect(run.stderr.contains(name), "\(command): \(run.stderr)") }
                #expect(!FileManager.default.fileExists(atPath: file))
            }
        }
    }

    @Test("report lists its own formats, and each is accepted")
    func reportFormats() throws {
        let help = try CLI.run(["report", "--help"]).stdout
        for name in ["html", "markdown", "ipynb", "all"] { #expect(help.contains(name)) }
        #expect(try CLI.run(["report", "datasets/branches", "--output", "/nonexistent-touchstone/x", "--format", "pdf"]).status == 64)
    }

    @Test("Option mistakes come back as usage errors even when the project does not exist (nothing is read first)")
    func mistakesBeforeLoading() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plainFile = folder.appendingPathComponent("plain.txt")
        try "x".write(to: plainFile, atomically: true, encoding: .utf8)
        let missing = folder.appendingPathComponent("no-such-project").path
        let cases: [([String], String)] = [
            (["sensitivity", missing, "--format", "json"], "--format json is not available for sensitivity"),
            (["flag", missing, "--format", "csv"], "--format csv is not available for flag"),
            (["index", missing, "--locale", "fr"], "--locale takes en or zh"),
            (["index", missing, "--output", plainFile.appendingPathComponent("out.csv").path], "is a file, not a folder"),
            (["index", missing, "--format", "xlsx"], "add --output FILE.xlsx"),
            (["trend", missing, "--format", "xlsx", "--output", folder.appendingPathComponent("t.csv").path], "ending in .xlsx"),
            (["chart", "trend", missing, "--output", folder.appendingPathComponent("t.svg").path], "needs --unit"),
            (["chart", "ranking", missing, "--output", plainFile.appendingPathComponent("r.svg").path], "is a file, not a folder"),
            (["flag", missing, "--chart", plainFile.appendingPathComponent("r.svg").path], "is a file, not a folder"),
            (["report", missing, "--output", plainFile.appendingPathComponent("r").path], "is a file, not a folder"),
            (["report", missing, "--output", folder.appendingPathComponent("r").path, "--locale", "de"], "--locale takes en or zh"),
        ]
        for (arguments, message) in cases {
            let run = try CLI.run(arguments)
            #expect(run.status == 64, "\(arguments): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("no-such-project:"), "\(arguments) read the project: \(run.stderr)")
        }
        // An output that could never be written (a folder, a device) is an output error, 74, also before reading.
        for target in [folder.path, "/dev/null"] {
            let run = try CLI.run(["index", missing, "--output", target])
            #expect(run.status == 74 && run.stderr.contains("--output refuses to replace a"), "\(target): \(run.status) \(run.stderr)")
            #expect(!run.stderr.contains("no-such-project:"))
        }
    }

    @Test("A year the data lacks is a problem with the data (exit code 1), named before the index is computed")
    func unknownYear() throws {
        for command in [["flag"], ["peers"], ["diagnose"], ["index"], ["chart", "ranking", "--output", "/tmp/touchstone-unused.svg"]] {
            let run = try CLI.run(command + ["datasets/branches", "--year", "1990"])
            #expect(run.status == 1, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("the data has no year 1990") && run.stderr.contains("2019–2024"), "\(command): \(run.stderr)")
        }
    }
}
