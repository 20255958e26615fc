import Foundation
import TouchstoneStats

/// Monte Carlo uncertainty analysis of ranks and flags: replications of the index under the uncertain
/// inputs of `UncertaintySettings`, summarised per unit for one year.
///
/// Replications that share every input but the weights share one normalisation of the data ("scenario"),
/// and their weights are applied all at once as matrix products (`WeightedTreeEvaluator`). Ranks follow the
/// project's rule (1 = best, ties share the best rank). Flags are re-evaluated in every replication with the
/// project's rules (`FlagSettings`): level, decline, no substantive progress, on-off and weak dimensions
/// (funnel flags depend on counts only and do not vary). A replication whose geometric mean meets a value
/// ≤ 0 (e.g. z-scores as an alternative normalisation) fails and is counted, as COINr counts failed runs.
///
/// Per unit: nominal rank, median and 5–95% rank interval (R type 7 quantiles of the replicated ranks),
/// P(top k), P(bottom k), and P(flagged) per rule; each nominal flag is graded robust (≥ 90% of successful
/// replications), fragile (10–90%) or not supported (< 10%). Reference: OECD/JRC Handbook (2008) §7;
/// Saisana, Saltelli & Tarantola (2005), JRSS A 168(2).
public struct UncertaintyAnalysis: Sendable {
    public struct UnitSummary: Sendable {
        public var unit: Int
        public var row: Int
        public var nominalRank: Int?
        public var medianRank: Double
        public var lowRank: Double
        public var highRank: Double
        public var probabilityTop: Double
        public var probabilityBottom: Double
        /// Share of successful replications in which each rule flags the unit.
        public var flagProbability: [UnitFlag.Rule: Double]
    }

    public enum Robustness: String, Sendable { case robust, fragile, notSupported = "not-supported" }

    public let result: IndexResult
    public let year: Int
    public let settings: UncertaintySettings
    public private(set) var summaries: [UnitSummary] = []
    public private(set) var failedRuns = 0
    public private(set) var runs = 0

    public static func grade(_ p: Double) -> Robustness { p >= 0.9 ? .robust : p >= 0.1 ? .fragile : .notSupported }

    /// `progress` is called with (replications done, total) as they finish (the library never prints).
    public init(result: IndexResult, year: Int, settings: UncertaintySettings? = nil, runs: Int? = nil,
                progress: ((Int, Int) -> Void)? = nil) {
        self.result = result
        self.year = year
        var s = settings ?? result.project.uncertainty
        if let runs { s.runs = runs }
        self.settings = s
        let sampler = ReplicationSampler(project: result.project, settings: s)
        let replications = (0 ..< s.runs).map { sampler.replication($0) }
        let outcome = ReplicationRunner(result: result, year: year).run(replications, progress: progress)
        self.runs = replications.count
        self.failedRuns = outcome.failed
        let rows = result.panel.rows(inYear: year)
        let nominal = result.ranks(of: result.root.id)
        let n = rows.count
        for (k, row) in rows.enumerated() {
            let ranks = outcome.ranks.compactMap { $0?[k] }.map(Double.init).sorted()
            guard !ranks.isEmpty else { continue }
            var probabilities: [UnitFlag.Rule: Double] = [:]
            for rule in FlagRules.all.map(\.rule) where rule != .funnel {
                let hits = outcome.flags.compactMap { $0?[k] }.filter { $0.contains(rule) }.count
                probabilities[rule] = Double(hits) / Double(outcome.ranks.compactMap { $0 }.count)
            }
            summaries.append(UnitSummary(
                unit: result.panel.rows[row].unit, row: row, nominalRank: nominal[row],
                medianRank: Quantile.type7(sorted: ranks, 0.5)!, lowRank: Quantile.type7(sorted: ranks, 0.05)!,
                highRank: Quantile.type7(sorted: ranks, 0.95)!,
                probabilityTop: Double(ranks.filter { $0 <= Double(s.topK) }.count) / Double(ranks.count),
                probabilityBottom: Double(ranks.filter { $0 > Double(n - s.bottomK) }.count) / Double(ranks.count),
                flagProbability: probabilities))
        }
    }
}

/// Runs replications: per scenario, the data are normalised once; the weight sets are applied in chunks.
struct ReplicationRunner {
    let result: IndexResult
    let year: Int

    struct Outcome {
        /// Per replication (nil = failed): ranks of the year's rows (in `rows(inYear:)` order; nil = no score).
        var ranks: [[Int?]?]
        /// Per replication: the flag rules firing for each of the year's rows.
        var flags: [[Set<UnitFlag.Rule>]?]
        var failed: Int
    }

    func run(_ replications: [Replication], progress: ((Int, Int) -> Void)? = nil) -> Outcome {
        var done = 0
        func tick(_ k: Int = 1) { done += k; progress?(done, replications.count) }
        var ranks = [[Int?]?](repeating: nil, count: replications.count)
        var flags = [[Set<UnitFlag.Rule>]?](repeating: nil, count: replications.count)
        let byScenario = Dictionary(grouping: replications.indices, by: { replications[$0].scenario })
        let keep = Set([result.root.id] + result.root.children.filter { !$0.isIndicator }.map(\.id))
        let nodes = result.project.framework.preorder().filter { $0.id != result.root.id }
        let chunk = max(1, min(128, 8_000_000 / max(1, result.panel.rows.count)))
        let nominal = result.scores[result.root.id]!
        let peers = PeerAnalysis(result: result, groupColumn: result.project.trends.peerGroup ?? result.project.units.groupColumns.first)
        for scenario in byScenario.keys.sorted(by: { "\($0)" < "\($1)" }) {
            if !Self.matrixPathApplies(result.project, aggregation: scenario.aggregation) {
                // Methods other than weighted arithmetic/geometric means, or data-driven weights: recompute the
                // whole pipeline for each replication (slower, same results).
                for rep in byScenario[scenario]! {
                    defer { tick() }
                    guard let r = recompute(replications[rep]) else { continue }
                    let rootScores = r.scores[result.root.id]!
                    if rootScores.indices.contains(where: { rootScores[$0].isNaN && !nominal[$0].isNaN }) { continue }
                    let probe = FlagProbe(result: result, year: year, index: rootScores,
                                          dimensions: Dictionary(uniqueKeysWithValues: keep.subtracting([result.root.id]).map { ($0, r.scores[$0]!) }), peers: peers)
                    ranks[rep] = probe.ranks
                    flags[rep] = probe.flags()
                }
                continue
            }
            guard let scores = indicatorScores(scenario) else { tick(byScenario[scenario]!.count); continue }
            let evaluator = WeightedTreeEvaluator(project: result.project, scores: scores, indicatorIds: result.panel.indicatorIds,
                                                  aggregationOverride: scenario.aggregation)
            let members = byScenario[scenario]!
            for start in stride(from: 0, to: members.count, by: chunk) {
                let part = Array(members[start ..< min(start + chunk, members.count)])
                var weights: [String: [Double]] = [:]
                for node in nodes { weights[node.id] = part.map { replications[$0].weights[node.id] ?? node.weight } }
                let out = evaluator.evaluate(weights: weights, r: part.count, keep: keep)
                for (k, rep) in part.enumerated() {
                    defer { tick() }
                    let n = result.panel.rows.count
                    let slice = { (id: String) in Array(out[id]![k * n ..< (k + 1) * n]) }
                    let rootScores = slice(result.root.id)
                    // A replication that loses an index score the nominal run has (e.g. a geometric mean over
                    // zeros) has failed, as COINr counts failed runs.
                    if rootScores.indices.contains(where: { rootScores[$0].isNaN && !nominal[$0].isNaN }) { continue }
                    let probe = FlagProbe(result: result, year: year, index: rootScores,
                                          dimensions: Dictionary(uniqueKeysWithValues: keep.subtracting([result.root.id]).map { ($0, slice($0)) }), peers: peers)
                    ranks[rep] = probe.ranks
                    flags[rep] = probe.flags()
                }
            }
        }
        return Outcome(ranks: ranks, flags: flags, failed: ranks.filter { $0 == nil }.count)
    }

    /// Whether every aggregate node is a weighted arithmetic or geometric mean with explicit weights, so that
    /// weight sets can be applied as matrix products.
    static func matrixPathApplies(_ project: Project, aggregation override: AggregationMethod?) -> Bool {
        if let o = override, o != .arithmetic && o != .geometric { return false }
        if project.defaults.weighting != nil { return false }
        return project.framework.preorder().filter { !$0.children.isEmpty }.allSatisfy { node in
            let m = override ?? node.aggregation ?? project.defaults.aggregation
            return (m == .arithmetic || m == .geometric) && node.weighting == nil
        }
    }

    /// One replication through the whole pipeline: its weights, methods, dropped indicator and noise.
    func recompute(_ rep: Replication) -> IndexResult? {
        let (project, panel) = scenarioInputs(rep.scenario)
        var p = project
        func apply(_ node: FrameworkNode) -> FrameworkNode {
            var n = node
            if let w = rep.weights[node.id] { n.weight = w }
            if let a = rep.aggregation, !node.children.isEmpty { n.aggregation = a }
            n.children = n.children.map(apply)
            return n
        }
        p.framework = apply(p.framework)
        return try? IndexPipeline(project: p).compute(panel: panel)
    }

    /// The scenario's indicator scores: data with the dropped indicator removed and noise added, normalised
    /// with the scenario's method; `nil` when the pipeline fails (the scenario's replications fail).
    func indicatorScores(_ s: Replication.Scenario) -> Matrix? {
        var (project, panel) = scenarioInputs(s)
        // Aggregation alternatives are applied by the evaluator; the pipeline only normalises here.
        project.defaults.aggregation = .arithmetic
        func arithmetic(_ node: FrameworkNode) -> FrameworkNode {
            var n = node
            n.aggregation = node.children.isEmpty ? nil : .arithmetic
            n.children = n.children.map(arithmetic)
            return n
        }
        project.framework = arithmetic(project.framework)
        guard let r = try? IndexPipeline(project: project).compute(panel: panel) else { return nil }
        return Matrix(columns: panel.indicatorIds.map { r.scores[$0]! })
    }

    /// The project and data of a scenario: normalisation swapped, one indicator dropped, noise added.
    func scenarioInputs(_ s: Replication.Scenario) -> (Project, Panel) {
        var project = result.project
        var panel = result.panel
        if let method = s.normalisation {
            let base = project.defaults.normalisation.method
            func swap(_ node: FrameworkNode) -> FrameworkNode {
                var n = node
                if var spec = n.indicator?.normalisation, spec.method == base { spec.method = method; n.indicator?.normalisation = spec }
                n.children = n.children.map(swap)
                return n
            }
            project.framework = swap(project.framework)
        }
        if let d = s.dropped, let j = panel.indicatorIds.firstIndex(of: d) {
            for i in 0 ..< panel.rows.count { panel.values[i, j] = .nan }
        }
        if let seed = s.noiseSeed {
            var g = SeededGenerator.stream(seed: result.project.uncertainty.seed, index: seed)
            for j in 0 ..< panel.indicatorIds.count where result.node(panel.indicatorIds[j])?.indicator?.type == .numeric {
                guard let sd = Descriptive.standardDeviation(panel.values.column(j)), sd > 0 else { continue }
                for i in 0 ..< panel.rows.count where !panel.values[i, j].isNaN {
                    panel.values[i, j] += result.project.uncertainty.noise * sd * g.normal()
                }
            }
        }
        if let seed = s.voteSeed {
            VoteResampler.redraw(&panel, seed: result.project.uncertainty.seed, stream: seed)
            RaterResampler.redraw(&panel, seed: result.project.uncertainty.seed, stream: seed)
        }
        return (project, panel)
    }
}
