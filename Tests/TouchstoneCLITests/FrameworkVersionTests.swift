import Foundation
import Testing
import TouchstoneCore

/// Issue 19, item 2: weights per range of years and `history:`. On copies of datasets/branches, where the
/// political dimension's weight changes from 0.3 to 0.4 in 2023.
@Suite("Framework versions")
struct FrameworkVersionTests {
    static let versioned = "      weight: {until 2022: 0.3, from 2023: 0.4}\n"
    static func copy(weight: String, history: String?) throws -> BranchesCopy {
        try BranchesCopy(editProject: { text in
            var t = text.replacingOccurrences(of: "      weight: 0.3\n", with: weight)
            if let history { t += "history: \(history)\n" }
            return t
        })
    }

    static func csvLines(_ run: CLI.Output) -> [String] {
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    @Test("a 2023 weight change with history: as-published leaves 2019–2022 byte-identical to the earlier output; 2023–2024 are the new weight's")
    func asPublished() throws {
        let published = try Self.copy(weight: Self.versioned, history: "as-published")
        let newWeight = try Self.copy(weight: "      weight: 0.4\n", history: nil)
        let current = try Self.copy(weight: Self.versioned, history: "current")
        defer { published.remove(); newWeight.remove(); current.remove() }
        let args = ["index", ".", "--all-years", "--level", "1", "--format", "csv"]
        let before = Self.csvLines(try CLI.run(["index", "datasets/branches", "--all-years", "--level", "1", "--format", "csv"]))
        let asPublished = Self.csvLines(try published.run(args))
        let recomputed = Self.csvLines(try newWeight.run(args))
        let year = { (line: String) in Int(line.components(separatedBy: ",")[1]) ?? 0 }
        #expect(asPublished[0] == before[0])
        #expect(asPublished.dropFirst().filter { year($0) <= 2022 } == before.dropFirst().filter { year($0) <= 2022 })
        #expect(asPublished.dropFirst().filter { year($0) >= 2023 } == recomputed.dropFirst().filter { year($0) >= 2023 })
        #expect(before.dropFirst().filter { year($0) >= 2023 } != recomputed.dropFirst().filter { year($0) >= 2023 }, "the change matters")
        // history: current is the newest framework for every year, byte for byte.
        #expect(Self.csvLines(try current.run(args)) == recomputed)
        // validate and trend warn where the change touches the series; trend --unit splits the change.
        let validate = try published.run(["validate", "."])
        #expect(validate.stderr.contains("warning: Framework change in 2023: weight of Political leadership 0.3 → 0.4; history: as-published"))
        let trend = try published.run(["trend", ".", "--unit", "b21"])
        #expect(trend.stdout.contains("Framework and performance effects: b21"))
        #expect(trend.stderr.contains("Framework change in 2023"))
        #expect(try published.run(["trend", ".", "--unit", "b21", "--locale", "zh"]).stdout.contains("框架影响与工作成效：b21"))
    }

    @Test("the 2022→2023 change splits into framework and performance effects that sum to the total; performance is the change under the new weights")
    func effectsSum() throws {
        let published = try Self.copy(weight: Self.versioned, history: "as-published")
        let newWeight = try Self.copy(weight: "      weight: 0.4\n", history: nil)
        defer { published.remove(); newWeight.remove() }
        let a = try IndexPipeline(project: try ProjectReader.read(path: published.path("touchstone.yaml").path)).run()
        let b = try IndexPipeline(project: try ProjectReader.read(path: newWeight.path("touchstone.yaml").path)).run()
        var nonzero = 0
        for u in a.panel.units.indices {
            guard let e = FrameworkEffect.split(result: a, unit: u, node: "index", from: 2022, to: 2023) else { continue }
            let r22 = try #require(a.panel.row(unit: u, year: 2022)), r23 = try #require(a.panel.row(unit: u, year: 2023))
            #expect(abs(e.framework + e.performance - e.total) < 1e-12)
            #expect(abs(e.total - (a.scores["index"]![r23] - a.scores["index"]![r22])) < 1e-12, "total = the published change")
            #expect(abs(e.performance - (b.scores["index"]![r23] - b.scores["index"]![r22])) < 1e-9, "performance = the change under the 2023 weights")
            if abs(e.framework) > 1e-6 { nonzero += 1 }
            // Within one framework version the whole change is performance.
            let same = try #require(FrameworkEffect.split(result: a, unit: u, node: "index", from: 2020, to: 2021))
            #expect(same.framework == 0)
        }
        #expect(nonzero > 30)
    }

    @Test("year ranges that leave a gap or overlap are refused with the place and what to write")
    func badRanges() throws {
        let gap = try Self.copy(weight: "      weight: {until 2021: 0.3, from 2023: 0.4}\n", history: nil)
        defer { gap.remove() }
        let run = try gap.run(["validate", "."])
        #expect(run.status == 1 && run.stderr.contains("the years before 2023 have no weight"), "\(run.stderr)")
        let history = try Self.copy(weight: "      weight: 0.3\n", history: "published")
        defer { history.remove() }
        #expect(try history.run(["validate", "."]).stderr.contains("unknown value `published` for `history`"))
    }
}
