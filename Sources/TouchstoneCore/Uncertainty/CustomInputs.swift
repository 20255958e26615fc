import Foundation
import TouchstoneStats

/// An uncertain input given as a list of discrete alternatives, as COINr's `get_sensitivity` declares them
/// (`Type = "discrete"`): the outlier rule's `winmax`, a normalisation, an aggregation method, or one of a set
/// of weight sets (e.g. COINr's `get_noisy_weights`).
///
/// | kind | what a run with alternative `a` changes in the project |
/// |---|---|
/// | `winmax` | `treatment.winmax` of the project default and of every indicator with `outliers: coinr` |
/// | `normalisation` | the normalisation of every indicator that uses the project's default method (others, e.g. goalposts, keep theirs), and the default |
/// | `aggregation` | the method of every aggregate node, and the default |
/// | `weights` | the weight of every node the set names (others keep their weight) |
///
/// Unlike `UncertaintySettings` (weights perturbed around the nominal values, method alternatives beside the
/// nominal one), the nominal choice is not one of the alternatives unless it is listed.
public struct DiscreteInput: Sendable {
    public enum Alternatives: Sendable {
        case winmax([Int])
        case normalisation([NormalisationSpec])
        case aggregation([AggregationMethod])
        case weights([[String: Double]])
    }

    public var name: String
    public var alternatives: Alternatives

    public init(name: String, _ alternatives: Alternatives) {
        self.name = name
        self.alternatives = alternatives
    }

    public var count: Int {
        switch alternatives {
        case .winmax(let a): return a.count
        case .normalisation(let a): return a.count
        case .aggregation(let a): return a.count
        case .weights(let a): return a.count
        }
    }

    /// COINr's mapping of a column of uniform draws to alternatives (`sample_2_para`: `cut(x, n, 1:n)`), 0-based:
    /// the range [min x, max x] of the column is cut into `n` equal intervals, closed on the right, with the two
    /// outer limits moved out by 1/1000 of the range (R's `cut.default`). With many draws this is the discrete
    /// uniform choice `⌊u·n⌋`; it depends on the column's range, as in COINr.
    public static func coinrCut(_ x: [Double], count n: Int) -> [Int] {
        precondition(n >= 1, "at least one alternative")
        guard n > 1, let lo = x.min(), let hi = x.max() else { return x.map { _ in 0 } }
        var breaks: [Double]
        let dx = hi - lo
        if dx == 0 {
            let d = lo != 0 ? abs(lo) : 1
            let (a, b) = (lo - d / 1000, hi + d / 1000)
            breaks = (0 ... n).map { a + Double($0) * (b - a) / Double(n) }
        } else {
            breaks = (0 ... n).map { lo + Double($0) * dx / Double(n) }
            breaks[n] = hi
            breaks[0] = lo - dx / 1000
            breaks[n] = hi + dx / 1000
        }
        return x.map { v in
            // Interval k is (breaks[k], breaks[k + 1]].
            var k = 0
            while k < n - 1 && v > breaks[k + 1] { k += 1 }
            return k
        }
    }
}

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

    /// Scores the runs, handing each finished chunk to `body`: the run indices and, per run, the year's index
    /// scores (`nil` = failed).
    func evaluate(_ choices: [[Int]], progress: ((Int, Int) -> Void)?, _ body: ([Int], [[Double]?]) -> Void) {
        let rows = result.panel.rows(inYear: year)
        let nominal = result.scores[result.root.id]!
        let total = choices.count
        var done = 0
        func report(_ k: Int) { done += k; progress?(done, total) }
        func yearScores(_ all: UnsafeBufferPointer<Double>) -> [Double]? {
            // A run that loses an index score the nominal run has, in any year, failed.
            for i in 0 ..< all.count where all[i].isNaN && !nominal[i].isNaN { return nil }
            return rows.map { all[$0] }
        }
        let kinds = inputs.map(\.alternatives)
        let aggregationInput = kinds.firstIndex { if case .aggregation = $0 { return true } else { return false } }
        let weightInput = kinds.firstIndex { if case .weights = $0 { return true } else { return false } }
        let overrides: [AggregationMethod?] = aggregationInput.map { i in
            if case .aggregation(let a) = kinds[i] { return a } else { return [] }
        } ?? [nil]
        let matrixPath = overrides.allSatisfy { ReplicationRunner.matrixPathApplies(result.project, aggregation: $0) }
        guard matrixPath else {
            for (run, choice) in choices.enumerated() {
                var out: [Double]?
                if let r = try? IndexPipeline(project: project(choice)).compute(panel: result.panel) {
                    out = r.scores[r.root.id]!.withUnsafeBufferPointer(yearScores)
                }
                body([run], [out])
                report(1)
            }
            return
        }
        // Scenario = the choices that change the normalised data (everything but aggregation and weights).
        func scenario(_ c: [Int]) -> [Int] { c.indices.map { $0 == aggregationInput || $0 == weightInput ? 0 : c[$0] } }
        let byScenario = Dictionary(grouping: choices.indices, by: { scenario(choices[$0]) })
        let keys = byScenario.keys.sorted { $0.lexicographicallyPrecedes($1) }
        // Normalised indicator scores of every scenario, in two steps, each spread over the cores: the data
        // treatment once per treatment setting (winmax), then the normalisation of the treated data once per
        // scenario (a project without treatment on a panel holding the treated values: the pipeline then only
        // normalises). Same numbers as one pipeline run per scenario.
        let ids = result.panel.indicatorIds
        let winmaxInput = kinds.firstIndex { if case .winmax = $0 { return true } else { return false } }
        let treatmentKeys = Array(Set(keys.map { key in winmaxInput.map { key[$0] } ?? 0 })).sorted()
        let treatmentProjects = treatmentKeys.map { t -> Project in
            var c = keys.first { key in winmaxInput.map { key[$0] } ?? 0 == t }!
            if let w = aggregationInput { c[w] = 0 }
            return project(c)
        }
        let panel = result.panel
        let treated = ParallelChunks.map(count: treatmentKeys.count, chunk: 1, threads: threads) { k -> Panel? in
            guard let outcome = try? DataTreatment(project: treatmentProjects[k]).apply(to: panel) else { return nil }
            var p = outcome.panel
            p.values = outcome.values
            return p
        }
        let projects = keys.map { key -> Project in
            var p = project(byScenario[key].map { choices[$0[0]] }!)
            // Aggregation is the evaluator's job, treatment is done: the pipeline only normalises here.
            p.defaults.aggregation = .arithmetic
            p.defaults.treatment = TreatmentSpec()
            func strip(_ node: FrameworkNode) -> FrameworkNode {
                var n = node
                n.aggregation = node.children.isEmpty ? nil : .arithmetic
                n.indicator?.treatment = nil
                n.children = n.children.map(strip)
                return n
            }
            p.framework = strip(p.framework)
            return p
        }
        let treatmentOf = keys.map { key in treatmentKeys.firstIndex(of: winmaxInput.map { key[$0] } ?? 0)! }
        let matrices = ParallelChunks.map(count: keys.count, chunk: 1, threads: threads) { k -> Matrix? in
            guard let input = treated[treatmentOf[k]],
                  let r = try? IndexPipeline(project: projects[k]).compute(panel: input) else { return nil }
            return Matrix(columns: ids.map { r.scores[$0]! })
        }
        // Every aggregate is kept: a run in which any of them loses a score the nominal run has (a geometric mean
        // over a value ≤ 0, where the pipeline stops; the evaluator would renormalise the parent over the other
        // children) failed, as in COINr, where `Regen` stops.
        let aggregates = result.project.framework.preorder().filter { !$0.children.isEmpty }.map(\.id)
        let keep = Set(aggregates)
        let nodes = result.project.framework.preorder().filter { $0.id != result.root.id }
        // Chunks of weight sets: each node's N × R arrays stay within 32 MB, glibc's largest mmap threshold, so
        // freed arrays are reused from the heap instead of coming back as fresh pages to fault in (at 100,000
        // rows, chunks of 80 (64 MB arrays) took 1.5–2.5× longer than chunks of 40, and 20 about 20% longer).
        let chunk = max(1, min(128, 4_000_000 / max(1, result.panel.rows.count)))
        let n = result.panel.rows.count
        for (s, key) in keys.enumerated() {
            let members = byScenario[key]!
            guard let scores = matrices[s] else {
                for run in members { body([run], [nil]) }
                report(members.count)
                continue
            }
            let byAggregation = Dictionary(grouping: members, by: { run in aggregationInput.map { choices[run][$0] } ?? 0 })
            for a in byAggregation.keys.sorted() {
                let evaluator = WeightedTreeEvaluator(project: result.project, scores: scores, indicatorIds: ids,
                                                      aggregationOverride: overrides[aggregationInput == nil ? 0 : a])
                let group = byAggregation[a]!
                for start in stride(from: 0, to: group.count, by: chunk) {
                    let part = Array(group[start ..< min(start + chunk, group.count)])
                    var weights: [String: [Double]] = [:]
                    for node in nodes {
                        weights[node.id] = part.map { run in
                            guard let w = weightInput, case .weights(let sets) = kinds[w] else { return node.weight }
                            return sets[choices[run][w]][node.id] ?? node.weight
                        }
                    }
                    let evaluated = evaluator.evaluate(weights: weights, r: part.count, keep: keep)
                    var lost = [Bool](repeating: false, count: part.count)
                    for id in aggregates where id != result.root.id {
                        let values = evaluated[id]!, nominalValues = result.scores[id]!
                        for k in part.indices where !lost[k] {
                            for i in 0 ..< n where values[k * n + i].isNaN && !nominalValues[i].isNaN { lost[k] = true; break }
                        }
                    }
                    let perRun = evaluated[result.root.id]!.withUnsafeBufferPointer { all in
                        part.indices.map { k in lost[k] ? nil : yearScores(UnsafeBufferPointer(rebasing: all[k * n ..< (k + 1) * n])) }
                    }
                    body(part, perRun)
                    report(part.count)
                }
            }
        }
    }
}

/// Sobol indices of COINr's sensitivity target over `DiscreteInput`s: the mean absolute rank shift of the
/// year's units from their nominal ranks (COINr `get_sensitivity(SA_type = "SA")`: `y_AvDiffs`), from the
/// Saltelli design of `DiscreteUncertainty.saltelliDesign` (N·(k + 2) runs). Estimators: `SobolIndices`
/// (Jansen's first-order and total effects, row bootstrap). COINr's STi is the same Jansen estimator (its
/// variance has the sample denominator 2N − 1 instead of 2N); its first order Si is Saltelli's 2010 estimator
/// and its bootstrap resamples each input's differences with the variance held fixed, so intervals differ a
/// little. Design rows with a failed run are left out (`droppedRows`).
public struct DiscreteSensitivity: Sendable {
    public let inputs: [String]
    public let indices: SobolIndices?
    public let runs: Int
    public let droppedRows: Int
    /// Per unit: rank statistics over the A and B runs (COINr keeps the first 2N runs for `RankStats`);
    /// per run (all N·(k + 2)): the mean absolute rank shift.
    public let rankStatistics: DiscreteUncertainty.RankStatistics

    public init(_ analysis: DiscreteUncertainty, n: Int, seed: UInt64 = 1, bootstrap: Int = 100, progress: ((Int, Int) -> Void)? = nil) {
        precondition(n >= 2, "N must be at least 2")
        let k = analysis.inputs.count
        inputs = analysis.inputs.map(\.name)
        let design = analysis.saltelliDesign(n: n, seed: seed)
        runs = design.count
        let stats = analysis.rankStatistics(design, unitsOver: 0 ..< 2 * n, progress: progress)
        let y = stats.meanAbsoluteShift
        let valid = (0 ..< n).filter { r in y[r] != nil && y[n + r] != nil && (0 ..< k).allSatisfy { y[(2 + $0) * n + r] != nil } }
        droppedRows = n - valid.count
        indices = valid.count > 1
            ? SobolIndices(fA: valid.map { y[$0]! }, fB: valid.map { y[n + $0]! },
                           fAB: (0 ..< k).map { i in valid.map { y[(2 + i) * n + $0]! } }, bootstrap: bootstrap, seed: seed)
            : nil
        rankStatistics = stats
    }
}

/// Competition ranks ("1, 2, 2, 4"; 1 = highest; missing = 0) of one run's scores: `DescendingOrder`'s
/// radix sort and tie groups at the documented tolerance, exactly as `Ranking.competitionRanks` (see `Ties`).
/// At 100,000 units it took ~0.7 ms per run against ~6 ms for the standard library's sort of (score, row)
/// pairs (benchmark `weights_1000`).
enum FastRanks {
    static func competition(_ x: [Double], into ranks: inout [Int32]) {
        let (rows, keys) = DescendingOrder.sorted(x)
        let starts = DescendingOrder.groupStarts(x, rows: rows, keys: keys, tolerance: Ties.tolerance(x))
        for (q, row) in rows.enumerated() { ranks[Int(row)] = Int32(starts[q] + 1) }
    }
}

/// Sorting one unit's ranks (values ≥ 1) over the runs: a counting sort over [min, max] when that span is at
/// most 4 times the number of values (a unit whose ranks stay close), else an LSD radix sort of 11-bit digits
/// (two passes up to 4 million units).
enum OrderStatistics {
    static func sort(_ values: inout [Int32]) {
        guard let lo = values.min(), let hi = values.max() else { return }
        let span = Int(hi - lo) + 1
        guard span <= 4 * values.count + 64 else { radix(&values, max: hi); return }
        var counts = [Int32](repeating: 0, count: span)
        for v in values { counts[Int(v - lo)] += 1 }
        var j = 0
        for (d, c) in counts.enumerated() where c > 0 {
            for _ in 0 ..< Int(c) { values[j] = lo + Int32(d); j += 1 }
        }
    }

    static func radix(_ values: inout [Int32], max: Int32) {
        precondition(values.allSatisfy { $0 >= 0 }, "ranks are not negative")
        var other = [Int32](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 2048)
        var shift: Int32 = 0
        while shift < 32 && (max >> shift) > 0 {
            for k in counts.indices { counts[k] = 0 }
            for v in values { counts[Int((v >> shift) & 2047)] += 1 }
            var sum = 0
            for k in counts.indices { let c = counts[k]; counts[k] = sum; sum += c }
            for v in values {
                let d = Int((v >> shift) & 2047)
                other[counts[d]] = v
                counts[d] += 1
            }
            swap(&values, &other)
            shift += 11
        }
    }
}
