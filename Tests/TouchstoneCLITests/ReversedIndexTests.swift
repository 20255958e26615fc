import Foundation
import Testing
import TouchstoneCore

/// `flag`, `sensitivity`, `report` (and `chart`, `review`, `archive`) judge an index declared `direction:
/// lower` on its reversed scale (`Project.reversedForJudging()`): the lowest published index is the best.
@Suite("A higher-is-worse index is judged on its reversed scale")
struct ReversedIndexTests {
    /// `datasets/branches` re-expressed so that a higher index is worse: every indicator's direction turned
    /// over and the index declared `direction: lower`. Distance to a target is written as the goalposts it
    /// equals (`min(x/t, 1)` = goalposts 0 to t, capped), whose turned-over score is its mirror image, so the
    /// copy's index is exactly 100 − the original's.
    static func higherIsWorseCopy() throws -> BranchesCopy {
        try BranchesCopy { text in
            text.replacingOccurrences(of: "target: 100\n          normalisation: {method: distance-to-target}",
                                      with: "goalposts: {lower: 0, upper: 100, cap: true}\n          normalisation: {method: goalposts}")
                .replacingOccurrences(of: "target: 95\n          normalisation: {method: distance-to-target}",
                                      with: "goalposts: {lower: 0, upper: 95, cap: true}\n          normalisation: {method: goalposts}")
                .replacingOccurrences(of: "direction: higher", with: "direction: TURN")
                .replacingOccurrences(of: "direction: lower", with: "direction: higher")
                .replacingOccurrences(of: "direction: TURN", with: "direction: lower")
                .replacingOccurrences(of: "  label: {en: Model organ index, zh: 模范机关建设指数}\n",
                                      with: "  label: {en: Model organ index, zh: 模范机关建设指数}\n  direction: lower\n")
        }
    }

    static func statuses(_ json: String) throws -> [String: String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let units = try #require(document["units"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: units.map { ($0["unit"] as! String, $0["status"] as! String) })
    }

    @Test("The branches re-expressed as higher-is-worse flag, watch and hold up as exemplars the same units as the original")
    func sameUnitsFlagged() throws {
        let copy = try Self.higherIsWorseCopy()
        defer { copy.remove() }
        #expect(try copy.read("touchstone.yaml").components(separatedBy: "direction: lower").count == 16, "every indicator and the index turned")
        // The copy's published index is higher-is-worse: its rank 1 has the lowest score (same unit as the original's rank 1).
        let index = try copy.run(["index", ".", "--format", "csv", "--level", "0", "-q"])
        let original = try CLI.run(["index", "datasets/branches", "--format", "csv", "--level", "0", "-q"])
        let rows = try CSVReader.parse(data: Array(index.stdout.utf8), file: "copy").rows
        let originalRows = try CSVReader.parse(data: Array(original.stdout.utf8), file: "original").rows
        // The copy's index is 100 − the original's, with the same ranks; its reversed scale is the original again.
        #expect(!(try copy.read("touchstone.yaml")).contains("distance-to-target"))
        #expect(rows.map(\.[0]) == originalRows.map(\.[0]))
        for (a, b) in zip(rows, originalRows) {
            #expect(a[3] == b[3], "\(a[0]): rank \(a[3]) vs \(b[3])")
            #expect(abs(Double(a[2])! - (100 - Double(b[2])!)) < 1e-6, "\(a[0]): \(a[2]) vs 100 − \(b[2])")
        }
        let best = try #require(rows.first { $0[3] == "1" }), worst = try #require(rows.max { Int($0[3])! < Int($1[3])! })
        #expect(Double(best[2])! < Double(worst[2])!, "rank 1 is the lowest score")

        let flags = try copy.run(["flag", ".", "--format", "json"])
        #expect(flags.status == 0, "\(flags.stderr)")
        #expect(flags.stderr.contains("the scores shown are the published ones"))
        let originalFlags = try CLI.run(["flag", "datasets/branches", "--format", "json", "-q"])
        let statuses = try Self.statuses(flags.stdout)
        #expect(statuses == (try Self.statuses(originalFlags.stdout)))
        #expect(Set(statuses.values) == ["flagged", "watch", "exemplar", "clear"])
        // The text says once that higher is worse; the Chinese one too (the scores shown: `PublishedScoresTests`).
        let text = try copy.run(["flag", ".", "-q"]).stdout
        #expect(text.hasPrefix("Flags — Model organ index (higher is worse), 2024"), "\(text.prefix(120))")
        #expect(!text.contains("(reversed"))
        let zh = try copy.run(["flag", ".", "--locale", "zh", "-q"]).stdout
        #expect(zh.contains("模范机关建设指数（越高越差）"), "\(zh.prefix(200))")
    }

    @Test("sensitivity and report run on the higher-is-worse copy; Monte Carlo ranks are those of the reversed scale (rank 1 = best)")
    func sensitivityAndReport() throws {
        let copy = try Self.higherIsWorseCopy()
        defer { copy.remove() }
        let run = try copy.run(["sensitivity", ".", "--runs", "50", "--format", "csv", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = try CSVReader.parse(data: Array(run.stdout.utf8), file: "sensitivity")
        let nominal = table.header.firstIndex(of: "nominal_rank")!
        // The reversed scale of the copy is the original project: its ranks are the Monte Carlo nominal ranks.
        let original = try CLI.run(["index", "datasets/branches", "--format", "csv", "--level", "0", "-q"]).stdout
        let index = try CSVReader.parse(data: Array(original.utf8), file: "index").rows
        #expect(table.rows.count == index.count)
        for row in table.rows {
            #expect(index.first { $0[0] == row[0] }?[3] == row[nominal], "\(row[0]): nominal rank on the reversed scale")
        }
        let report = try copy.run(["report", ".", "--output", "out", "--format", "markdown", "-q"])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try copy.read("out/report.md")
        #expect(markdown.contains("(reversed: higher is better)"))
    }

    @Test("State Fragility Index: flag names the most fragile (highest-scoring) states, the rising ones as declining, and learns from the least fragile",
          .enabled(if: SFIReferenceTests.available, "needs ../shared/data/state_fragility_csp"))
    func stateFragility() throws {
        let flags = try CLI.run(["flag", "datasets/sfi", "--format", "json", "-q"])
        #expect(flags.status == 0, "\(flags.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(flags.stdout.utf8)) as? [String: Any])
        let units = try #require(document["units"] as? [[String: Any]])
        let rules = Dictionary(uniqueKeysWithValues: units.map { u in
            (u["unit"] as! String, Set((u["flags"] as! [[String: Any]]).map { $0["rule"] as! String }))
        })
        let statuses = try Self.statuses(flags.stdout)
        let index = try CLI.run(["index", "datasets/sfi", "--all-years", "--format", "csv", "--level", "0", "-q"])
        var sfi: [String: [Int: Double]] = [:]
        for row in try CSVReader.parse(data: Array(index.stdout.utf8), file: "index").rows { sfi[row[0], default: [:]][Int(row[1])!] = Double(row[2]) }
        let latest = sfi.compactMapValues { $0[2018] }
        let median = latest.values.sorted()[latest.count / 2]
        let flagged = statuses.filter { $0.value == "flagged" }.map(\.key), exemplars = statuses.filter { $0.value == "exemplar" }.map(\.key)
        #expect(flagged.count >= 5 && !exemplars.isEmpty)
        for unit in flagged where rules[unit]!.contains("low-level") {
            #expect(latest[unit]! > median, "\(unit) (SFI \(latest[unit]!)) is flagged as low but below the median \(median)")
        }
        for unit in flagged where rules[unit]!.contains("decline") {
            let years = sfi[unit]!.keys.sorted()
            #expect(sfi[unit]![years.last!]! > sfi[unit]![years.first!]!, "\(unit) is flagged as declining but its SFI did not rise")
        }
        for unit in exemplars { #expect(latest[unit]! < median, "\(unit) (SFI \(latest[unit]!)) is an exemplar but above the median \(median)") }
        let mostFragile = latest.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5).map(\.key)
        for unit in mostFragile { #expect(statuses[unit] == "flagged", "\(unit) (SFI \(latest[unit]!)) is among the five most fragile") }
    }
}
