import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

private let head = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"

private func project(_ rest: String) throws -> Project {
    try ProjectReader.parse(text: head + rest, file: "touchstone.yaml")
}

/// The problems reading a project reports (empty when it reads).
private func problems(_ rest: String) -> [String] {
    do {
        _ = try project(rest)
        return []
    } catch let p as InputProblems {
        return p.problems.map { $0.line("en") }
    } catch {
        return ["\(error)"]
    }
}

private func grid(units: [String], years: [Int] = [2020], indicators: [String], columns: [[Double]]) -> Panel {
    let rows = units.indices.flatMap { u in years.map { Panel.Key(unit: u, year: $0) } }
    return Panel(units: units.map { UnitInfo(id: $0) }, indicatorIds: indicators, rows: rows, values: Matrix(columns: columns))
}

private let identity = "goalposts: {lower: 0, upper: 100, cap: none}"

/// Three indicators, four units: c falls where a and b rise.
private func abc(_ nodeSettings: String, defaults: String = "") throws -> IndexResult {
    let p = try project("""
        \(defaults.isEmpty ? "" : "defaults: {\(defaults)}\n")framework: {id: index\(nodeSettings.isEmpty ? "" : ", \(nodeSettings)"), children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}]}
        """)
    let panel = grid(units: ["A", "B", "C", "D"], indicators: ["a", "b", "c"],
                     columns: [[10, 20, 30, 40], [12, 18, 35, 39], [40, 35, 20, 10]])
    return try IndexPipeline(project: p).compute(panel: panel)
}

@Suite("Weighting and aggregation methods: settings, edge cases and laws")
struct MethodBehaviourTests {
    // MARK: Reading the project file

    @Test("unknown methods and misplaced keys are reported with a suggestion")
    func readingProblems() {
        let base = "framework: {id: index, %@, children: [{id: a}, {id: b}]}\n"
        func check(_ setting: String, _ expected: String) {
            let found = problems(base.replacingOccurrences(of: "%@", with: setting))
            #expect(found.contains { $0.contains(expected) }, "\(setting): \(found)")
        }
        check("weights: entropi", "did you mean `entropy`?")
        check("weights: {method: entropy, matrix: [[1]]}", "`matrix` does not apply to `entropy` weights")
        check("weights: ahp", "AHP weights need a pairwise comparison matrix")
        check("weights: {method: ahp, matrix: [[1, 2, 3], [1/2, 1, 1], [1/3, 1, 1]]}", "`index` has 2 children but its AHP matrix is 3 × 3")
        check("weights: {method: ahp, matrix: [[1, 2], [2, 1]]}", "are not reciprocal")
        check("weights: {method: ahp, matrix: [[1, x], [1, 1]]}", "`x` is not a positive number or fraction")
        check("aggregation: power", "the power mean needs its exponent")
        check("aggregation: {method: power}", "needs its exponent `r`")
        check("aggregation: {method: gra, rho: 2}", "`rho` must lie in (0, 1]")
        check("aggregation: {method: topsis, penalty: negative}", "`penalty` does not apply to `topsis`")
        check("aggregation: {mehtod: mpi}", "did you mean `method`?")
        check("weights: bod, aggregation: geometric", "BoD scores are weighted sums")
        check("weights: {method: bod, lower: 0.6}", "adds up to more than 1")
        check("weights: {method: bod, upper: 0.4}", "cannot add up to 1")
        check("weights: {method: bod, lower: 0.4, upper: 0.3}", "is above `upper`")
        #expect(problems("framework: {id: index, children: [{id: a, weights: equal}, {id: b}]}\n").contains { $0.contains("`weights` applies to nodes with children") })
    }

    @Test("AHP: an inconsistent matrix (CR > 0.10) stops with its numbers unless allowed; fractions are read")
    func ahpConsistency() throws {
        // Saaty's 4×4 example is acceptable (CR ≈ 0.069); making C1 dominate C3 breaks transitivity.
        let ok = "[[1, 1/3, 1/9, 1/5], [3, 1, 1, 1], [9, 1, 1, 3], [5, 1, 1/3, 1]]"
        let bad = "[[1, 5, 1/9, 1/5], [1/5, 1, 1, 1], [9, 1, 1, 3], [5, 1, 1/3, 1]]"
        let children = "children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}, {id: d, \(identity)}]"
        #expect(problems("framework: {id: index, weights: {method: ahp, matrix: \(ok)}, \(children)}\n").isEmpty)
        let found = problems("framework: {id: index, weights: {method: ahp, matrix: \(bad)}, \(children)}\n")
        #expect(found.count == 1)
        #expect(found.first?.contains("the AHP judgements are inconsistent: CR = ") == true)
        #expect(found.first?.contains("allow_inconsistent: true") == true)
        let allowed = try project("framework: {id: index, weights: {method: ahp, matrix: \(bad), allow_inconsistent: true}, \(children)}\n")
        let panel = grid(units: ["A", "B"], indicators: ["a", "b", "c", "d"], columns: [[10, 20], [30, 40], [50, 60], [70, 80]])
        let result = try IndexPipeline(project: allowed).compute(panel: panel)
        let fitted = try #require(result.fittedWeights["index"])
        #expect(try #require(fitted.ahp).consistencyRatio > 0.1)
        let w = try #require(fitted.uniform)
        #expect(abs(w.reduce(0, +) - 1) < 1e-12)
        #expect(abs(result.scores["index"]![0] - (10 * w[0] + 30 * w[1] + 50 * w[2] + 70 * w[3])) < 1e-9)
    }

    // MARK: Defaults and weights

    @Test("without `weights:` or a new aggregation nothing changes: no fitted weights, the classic path")
    func defaultsUnchanged() throws {
        let result = try abc("")
        #expect(result.fittedWeights.isEmpty)
        #expect(abs(result.scores["index"]![0] - (10 + 12 + 40) / 3.0) < 1e-12)
        let explicit = try abc("weights: explicit")
        #expect(explicit.fittedWeights.isEmpty)
    }

    @Test("equal weights ignore the declared weights; fitted weights are written back to the framework")
    func equalWeights() throws {
        let p = try project("framework: {id: index, weights: equal, children: [{id: a, weight: 5, \(identity)}, {id: b, \(identity)}]}\n")
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A"], indicators: ["a", "b"], columns: [[10], [30]]))
        #expect(result.scores["index"] == [20])
        #expect(result.root.children.map(\.weight) == [1, 1])
    }

    @Test("entropy over z-scores stops, naming the unit and year and what to change")
    func entropyNegative() throws {
        let p = try project("defaults: {normalisation: {method: z-score}, weights: entropy}\nframework: {id: index, children: [{id: a}, {id: b}]}\n")
        #expect {
            try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B", "C"], indicators: ["a", "b"], columns: [[1, 2, 3], [3, 1, 2]]))
        } throws: { error in
            let text = (error as? InputProblem)?.line("en") ?? ""
            return text.contains("entropy needs scores >= 0") && text.contains("unit `A` in 2020") && text.contains("normalise its children to a range >= 0")
        }
    }

    @Test("data-driven weights need enough complete unit-years")
    func tooFewRows() throws {
        let p = try project("framework: {id: index, weights: critic, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        #expect(throws: InputProblem.self) {
            try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B", "C"], indicators: ["a", "b"], columns: [[1, 2, .nan], [3, 1, 2]]))
        }
    }

    @Test("PCA: a negative loading stops unless allowed; squared loadings are shares of one")
    func pcaNegative() throws {
        #expect {
            try abc("weights: pca")
        } throws: { error in
            let text = (error as? InputProblem)?.line("en") ?? ""
            return text.contains("`c`") && text.contains("negatively on the first principal component") && text.contains("loadings: squared")
        }
        let squared = try abc("weights: {method: pca, loadings: squared}")
        let w = try #require(squared.fittedWeights["index"]?.uniform)
        #expect(w.allSatisfy { $0 >= 0 } && abs(w.reduce(0, +) - 1) < 1e-12)
        let allowed = try abc("weights: {method: pca, negative: allow}")
        #expect(try #require(allowed.fittedWeights["index"]?.uniform)[2] < 0)
        #expect(allowed.diagnostics.contains { $0.text("en").contains("`c` enters with a negative PCA weight") })
    }

    @Test("a constant child gets data-driven weight 0 with a warning")
    func constantChild() throws {
        let p = try project("framework: {id: index, weights: entropy, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B", "C"], indicators: ["a", "b"], columns: [[5, 5, 5], [1, 2, 3]]))
        #expect(result.fittedWeights["index"]?.uniform?[0] == 0)
        #expect(result.diagnostics.contains { $0.text("en").contains("`a` is constant") })
        #expect(result.scores["index"] == [1, 2, 3])
    }

    // MARK: Means

    @Test("harmonic and power means: zeros stop with a fix, or leave the node missing with a reason")
    func meanDomains() throws {
        let data = grid(units: ["A", "B"], indicators: ["a", "b"], columns: [[0, 10], [20, 40]])
        for setting in ["aggregation: harmonic", "aggregation: {method: power, r: -0.5}"] {
            let p = try project("framework: {id: index, \(setting), children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
            #expect {
                try IndexPipeline(project: p).compute(panel: data)
            } throws: { error in
                ((error as? InputProblem)?.line("en") ?? "").contains("`a` of unit `A` in 2020 is 0; it is undefined for a value <= 0")
            }
        }
        let missing = try project("framework: {id: index, aggregation: harmonic, nonpositive: missing, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        let result = try IndexPipeline(project: missing).compute(panel: data)
        #expect(result.scores["index"]![0].isNaN)
        #expect(result.missingReasons["index"]?[0] == .outsideDomain(method: .harmonic, child: "a", value: 0))
        #expect(abs(result.scores["index"]![1] - 2 / (1 / 10.0 + 1 / 40.0)) < 1e-12)
        let positive = try project("framework: {id: index, aggregation: {method: power, r: 2}, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        let r2 = try IndexPipeline(project: positive).compute(panel: data)
        #expect(abs(r2.scores["index"]![0] - (200.0).squareRoot()) < 1e-12, "zeros are fine for r > 0")
        let shifted = try project("framework: {id: index, aggregation: harmonic, shift: 1, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        #expect(abs(try IndexPipeline(project: shifted).compute(panel: data).scores["index"]![0] - (2 / (1 / 1.0 + 1 / 21.0) - 1)) < 1e-12)
    }

    @Test("coverage rules and messages are the same as for the classic means")
    func coverage() throws {
        let p = try project("framework: {id: index, aggregation: harmonic, children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}]}\n")
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B"], indicators: ["a", "b", "c"], columns: [[10, .nan], [20, .nan], [30, 5]]))
        #expect(result.missingReasons["index"] == [1: .belowCoverage(present: 1, of: 3, minCoverage: 0.5)])
    }

    @Test("the unit scorer and the gap decomposition follow harmonic nodes with fitted weights exactly")
    func unitScorerAndGaps() throws {
        var (project, panel) = try FlagEngineTests.loaded()
        project.framework.aggregation = .harmonic
        project.framework.aggregationOptions = AggregationOptions()
        project.framework.weighting = WeightingSpec(method: .critic)
        for i in project.framework.children.indices { project.framework.children[i].weighting = WeightingSpec(method: .entropy) }
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let scorer = UnitScorer(project: result.project)
        for row in stride(from: 0, to: panel.rows.count, by: 7) {
            let inputs = Dictionary(uniqueKeysWithValues: panel.indicatorIds.map { ($0, result.scores[$0]![row]) })
            let scored = scorer.score(inputs)
            #expect(abs(scored["index"]! - result.scores["index"]![row]) < 1e-9, "row \(row)")
        }
        let row = panel.rows.count - 1
        let reference = GapDecomposition.medianProfile(result: result, rows: panel.rows(inYear: 2024))
        let split = GapDecomposition(result: result, row: row, reference: reference)
        let leaves = result.root.indicators.compactMap { split.contributions[$0.id] }.reduce(0, +)
        #expect(abs(leaves - split.gap) < 1e-9)
        #expect(abs(split.unitScores["index"]! - result.scores["index"]![row]) < 1e-9)
    }

    @Test("relative methods are left out of unit-by-unit scoring and gap decompositions, and flags still run")
    func relativeMethods() throws {
        var (project, panel) = try FlagEngineTests.loaded()
        project.framework.aggregation = .topsis
        project.framework.aggregationOptions = AggregationOptions()
        let result = try IndexPipeline(project: project).compute(panel: panel)
        #expect(result.scores["index"]!.allSatisfy { $0.isNaN || (0 ... 1).contains($0) })
        let inputs = Dictionary(uniqueKeysWithValues: panel.indicatorIds.map { ($0, result.scores[$0]![0]) })
        #expect(UnitScorer(project: result.project).score(inputs)["index"]!.isNaN)
        #expect(GapDecomposition(result: result, row: 0, reference: inputs).gap.isNaN)
        _ = FlagEngine(result: result, year: 2024).assess()
    }

    // MARK: Effective weights

    @Test("nominal effective weights multiply the renormalised weights down the tree; influences sum to one per level")
    func effectiveWeights() throws {
        let (project, panel) = try FlagEngineTests.loaded()
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let e = result.effectiveWeights(year: 2024)
        let leaves = e.filter { $0.depth == 2 }
        #expect(abs(leaves.reduce(0) { $0 + $1.nominal } - 1) < 1e-12)
        #expect(abs(e.first { $0.id == "study_sessions" }!.nominal - 0.3 / 4) < 1e-12)
        for d in [1, 2] { #expect(abs(e.filter { $0.depth == d }.reduce(0) { $0 + $1.influence } - 1) < 1e-12) }
        #expect(e.allSatisfy { $0.correlation > -1 && $0.correlation <= 1 })
    }

    // MARK: Laws

    @Test("relative methods do not depend on the order of the units")
    func orderInvariance() throws {
        let columns: [[Double]] = [[10, 20, 30, 40, 25], [12, 18, 35, 39, 30], [40, 35, 20, 10, 33]]
        let units = ["A", "B", "C", "D", "E"]
        let order = [3, 0, 4, 2, 1]
        for setting in ["aggregation: topsis", "aggregation: gra", "aggregation: copeland", "aggregation: borda", "aggregation: mpi", "weights: bod", "weights: critic"] {
            let p = try project("framework: {id: index, \(setting), children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}]}\n")
            let a = try IndexPipeline(project: p).compute(panel: grid(units: units, indicators: ["a", "b", "c"], columns: columns))
            let b = try IndexPipeline(project: p).compute(panel: grid(units: order.map { units[$0] }, indicators: ["a", "b", "c"],
                                                                      columns: columns.map { c in order.map { c[$0] } }))
            for (k, i) in order.enumerated() { #expect(abs(a.scores["index"]![i] - b.scores["index"]![k]) < 1e-12, "\(setting)") }
        }
    }

    @Test("improving one indicator never lowers the unit's score (outranking, harmonic, power, TOPSIS without normalisation)")
    func monotone() throws {
        let base: [[Double]] = [[10, 20, 30, 40], [12, 18, 35, 39], [40, 35, 20, 10]]
        for setting in ["aggregation: copeland", "aggregation: borda", "aggregation: harmonic", "aggregation: {method: power, r: 3}", "aggregation: {method: topsis, normalise: none}"] {
            let p = try project("framework: {id: index, \(setting), children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}]}\n")
            let before = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B", "C", "D"], indicators: ["a", "b", "c"], columns: base))
            var better = base
            better[1][0] += 30
            let after = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B", "C", "D"], indicators: ["a", "b", "c"], columns: better))
            #expect(after.scores["index"]![0] >= before.scores["index"]![0] - 1e-12, "\(setting)")
        }
    }

    @Test("scope: year compares units within each year; panel pools the years")
    func scope() throws {
        let columns: [[Double]] = [[10, 50, 20, 60], [15, 45, 25, 70]]   // A 2020, A 2021, B 2020, B 2021
        let panel = grid(units: ["A", "B"], years: [2020, 2021], indicators: ["a", "b"], columns: columns)
        let pooled = try IndexPipeline(project: project("framework: {id: index, aggregation: borda, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")).compute(panel: panel)
        let yearly = try IndexPipeline(project: project("framework: {id: index, aggregation: {method: borda, scope: year}, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")).compute(panel: panel)
        #expect(yearly.scores["index"] == [0, 0, 1, 1])
        #expect(pooled.scores["index"]!.map { ($0 * 3).rounded() } == [0, 2, 1, 3])
    }

    @Test("AMPI needs its reference year in the data and every child there")
    func ampiReference() throws {
        let p = try project("framework: {id: index, aggregation: {method: ampi, reference_year: 1999}, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        #expect {
            try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B"], years: [2020, 2021], indicators: ["a", "b"], columns: [[1, 2, 3, 4], [4, 3, 2, 1]]))
        } throws: { error in ((error as? InputProblem)?.line("en") ?? "").contains("the AMPI reference year 1999 is not in the data") }
        let q = try project("framework: {id: index, aggregation: ampi, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        let r = try IndexPipeline(project: q).compute(panel: grid(units: ["A", "B"], years: [2020, 2021], indicators: ["a", "b"], columns: [[1, 2, 3, 4], [4, 3, 2, 1]]))
        // Reference = the 2020 means (2, 3.5); units at the reference on both children score exactly 100.
        #expect(r.scores["index"]!.allSatisfy { !$0.isNaN })
    }
}
