import Foundation
import TouchstoneStats

extension DiscreteUncertainty {
    /// Rank statistics of the year's units over the runs. Ranks follow the project's rule (1 = best, ties share
    /// the best rank, COINr's `rank(−x, ties.method = "min")`); the nominal ranks are those of `result`.
    public func rankStatistics(_ choices: [[Int]], progress: ((Int, Int) -> Void)? = nil) -> RankStatistics {
        rankStatistics(choices, unitsOver: 0 ..< choices.count, progress: progress)
    }

    /// As above, with the per-unit statistics taken over the runs `unitsOver` only (all runs still give their
    /// mean absolute rank shift).
    func rankStatistics(_ choices: [[Int]], unitsOver statRuns: Range<Int>, progress: ((Int, Int) -> Void)?) -> RankStatistics {
        let rows = result.panel.rows(inYear: year)
        let n = rows.count, runs = choices.count
        let nominal = Ranking.competitionRanks(rows.map { result.scores[result.root.id]![$0] })
        let nominal32 = nominal.map { Int32($0 ?? 0) }
        // Ranks, unit-major (`ranks[k * runs + run]`), 0 = no rank (failed run or missing score).
        var ranks = [Int32](repeating: 0, count: n * runs)
        var shift = [Double?](repeating: nil, count: runs)
        evaluate(choices, progress: progress) { runIds, chunk in
            // Per run of the chunk, on every core: its competition ranks and mean |rank − nominal rank|.
            let ranked = ParallelChunks.map(count: runIds.count, chunk: 1, threads: threads) { k -> (ranks: [Int32], shift: Double)? in
                guard let s = chunk[k] else { return nil }
                var r = [Int32](repeating: 0, count: n)
                FastRanks.competition(s, into: &r)
                var total = 0.0, count = 0
                for i in 0 ..< n where r[i] > 0 && nominal32[i] > 0 { total += Double(abs(r[i] - nominal32[i])); count += 1 }
                return (r, count > 0 ? total / Double(count) : 0)
            }
            for (k, run) in runIds.enumerated() {
                guard let (r, s) = ranked[k] else { continue }
                shift[run] = s
                for i in 0 ..< n { ranks[i * runs + run] = r[i] }
            }
        }
        // Quantiles per unit, over blocks of units on every core.
        let panelRows = result.panel.rows
        let allRanks = ranks
        let units = ParallelChunks.mapChunks(count: n, chunk: 1024, threads: threads) { block -> [RankStatistics.UnitRanks] in
            var values: [Int32] = []
            values.reserveCapacity(runs)
            return block.map { k in
                values.removeAll(keepingCapacity: true)
                var sum = 0.0
                for run in statRuns {
                    let v = allRanks[k * runs + run]
                    if v > 0 { values.append(v); sum += Double(v) }
                }
                OrderStatistics.sort(&values)
                func q(_ p: Double) -> Double {
                    guard !values.isEmpty else { return .nan }
                    let h = Double(values.count - 1) * p
                    let lo = Int(h.rounded(.down)), hi = min(lo + 1, values.count - 1)
                    return Double(values[lo]) + (h - Double(lo)) * Double(values[hi] - values[lo])
                }
                return RankStatistics.UnitRanks(
                    unit: panelRows[rows[k]].unit, row: rows[k], nominalRank: nominal[k],
                    meanRank: values.isEmpty ? .nan : sum / Double(values.count),
                    medianRank: q(0.5), lowRank: q(0.05), highRank: q(0.95))
            }
        }
        return RankStatistics(units: units, meanAbsoluteShift: shift)
    }
}
