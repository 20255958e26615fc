import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

@Suite("Monte Carlo uncertainty and Sobol sensitivity")
struct UncertaintyTests {
    static func branches() throws -> IndexResult {
        try IndexPipeline(project: try ProjectReader.read(path: FlagEngineTests.root.appendingPathComponent("datasets/branches").path)).run()
    }

    /// The evaluator with the nominal weights in every column must give the pipeline's own scores.
    static func checkNominal(_ result: IndexResult) {
        let ids = result.panel.indicatorIds
        let scores = Matrix(columns: ids.map { result.scores[$0]! })
        let evaluator = WeightedTreeEvaluator(project: result.project, scores: scores, indicatorIds: ids, aggregationOverride: nil)
        var weights: [String: [Double]] = [:]
        for node in result.nodes { weights[node.id] = [node.weight, node.weight, node.weight] }
        let keep = Set(result.nodes.filter { !$0.isIndicator }.map(\.id))
        let out = evaluator.evaluate(weights: weights, r: 3, keep: keep)
        let n = result.panel.rows.count
        for id in keep {
            let expected = result.scores[id]!
            for r in 0 ..< 3 {
                for i in 0 ..< n {
                    let a = out[id]![r * n + i], b = expected[i]
                    #expect(a.isNaN == b.isNaN && (a.isNaN || abs(a - b) <= 1e-9 * max(1, abs(b))), "\(id) row \(i): \(a) vs \(b)")
                }
            }
        }
    }

    @Test("weights applied by matrix products reproduce the pipeline's scores with the nominal weights")
    func nominalBranches() throws { Self.checkNominal(try Self.branches()) }

    @Test("the same holds for the HDI's geometric mean", .enabled(if: SharedData.isAvailable, "needs ../shared/data"))
    func nominalHDI() throws {
        Self.checkNominal(try IndexPipeline(project: try ProjectReader.read(path: FlagEngineTests.root.appendingPathComponent("datasets/hdi").path)).run())
    }

    @Test("same seed, same results; one or two BLAS threads, same results")
    func determinism() throws {
        let result = try Self.branches()
        var settings = result.project.uncertainty
        settings.runs = 60
        BLAS.setThreads(1)
        let a = UncertaintyAnalysis(result: result, year: 2024, settings: settings)
        BLAS.setThreads(2)
        let b = UncertaintyAnalysis(result: result, year: 2024, settings: settings)
        #expect(a.summaries.map(\.medianRank) == b.summaries.map(\.medianRank))
        #expect(a.summaries.map(\.lowRank) == b.summaries.map(\.lowRank))
        #expect(a.summaries.map { $0.flagProbability } == b.summaries.map { $0.flagProbability })
        settings.seed = 99
        let c = UncertaintyAnalysis(result: result, year: 2024, settings: settings)
        #expect(a.summaries.map(\.lowRank) != c.summaries.map(\.lowRank) || a.summaries.map(\.highRank) != c.summaries.map(\.highRank))
    }

    @Test("rank intervals hold the nominal rank for most units; the planted laggards' flags are robust")
    func intervalsAndRobustness() throws {
        let result = try Self.branches()
        let a = UncertaintyAnalysis(result: result, year: 2024, runs: 300)
        #expect(a.runs == 300 && a.failedRuns == 0)
        #expect(a.summaries.count == 34)
        let inside = a.summaries.filter { s in s.nominalRank.map { Double($0) >= s.lowRank && Double($0) <= s.highRank } ?? false }.count
        #expect(inside >= 30)
        let id = { (u: String) in result.panel.unitIndex(u)! }
        let b21 = try #require(a.summaries.first { $0.unit == id("b21") })
        #expect(b21.flagProbability[.decline]! >= 0.9)
        #expect(b21.probabilityBottom >= 0.9)
        let b32 = try #require(a.summaries.first { $0.unit == id("b32") })
        #expect(b32.flagProbability[.volatile]! >= 0.9)
        let b23 = try #require(a.summaries.first { $0.unit == id("b23") })
        #expect(b23.probabilityTop == 1 && b23.medianRank == 1)
        #expect(UncertaintyAnalysis.grade(0.95) == .robust && UncertaintyAnalysis.grade(0.5) == .fragile && UncertaintyAnalysis.grade(0.05) == .notSupported)
    }

    @Test("Dirichlet weights keep each sibling group's total weight")
    func dirichlet() throws {
        let result = try Self.branches()
        var s = result.project.uncertainty
        s.dirichletConcentration = 20
        let sampler = ReplicationSampler(project: result.project, settings: s)
        for r in 0 ..< 20 {
            let w = sampler.replication(r).weights
            for parent in result.project.framework.preorder() where !parent.children.isEmpty {
                let nominal = parent.children.reduce(0) { $0 + $1.weight }
                let drawn = parent.children.reduce(0) { $0 + w[$1.id]! }
                #expect(abs(nominal - drawn) < 1e-9)
            }
        }
    }

    @Test("a geometric mean over z-scores fails the replication and is counted", .enabled(if: SharedData.isAvailable, "needs ../shared/data"))
    func failedRuns() throws {
        let result = try IndexPipeline(project: try ProjectReader.read(path: FlagEngineTests.root.appendingPathComponent("datasets/hdi").path)).run()
        var s = UncertaintySettings()
        s.runs = 20
        s.normalisations = [.zScore]
        let a = UncertaintyAnalysis(result: result, year: 2022, settings: s)
        #expect(a.failedRuns > 0 && a.failedRuns < 20)
    }

    @Test("Sobol: with only the weights uncertain, they explain the rank shifts; with a method alternative, indices are deterministic")
    func sobol() throws {
        let result = try Self.branches()
        var s = UncertaintySettings()
        s.sobolRuns = 40
        s.bootstrap = 20
        let weightsOnly = SensitivityAnalysis(result: result, year: 2024, units: [], settings: s)
        #expect(weightsOnly.inputs == ["weights"])
        #expect(weightsOnly.runs == 40 * 3)
        #expect(abs(weightsOnly.overall!.firstOrder[0].value - 1) < 1e-9)
        s.normalisations = [.zScore]
        let two = SensitivityAnalysis(result: result, year: 2024, units: [result.panel.unitIndex("b09")!], settings: s)
        let again = SensitivityAnalysis(result: result, year: 2024, units: [result.panel.unitIndex("b09")!], settings: s)
        #expect(two.inputs == ["weights", "normalisation"])
        #expect(two.overall!.total == again.overall!.total)
        #expect(two.perUnit.count == 1)
        #expect(two.overall!.total.allSatisfy { $0.value >= 0 && $0.value < 2 })
    }

    @Test("methods other than arithmetic and geometric means go through the whole pipeline per replication")
    func slowPath() throws {
        let result = try Self.branches()
        #expect(ReplicationRunner.matrixPathApplies(result.project, aggregation: nil))
        #expect(!ReplicationRunner.matrixPathApplies(result.project, aggregation: .harmonic))
        var s = UncertaintySettings()
        s.runs = 30
        s.aggregations = [.power]
        let a = UncertaintyAnalysis(result: result, year: 2024, settings: s)
        #expect(a.runs == 30 && a.failedRuns < 30)
        #expect(a.summaries.count == 34)
        // The per-replication path agrees with the matrix path when both apply.
        let runner = ReplicationRunner(result: result, year: 2024)
        let rep = ReplicationSampler(project: result.project, settings: UncertaintySettings()).replication(3)
        let fast = runner.run([rep]).ranks[0]!
        let slow = try #require(runner.recompute(rep))
        #expect(Ranking.competitionRanks(result.panel.rows(inYear: 2024).map { slow.scores["index"]![$0] }) == fast)
    }
}
