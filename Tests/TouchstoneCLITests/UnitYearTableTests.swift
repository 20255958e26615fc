import Foundation
import Testing
import TouchstoneCore

/// Issue 19, unit lineage and per-year unit tables: names and peer groups that change from year to year
/// are used year by year, with a `validate` notice for each change; the report's per-unit sections say
/// "formerly …". On copies of datasets/branches.
@Suite("Per-year unit table")
struct UnitYearTableTests {
    /// A copy whose unit table has one row per unit and year 2019–2024: b05 moves from the functional
    /// departments to the case review offices in 2023, b02 is renamed in 2022.
    static func perYearCopy() throws -> BranchesCopy {
        let copy = try BranchesCopy(editProject: { $0.replacingOccurrences(of: "  size_column: members\n", with: "  size_column: members\n  year_column: year\n") })
        let lines = try copy.read("branches.csv").components(separatedBy: "\n").filter { !$0.isEmpty }
        var out = [lines[0] + ",year"]
        for line in lines.dropFirst() {
            for year in 2019 ... 2024 {
                var cells = line.components(separatedBy: ",")
                if cells[0] == "b05" && year >= 2023 { cells[3] = "case"; cells[4] = "审查调查室" }
                if cells[0] == "b02" && year < 2022 { cells[2] = "Organisation Office branch" }
                out.append((cells + ["\(year)"]).joined(separator: ","))
            }
        }
        try (out.joined(separator: "\n") + "\n").write(to: copy.path("branches.csv"), atomically: true, encoding: .utf8)
        return copy
    }

    static func lines(_ run: CLI.Output) -> [[String]] {
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    @Test("validate gives a notice for each change of name or peer group")
    func notices() throws {
        let copy = try Self.perYearCopy()
        defer { copy.remove() }
        let run = try copy.run(["validate", "."])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("note: unit `b05`: `group` changes from `functional` to `case` in 2023"), "\(run.stderr)")
        #expect(run.stderr.contains("note: unit `b02`: `name (en)` changes from `Organisation Office branch` to `Organisation Department branch` in 2022"), "\(run.stderr)")
        #expect(!run.stderr.contains("unit `b01`"), "no notice without a change")
    }

    @Test("peer groups are used year by year: group ranks up to 2022 are those of the fixed table, from 2023 b05 is ranked among the case review offices")
    func groupsByYear() throws {
        let copy = try Self.perYearCopy()
        defer { copy.remove() }
        let args = ["index", ".", "--all-years", "--format", "csv"]
        let perYear = Self.lines(try copy.run(args))
        let fixed = Self.lines(try CLI.run(["index", "datasets/branches", "--all-years", "--format", "csv"]))
        let header = perYear[0]
        let (year, index, rankGroup) = (header.firstIndex(of: "year")!, header.firstIndex(of: "index")!, header.firstIndex(of: "rank_group")!)
        #expect(perYear.filter { Int($0[year]) ?? 0 <= 2022 } == fixed.filter { Int($0[year]) ?? 0 <= 2022 })
        let units = try copy.read("branches.csv").components(separatedBy: "\n").map { $0.components(separatedBy: ",") }
        for y in [2022, 2024] {
            let group = Set(units.filter { $0.count > 6 && $0[6] == "\(y)" && $0[3] == (y >= 2023 ? "case" : "functional") }.map { $0[0] })
            #expect(group.contains("b05"))
            let rows = perYear.filter { $0[year] == "\(y)" && group.contains($0[0]) }
            let b05 = try #require(rows.first { $0[0] == "b05" })
            let better = rows.filter { Double($0[index])! > Double(b05[index])! }.count
            #expect(b05[rankGroup] == "\(better + 1)", "b05's group rank in \(y) is its rank among its group of that year")
        }
        // The library: the name of a year, and the groups of a year.
        let result = try IndexPipeline(project: try ProjectReader.read(path: copy.path("touchstone.yaml").path)).run()
        let b02 = try #require(result.panel.units.first { $0.id == "b02" }), b05 = try #require(result.panel.units.first { $0.id == "b05" })
        #expect(b02.name("en", inYear: 2021) == "Organisation Office branch" && b02.name("en") == "Organisation Department branch")
        #expect(b05.group("group", inYear: 2022) == "functional" && b05.group("group", inYear: 2023) == "case" && b05.groups["group"] == "case")
    }

    @Test("a flagged unit that a lineage event produced says so in the report's unit section (b44, formerly b04)")
    func reportSectionSaysFormerly() throws {
        let copy = try LineageTests.copy(lineage: "event,year,from,to\nrenamed,2023,b04,b44\n", rename: ("b04", "b44"))
        defer { copy.remove() }
        let run = try copy.run(["report", ".", "--output", "out", "--format", "markdown", "--no-briefs"])
        #expect(run.status == 0, "\(run.stderr)")
        let md = try copy.read("out/report.md")
        let section = try #require(md.range(of: "· b44 "))
        let after = String(md[section.upperBound...].prefix(400))
        #expect(after.contains("b44, formerly b04 (renamed 2023)"), "\(after)")
    }
}

/// Lineage with data it cannot carry across ids yet is refused, not silently wrong.
@Suite("Lineage refusals")
struct LineageRefusalTests {
    @Test("a lineage table with a vote indicator is refused with the lineage file and what to do; nothing is written")
    func votes() throws {
        let copy = try LineageTests.copy(lineage: "event,year,from,to\nrenamed,2023,b12,b37\n", rename: ("b12", "b37"))
        defer { copy.remove() }
        let project = try copy.read("touchstone.yaml").replacingOccurrences(of: "        - id: discipline_rating\n", with: """
                    - id: appraisal
                      type: votes
                      levels: {优秀: 100, 良好: 60}
                      weight: 1
                    - id: discipline_rating

            """)
        try project.write(to: copy.path("touchstone.yaml"), atomically: true, encoding: .utf8)
        var rows = try copy.read("indicators.csv").components(separatedBy: "\n").filter { !$0.isEmpty }
        rows = rows.enumerated().map { $0.offset == 0 ? $0.element + ",appraisal_优秀,appraisal_良好" : $0.element + ",12,8" }
        try (rows.joined(separator: "\n") + "\n").write(to: copy.path("indicators.csv"), atomically: true, encoding: .utf8)
        let run = try copy.run(["flag", ".", "--output", "flags.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("lineage.csv") && run.stderr.contains("a lineage table cannot yet be combined with vote or rater indicators")
                && run.stderr.contains("remove `lineage:` or those indicators"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.path("flags.txt").path))
    }
}
