import Foundation
import Testing
import TouchstoneCore

/// Issue 19, framework versions: indicators valid only in some years (`years:`) and renamed columns
/// (`column:` per range of years), on copies of datasets/branches.
@Suite("Indicator years and renamed columns")
struct IndicatorYearsTests {
    static let indexArgs = ["index", ".", "--all-years", "--level", "2", "--format", "csv"]

    static func lines(_ run: CLI.Output) -> [String] {
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    static func year(_ line: String) -> Int { Int(line.components(separatedBy: ",")[1]) ?? 0 }

    /// Rewrites the data file cell by cell: `edit(header, year, cells)` returns the new cells of a row.
    static func editData(_ copy: BranchesCopy, header extra: [String] = [], _ edit: (_ header: [String], _ year: Int, _ cells: [String]) -> [String]) throws {
        var rows = try copy.read("indicators.csv").components(separatedBy: "\n").filter { !$0.isEmpty }
        let header = rows[0].components(separatedBy: ",")
        rows[0] = (header + extra).joined(separator: ",")
        for i in rows.indices.dropFirst() {
            let cells = rows[i].components(separatedBy: ",")
            rows[i] = edit(header, Int(cells[1])!, cells).joined(separator: ",")
        }
        try (rows.joined(separator: "\n") + "\n").write(to: copy.path("indicators.csv"), atomically: true, encoding: .utf8)
    }

    static func addingKey(_ key: String, to indicator: String) -> (String) -> String {
        { $0.replacingOccurrences(of: "        - id: \(indicator)\n", with: "        - id: \(indicator)\n          \(key)\n") }
    }

    @Test("a column renamed in 2022 is one series: the same scores, at every level and year, as if it had never been renamed; the stale old column is not read")
    func renamedColumn() throws {
        let renamed = try BranchesCopy(editProject: Self.addingKey("column: {until 2021: theme_days, from 2022: theme_day_rate}", to: "theme_days"))
        defer { renamed.remove() }
        try Self.editData(renamed, header: ["theme_day_rate"]) { header, year, cells in
            let j = header.firstIndex(of: "theme_days")!
            var out = cells
            guard year >= 2022 else { return out + [""] }
            out[j] = "0.5"   // a stale value left in the old column: must not be read
            return out + [cells[j]]
        }
        let original = Self.lines(try CLI.run(["index", "datasets/branches", "--all-years", "--level", "2", "--format", "csv"]))
        let aliased = Self.lines(try renamed.run(Self.indexArgs))
        #expect(aliased == original)
        let validate = try renamed.run(["validate", "."])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("warning: Framework change in 2022: column of Themed party days held renamed `theme_days` → `theme_day_rate`; read as one series and scaled together"), "\(validate.stderr)")
        // Without the alias the renamed indicator would be two series, each scaled on its own years.
        let split = try BranchesCopy(editProject: Self.addingKey("column: theme_day_rate", to: "theme_days"))
        defer { split.remove() }
        try Self.editData(split, header: ["theme_day_rate"]) { header, year, cells in
            let j = header.firstIndex(of: "theme_days")!
            return cells + [year >= 2022 ? cells[j] : ""]
        }
        #expect(Self.lines(try split.run(Self.indexArgs)) != original, "the alias matters")
    }

    @Test("an indicator added in 2023 is not part of 2019–2022: those years equal a framework without it, its earlier values are set aside with a note, and validate warns")
    func addedIndicator() throws {
        let added = try BranchesCopy(editProject: Self.addingKey("years: from 2023", to: "theme_days"))
        let without = try BranchesCopy(editProject: { text in
            text.replacingOccurrences(of: """
                        - id: theme_days
                          label: {en: Themed party days held, zh: 主题党日开展率}
                          unit: {en: "%", zh: "%"}
                          direction: higher
                          weight: 1

                """, with: "")
        })
        defer { added.remove(); without.remove() }
        let args = ["index", ".", "--all-years", "--level", "1", "--format", "csv"]
        let a = Self.lines(try added.run(args)), b = Self.lines(try without.run(args))
        #expect(a.count == b.count && a.count > 100)
        #expect(a.filter { Self.year($0) <= 2022 } == b.filter { Self.year($0) <= 2022 })
        #expect(a.filter { Self.year($0) >= 2023 } != b.filter { Self.year($0) >= 2023 }, "from 2023 the indicator counts")
        let validate = try added.run(["validate", "."])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("warning: Framework change in 2023: indicator Themed party days held added"), "\(validate.stderr)")
        #expect(validate.stderr.contains("values of `theme_days` lie outside its years (from 2023)"), "\(validate.stderr)")
        // The summary counts missing values as before the change (theme_days has none before 2023) and names the gaps apart.
        let plain = try CLI.run(["validate", "datasets/branches"]).stdout
        let missing = try #require(plain.components(separatedBy: "unit-years, ").last?.components(separatedBy: " missing").first)
        let early = try added.read("indicators.csv").components(separatedBy: "\n").filter { $0.contains(",2019,") || $0.contains(",2020,") || $0.contains(",2021,") || $0.contains(",2022,") }.count
        #expect(early == 136)
        #expect(validate.stdout.contains("unit-years, \(missing) missing values (and \(early) cells outside their indicator's years, not missing)"), "\(validate.stdout)")
        let trend = try added.run(["trend", "."])
        #expect(trend.status == 0 && trend.stderr.contains("Framework change in 2023: indicator Themed party days held added"), "\(trend.stderr)")
        let dropped = try BranchesCopy(editProject: Self.addingKey("years: until 2021", to: "theme_days"))
        defer { dropped.remove() }
        #expect(try dropped.run(["validate", "."]).stderr.contains("warning: Framework change in 2022: indicator Themed party days held dropped"))
    }

    @Test("coverage counts only the indicators valid that year: with min_coverage 1 an indicator added in 2023 does not leave 2019–2022 missing")
    func structuralCoverage() throws {
        let copy = try BranchesCopy(editProject: { Self.addingKey("years: from 2023", to: "theme_days")($0).replacingOccurrences(of: "  min_coverage: 0.5\n", with: "  min_coverage: 1\n") })
        defer { copy.remove() }
        let result = try IndexPipeline(project: try ProjectReader.read(path: copy.path("touchstone.yaml").path)).run()
        let panel = result.panel
        let others = ["study_sessions", "theory_test_score", "political_rating"].map { panel.indicatorIds.firstIndex(of: $0)! }
        let theme = panel.indicatorIds.firstIndex(of: "theme_days")!
        var checked = 0, belowCoverage = 0
        for (r, key) in panel.rows.enumerated() {
            let complete = others.allSatisfy { !panel.values[r, $0].isNaN } && (key.year <= 2022 || !panel.values[r, theme].isNaN)
            #expect(complete == !result.scores["political"]![r].isNaN, "\(panel.units[key.unit].id) \(key.year)")
            if key.year <= 2022, !complete, case let .belowCoverage(present, of, _)? = result.missingReasons["political"]?[r] {
                #expect(of == 3 && present < 3, "counted over the 3 indicators valid in \(key.year)")
                belowCoverage += 1
            }
            if key.year <= 2022 {
                #expect(panel.values[r, theme].isNaN, "set aside")
                #expect(!result.isInFramework(row: r, indicator: theme))
                if complete { checked += 1 }
            }
        }
        #expect(checked > 100)
        #expect(belowCoverage > 0, "the data has gaps in 2019–2022")
    }

    @Test("the report does not count the cells outside an indicator's years as missing values, and says so")
    func reportMissingCount() throws {
        let copy = try BranchesCopy(editProject: Self.addingKey("years: from 2023", to: "theme_days"))
        defer { copy.remove() }
        let rows = try copy.read("indicators.csv").components(separatedBy: "\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let theme = rows[0].firstIndex(of: "theme_days")!
        let isMissing = { (cell: String) in ["", "NA", "-"].contains(cell) }
        let early = rows.dropFirst().filter { Int($0[1])! <= 2022 }
        let blanks = rows.dropFirst().reduce(0) { $0 + $1.dropFirst(2).filter(isMissing).count }
        let structuralMissing = early.filter { isMissing($0[theme]) }.count
        let cells = (rows.count - 1) * (rows[0].count - 2) - early.count
        let run = try copy.run(["report", ".", "--output", "out", "--format", "markdown", "--no-briefs"])
        #expect(run.status == 0, "\(run.stderr)")
        let md = try copy.read("out/report.md")
        #expect(md.contains("\(cells) values, of which \(blanks - structuralMissing) are missing"), "\(cells) \(blanks) \(structuralMissing)")
        #expect(md.contains("\(early.count) cells of indicators outside their years (added or dropped by a framework change) are not part of the framework then"))
        #expect(md.contains("Framework change in 2023: indicator Themed party days held added"))
    }

    @Test("diagnose counts an indicator's rows and missing share within its years only")
    func diagnoseStructural() throws {
        let copy = try BranchesCopy(editProject: Self.addingKey("years: from 2023", to: "theme_days"))
        defer { copy.remove() }
        let rows = try copy.read("indicators.csv").components(separatedBy: "\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let theme = rows[0].firstIndex(of: "theme_days")!
        let late = rows.dropFirst().filter { Int($0[1])! >= 2023 }
        let missingLate = late.filter { ["", "NA", "-"].contains($0[theme]) }.count
        let run = try copy.run(["diagnose", ".", "--all-years", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        struct Output: Decodable {
            struct Indicator: Decodable { var id: String; var n: Int; var missing_share: Double }
            var indicators: [Indicator]
        }
        let out = try JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8))
        let stats = try #require(out.indicators.first { $0.id == "theme_days" })
        #expect(stats.n == late.count - missingLate)
        #expect(abs(stats.missing_share - Double(missingLate) / Double(late.count)) < 1e-12,
                "share among the \(late.count) unit-years of 2023–2024, not among all years: \(stats.missing_share)")
    }

    @Test("`years:` that is not a range of years is refused with the place and what to write")
    func badYears() throws {
        let copy = try BranchesCopy(editProject: Self.addingKey("years: soon", to: "theme_days"))
        defer { copy.remove() }
        let run = try copy.run(["validate", "."])
        #expect(run.status == 1)
        #expect(run.stderr.contains("touchstone.yaml:") && run.stderr.contains("`years` must be a range of years") && run.stderr.contains("years: from 2023"), "\(run.stderr)")
    }
}
