import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

/// Same numbers on every machine: twins tie wherever they stand, scores stay in their range, and units whose
/// components differ but whose exact totals are equal share one rank and the same flags.
@Suite("Ties and deterministic arithmetic")
struct TieDeterminismTests {
    static let head = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"

    static func panel(_ rows: [[Double]], years: [Int], indicators: [String]) -> Panel {
        let n = rows.count / years.count
        let keys = (0 ..< n).flatMap { u in years.map { Panel.Key(unit: u, year: $0) } }
        return Panel(units: (0 ..< n).map { UnitInfo(id: "u\($0)", groups: [:]) }, indicatorIds: indicators, rows: keys,
                     values: Matrix(columns: indicators.indices.map { j in rows.map { $0[j] } }))
    }

    /// Four indicators weighted 0.1 / 0.3 / 0.7 / 0.1 (the weights of the issue's minimal case).
    static func fourWeights() throws -> Project {
        try ProjectReader.parse(text: head + """
            framework:
              id: index
              children:
                - {id: a, weight: 0.1}
                - {id: b, weight: 0.3}
                - {id: c, weight: 0.7}
                - {id: d, weight: 0.1}
            """, file: "touchstone.yaml")
    }

    @Test("copies of a unit at the first, middle and last positions and in and out of 4- and 8-wide blocks get identical scores and one rank")
    func twins() throws {
        let project = try Self.fourWeights()
        var g = NodeEvaluatorLawTests.Rng(state: 5)
        let twin = [3.0, 7.0, 11.0, 2.0]
        let positions: Set = [0, 3, 4, 7, 8, 18, 36]
        let rows = (0 ..< 37).map { i in positions.contains(i) ? twin : (0 ..< 4).map { _ in (g.uniform() * 30).rounded() / 2 } }
        let result = try IndexPipeline(project: project).compute(panel: Self.panel(rows, years: [2020], indicators: ["a", "b", "c", "d"]))
        let index = result.scores["index"]!, ranks = result.ranks(of: "index")
        let first = index[0]
        for p in positions {
            #expect(index[p].bitPattern == first.bitPattern, "position \(p): \(index[p]) vs \(first)")
            #expect(ranks[p] == ranks[0], "position \(p)")
        }
        #expect(index.allSatisfy { $0 >= 0 && $0 <= 100 })
    }

    @Test("a unit best on every indicator scores exactly 100, never above, with weights 0.1/0.3/0.7/0.1")
    func bounded() throws {
        let project = try Self.fourWeights()
        let rows: [[Double]] = [[9, 9, 9, 9], [1, 2, 3, 4], [5, 1, 2, 7], [2, 8, 1, 1]]
        let result = try IndexPipeline(project: project).compute(panel: Self.panel(rows, years: [2020], indicators: ["a", "b", "c", "d"]))
        #expect(result.scores["index"]![0] == 100)
        // The mean of equal values is that value: the clamp to [min, max] of the children guarantees it
        // (unclamped, (0.1·100 + 0.3·100 + 0.7·100 + 0.1·100)/1.2 is 99.99999999999999 here).
        #expect(NodeMean.evaluate(row: [100, 100, 100, 100], weights: [0.1, 0.3, 0.7, 0.1], rule: .init(exponent: 1)).value == 100)
    }

    /// The State Fragility case: eight integer components, the index their mean; units are permutations of
    /// one another's components, so their exact totals are equal and only rounding separates them.
    @Test("units whose components differ but whose exact totals are equal share one rank and get the same flags")
    func equalTotals() throws {
        let ids = (1 ... 8).map { "c\($0)" }
        let project = try ProjectReader.parse(text: Self.head + """
            defaults: {normalisation: {method: goalposts, range: [0, 100]}}
            flags: {verify_paths: false}
            framework:
              id: index
              children:
            \(ids.map { "    - {id: \($0), goalposts: {lower: 0, upper: 3}}" }.joined(separator: "\n"))
            """, file: "touchstone.yaml")
        let base: [Double] = [1, 2, 1, 0, 1, 2, 0, 0]
        var g = NodeEvaluatorLawTests.Rng(state: 9)
        let years = Array(2019 ... 2024)
        var rows: [[Double]] = []
        // 12 permutations of `base` (low totals: these are the units at the bottom), then 20 ordinary units.
        var tied: [[Double]] = []
        while tied.count < 12 {
            var p = base
            for i in stride(from: p.count - 1, to: 0, by: -1) { p.swapAt(i, g.int(i + 1)) }
            tied.append(p)
        }
        for p in tied { for _ in years { rows.append(p) } }
        for _ in 0 ..< 20 { for _ in years { rows.append((0 ..< 8).map { _ in Double(2 + g.int(2)) }) } }
        let panel = Self.panel(rows, years: years, indicators: ids)
        let exact = try IndexPipeline(project: project).compute(panel: panel, snapTies: false)
        let tiedRows = (0 ..< 12).map { panel.row(unit: $0, year: 2024)! }
        let rawTotals = Set(tiedRows.map { exact.scores["index"]![$0].bitPattern })
        #expect(rawTotals.count > 1, "the permutations must round differently, or this test proves nothing")

        let result = try IndexPipeline(project: project).compute(panel: panel)
        let ranks = result.ranks(of: "index")
        #expect(Set(tiedRows.map { ranks[$0]! }).count == 1, "tied units share one rank: \(tiedRows.map { ranks[$0]! })")
        let assessments = FlagEngine(result: result, year: 2024).assess()
        let rules = tiedRows.map { row in
            Set(assessments.first { $0.unit == panel.rows[row].unit }!.flags.map(\.rule))
        }
        #expect(Set(rules).count == 1, "tied units get the same flags: \(rules)")
        #expect(rules[0].contains(.lowLevel), "the tied group is at the bottom and is flagged for its level")
    }

    @Test("tie snapping ignores the order of the values and keeps missing values missing")
    func snapOrder() {
        let a = [41.666666666666664, 41.66666666666666, 40, .nan, 41.66666666666667]
        let s = Ties.snap(a)
        #expect(s[0] == s[1] && s[1] == s[4] && s[2] == 40 && s[3].isNaN)
        let reversed = Ties.snap(a.reversed())
        #expect(Array(reversed.reversed()).elementsEqual(s) { $0.isNaN ? $1.isNaN : $0 == $1 })
        #expect(Ranking.competitionRanks(a) == [1, 1, 4, nil, 1])
    }
}
