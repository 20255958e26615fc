import Foundation
import Testing
import TouchstoneCore

/// Center for Systemic Peace State Fragility Index (../shared/data/state_fragility_csp): `datasets/sfi`
/// (`normalisation: none`, `aggregation: sum`, `direction: lower`) must give the published total and both
/// sub-scores for every country-year, and rank the least fragile first.
@Suite("State Fragility Index reference")
struct SFIReferenceTests {
    static let dataFile = CLI.sharedData.appendingPathComponent("state_fragility_csp/state_fragility.csv").path

    static var available: Bool {
        let present = FileManager.default.fileExists(atPath: dataFile)
        if !present { print("notice: ../shared/data/state_fragility_csp is not present; the SFI reference test is skipped") }
        return present
    }

    @Test("`touchstone index datasets/sfi --all-years` reproduces every published SFI total, effectiveness and legitimacy score",
          .enabled(if: available, "needs ../shared/data/state_fragility_csp"))
    func publishedTotals() throws {
        let run = try CLI.run(["index", "datasets/sfi", "--all-years", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let ours = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        var computed: [String: [String]] = [:]
        for row in ours.rows { computed["\(row[0]) \(row[1])"] = row }
        let columns = ["sfi": "Metrics.State Fragility Index", "effectiveness": "Metrics.Effectiveness.Effectiveness Score",
                       "legitimacy": "Metrics.Legitimacy.Legitimacy Score"]
        let published = try CSVReader.read(path: Self.dataFile)
        var compared = 0, mismatches: [String] = []
        for row in published.rows {
            let key = "\(row[published.columnIndex("Country")!]) \(row[published.columnIndex("Year")!])"
            for (node, column) in columns {
                let value = row[published.columnIndex(column)!]
                compared += 1
                let mine = computed[key].map { $0[ours.columnIndex(node)!] }
                if mine.flatMap(Double.init) != Double(value), mismatches.count < 10 { mismatches.append("\(key) \(node): published \(value), Touchstone \(mine ?? "missing")") }
            }
        }
        #expect(compared == 3960 * 3)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test("With `direction: lower` rank 1 is the lowest (least fragile) total, and ties share the best rank",
          .enabled(if: available, "needs ../shared/data/state_fragility_csp"))
    func lowerIsBetterRanks() throws {
        let run = try CLI.run(["index", "datasets/sfi", "--year", "2018", "--format", "csv", "--level", "0"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        let rows = table.rows.map { (score: Double($0[2])!, rank: Int($0[3])!) }
        for a in rows { #expect(a.rank == 1 + rows.filter { $0.score < a.score }.count) }
        #expect(rows.first { $0.rank == 1 }?.score == 0)
    }
}

/// `datasets/sfi` needs ../shared; this one builds a tiny lower-is-better project of its own.
@Suite("Lower-is-better index in the commands that judge units")
struct LowerIsBetterGuardTests {
    @Test("peers reads direction: lower; flag and sensitivity judge the index on its reversed scale and say so")
    func judgingCommandsRead() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "unit,year,a,b\nu1,2020,1,2\nu2,2020,3,4\nu3,2020,0,1\n".write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try """
            data: {file: data.csv, unit_column: unit, year_column: year}
            defaults: {normalisation: none, aggregation: sum}
            framework: {id: total, direction: lower, children: [{id: a}, {id: b}]}
            """.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let index = try CLI.run(["index", folder.path, "--format", "csv", "--level", "0"])
        #expect(index.status == 0, "\(index.stderr)")
        #expect(index.stdout == "unit,year,total,rank\nu1,2020,3,2\nu2,2020,7,3\nu3,2020,1,1\n")
        let peers = try CLI.run(["peers", folder.path, "--format", "csv"])
        #expect(peers.status == 0, "\(peers.stderr)")
        let table = try CSVReader.parse(data: Array(peers.stdout.utf8), file: "stdout")
        #expect(table.header.prefix(6) == ["unit", "group", "index", "rank", "rank_in_group", "percentile"])
        #expect(table.rows.map { [$0[0], $0[4]] } == [["u3", "1"], ["u1", "2"], ["u2", "3"]], "the lowest total ranks first")
        #expect(table.rows.map { Double($0[5])!.rounded() } == [83, 50, 17], "percentiles read the better way")
        let text = try CLI.run(["peers", folder.path])
        #expect(!text.stdout.contains("Name"), "no name column when names are ids")
        // The judging commands read it on the reversed scale (`Project.reversedForJudging`), with a note;
        // `flag` shows the published scores (`PublishedScale`).
        for arguments in [["flag"], ["sensitivity", "--runs", "20"]] {
            let run = try CLI.run(arguments + [folder.path])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            let note = arguments == ["flag"] ? "the scores shown are the published ones" : "judge it on the reversed scale"
            #expect(run.stderr.contains(note), "\(arguments): \(run.stderr)")
            if arguments == ["flag"] { #expect(run.stdout.contains("(higher is worse)") && !run.stdout.contains("index -"), "\(run.stdout)") }
            else { #expect(!run.stdout.contains("Name"), "no name column when names are ids: \(run.stdout)") }
        }
    }
}
