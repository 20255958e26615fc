import Foundation
import Testing
import TouchstoneCore

/// Issue 19, framework versions: targets and goalposts per range of years, with the weights' syntax, on
/// copies of datasets/branches (meetings_completed's target 100 → 98 and satisfaction's lower goalpost
/// 0 → 50 in 2023).
@Suite("Targets and goalposts per range of years")
struct TargetVersionTests {
    static let target = (old: "          target: 100\n", versioned: "          target: {until 2022: 100, from 2023: 98}\n", new: "          target: 98\n")
    static let goalposts = (old: "          goalposts: {lower: 0, upper: 100, cap: true}\n",
                            versioned: "          goalposts: {until 2022: {lower: 0, upper: 100, cap: true}, from 2023: {lower: 50, upper: 100, cap: true}}\n",
                            new: "          goalposts: {lower: 50, upper: 100, cap: true}\n")

    static func copy(target: String, goalposts: String, history: String?) throws -> BranchesCopy {
        try BranchesCopy(editProject: { text in
            var t = text.replacingOccurrences(of: Self.target.old, with: target).replacingOccurrences(of: Self.goalposts.old, with: goalposts)
            if let history { t += "history: \(history)\n" }
            return t
        })
    }

    static func lines(_ run: CLI.Output) -> [String] {
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    static func year(_ line: String) -> Int { Int(line.components(separatedBy: ",")[1]) ?? 0 }

    @Test("a 2023 target and goalposts change with history: as-published leaves 2019–2022 byte-identical, indicators included; 2023–2024 are the new values'")
    func asPublished() throws {
        let published = try Self.copy(target: Self.target.versioned, goalposts: Self.goalposts.versioned, history: "as-published")
        let newValues = try Self.copy(target: Self.target.new, goalposts: Self.goalposts.new, history: nil)
        let current = try Self.copy(target: Self.target.versioned, goalposts: Self.goalposts.versioned, history: "current")
        defer { published.remove(); newValues.remove(); current.remove() }
        let args = ["index", ".", "--all-years", "--level", "2", "--format", "csv"]
        let before = Self.lines(try CLI.run(["index", "datasets/branches", "--all-years", "--level", "2", "--format", "csv"]))
        let asPublished = Self.lines(try published.run(args))
        let recomputed = Self.lines(try newValues.run(args))
        #expect(before[0].contains("meetings_completed") && before[0].contains("satisfaction"), "indicator columns are compared")
        #expect(asPublished[0] == before[0])
        #expect(asPublished.dropFirst().filter { Self.year($0) <= 2022 } == before.dropFirst().filter { Self.year($0) <= 2022 })
        #expect(asPublished.dropFirst().filter { Self.year($0) >= 2023 } == recomputed.dropFirst().filter { Self.year($0) >= 2023 })
        #expect(before.dropFirst().filter { Self.year($0) >= 2023 } != recomputed.dropFirst().filter { Self.year($0) >= 2023 }, "the change matters")
        #expect(Self.lines(try current.run(args)) == recomputed, "history: current is the newest framework for every year")
        let validate = try published.run(["validate", "."])
        #expect(validate.stderr.contains("warning: Framework change in 2023: target of Three meetings and one lesson completed 100 → 98; history: as-published"), "\(validate.stderr)")
        #expect(validate.stderr.contains("warning: Framework change in 2023: goalposts of Public satisfaction [0, 100] → [50, 100]"), "\(validate.stderr)")
    }

    @Test("under a target change the 2022→2023 change still splits into framework and performance effects that sum to the total")
    func effectsSum() throws {
        let published = try Self.copy(target: Self.target.versioned, goalposts: Self.goalposts.versioned, history: "as-published")
        defer { published.remove() }
        let a = try IndexPipeline(project: try ProjectReader.read(path: published.path("touchstone.yaml").path)).run()
        var nonzero = 0
        for u in a.panel.units.indices {
            guard let e = FrameworkEffect.split(result: a, unit: u, node: "index", from: 2022, to: 2023) else { continue }
            #expect(abs(e.framework + e.performance - e.total) < 1e-12)
            if abs(e.framework) > 1e-6 { nonzero += 1 }
        }
        #expect(nonzero > 30)
    }

    @Test("with history: as-published, flag says that its robustness analysis and improvement paths use the newest framework; history: current says nothing")
    func newestFrameworkNote() throws {
        let published = try Self.copy(target: Self.target.versioned, goalposts: Self.goalposts.old, history: "as-published")
        let current = try Self.copy(target: Self.target.versioned, goalposts: Self.goalposts.old, history: nil)
        defer { published.remove(); current.remove() }
        let note = "the Monte Carlo robustness analysis and the improvement-path checks use the framework valid from 2023"
        let run = try published.run(["flag", "."])
        #expect(run.status == 0 && run.stderr.contains("note: history: as-published: " + note), "\(run.stderr)")
        #expect(!(try current.run(["flag", "."]).stderr.contains(note)))
    }

    @Test("overlapping or gapped year ranges of a target or goalposts are refused with file, line, column and what to write")
    func badRanges() throws {
        let overlap = try Self.copy(target: "          target: {until 2022: 100, 2022–2024: 98, from 2025: 97}\n", goalposts: Self.goalposts.old, history: nil)
        let gap = try Self.copy(target: Self.target.old, goalposts: "          goalposts: {until 2021: {lower: 0, upper: 100}, from 2023: {lower: 50, upper: 100}}\n", history: nil)
        defer { overlap.remove(); gap.remove() }
        let a = try overlap.run(["validate", "."])
        #expect(a.status == 1)
        #expect(a.stderr.contains("touchstone.yaml:61:19") && a.stderr.contains("the year ranges overlap at 2022") && a.stderr.contains("target: {until 2022: 95, from 2023: 98}"), "\(a.stderr)")
        let b = try gap.run(["validate", "."])
        #expect(b.status == 1)
        #expect(b.stderr.contains("the years before 2023 have no goalposts") && b.stderr.contains("begin with `until YEAR`, end with `from YEAR`"), "\(b.stderr)")
    }
}
