import Foundation
import Testing

/// One class of bad input: how to make it, and the message that must come first on stderr.
/// README's "What Touchstone refuses" lists the same classes.
struct Refusal: Sendable, CustomTestStringConvertible {
    enum Setup: Sendable { case none, fifo(String), folder(String), sparse(String, Int), remove(String) }

    var name: String
    var data = ProjectFixture.dataSection
    var units = ProjectFixture.unitsSection
    var framework = ProjectFixture.frameworkSection
    var extra = ""
    var files: [String: [UInt8]] = [:]
    var setup = Setup.none
    var arguments = ["validate", "."]
    var environment: [String: String] = [:]
    var status: Int32 = 1
    /// The first line on stderr must start with `location` (when given) and contain `message`.
    var location: String? = nil
    var message: String

    var testDescription: String { name }
}

/// The fixture's data with one line replaced (lines: 1 header, 2–5 u1 2019–2022, 6–9 u2, …).
private func dataFile(replacing line: String, with new: String) -> [String: [UInt8]] {
    precondition(ProjectFixture.data.contains(line + "\n"))
    return ["data.csv": Array(ProjectFixture.data.replacingOccurrences(of: line + "\n", with: new + "\n").utf8)]
}

private func frameworkSection(_ children: String) -> String {
    "framework:\n  id: index\n  children:\n" + children.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
}

extension Refusal {
    static let all: [Refusal] = files + encodings + csv + cells + project + limits

    static let files: [Refusal] = [
        Refusal(name: "missing data file", setup: .remove("data.csv"), location: "./data.csv: error:", message: "the file \"./data.csv\" does not exist"),
        Refusal(name: "data path is a folder", setup: .folder("data.csv"), location: "./data.csv: error:", message: "\"./data.csv\" is a folder, not a file"),
        Refusal(name: "data file is a FIFO", setup: .fifo("data.csv"), location: "./data.csv: error:", message: "\"./data.csv\" is a FIFO (named pipe), not a regular file"),
        Refusal(name: "project file is a device", arguments: ["index", "/dev/zero"], location: "/dev/zero: error:", message: "\"/dev/zero\" is a device, not a regular file"),
        Refusal(name: "no project in the folder", setup: .remove("touchstone.yaml"), message: "the folder holds no touchstone.yaml"),
        Refusal(name: "project file too large", setup: .sparse("big.yaml", 17 << 20), arguments: ["validate", "big.yaml"],
                message: "the project file is 17.0 MB, more than the 16.0 MB a project file may have"),
        Refusal(name: "data too large for the memory budget", environment: ["TOUCHSTONE_MEMORY_LIMIT": "1K"], location: "./data.csv: error:",
                message: "the CSV file is 206 bytes; reading it would need about 1.6 KB of memory, more than the 1.0 KB Touchstone allows itself (TOUCHSTONE_MEMORY_LIMIT=1K)"),
        Refusal(name: "empty data file", files: ["data.csv": []], message: "the file is empty: it has no header line"),
        Refusal(name: "data left empty by the filters", data: ProjectFixture.dataSection + "\n  years: [2030, 2031]", location: "./data.csv: error:", message: "the data holds no observations. Fix: check that the file has data rows and that `exclude`/`include` filters and `years` keep some"),
    ]

    static let encodings: [Refusal] = [
        Refusal(name: "UTF-16 data", files: ["data.csv": [0xFF, 0xFE, 0x61, 0x00]], message: "the file is UTF-16 text"),
        Refusal(name: "Excel workbook", files: ["data.csv": [0x50, 0x4B, 0x03, 0x04, 0x14]], message: "the file is an Excel workbook"),
        Refusal(name: "NUL byte", files: ["data.csv": Array("unit,year\n".utf8) + [0x61, 0x00]], location: "./data.csv:2: error:", message: "the file contains a NUL byte"),
        Refusal(name: "Windows-1252 text that is not certainly GB18030",
                files: ["units.csv": Array("unit,name,members\nu1,Z".utf8) + [0xFC] + Array("rich,12\nu2,South,20\nu3,East,8\nu4,West,15\n".utf8)],
                location: "./units.csv:2: error:",
                message: "uncertain whether it is GB18030 (Chinese) or another encoding such as Windows-1252 (Western European): at line 2; the line reads \"u1,Z黵ich,12\" as GB18030 but \"u1,Zürich,12\" as Windows-1252"),
        Refusal(name: "declared encoding that does not fit", data: ProjectFixture.dataSection + "\n  encoding: utf-8",
                files: ["data.csv": Array("unit,year,a,b\nu1,2019,1,".utf8) + [0xE9]],
                location: "./data.csv:2: error:", message: "the project declares `encoding: utf-8`, but the byte 0xE9 at byte offset 24 (line 2) is not valid UTF-8"),
        Refusal(name: "unknown encoding name", data: ProjectFixture.dataSection + "\n  encoding: latin-9", message: "unknown encoding `latin-9`"),
        Refusal(name: "project file not UTF-8", files: ["touchstone.yaml": Array("title: Z".utf8) + [0xFC] + Array("rich\n".utf8)],
                location: "./touchstone.yaml:1: error:", message: "the project file is not UTF-8 text (byte offset 8 is not valid UTF-8)"),
    ]

    static let csv: [Refusal] = [
        Refusal(name: "ragged row", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,3,8,9"), location: "./data.csv:7:5: error:", message: "line 7 has 5 fields but the header has 4"),
        Refusal(name: "unclosed quote", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,\"3,8"), location: "./data.csv:7:3: error:", message: "is never closed"),
        Refusal(name: "quote inside an unquoted field", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,3\",8"), location: "./data.csv:7:3: error:", message: "contains a double quote"),
        Refusal(name: "duplicate column name", files: ["data.csv": Array("unit,year,a,a\n".utf8)], location: "./data.csv:1:4: error:", message: "the column name \"a\" appears more than once"),
        Refusal(name: "empty column name", files: ["data.csv": Array("unit,year,a,b,\nu1,2019,1,2,\n".utf8)], location: "./data.csv:1:5: error:",
                message: "field 5 of the header (line 1) is empty: every column needs a name"),
        Refusal(name: "semicolon separators", files: ["data.csv": Array("unit;year;a;b\nu1;2019;1;2\n".utf8)], message: "the file seems to use semicolons instead of commas"),
        Refusal(name: "duplicate unit-year row", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2019,3,8"), location: "./data.csv:7:1: error:", message: "duplicate row for unit `u2` and year 2019 (first at line 6)"),
        Refusal(name: "unit missing from the unit table", files: dataFile(replacing: "u2,2020,3,8", with: "u9,2020,3,8"), message: "unit `u9` is not in the unit table"),
        Refusal(name: "year that is not a whole number", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020.5,3,8"), location: "./data.csv:7:2: error:", message: "2020.5"),
    ]

    static let cells: [Refusal] = [
        Refusal(name: "text in a numeric cell", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,three,8"), location: "./data.csv:7:3: error:", message: "`three` in `a` is not a number"),
        Refusal(name: "thousands separator", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,\"3,000\",8"), location: "./data.csv:7:3: error:", message: "(remove the thousands separators)"),
        Refusal(name: "number beyond double range", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,1e309,8"), location: "./data.csv:7:3: error:", message: "`1e309` in `a` is too large for a number (beyond ±1.8e308)"),
        Refusal(name: "infinity", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,3,-inf"), location: "./data.csv:7:4: error:", message: "`-inf` in `b` is infinite"),
        Refusal(name: "nan text", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,3,nan"), location: "./data.csv:7:4: error:", message: "`nan` in `b` is \"not a number\" (NaN), not a value"),
        Refusal(name: "negative count", files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,-3,8"), location: "./data.csv:7:3: error:", message: "`-3` in `a` is below its minimum 0.0 (kind: count)"),
        Refusal(name: "percent above 100", framework: frameworkSection("- {id: a, kind: percent}\n- {id: b, direction: lower}"),
                files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,130,8"), location: "./data.csv:7:3: error:", message: "`130` in `a` is above its maximum 100.0 (kind: percent)"),
        Refusal(name: "value above an explicit max", framework: frameworkSection("- {id: a, kind: count}\n- {id: b, direction: lower, max: 9}"),
                files: dataFile(replacing: "u2,2020,3,8", with: "u2,2020,3,12"), location: "./data.csv:7:4: error:", message: "`12` in `b` is above its maximum 9.0 (max: 9.0)"),
        Refusal(name: "unit size not positive", files: ["units.csv": Array(ProjectFixture.units.replacingOccurrences(of: "South,20", with: "South,0").utf8)],
                location: "./units.csv:3:3: error:", message: "size `0` of unit `u2` is not positive"),
        Refusal(name: "unit size not a number", files: ["units.csv": Array(ProjectFixture.units.replacingOccurrences(of: "South,20", with: "South,many").utf8)],
                location: "./units.csv:3:3: error:", message: "size `many` is not a number"),
    ]

    static let project: [Refusal] = [
        Refusal(name: "YAML syntax error", extra: "trends: [1, 2", message: "YAML syntax"),
        Refusal(name: "unknown key", extra: "trend:\n  alpha: 0.1", message: "did you mean"),
        Refusal(name: "unknown indicator kind", framework: frameworkSection("- {id: a, kind: counts}\n- {id: b}"), message: "unknown value `counts`"),
        Refusal(name: "min above max", framework: frameworkSection("- {id: a, min: 5, max: 1}\n- {id: b}"), message: "`min` (5.0) is above `max` (1.0)"),
        Refusal(name: "negative weight", framework: frameworkSection("- {id: a, weight: -1}\n- {id: b}"), message: "weight -1.0 is negative"),
        Refusal(name: "all weights zero", framework: frameworkSection("- {id: a, weight: 0}\n- {id: b, weight: 0}"), message: "all children of `index` have weight 0"),
        Refusal(name: "weights whose sum overflows", framework: frameworkSection("- {id: a, weight: 1e308}\n- {id: b, weight: 1e308}"),
                message: "the weights of the children of `index` add up to more than the largest number"),
        Refusal(name: "weight that is not finite", framework: frameworkSection("- {id: a, weight: 1e309}\n- {id: b}"), message: "expected a number, found `1e309`"),
        Refusal(name: "reversed goalposts", framework: frameworkSection("- {id: a, goalposts: {lower: 10, upper: 0}}\n- {id: b}"),
                message: "`a`: goalposts are reversed (lower 10.0 is above upper 0.0), which would silently invert the scores"),
        Refusal(name: "equal goalposts", framework: frameworkSection("- {id: a, goalposts: {lower: 5, upper: 5}}\n- {id: b}"), message: "`a`: goalposts lower and upper are equal"),
        Refusal(name: "exact_max_n above 10", extra: "trends:\n  exact_max_n: 12", message: "`exact_max_n` must be at most 10, found 12"),
        Refusal(name: "duplicate framework id", framework: frameworkSection("- {id: a}\n- {id: a}"), message: "the id `a` is used twice"),
        Refusal(name: "framework indicator absent from the data", framework: frameworkSection("- {id: a}\n- {id: c}"), message: "`c`"),
        Refusal(name: "framework chain deeper than 32 levels (flat form)",
                framework: "framework:\n  - {id: n0}\n" + (1 ..< 1000).map { "  - {id: n\($0), parent: n\($0 - 1)}\n" }.joined(),
                message: "the framework is 999 levels deep (at `n999`), more than the 32 Touchstone accepts"),
        Refusal(name: "framework nested deeper than 32 levels (tree form)",
                framework: "framework: " + (0 ..< 40).map { "{id: n\($0), children: [" }.joined() + "{id: leaf}" + String(repeating: "]}", count: 40),
                message: "the framework is more than 32 levels deep, more than Touchstone accepts"),
        Refusal(name: "replications above the cap", extra: "uncertainty:\n  runs: 20000000", message: "`runs` must be from 2 to 10000000, found 20000000"),
    ]

    static let limits: [Refusal] = [
        Refusal(name: "--runs above the cap", arguments: ["sensitivity", ".", "--runs", "100000000"], status: 64,
                message: "Error: --runs takes a number from 2 to 10000000 (10^7), not 100000000."),
        Refusal(name: "--sobol above the cap", arguments: ["sensitivity", ".", "--sobol", "100000000"], status: 64,
                message: "Error: --sobol takes a number from 2 to 10000000 (10^7), not 100000000."),
        Refusal(name: "one unit to report on", files: ["data.csv": Array("unit,year,a,b\nu1,2019,1,2\nu1,2020,2,3\n".utf8)],
                arguments: ["report", ".", "--output", "rep"], location: "./touchstone.yaml: error:",
                message: "not enough units to compare in 2020: 1 unit (`u1`) has an index score, and flags, peers, comparisons, reports and rank uncertainty need at least 2"),
        Refusal(name: "robustness run too large for the memory budget", arguments: ["sensitivity", ".", "--runs", "10000"],
                environment: ["TOUCHSTONE_MEMORY_LIMIT": "1M"], location: "./touchstone.yaml: error:",
                message: "the robustness run would need about 4.9 MB of memory (10000 replications × 4 units), more than the 1.0 MB Touchstone allows itself (TOUCHSTONE_MEMORY_LIMIT=1M)"),
        Refusal(name: "one unit to compare", files: ["data.csv": Array("unit,year,a,b\nu1,2019,1,2\nu1,2020,2,3\n".utf8)], arguments: ["flag", "."],
                location: "./touchstone.yaml: error:", message: "not enough units to compare in 2020: 1 unit (`u1`) has an index score"),
        Refusal(name: "--output onto an input file", arguments: ["index", ".", "--format", "csv", "--output", "./data.csv"], status: 74, location: "./data.csv: error:",
                message: "--output would replace ./data.csv, which this run reads"),
        Refusal(name: "--output onto a device", arguments: ["index", ".", "--output", "/dev/null"], status: 74, location: "/dev/null: error:",
                message: "--output refuses to replace a device; it only replaces regular files"),
    ]
}

@Suite("every class of bad input is refused with a message")
struct RefusalCatalogueTests {
    @Test("bad input gives exit code 1 (64 for usage, 74 for output that cannot be written), the message first on stderr, and no output", arguments: Refusal.all)
    func refused(_ refusal: Refusal) throws {
        let fixture = try ProjectFixture(data: refusal.data, units: refusal.units, framework: refusal.framework, extra: refusal.extra, files: refusal.files)
        defer { fixture.remove() }
        switch refusal.setup {
        case .none: break
        case .remove(let name): try FileManager.default.removeItem(atPath: fixture.path(name))
        case .folder(let name):
            try FileManager.default.removeItem(atPath: fixture.path(name))
            try FileManager.default.createDirectory(atPath: fixture.path(name), withIntermediateDirectories: false)
        case .fifo(let name):
            try FileManager.default.removeItem(atPath: fixture.path(name))
            #expect(mkfifo(fixture.path(name), 0o644) == 0)
        case .sparse(let name, let size):
            #expect(FileManager.default.createFile(atPath: fixture.path(name), contents: nil))
            #expect(truncate(fixture.path(name), off_t(size)) == 0)
        }
        let before = try Self.regularFiles(in: fixture.folder)
        let run = try CLI.run(refusal.arguments, in: fixture.folder, environment: refusal.environment)
        #expect(try Self.regularFiles(in: fixture.folder) == before, "the refused run changed or added files")
        #expect(run.status == refusal.status, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        if let location = refusal.location {
            #expect(run.firstMessage.hasPrefix(location), "\(run.firstMessage)")
        }
        #expect(run.firstMessage.contains(refusal.message), "\(run.stderr)")
        // Every message of a problem the user can fix says what to do.
        if refusal.status == 1 { #expect(run.firstMessage.contains(". Fix: "), "\(run.firstMessage)") }
        #expect(Refusal.all.filter { $0.name == refusal.name }.count == 1)
    }

    /// Name → bytes of the regular files in `folder` (FIFOs and folders are skipped: reading a FIFO blocks).
    static func regularFiles(in folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            guard (try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
                  (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0) < 1 << 20 else { continue }
            out[name] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return out
    }

    @Test("the catalogue covers at least 30 distinct classes of bad input")
    func coverage() {
        #expect(Set(Refusal.all.map(\.name)).count >= 30)
    }
}
