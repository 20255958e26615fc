import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

/// One node evaluator: the whole panel (`IndexPipeline`), one unit (`AggregationPlan.score`, `UnitScorer`, slots),
/// the split of a gap (`GapDecomposition`) and a batch of weight sets (`WeightedTreeEvaluator`) all read the
/// same plan and the same kernel, on random trees with random missing cells.
@Suite("One node evaluator")
struct NodeEvaluatorLawTests {
    /// The project's seeded generator with the two draws these tests need.
    struct Rng {
        var g: SeededGenerator
        init(state: UInt64) { g = SeededGenerator(seed: state) }
        mutating func uniform() -> Double { g.uniform() }
        mutating func int(_ n: Int) -> Int { Int(g.next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
    }

    /// A random framework (index → dimensions → indicators, sometimes a sub-dimension) with mixed means,
    /// weights, shifts and coverage rules; returns the YAML and the indicator ids.
    static func randomTree(_ g: inout Rng) -> (yaml: String, indicators: [String]) {
        var indicators: [String] = []
        func mean(_ g: inout Rng) -> String {
            g.pick(["arithmetic", "arithmetic", "geometric", "harmonic", "{method: power, r: 0.5}", "{method: power, r: 2}"])
        }
        func weight(_ g: inout Rng) -> String { g.pick(["0.1", "0.3", "0.7", "1", "2.5", "0.35"]) }
        func leaf(_ g: inout Rng, _ pad: String) -> String {
            let id = "x\(indicators.count)"
            indicators.append(id)
            return "\(pad)- {id: \(id), weight: \(weight(&g))\(g.int(4) == 0 ? ", direction: lower" : "")}\n"
        }
        func node(_ id: String, depth: Int, _ g: inout Rng, _ pad: String) -> String {
            var s = "\(pad)- id: \(id)\n\(pad)  weight: \(weight(&g))\n\(pad)  aggregation: \(mean(&g))\n"
            s += "\(pad)  min_coverage: \(g.pick(["0", "0.5", "0.75"]))\n"
            if g.int(3) == 0 { s += "\(pad)  shift: 1\n" }
            s += "\(pad)  children:\n"
            for c in 0 ..< 2 + g.int(3) {
                s += depth < 2 && g.int(4) == 0 ? node("\(id)_\(c)", depth: depth + 1, &g, pad + "    ") : leaf(&g, pad + "    ")
            }
            return s
        }
        var yaml = "defaults: {normalisation: {method: min-max, range: [1, 100]}}\nframework:\n  id: index\n"
        yaml += "  aggregation: \(mean(&g))\n  children:\n"
        for d in 0 ..< 2 + g.int(2) { yaml += node("d\(d)", depth: 1, &g, "    ") }
        return (yaml, indicators)
    }

    static func randomPanel(_ g: inout Rng, indicators: [String], units n: Int, years: [Int]) -> Panel {
        let rows = (0 ..< n).flatMap { u in years.map { Panel.Key(unit: u, year: $0) } }
        let columns = indicators.map { _ in rows.map { _ in g.int(6) == 0 ? Double.nan : (g.uniform() * 90 + 5).rounded() / 3 } }
        return Panel(units: (0 ..< n).map { UnitInfo(id: "u\($0)", groups: [:]) }, indicatorIds: indicators, rows: rows,
                     values: Matrix(columns: columns))
    }

    static func same(_ a: Double, _ b: Double) -> Bool { a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern }

    @Test("panel, one unit, unit scorer and gap decomposition agree bit for bit on 40 random trees")
    func callersAgree() throws {
        var g = Rng(state: 2026)
        var compared = 0
        for trial in 0 ..< 40 {
            let (yaml, ids) = Self.randomTree(&g)
            let head = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"
            let project = try ProjectReader.parse(text: head + yaml, file: "touchstone.yaml")
            let panel = Self.randomPanel(&g, indicators: ids, units: 23, years: [2020, 2021])
            let result = try IndexPipeline(project: project).compute(panel: panel, snapTies: false)
            let plan = result.plan, scorer = UnitScorer(result: result)
            let slots = plan.slots(indicatorIds: panel.indicatorIds)
            for row in panel.rows.indices {
                var own: [String: Double] = [:]
                for id in ids { own[id] = result.scores[id]![row] }
                let one = plan.score(indicators: own), viaScorer = scorer.score(own)
                var slotted = slots.slots(indicatorScores: panel.indicatorIds.map { result.scores[$0]![row] })
                slots.evaluate(&slotted)
                for id in plan.postorder {
                    let panelValue = result.scores[id]![row]
                    #expect(Self.same(one[id]!, panelValue), "trial \(trial) row \(row) node \(id): \(one[id]!) vs \(panelValue)")
                    #expect(Self.same(viaScorer[id]!, panelValue), "trial \(trial) row \(row) node \(id)")
                    #expect(Self.same(slotted[slots.slot(id)!], panelValue), "trial \(trial) row \(row) node \(id): slots")
                    compared += 1
                }
                let gap = GapDecomposition(result: result, row: row, reference: own)
                if let u = gap.unitScores["index"] {
                    #expect(Self.same(u, result.scores["index"]![row]), "trial \(trial) row \(row): gap's unit score")
                    #expect(abs(gap.gap) <= 1e-12, "trial \(trial) row \(row): a unit against itself has no gap")
                }
            }
        }
        #expect(compared > 5000)
    }

    @Test("the Monte Carlo batch (BLAS dgemm) at nominal weights reproduces the panel to rounding and its ranks exactly")
    func batchAgrees() throws {
        var g = Rng(state: 77)
        for trial in 0 ..< 20 {
            let (yaml, ids) = Self.randomTree(&g)
            let head = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"
            let project = try ProjectReader.parse(text: head + yaml, file: "touchstone.yaml")
            let panel = Self.randomPanel(&g, indicators: ids, units: 41, years: [2021])
            let result = try IndexPipeline(project: project).compute(panel: panel)
            let scores = Matrix(columns: ids.map { result.scores[$0]! })
            let evaluator = WeightedTreeEvaluator(project: project, scores: scores, indicatorIds: ids, aggregationOverride: nil)
            var weights: [String: [Double]] = [:]
            for node in project.framework.preorder() { weights[node.id] = [node.weight] }
            let plan = result.plan
            let out = evaluator.evaluate(weights: weights, r: 1, keep: Set(plan.postorder))
            for id in plan.postorder {
                let batch = out[id]!, nominal = result.scores[id]!
                for i in nominal.indices {
                    #expect(batch[i].isNaN == nominal[i].isNaN && (batch[i].isNaN || abs(batch[i] - nominal[i]) <= 1e-9 * max(1, abs(nominal[i]))),
                            "trial \(trial) node \(id) row \(i)")
                }
                #expect(Ranking.competitionRanks(batch) == Ranking.competitionRanks(nominal), "trial \(trial) node \(id)")
            }
        }
    }
}
