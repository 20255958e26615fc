import Foundation
import Testing
import TouchstoneCore
import TouchstoneText

@Suite("touchstone index and validate")
struct IndexCommandTests {
    @Test("the demo dataset prints a table for the latest year, sorted by rank")
    func latestYearTable() throws {
        let run = try CLI.run(["index", "datasets/branches"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "Model organ building — party branches — 2024 (34 units)")
        #expect(lines[2].hasPrefix("Rank  Unit  Name"))
        #expect(lines[4].hasPrefix("   1  "))
        #expect(lines.count == 4 + 34 + 1)   // title, blank, header, rule, rows, final newline
    }

    @Test("Chinese names are padded by display width, so the columns after them line up")
    func chineseAlignment() throws {
        let run = try CLI.run(["index", "datasets/branches", "--locale", "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.components(separatedBy: "\n").dropFirst(4).filter { !$0.isEmpty }
        #expect(rows.count == 34)
        // The index column ends at the same display column on every row.
        let header = run.stdout.components(separatedBy: "\n")[2]
        #expect(header.contains("模范机关建设指数"))
        let ends = Set(rows.map { row -> Int in
            let prefix = row.components(separatedBy: "  ").filter { !$0.isEmpty }
            return TextWidth.of(String(row[..<row.range(of: prefix[4])!.upperBound]))
        })
        #expect(ends.count == 1, "index column ends at display columns \(ends.sorted())")
    }

    @Test("CSV has unit, year, one column per node, then rank and peer-group ranks; one row per unit and year")
    func csvAllYears() throws {
        let run = try CLI.run(["index", "datasets/branches", "--all-years", "--format", "csv"])
        #expect(run.status == 0)
        let table = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        #expect(table.header == ["unit", "year", "index", "political", "foundation", "service", "discipline", "rank", "rank_group"])
        #expect(table.rows.count == 34 * 6)
        #expect(table.rows[0][0] == "b01" && table.rows[0][1] == "2019" && table.rows[1][1] == "2020")
    }

    @Test("--level all adds indicator columns; --level 0 shows only the index")
    func levels() throws {
        let all = try CLI.run(["index", "datasets/branches", "--level", "all", "--format", "csv"])
        let header = all.stdout.split(separator: "\n")[0].split(separator: ",")
        #expect(header.count == 2 + 5 + 16 + 2)
        let zero = try CLI.run(["index", "datasets/branches", "--level", "0", "--format", "csv"])
        #expect(zero.stdout.split(separator: "\n")[0] == "unit,year,index,rank,rank_group")
    }

    @Test("JSON carries scores, ranks, peer-group ranks and the reasons for missing scores")
    func json() throws {
        let run = try CLI.run(["index", "datasets/branches", "--year", "2020", "--format", "json", "--level", "all"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 34)
        #expect(rows.allSatisfy { $0["year"] as? Int == 2020 })
        let b01 = try #require(rows.first { $0["unit"] as? String == "b01" })
        let missing = try #require(b01["missing"] as? [String: String])
        #expect(missing["theory_test_score"] == "no data")
    }

    @Test("same input, same bytes")
    func deterministic() throws {
        let a = try CLI.run(["index", "datasets/branches", "--all-years", "--format", "json", "--level", "all"])
        let b = try CLI.run(["index", "datasets/branches", "--all-years", "--format", "json", "--level", "all"])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test("PROJECT defaults to the current folder")
    func defaultProject() throws {
        let run = try CLI.run(["index", "--level", "0", "--format", "csv"], in: CLI.packageRoot.appendingPathComponent("datasets/branches"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("unit,year,index,rank"))
    }

    @Test("--output writes the file atomically and prints nothing")
    func outputFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("sub/index.csv")
        let run = try CLI.run(["index", "datasets/branches", "--format", "csv", "--output", target.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("unit,year,index"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(leftovers == ["index.csv"])
    }

    @Test("a project with errors exits 1, names file:line:column, and leaves the output file untouched")
    func errorsWriteNothing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "unit,year,a\nu1,2020,1\nu1,2020,oops\n".write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try """
        data: {file: data.csv, unit_column: unit, year_column: year}
        units: {file: data.csv, id_column: unit}
        framework:
          id: index
          children:
            - {id: a}
        """.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("out.csv")
        try "previous contents\n".write(to: target, atomically: true, encoding: .utf8)
        let run = try CLI.run(["index", folder.path, "--format", "csv", "--output", target.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("data.csv:3:1: error: duplicate row for unit `u1` and year 2020 (first at line 2). Fix: keep one row per unit and year"))
        #expect(!run.stderr.contains("oops"))  // the duplicate row is skipped whole
        #expect(try String(contentsOf: target, encoding: .utf8) == "previous contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["data.csv", "out.csv", "touchstone.yaml"])
    }

    @Test("validate reports every problem at once")
    func validateReportsAll() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "unit,year,a,b\nu1,2020,x,1\nu2,2020,2,y\n".write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try """
        data: {file: data.csv, unit_column: unit, year_column: year}
        units: {file: data.csv, id_column: unit}
        framework:
          id: index
          children:
            - {id: a}
            - {id: b}
        """.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("data.csv:2:3: error: `x` in `a` is not a number"))
        #expect(run.stderr.contains("data.csv:3:4: error: `y` in `b` is not a number"))
        #expect(run.stderr.contains("2 problems found."))
    }

    @Test("validate accepts the bundled dataset")
    func validateDemo() throws {
        let run = try CLI.run(["validate", "datasets/branches"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("34 units, 6 years (2019–2024), 16 indicators, 204 unit-years"))
    }

    @Test("usage errors exit 64")
    func usage() throws {
        #expect(try CLI.run(["index", "datasets/branches", "--level", "deep"]).status == 64)
        #expect(try CLI.run(["index", "datasets/branches", "--year", "2020", "--all-years"]).status == 64)
        #expect(try CLI.run(["index", "datasets/branches", "--format", "xml"]).status == 64)
        #expect(try CLI.run(["frobnicate"]).status == 64)
    }

    @Test("a year without data is an error that lists the years there are")
    func unknownYear() throws {
        let run = try CLI.run(["index", "datasets/branches", "--year", "2030"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the data has no year 2030"))
        #expect(run.stderr.contains("2019–2024"))
    }
}
