import Foundation
import Testing
import TouchstoneCore

/// Unit lookup on the command line, `compare`'s marks when the peers are tied, and `sensitivity`'s CSV.
@Suite("Unit lookup, compare marks and machine-readable sensitivity")
struct LookupAndMachineOutputTests {
    @Test("Unit ids match case-insensitively, names match too, and an unknown id suggests the closest one")
    func lookup() throws {
        let upper = try CLI.run(["compare", "B21", "--project", "datasets/branches", "--format", "csv"])
        #expect(upper.status == 0, "\(upper.stderr)")
        let exact = try CLI.run(["compare", "b21", "--project", "datasets/branches", "--format", "csv"])
        #expect(upper.stdout == exact.stdout)
        let byName = try CLI.run(["compare", "Research Office branch", "--project", "datasets/branches", "--format", "csv"])
        #expect(byName.status == 0 && byName.stdout.hasPrefix("Measure,b04,"), "\(byName.stderr)")
        let typo = try CLI.run(["compare", "b-21", "--project", "datasets/branches"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("no unit `b-21` in the data. Fix: did you mean `b21`?"), "\(typo.stderr)")
    }

    @Test("compare marks a weakness ▼ when most peers are tied (MAD 0): 33.3 against a median of 100")
    func weaknessWhenPeersTie() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "unit,year,a,b\nu1,2020,100,50\nu2,2020,100,60\nu3,2020,100,70\nu4,2020,100,80\nu5,2020,33.3,90\n"
            .write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try """
            data: {file: data.csv, unit_column: unit, year_column: year}
            defaults: {normalisation: none}
            framework: {id: index, children: [{id: da, children: [{id: a}]}, {id: db, children: [{id: b}]}]}
            """.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["compare", "u5", "--project", folder.path, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout").rows
        let da = try #require(rows.first { $0[0].hasPrefix("da") })
        #expect(da[1].hasSuffix("▼"), "\(da)")
    }

    @Test("sensitivity --format csv carries plain numbers: the interval as two columns, probabilities as fractions")
    func sensitivityCSV() throws {
        let run = try CLI.run(["sensitivity", "datasets/branches", "--runs", "40", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        #expect(table.header == ["unit", "name", "nominal_rank", "median_rank", "rank_low", "rank_high", "p_top", "p_bottom",
                                 "p_low_level", "p_decline", "p_stagnant", "p_volatile", "p_weak_dimension"])
        #expect(table.rows.count == 34)
        for row in table.rows {
            #expect(Double(row[4])! <= Double(row[5])!)
            for c in 6 ..< row.count where !row[c].isEmpty { #expect((0 ... 1).contains(Double(row[c])!), "\(row)") }
        }
        #expect(!run.stdout.contains("%") && !run.stdout.contains("–"))
    }
}

/// Formats a command cannot write are refused before anything is read or computed: the project path given
/// does not exist, so a command that looked at it first would fail with an input error (exit 1) instead.
@Suite("Formats checked before computing")
struct FormatCheckTests {
    @Test("sensitivity --format json, flag --format csv, peers and compare --format json, and charts without their --unit exit 64 at once")
    func refusedEarly() throws {
        let missing = "/tmp/touchstone-no-such-project-\(getpid())"
        let cases: [([String], String)] = [
            (["sensitivity", missing, "--format", "json"], "--format json is not available for sensitivity; use table, markdown, csv or xlsx."),
            (["flag", missing, "--format", "csv"], "--format csv is not available for flag; use table, markdown, json or xlsx."),
            (["peers", missing, "--format", "json"], "--format json is not available for peers"),
            (["compare", "b01", "--project", missing, "--format", "json"], "--format json is not available for compare"),
            (["chart", "trend", missing, "--output", "/tmp/never-written.svg"], "The trend chart needs --unit ID (repeatable) or --small-multiples."),
            (["chart", "contributions", missing, "--output", "/tmp/never-written.svg"], "The contributions chart needs --unit ID."),
        ]
        for (arguments, message) in cases {
            let run = try CLI.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
    }
}
