import Foundation
import Testing
import TouchstoneCore

/// `flag` on a higher-is-worse index judges on the reversed scale but shows the published numbers
/// (`PublishedScale`, `FlagReport+Published.swift`): the scores are those of `index`, gaps and contributions
/// carry the published sign, medians, cut-offs and path targets are published levels, and the reasons say
/// "above the peer median", "rose".
@Suite("flag shows the published scores of a higher-is-worse index")
struct PublishedScoresTests {
    struct Document: Decodable {
        struct Unit: Decodable {
            struct Path: Decodable { var start: Double; var target: Double }
            struct Flag: Decodable { var rule: String; var numbers: [String: Double]; var reason: [String: String] }
            var unit: String; var status: String; var index: Double?; var gap: Double?; var paths: [Path]; var flags: [Flag]
            var partners: [Partner]
            struct Partner: Decodable { var unit: String }
        }
        var units: [Unit]
        var higher_is_worse: Bool?
        var bottom_cutoff: Double?
    }

    static func document(_ json: String) throws -> Document { try JSONDecoder().decode(Document.self, from: Data(json.utf8)) }

    /// Index scores by unit for `year`, from `index --format csv --level 0`.
    static func indexScores(_ csv: String, year: String) throws -> [String: Double] {
        var out: [String: Double] = [:]
        for row in try CSVReader.parse(data: Array(csv.utf8), file: "index").rows where row[1] == year && !row[2].isEmpty { out[row[0]] = Double(row[2])! }
        return out
    }

    @Test("The branches re-expressed as higher-is-worse: flag's scores are the index output's, gaps and path levels are the original's mirrored, the same units flagged with the same partners")
    func branchesCopy() throws {
        let copy = try ReversedIndexTests.higherIsWorseCopy()
        defer { copy.remove() }
        let flags = try copy.run(["flag", ".", "--format", "json"])
        #expect(flags.status == 0 && flags.stderr.contains("the scores shown are the published ones"), "\(flags.stderr)")
        let shown = try Self.document(flags.stdout), original = try Self.document(try CLI.run(["flag", "datasets/branches", "--format", "json", "-q"]).stdout)
        #expect(shown.higher_is_worse == true && original.higher_is_worse == nil)
        let published = try Self.indexScores(try copy.run(["index", ".", "--format", "csv", "--level", "0", "-q"]).stdout, year: "2024")
        let byUnit = Dictionary(uniqueKeysWithValues: original.units.map { ($0.unit, $0) })
        var flagged = 0
        for u in shown.units {
            let o = try #require(byUnit[u.unit])
            #expect(u.status == o.status, "\(u.unit)")
            #expect(u.index == published[u.unit], "\(u.unit): shown \(String(describing: u.index)) vs index \(String(describing: published[u.unit]))")
            if let x = u.index, let y = o.index { #expect(abs(x - (100 - y)) < 1e-6) }
            #expect(u.partners.map(\.unit) == o.partners.map(\.unit), "\(u.unit)")
            guard u.status == "flagged" else { continue }
            flagged += 1
            let gap = try #require(u.gap), originalGap = try #require(o.gap)
            #expect(gap > 0 && abs(gap + originalGap) < 1e-6, "\(u.unit): gap \(gap) vs \(originalGap)")
            for (p, q) in zip(u.paths, o.paths) {
                #expect(abs(p.start - (100 - q.start)) < 1e-6 && abs(p.target - (100 - q.target)) < 1e-6 && p.target < p.start, "\(u.unit)")
            }
            for f in u.flags where f.rule == "low-level" {
                let score = try #require(f.numbers["score"]), median = try #require(f.numbers["group_median"])
                #expect(score == published[u.unit] && score > median, "\(u.unit): \(score) vs median \(median)")
                #expect(f.reason["en"]!.contains("above the peer median") && f.reason["zh"]!.contains("高于同组中位数"), "\(f.reason)")
            }
            for f in u.flags where f.rule == "decline" { #expect(f.reason["en"]!.hasPrefix("index rose from"), "\(f.reason)") }
        }
        #expect(flagged >= 3)
        #expect(abs(try #require(shown.bottom_cutoff) - (100 - (try #require(original.bottom_cutoff)))) < 1e-6)
        // The text shows the same numbers and says once that higher is worse.
        let text = try copy.run(["flag", ".", "-q"]).stdout
        let first = try #require(shown.units.first { $0.status == "flagged" })
        let line = try #require(text.split(separator: "\n").first { $0.contains(" \(first.unit)  ") })
        #expect(line.contains("index \(String(format: "%.1f", first.index!))"), "\(line)")
        #expect(text.contains("Higher is worse: the scores are the published ones; rank 1 is the lowest index"))
    }

    @Test("State Fragility Index: flag shows the published SFI (24.0 for the most fragile), never a negative score",
          .enabled(if: SFIReferenceTests.available, "needs ../shared/data/state_fragility_csp"))
    func stateFragility() throws {
        let flags = try CLI.run(["flag", "datasets/sfi", "--format", "json", "-q"])
        #expect(flags.status == 0, "\(flags.stderr)")
        let shown = try Self.document(flags.stdout)
        let published = try Self.indexScores(try CLI.run(["index", "datasets/sfi", "--format", "csv", "--level", "0", "-q"]).stdout, year: "2018")
        for u in shown.units where u.index != nil { #expect(u.index == published[u.unit], "\(u.unit)") }
        let mostFragile = try #require(published.max { ($0.value, $1.key) < ($1.value, $0.key) })
        #expect(shown.units.first?.index == mostFragile.value && shown.units.first?.status == "flagged")
        let text = try CLI.run(["flag", "datasets/sfi", "-q"]).stdout
        #expect(text.hasPrefix("Flags — State Fragility Index (higher is worse), 2018"))
        #expect(!text.contains("index -") && !text.contains("index −") && !text.contains("(reversed"), "\(text.prefix(600))")
    }
}

@Suite("compare reads the components of a higher-is-worse index the published way")
struct LowerComponentsCompareTests {
    @Test("State Fragility Index: the most fragile state's components above the median are weaknesses (▼), none a strength",
          .enabled(if: SFIReferenceTests.available, "needs ../shared/data/state_fragility_csp"))
    func componentsAreWeaknesses() throws {
        let run = try CLI.run(["compare", "Dem. Rep. of Congo", "--project", "datasets/sfi", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("    security_eff") || $0.hasPrefix("  Effectiveness") || $0.hasPrefix("    social_leg") }
        #expect(rows.count == 3, "\(run.stdout)")
        for row in rows { #expect(row.contains("▼") && !row.contains("▲"), "\(row)") }
    }
}

@Suite("chart draws the published scores of a higher-is-worse index where it shows scores or ranks")
struct PublishedChartsTests {
    @Test("trend and ranking charts of the higher-is-worse branches show the index output's scores, labelled (higher is worse); the heatmap stays on the reversed scale, labelled so")
    func charts() throws {
        let copy = try ReversedIndexTests.higherIsWorseCopy()
        defer { copy.remove() }
        let published = try PublishedScoresTests.indexScores(try copy.run(["index", ".", "--format", "csv", "--level", "0", "-q"]).stdout, year: "2024")
        let b21 = try #require(published["b21"])
        for kind in ["trend", "ranking"] {
            let run = try copy.run(["chart", kind, ".", "--unit", "b21", "--output", "\(kind).svg", "-q"])
            #expect(run.status == 0, "\(run.stderr)")
            let svg = try copy.read("\(kind).svg")
            #expect(svg.contains("Model organ index (higher is worse)") && !svg.contains("(reversed"), "\(kind)")
            #expect(svg.contains(String(format: "%.1f", b21)), "\(kind): b21 \(b21)")
            if kind == "trend" { #expect(!svg.contains(String(format: "%.1f", 100 - b21)), "the reversed score is not drawn") }
        }
        #expect(try copy.run(["chart", "heatmap", ".", "--output", "h.svg", "-q"]).status == 0)
        #expect(try copy.read("h.svg").contains("(reversed"), "the heatmap column of the index is labelled reversed (truncated in the header)")
    }
}
