import Foundation
import Testing
import TouchstoneCore

/// Excel in and out: the branch dataset read from `datasets/branches/indicators.xlsx`, and `--format xlsx`
/// workbooks read back with openpyxl.
@Suite("Excel workbooks in and out")
struct XLSXCommandTests {
    /// A copy of the branch project whose data and units come from the two sheets of `indicators.xlsx`.
    static func workbookProject() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("datasets/branches")
        try FileManager.default.copyItem(at: source.appendingPathComponent("indicators.xlsx"), to: folder.appendingPathComponent("indicators.xlsx"))
        var yaml = try String(contentsOf: source.appendingPathComponent("touchstone.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "  file: indicators.csv\n", with: "  file: indicators.xlsx\n  sheet: indicators\n")
        yaml = yaml.replacingOccurrences(of: "  file: branches.csv\n", with: "  file: indicators.xlsx\n  sheet: branches\n")
        try yaml.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("The branch project read from indicators.xlsx gives byte-identical CSV and JSON output to the CSV files")
    func sameOutputFromWorkbook() throws {
        let folder = try Self.workbookProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let validate = try CLI.run(["validate", folder.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        for command in [["index", "--all-years", "--level", "all", "--format", "csv"], ["trend", "--level", "all", "--format", "csv"],
                        ["flag", "--format", "json"], ["peers", "--format", "markdown"], ["compare", "b04", "b21", "--format", "csv"]] {
            let project = command[0] == "compare" ? ["--project"] : []
            let fromCSV = try CLI.run(command + project + ["datasets/branches"])
            let fromXLSX = try CLI.run(command + project + [folder.path])
            #expect(fromCSV.status == 0 && fromXLSX.status == 0, "\(command): \(fromXLSX.stderr)")
            #expect(fromCSV.stdout == fromXLSX.stdout, "\(command.joined(separator: " ")) differs")
        }
    }

    @Test("A bad cell in a workbook is reported as file!sheet!cell, with exit code 1")
    func badCellNamesTheCell() throws {
        let folder = try Self.workbookProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("touchstone.yaml")
        let yaml = try String(contentsOf: path, encoding: .utf8)
        try yaml.replacingOccurrences(of: "sheet: branches", with: "sheet: Branchs").write(to: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: the workbook has no sheet `Branchs`. Fix: did you mean `branches`?"), "\(run.stderr)")
    }

    @Test("--format xlsx without --output, or with a name not ending in .xlsx, is a usage error (64)")
    func xlsxNeedsAnOutputFile() throws {
        for command in ["index", "trend", "flag", "peers"] {
            let bare = try CLI.run([command, "datasets/branches", "--format", "xlsx"])
            #expect(bare.status == 64, "\(command)")
            #expect(bare.stderr.contains("add --output FILE.xlsx"))
            let wrong = try CLI.run([command, "datasets/branches", "--format", "xlsx", "--output", "/tmp/x.csv"])
            #expect(wrong.status == 64, "\(command)")
        }
    }

    @Test("index, trend, flag and peers write workbooks openpyxl reads: typed numbers, frozen header, CJK widths, flagged rows shaded")
    func workbooksReadBack() throws {
        // python3 as the PATH finds it (the one ensure-deps.sh installed openpyxl into).
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/local/bin"
        guard let python = searchPath.split(separator: ":").map({ "\($0)/python3" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("notice: python3 not found; the openpyxl read-back of --format xlsx is skipped")
            return
        }
        let probe = try Self.python(python, ["-c", "import openpyxl"])
        guard probe.status == 0 else {
            print("notice: openpyxl not installed (bash .ci/ensure-deps.sh installs it); the read-back of --format xlsx is skipped")
            return
        }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["index": ["index", "datasets/branches", "--locale", "zh", "--level", "all"], "trend": ["trend", "datasets/branches"],
                     "flag": ["flag", "datasets/branches", "--locale", "zh"], "peers": ["peers", "datasets/branches"]]
        for (name, command) in files {
            let run = try CLI.run(command + ["--format", "xlsx", "--output", folder.appendingPathComponent("\(name).xlsx").path])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        let script = """
            import openpyxl, sys, json
            folder = sys.argv[1]
            out = {}
            for name in ["index", "trend", "flag", "peers"]:
                wb = openpyxl.load_workbook(f"{folder}/{name}.xlsx")
                sheets = []
                for ws in wb:
                    rows = list(ws.iter_rows(values_only=True))
                    shaded = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).fill.fgColor.rgb == "FFFCE4D6"]
                    widths = {k: v.width for k, v in ws.column_dimensions.items()}
                    sheets.append({"title": ws.title, "freeze": ws.freeze_panes, "header": list(rows[0]), "second": [str(type(v).__name__) for v in rows[1]] if len(rows) > 1 else [],
                                   "rows": len(rows) - 1, "shaded": shaded, "widths": widths, "bold": ws.cell(1, 1).font.b,
                                   "nameFits": ws.title != "flags" or ws.column_dimensions["B"].width >= max(2 * len(r[1]) for r in rows[1:]),
                                   "firstRow": [v if isinstance(v, (int, float)) or v is None else str(v) for v in rows[1]] if len(rows) > 1 else []})
                out[name] = sheets
            print(json.dumps(out))
            """
        let run = try Self.python(python, ["-c", script, folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [[String: Any]]])
        let index = try #require(object["index"]?.first)
        #expect(index["freeze"] as? String == "A2")
        #expect(index["bold"] as? Bool == true)
        #expect((index["header"] as? [String])?.prefix(3) == ["unit", "year", "index"])
        #expect(index["rows"] as? Int == 34)
        #expect((index["second"] as? [String])?[2] == "float", "scores are numeric cells")
        // The flagged units of 2024 are shaded: as many as `touchstone flag` reports.
        let flags = try #require(object["flag"])
        #expect(flags.map { $0["title"] as? String } == ["flags", "improvement", "partners"])
        let flagged = try #require(flags[0]["shaded"] as? [Int])
        #expect(flagged.count == 3, "the three units that need help (b21, b04, b32)")
        #expect((index["shaded"] as? [Int])?.count == 3)
        #expect(object["index"]?.map { $0["title"] as? String } == ["index", "framework", "units"], "the index workbook explains its ids")
        #expect((object["index"]?[1]["firstRow"] as? [Any])?.prefix(2).compactMap { $0 as? String } == ["index", "模范机关建设指数"])
        #expect(flags[0]["firstRow"].flatMap { ($0 as? [Any])?[3] as? String } == "flagged")
        #expect(try #require(object["peers"]).count >= 4, "one sheet per peer-group table")
        #expect(try #require(object["trend"]?.first?["rows"] as? Int) == 34)
        // Chinese names count two columns each: the name column is wide enough for the longest one.
        #expect(flags[0]["nameFits"] as? Bool == true)
    }

    static func python(_ executable: String, _ arguments: [String]) throws -> CLI.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Output(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

/// `touchstone generate branches` writes `indicators.xlsx` beside the CSV files.
@Suite("generate writes the branch workbook")
struct GenerateWorkbookTests {
    @Test("The generated indicators.xlsx holds the same cells as indicators.csv and branches.csv, one sheet each")
    func sameCellsAsCSV() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["generate", "branches", "--output", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("indicators.xlsx"))
        let workbook = folder.appendingPathComponent("indicators.xlsx").path
        for sheet in ["indicators", "branches"] {
            let fromXLSX = try XLSXReader.read(path: workbook, sheet: sheet)
            let fromCSV = try CSVReader.read(path: CLI.packageRoot.appendingPathComponent("datasets/branches/\(sheet).csv").path)
            #expect(fromXLSX.header == fromCSV.header, "\(sheet)")
            // The same values: texts equal, numbers equal as numbers (`93.0` in the CSV is the number 93).
            #expect(fromXLSX.rows.count == fromCSV.rows.count, "\(sheet)")
            let differing = zip(fromXLSX.rows, fromCSV.rows).flatMap { a, b in zip(a, b).filter { x, y in x != y && (Double(x) == nil || Double(x) != Double(y)) } }
            #expect(differing.isEmpty, "\(sheet): \(differing.prefix(5))")
        }
    }
}
