import Foundation
import TouchstoneStats

extension DiscreteUncertainty {
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
        let rootId = result.root.id
        let nominalAggregates = aggregates.filter { $0 != rootId }.map { ($0, result.scores[$0]!) }
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
                let parts = stride(from: 0, to: group.count, by: chunk).map { Array(group[$0 ..< min($0 + chunk, group.count)]) }
                // Chunks of weight sets a wave at a time, one chunk per thread (`ParallelChunks`), handed to `body` in
                // order: memory stays within a wave of chunks, and each chunk's numbers are those of one thread.
                let wave = threads == 1 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
                for first in stride(from: 0, to: parts.count, by: wave) {
                    let batch = Array(parts[first ..< min(first + wave, parts.count)])
                    let outs = ParallelChunks.map(count: batch.count, chunk: 1, threads: threads) { b -> [[Double]?] in
                        let part = batch[b]
                        var weights: [String: [Double]] = [:]
                        for node in nodes {
                            weights[node.id] = part.map { run in
                                guard let w = weightInput, case .weights(let sets) = kinds[w] else { return node.weight }
                                return sets[choices[run][w]][node.id] ?? node.weight
                            }
                        }
                        let evaluated = evaluator.evaluate(weights: weights, r: part.count, keep: keep)
                        var lost = [Bool](repeating: false, count: part.count)
                        for (id, nominalValues) in nominalAggregates {
                            let values = evaluated[id]!
                            for k in part.indices where !lost[k] {
                                for i in 0 ..< n where values[k * n + i].isNaN && !nominalValues[i].isNaN { lost[k] = true; break }
                            }
                        }
                        return evaluated[rootId]!.withUnsafeBufferPointer { all in
                            part.indices.map { k -> [Double]? in
                                guard !lost[k] else { return nil }
                                // A run that loses an index score the nominal run has, in any year, failed.
                                for i in 0 ..< n where all[k * n + i].isNaN && !nominal[i].isNaN { return nil }
                                return rows.map { all[k * n + $0] }
                            }
                        }
                    }
                    for (part, perRun) in zip(batch, outs) {
                        body(part, perRun)
                        report(part.count)
                    }
                }
            }
        }
    }
}
