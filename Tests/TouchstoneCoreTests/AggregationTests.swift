import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

private typealias Loc = TouchstoneCore.SourceLocation

/// Lines 1–2 of every project below; the framework starts on line 3.
private let head = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"

private func project(_ rest: String) throws -> Project {
    try ProjectReader.parse(text: head + rest, file: "touchstone.yaml")
}

/// Goalposts 0–100 on [0, 100]: the score of an indicator is its raw value, so aggregates can be checked by hand.
private let identity = "goalposts: {lower: 0, upper: 100, cap: none}"

/// A full panel: every unit in every year, rows ordered by unit then year; `columns[j]` in that row order.
private func grid(units: [String], years: [Int] = [2020], indicators: [String], columns: [[Double]],
                  groups: [String] = []) -> Panel {
    let rows = units.indices.flatMap { u in years.map { Panel.Key(unit: u, year: $0) } }
    let infos = units.enumerated().map { i, id in
        UnitInfo(id: id, groups: groups.isEmpty ? [:] : ["group": groups[i]])
    }
    return Panel(units: infos, indicatorIds: indicators, rows: rows, values: Matrix(columns: columns))
}

/// Equal within 1e-9, `NaN` matching `NaN`.
private func close(_ a: [Double]?, _ b: [Double]) -> Bool {
    guard let a else { return false }
    return a.count == b.count && zip(a, b).allSatisfy { ($0.isNaN && $1.isNaN) || abs($0 - $1) <= 1e-9 }
}


/// Two dimensions over four indicators with mixed directions, weights, and a geometric dimension (range [1, 100]
/// keeps its scores positive).
private let lawProject = """
    defaults: {normalisation: {method: min-max, range: [1, 100]}}
    framework:
      id: index
      children:
        - id: d1
          weight: 2
          aggregation: geometric
          children:
            - {id: x1, weight: 1}
            - {id: x2, weight: 2, direction: lower}
        - id: d2
          children:
            - {id: x3, weight: 3}
            - {id: x4, direction: lower}
            - {id: x5, weight: 0.5}
    """

private let lawIndicators = ["x1", "x2", "x3", "x4", "x5"]

/// A random panel of 7 units × 3 years with about 1 in 12 cells missing.
private func randomPanel(_ rng: inout SplitMix64) -> Panel {
    let units = (1 ... 7).map { "U\($0)" }
    let n = units.count * 3
    let columns = lawIndicators.map { _ in (0 ..< n).map { _ in rng.int(12) == 0 ? Double.nan : rng.uniform(-50, 150) } }
    return grid(units: units, years: [2019, 2020, 2021], indicators: lawIndicators, columns: columns)
}

@Suite("Aggregation")
struct AggregationTests {
    // MARK: Arithmetic mean

    @Test("The arithmetic mean renormalises the weights over the children present")
    func arithmeticRenormalised() throws {
        let p = try project("""
            framework:
              id: index
              children:
                - {id: a, weight: 1, \(identity)}
                - {id: b, weight: 2, \(identity)}
                - {id: c, weight: 3, \(identity)}
            """)
        let panel = grid(units: ["A", "B", "C", "D"], indicators: ["a", "b", "c"], columns: [
            [10, 10, .nan, .nan],
            [20, .nan, .nan, .nan],
            [30, 30, 30, .nan],
        ])
        let result = try IndexPipeline(project: p).compute(panel: panel)
        // A: (1·10 + 2·20 + 3·30)/6 = 140/6 = 23.333…;  B: b missing → (1·10 + 3·30)/(1 + 3) = 100/4 = 25;
        // C: 1 of 3 present < 0.5 → missing;  D: nothing present.
        #expect(close(result.scores["index"], [140.0 / 6, 25, .nan, .nan]))
        #expect(result.missingReasons["index"] == [
            2: .belowCoverage(present: 1, of: 3, minCoverage: 0.5),
            3: .noChild,
        ])
    }

    @Test("min_coverage on a node overrides the default; 0 keeps any unit with one child")
    func minCoverage() throws {
        let panel = grid(units: ["A", "B"], indicators: ["a", "b", "c"], columns: [[10, 10], [20, .nan], [30, .nan]])
        let strict = try IndexPipeline(project: project(
            "framework: {id: index, min_coverage: 1, children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}]}\n"
        )).compute(panel: panel)
        #expect(close(strict.scores["index"], [20, .nan]))
        #expect(strict.missingReasons["index"] == [1: .belowCoverage(present: 1, of: 3, minCoverage: 1)])
        let lenient = try IndexPipeline(project: project(
            "defaults: {min_coverage: 0.75}\nframework: {id: index, min_coverage: 0, children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}]}\n"
        )).compute(panel: panel)
        #expect(close(lenient.scores["index"], [20, 10]))
        #expect(lenient.missingReasons["index"] == nil)
        let byDefault = try IndexPipeline(project: project(
            "defaults: {min_coverage: 0.75}\nframework: {id: index, children: [{id: a, \(identity)}, {id: b, \(identity)}, {id: c, \(identity)}]}\n"
        )).compute(panel: panel)
        #expect(byDefault.missingReasons["index"] == [1: .belowCoverage(present: 1, of: 3, minCoverage: 0.75)])
    }

    @Test("Aggregation goes bottom-up through the levels; a missing dimension drops out of its parent's weights")
    func twoLevels() throws {
        let p = try project("""
            framework:
              id: index
              children:
                - id: d1
                  weight: 3
                  children:
                    - {id: a, \(identity)}
                    - {id: b, \(identity)}
                - id: d2
                  children:
                    - {id: c, \(identity)}
            """)
        let panel = grid(units: ["A", "B"], indicators: ["a", "b", "c"], columns: [[10, .nan], [30, .nan], [80, 40]])
        let result = try IndexPipeline(project: p).compute(panel: panel)
        // A: d1 = 20, d2 = 80, index = (3·20 + 80)/4 = 35.  B: d1 missing, index = d2 = 40.
        #expect(close(result.scores["d1"], [20, .nan]))
        #expect(close(result.scores["index"], [35, 40]))
        #expect(result.missingReasons["d1"] == [1: .noChild])
    }

    @Test("Children present only with weight 0 leave the node missing with the reason")
    func presentWeightsZero() throws {
        let p = try project("framework: {id: index, children: [{id: a, weight: 0, \(identity)}, {id: b, \(identity)}]}\n")
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B"], indicators: ["a", "b"], columns: [[10, 10], [50, .nan]]))
        // A: (0·10 + 1·50)/1 = 50.  B: only `a`, weight 0 → no weighted mean.
        #expect(close(result.scores["index"], [50, .nan]))
        #expect(result.missingReasons["index"] == [1: .zeroWeight])
    }

    // MARK: Geometric mean

    @Test("The geometric mean matches hand values, with weights")
    func geometric() throws {
        let p = try project("""
            framework:
              id: index
              aggregation: geometric
              children:
                - {id: a, weight: 1, \(identity)}
                - {id: b, weight: 3, \(identity)}
            """)
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B", "C"], indicators: ["a", "b"],
                                                                        columns: [[16, 25, 40], [81, 25, .nan]]))
        // A: 16^(1/4) · 81^(3/4) = 2 · 27 = 54.  B: 25.  C: only a (coverage 0.5 ≥ 0.5) → 40.
        #expect(close(result.scores["index"], [54, 25, 40]))
        let equal = try IndexPipeline(project: project(
            "framework: {id: index, aggregation: geometric, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n"
        )).compute(panel: grid(units: ["A"], indicators: ["a", "b"], columns: [[25], [100]]))
        // √(25 · 100) = 50 (the arithmetic mean would be 62.5).
        #expect(close(equal.scores["index"], [50]))
    }

    @Test("A geometric mean over a zero child is an error naming node, child, unit and year")
    func geometricZero() throws {
        let p = try project("""
            framework:
              id: index
              aggregation: geometric
              children:
                - {id: a, \(identity)}
                - {id: b, \(identity)}
            """)
        let panel = grid(units: ["A", "B"], years: [2020, 2021], indicators: ["a", "b"], columns: [[10, 20, 30, 40], [10, 20, 30, 0]])
        do {
            _ = try IndexPipeline(project: p).compute(panel: panel)
            Issue.record("a geometric mean over 0 was accepted")
        } catch let e as InputProblem {
            #expect(e.location == Loc(file: "touchstone.yaml", line: 4, column: 7))
            #expect(e.problemText("en") == "`index` uses a geometric mean, but `b` of unit `B` in 2021 is 0; the log of a value <= 0 is undefined")
            #expect(e.fixText("en") == "normalise to a range above 0 (e.g. `range: [1, 100]`), set `shift:` or `nonpositive: missing` on `index`, or use `aggregation: arithmetic`")
        }
    }

    @Test("`nonpositive: missing` leaves the unit-year missing with the reason")
    func geometricNonPositiveMissing() throws {
        let p = try project("""
            framework:
              id: index
              aggregation: geometric
              nonpositive: missing
              children:
                - {id: a, \(identity)}
                - {id: b, \(identity)}
            """)
        let panel = grid(units: ["A", "B", "C"], indicators: ["a", "b"], columns: [[25, 0, -10], [100, 50, 40]])
        let result = try IndexPipeline(project: p).compute(panel: panel)
        #expect(close(result.scores["index"], [50, .nan, .nan]))
        #expect(result.missingReasons["index"] == [
            1: .outsideDomain(method: .geometric, child: "a", value: 0),
            2: .outsideDomain(method: .geometric, child: "a", value: -10),
        ])
    }

    @Test("`shift:` adds s before the geometric mean and subtracts it after")
    func geometricShift() throws {
        let p = try project("framework: {id: index, aggregation: geometric, shift: 1, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B"], indicators: ["a", "b"], columns: [[0, 1], [3, 7]]))
        // A: √((0+1)(3+1)) − 1 = 2 − 1 = 1.  B: √(2 · 8) − 1 = 3.
        #expect(close(result.scores["index"], [1, 3]))
    }

    @Test("`shift:` does not change an arithmetic mean")
    func shiftIgnoredByArithmetic() throws {
        let p = try project("framework: {id: index, aggregation: arithmetic, shift: 5, children: [{id: a, \(identity)}, {id: b, \(identity)}]}\n")
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A"], indicators: ["a", "b"], columns: [[10], [30]]))
        #expect(close(result.scores["index"], [20]))
    }

    // MARK: Ranks

    @Test("Ranks are within each year, 1 for the best, ties sharing the best rank (1, 2, 2, 4)")
    func ranksWithinYear() throws {
        let p = try project("framework: {id: index, children: [{id: x, \(identity)}]}\n")
        // rows: A20 A21 B20 B21 C20 C21 D20 D21
        let panel = grid(units: ["A", "B", "C", "D"], years: [2020, 2021], indicators: ["x"],
                         columns: [[90, 10, 80, 20, 80, .nan, 70, 40]], groups: ["g1", "g1", "g1", "g2"])
        let result = try IndexPipeline(project: p).compute(panel: panel)
        // 2020: 90, 80, 80, 70 → 1, 2, 2, 4.  2021: 10, 20, –, 40 → 3, 2, none, 1.
        #expect(result.ranks(of: "index") == [1, 3, 2, 2, 2, nil, 4, 1])
        // Peer groups g1 = {A, B, C}, g2 = {D}, within each year.
        #expect(result.groupRanks(of: "index", groupColumn: "group") == [1, 2, 2, 1, 2, nil, 1, 1])
        #expect(result.ranks(of: "x") == result.ranks(of: "index"))
    }

    // MARK: Laws

    @Test("Improving an indicator of one unit never lowers that unit's index (random panels)")
    func monotone() throws {
        let p = try project(lawProject)
        let pipeline = IndexPipeline(project: p)
        var rng = SplitMix64(seed: 20_241_231)
        var checked = 0
        for _ in 0 ..< 60 {
            var panel = randomPanel(&rng)
            let before = try pipeline.compute(panel: panel).scores["index"]!
            let row = rng.int(panel.rows.count)
            let j = rng.int(lawIndicators.count)
            guard !panel.values[row, j].isNaN, !before[row].isNaN else { continue }
            let lower = p.framework.indicators[j].indicator!.direction == .lower
            let step = rng.uniform(0.5, 80)
            panel.values[row, j] += lower ? -step : step
            let after = try pipeline.compute(panel: panel).scores["index"]!
            #expect(after[row] >= before[row] - 1e-9, "row \(row), indicator \(lawIndicators[j]): \(before[row]) → \(after[row])")
            checked += 1
        }
        #expect(checked >= 30)
    }

    @Test("The index does not depend on the order of the units")
    func orderInvariant() throws {
        let pipeline = IndexPipeline(project: try project(lawProject))
        var rng = SplitMix64(seed: 7)
        for _ in 0 ..< 10 {
            let panel = randomPanel(&rng)
            let result = try pipeline.compute(panel: panel)
            // Reverse the units and shuffle the rows.
            let unitCount = panel.units.count
            var order = Array(panel.rows.indices)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(i + 1)) }
            let rows = order.map { Panel.Key(unit: unitCount - 1 - panel.rows[$0].unit, year: panel.rows[$0].year) }
            let columns = (0 ..< panel.values.columns).map { j in order.map { panel.values[$0, j] } }
            let permuted = Panel(units: panel.units.reversed(), indicatorIds: panel.indicatorIds, rows: rows, values: Matrix(columns: columns))
            let other = try pipeline.compute(panel: permuted)
            for node in result.nodes {
                let original = order.map { result.scores[node.id]![$0] }
                #expect(close(other.scores[node.id], original), "node \(node.id)")
            }
            #expect(order.map { result.ranks(of: "index")[$0] } == other.ranks(of: "index"))
        }
    }

    @Test("Min-max results do not change when an indicator is rescaled by a positive factor")
    func rescaleInvariant() throws {
        let pipeline = IndexPipeline(project: try project(lawProject))
        var rng = SplitMix64(seed: 99)
        for _ in 0 ..< 10 {
            let panel = randomPanel(&rng)
            let result = try pipeline.compute(panel: panel)
            var scaled = panel
            let j = rng.int(lawIndicators.count)
            let factor = rng.uniform(0.001, 1000)
            scaled.values.setColumn(j, panel.values.column(j).map { $0 * factor })
            let other = try pipeline.compute(panel: scaled)
            for node in result.nodes {
                #expect(close(other.scores[node.id], result.scores[node.id]!), "node \(node.id), factor \(factor)")
            }
        }
    }
}
