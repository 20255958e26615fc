import TouchstoneStats

/// Which uncertain input drives the ranking: Sobol first-order and total indices (Saltelli design, Jansen
/// estimators, bootstrap intervals; see `SobolIndices`) of
/// - overall: the mean absolute rank shift from the nominal ranks over all units of the year (as COINr's
///   `get_sensitivity`), and
/// - per unit: its rank in the year (for the flagged units, "what would change my rank").
///
/// Inputs, in order: weights (one of 10,000 seeded weight draws), then each of normalisation, aggregation,
/// leave-one-out and noise that the settings make uncertain. The design needs `sobol_runs · (inputs + 2)`
/// runs; design rows with a failed run are left out (their count is reported).
public struct SensitivityAnalysis: Sendable {
    public let inputs: [String]
    public let overall: SobolIndices?
    /// Per unit (panel unit index) of the year.
    public let perUnit: [Int: SobolIndices]
    public let runs: Int
    public let droppedRows: Int

    public init(result: IndexResult, year: Int, units: [Int], settings: UncertaintySettings? = nil) {
        let s = settings ?? result.project.uncertainty
        let sampler = ReplicationSampler(project: result.project, settings: s)
        inputs = sampler.inputs
        let n = max(2, s.sobolRuns)
        let k = inputs.count
        let design = SobolIndices.design(n: n, k: k, seed: s.seed &+ 0x501)
        var reps = design.a.map { sampler.replication(from: $0) } + design.b.map { sampler.replication(from: $0) }
        for i in 0 ..< k { reps += design.ab[i].map { sampler.replication(from: $0) } }
        runs = reps.count
        let outcome = ReplicationRunner(result: result, year: year).run(reps)
        let rows = result.panel.rows(inYear: year)
        let nominal = Ranking.competitionRanks(rows.map { result.scores[result.root.id]![$0] })
        func output(_ run: Int, _ f: ([Int?]) -> Double) -> Double? { outcome.ranks[run].map(f) }
        let valid = (0 ..< n).filter { r in outcome.ranks[r] != nil && outcome.ranks[n + r] != nil && (0 ..< k).allSatisfy { outcome.ranks[(2 + $0) * n + r] != nil } }
        droppedRows = n - valid.count
        func sobol(_ f: @escaping ([Int?]) -> Double) -> SobolIndices? {
            guard valid.count > 1 else { return nil }
            return SobolIndices(fA: valid.map { output($0, f)! }, fB: valid.map { output(n + $0, f)! },
                                fAB: (0 ..< k).map { i in valid.map { output((2 + i) * n + $0, f)! } }, bootstrap: s.bootstrap, seed: s.seed)
        }
        overall = sobol { ranks in
            let diffs = zip(ranks, nominal).compactMap { r, n -> Double? in
                guard let r, let n else { return nil }
                return Double(abs(r - n))
            }
            return diffs.isEmpty ? 0 : diffs.reduce(0, +) / Double(diffs.count)
        }
        var per: [Int: SobolIndices] = [:]
        for u in units {
            guard let k = rows.firstIndex(where: { result.panel.rows[$0].unit == u }) else { continue }
            per[u] = sobol { ranks in Double(ranks[k] ?? rows.count) }
        }
        perUnit = per
    }
}
