import Foundation
import TouchstoneStats

/// Runs the index for combinations of `DiscreteInput` alternatives (one alternative index per input and run)
/// and summarises the ranks of one year, as COINr's `get_sensitivity` does, with the work shared:
///
/// - runs with the same winmax share one data treatment (`DataTreatment`, so denomination, imputation and the
///   outlier rule run exactly as in a single run), and runs that also share the normalisation share one
///   normalisation of the treated data;
/// - within those, runs with the same aggregation are scored together by `WeightedTreeEvaluator` (weight sets
///   as the columns of a `dgemm`), in chunks of up to 128 runs;
/// - when the framework needs more than weighted arithmetic/geometric means with explicit weights, each run is
///   recomputed through the whole pipeline instead (slower, same results).
///
/// A run fails when its pipeline stops (e.g. a geometric mean over a value ≤ 0) or loses an index score that
/// the nominal run has; failed runs are counted and left out of the statistics (COINr: `na.rm = TRUE`).
/// The results depend only on the runs' choices, not on their order, the chunking or the number of threads.
public struct DiscreteUncertainty: Sendable {
    public let result: IndexResult
    public let year: Int
    public let inputs: [DiscreteInput]
    /// Threads for the per-run and per-unit work (`ParallelChunks`): nil = every core, 1 = in order on the
    /// calling thread. The results are the same bits either way.
    public var threads: Int?

    public init(result: IndexResult, year: Int, inputs: [DiscreteInput], threads: Int? = nil) {
        self.result = result
        self.year = year
        self.inputs = inputs
        self.threads = threads
    }

    /// Index scores of the year's rows for each run.
    public struct Outcome: Sendable {
        /// The year's panel rows (`panel.rows(inYear:)`), in the order of every `scores` entry.
        public var rows: [Int]
        /// Per run: the index score of each of the year's rows; `nil` = the run failed.
        public var scores: [[Double]?]
        public var failed: Int { scores.filter { $0 == nil }.count }
    }

    /// Per unit of the year: nominal rank and the distribution of its rank over the successful runs (COINr's
    /// `RankStats`: mean, median, 5% and 95% quantiles, R type 7); per run: the mean absolute rank shift.
    public struct RankStatistics: Sendable {
        public struct UnitRanks: Sendable, Equatable {
            public var unit: Int
            public var row: Int
            public var nominalRank: Int?
            public var meanRank: Double
            public var medianRank: Double
            public var lowRank: Double
            public var highRank: Double
        }
        public var units: [UnitRanks]
        /// Per run: mean over the units ranked both nominally and in the run of |rank − nominal rank|
        /// (COINr's target for sensitivity indices); `nil` = failed run.
        public var meanAbsoluteShift: [Double?]
        public var failed: Int { meanAbsoluteShift.filter { $0 == nil }.count }
    }

    // MARK: Designs

    /// `runs` uniform draws per input (run `r` from its own seeded stream), mapped with COINr's `cut`.
    public func randomDesign(runs: Int, seed: UInt64) -> [[Int]] {
        let u = (0 ..< runs).map { r -> [Double] in
            var g = SeededGenerator.stream(seed: seed, index: UInt64(r))
            return inputs.map { _ in g.uniform() }
        }
        return Self.map(u, inputs)
    }

    /// The Saltelli design of COINr's `SA_sample` (A, then B, then A with column i from B for each input i;
    /// N·(k + 2) runs), mapped with COINr's `cut` over each column of the whole design.
    public func saltelliDesign(n: Int, seed: UInt64) -> [[Int]] {
        let d = SobolIndices.design(n: n, k: inputs.count, seed: seed)
        return Self.map(d.a + d.b + d.ab.flatMap { $0 }, inputs)
    }

    static func map(_ u: [[Double]], _ inputs: [DiscreteInput]) -> [[Int]] {
        let columns = inputs.indices.map { j in DiscreteInput.coinrCut(u.map { $0[j] }, count: inputs[j].count) }
        return u.indices.map { r in inputs.indices.map { columns[$0][r] } }
    }

    // MARK: Projects

    /// The nominal project with the run's alternatives applied (see `DiscreteInput`).
    public func project(_ choice: [Int]) -> Project {
        var p = result.project
        var winmax: Int?, spec: NormalisationSpec?, method: AggregationMethod?, weights: [String: Double]?
        for (input, a) in zip(inputs, choice) {
            switch input.alternatives {
            case .winmax(let v): winmax = v[a]
            case .normalisation(let v): spec = v[a]
            case .aggregation(let v): method = v[a]
            case .weights(let v): weights = v[a]
            }
        }
        let base = p.defaults.normalisation.method
        if let winmax { p.defaults.treatment.winmax = winmax }
        if let spec { p.defaults.normalisation = spec }
        if let method { p.defaults.aggregation = method }
        func edit(_ node: FrameworkNode) -> FrameworkNode {
            var n = node
            if let w = weights?[n.id] { n.weight = w }
            if n.isIndicator {
                if let winmax, n.indicator?.treatment?.outliers == .coinr { n.indicator?.treatment?.winmax = winmax }
                if let spec, (n.indicator?.normalisation?.method ?? base) == base { n.indicator?.normalisation = spec }
            } else if let method {
                n.aggregation = method
            }
            n.children = n.children.map(edit)
            return n
        }
        p.framework = edit(p.framework)
        return p
    }

    // MARK: Running

    /// Index scores of the year's rows for every run (`choices[run][input]` = alternative index).
    public func scores(_ choices: [[Int]], progress: ((Int, Int) -> Void)? = nil) -> Outcome {
        let rows = result.panel.rows(inYear: year)
        var scores = [[Double]?](repeating: nil, count: choices.count)
        evaluate(choices, progress: progress) { runs, chunk in
            for (k, run) in runs.enumerated() { scores[run] = chunk[k] }
        }
        return Outcome(rows: rows, scores: scores)
    }

    /// As `scores`, without holding every run: `body` receives each finished chunk (the run indices, and per run
    /// the year's index scores, `nil` = failed) and may drop it.
    public func streamScores(_ choices: [[Int]], progress: ((Int, Int) -> Void)? = nil, _ body: ([Int], [[Double]?]) -> Void) {
        evaluate(choices, progress: progress, body)
    }
}
