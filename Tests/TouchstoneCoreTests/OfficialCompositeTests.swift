import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

/// Official composites as written: `normalisation: none`, `aggregation: sum` and `direction: lower` on an
/// aggregate (the State Fragility Index's form; its published totals are checked in the CLI tests).
@Suite("normalisation none, aggregation sum, lower-is-better aggregates")
struct OfficialCompositeTests {
    /// Two indicators `a`, `b` under `total`, with the given defaults and root keys.
    func project(defaults: String, root: String = "") throws -> Project {
        try ProjectReader.parse(text: """
            data: {file: data.csv, unit_column: unit, year_column: year}
            defaults: {\(defaults)}
            framework: {id: total\(root), children: [{id: a}, {id: b, direction: lower}]}
            """, file: "touchstone.yaml")
    }

    func panel(_ a: [Double], _ b: [Double]) -> Panel {
        let n = a.count
        return Panel(units: (0 ..< n).map { UnitInfo(id: "u\($0)") }, indicatorIds: ["a", "b"],
                     rows: (0 ..< n).map { Panel.Key(unit: $0, year: 2020) }, values: Matrix(columns: [a, b]))
    }

    @Test("normalisation: none keeps the raw values as scores (a lower-is-better indicator is negated)")
    func noneKeepsRawValues() throws {
        let result = try IndexPipeline(project: project(defaults: "normalisation: none")).compute(panel: panel([3, 7.5, .nan], [1, 2, 4]))
        #expect(result.scores["a"]!.prefix(2) == [3, 7.5] && result.scores["a"]![2].isNaN)
        #expect(result.scores["b"]! == [-1, -2, -4])
    }

    @Test("aggregation: sum adds the weighted children exactly; a missing child is filled by the present children's mean")
    func sumAddsChildren() throws {
        let p = try ProjectReader.parse(text: """
            data: {file: data.csv, unit_column: unit, year_column: year}
            defaults: {normalisation: none, aggregation: sum}
            framework: {id: total, children: [{id: a}, {id: b, weight: 2}]}
            """, file: "touchstone.yaml")
        let result = try IndexPipeline(project: p).compute(panel: panel([3, 0.1, 5], [5, 0.2, .nan]))
        #expect(result.scores["total"]![0] == 13)                       // 3 + 2·5
        #expect(result.scores["total"]![1] == 0.1 + 2 * 0.2)            // the plain sum, bit for bit
        #expect(result.scores["total"]![2] == 5 * 3)                    // mean of the present (5) × total weight 3
    }

    @Test("The sum kernel agrees row by row and as a matrix, and is not clamped to the children's range")
    func sumKernel() {
        let rule = NodeMean.Rule(exponent: 1, sum: true)
        #expect(NodeMean.evaluate(row: [3, 5, 8], weights: [1, 1, 1], rule: rule).value == 16)
        #expect(NodeMean.evaluate(row: [3, .nan, 8], weights: [1, 1, 1], rule: rule).value == 16.5)
        let m = NodeMean.evaluate(Matrix(columns: [[3, 3], [5, .nan], [8, 8]]), weights: [1, 1, 1], rule: rule)
        #expect(m.values == [16, 16.5])
        #expect(NodeMean.Rule(exponent: 0, shift: 2, sum: true) == NodeMean.Rule(exponent: 1, sum: true), "a sum has no transform or shift")
    }

    @Test("direction: lower on the index ranks the lowest score first; ties share the best rank")
    func lowerRanksLowestFirst() throws {
        let result = try IndexPipeline(project: project(defaults: "normalisation: none, aggregation: sum", root: ", direction: lower"))
            .compute(panel: panel([1, 5, 1, 9], [0, 0, 0, -1]))
        // totals a − b: 1, 5, 1, 10
        #expect(result.ranks(of: "total") == [1, 3, 1, 4])
        #expect(result.project.framework.direction == .lower)
    }

    @Test("normalisation: a method name alone is accepted, and an unknown one suggests the closest")
    func scalarNormalisation() throws {
        #expect(try project(defaults: "normalisation: none").defaults.normalisation.method == .identity)
        #expect(throws: InputProblems.self) { try project(defaults: "normalisation: nnoe") }
    }
}
