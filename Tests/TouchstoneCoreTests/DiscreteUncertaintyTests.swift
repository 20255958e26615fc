import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

/// `DiscreteUncertainty` (COINr-style discrete inputs) and the progress callback of `UncertaintyAnalysis`, on
/// the bundled branches example (no shared data needed).
@Suite("Discrete uncertain inputs and progress")
struct DiscreteUncertaintyTests {
    static func inputs(_ result: IndexResult) -> [DiscreteInput] {
        var g = SeededGenerator(seed: 5)
        let sets = (0 ..< 30).map { _ in
            Dictionary(uniqueKeysWithValues: result.nodes.dropFirst().map { ($0.id, $0.weight * (0.75 + 0.5 * g.uniform())) })
        }
        var z = NormalisationSpec()
        z.method = .zScore
        z.zMean = 10
        z.zStandardDeviation = 2
        var m = NormalisationSpec()
        m.range = 1 ... 100
        return [DiscreteInput(name: "normalisation", .normalisation([m, z])),
                DiscreteInput(name: "weights", .weights(sets)),
                DiscreteInput(name: "aggregation", .aggregation([.arithmetic, .geometric]))]
    }

    @Test("the matrix path gives what the whole pipeline gives for each run, in any order, with 1 or 2 BLAS threads")
    func matrixPathEqualsPipeline() throws {
        let result = try UncertaintyTests.branches()
        let analysis = DiscreteUncertainty(result: result, year: 2024, inputs: Self.inputs(result))
        let design = analysis.randomDesign(runs: 40, seed: 3)
        BLAS.setThreads(1)
        let one = analysis.scores(design)
        #expect(one.failed > 0 && one.failed < 40)   // some geometric means meet z-scores ≤ 0
        BLAS.setThreads(2)
        let two = analysis.scores(design)
        #expect(one.scores == two.scores)
        let reversed = analysis.scores(design.reversed())
        #expect(Array(reversed.scores.reversed()) == one.scores)
        for (run, choice) in design.enumerated() {
            let direct = try? IndexPipeline(project: analysis.project(choice)).compute(panel: result.panel)
            guard let ours = one.scores[run] else {
                // Failed run: the pipeline stops too, or loses a score the nominal run has.
                #expect(direct == nil || direct!.scores[result.root.id]!.indices.contains { direct!.scores[result.root.id]![$0].isNaN && !result.scores[result.root.id]![$0].isNaN })
                continue
            }
            let theirs = try #require(direct).scores[result.root.id]!
            for (k, row) in one.rows.enumerated() {
                #expect(abs(ours[k] - theirs[row]) <= 1e-9 * max(1, abs(theirs[row])), "run \(run) row \(row)")
            }
        }
        // Rank statistics are the same whatever the thread count (ranks and quantiles run on every core).
        let stats = analysis.rankStatistics(design)
        BLAS.setThreads(1)
        #expect(analysis.rankStatistics(design).units == stats.units)
        BLAS.setThreads(2)
        #expect(stats.units.allSatisfy { $0.lowRank <= $0.medianRank && $0.medianRank <= $0.highRank })
        // …and whatever the number of threads of the per-run and per-unit work (ParallelChunks): one thread
        // runs everything in order on the calling thread.
        var serial = analysis
        serial.threads = 1
        let serialStats = serial.rankStatistics(design)
        #expect(serialStats.units == stats.units)
        #expect(serialStats.meanAbsoluteShift == stats.meanAbsoluteShift)
        #expect(serial.scores(design).scores == one.scores)
    }

    @Test("UncertaintyAnalysis reports progress (done, total) up to the number of replications")
    func progress() throws {
        let result = try UncertaintyTests.branches()
        var calls: [(Int, Int)] = []
        let a = UncertaintyAnalysis(result: result, year: 2024, runs: 50) { calls.append(($0, $1)) }
        #expect(a.runs == 50)
        #expect(calls.count == 50)
        #expect(calls.map(\.0) == Array(1 ... 50) && calls.allSatisfy { $0.1 == 50 })
    }
}

@Suite("Fast competition ranks")
struct FastRanksTests {
    @Test("radix-sorted ranks equal Ranking.competitionRanks, with ties, ±0, negatives, infinities and NaN")
    func sameAsRanking() {
        var g = SeededGenerator(seed: 11)
        for trial in 0 ..< 50 {
            let n = 1 + Int(g.next() % 3000)
            var x = (0 ..< n).map { _ in (g.uniform() * 200 - 100).rounded(trial % 2 == 0 ? .toNearestOrEven : .towardZero) / (trial % 3 == 0 ? 1 : 7) }
            for i in stride(from: 0, to: n, by: 13) { x[i] = .nan }
            if n > 20 { x[3] = 0; x[5] = -0.0; x[7] = .infinity; x[9] = -.infinity; x[11] = 1e-300; x[15] = -1e-300 }
            var ours = [Int32](repeating: 0, count: n)
            FastRanks.competition(x, into: &ours)
            #expect(ours.map { $0 == 0 ? nil : Int($0) } == Ranking.competitionRanks(x), "trial \(trial)")
        }
    }
}

@Suite("Order statistics of ranks")
struct OrderStatisticsTests {
    @Test("the counting sort sorts narrow and wide spans like the standard library")
    func countingSort() {
        var g = SeededGenerator(seed: 3)
        for trial in 0 ..< 40 {
            let count = Int(g.next() % 500)
            let width = trial % 2 == 0 ? 50 : 100_000
            var v = (0 ..< count).map { _ in Int32(1 + Int(g.next() % UInt64(width))) }
            let expected = v.sorted()
            OrderStatistics.sort(&v)
            #expect(v == expected)
        }
    }
}
