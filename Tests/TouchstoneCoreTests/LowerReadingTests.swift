import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

/// Under an aggregate declared `direction: lower` every node reads lower as better
/// (`FrameworkNode.readsLowerBetter`): the State Fragility Index's components add up to the published total,
/// so a higher component is worse, in ranks and peer positions (`compare`'s ▲/▼) alike.
@Suite("Nodes under a higher-is-worse aggregate read lower as better")
struct LowerReadingTests {
    static func project(root: String) throws -> Project {
        try ProjectReader.parse(text: """
            data: {file: data.csv, unit_column: unit, year_column: year}
            defaults: {normalisation: none, aggregation: sum}
            framework: {id: total\(root), children: [{id: dim, children: [{id: a}, {id: b}]}, {id: c}]}
            """, file: "touchstone.yaml")
    }

    static let panel = Panel(units: (0 ..< 5).map { UnitInfo(id: "u\($0)") }, indicatorIds: ["a", "b", "c"],
                             rows: (0 ..< 5).map { Panel.Key(unit: $0, year: 2020) },
                             values: Matrix(columns: [[1, 5, 1, 9, 2], [0, 0, 0, 1, 0], [2, 2, 2, 2, 2]]))

    @Test("readsLowerBetter: the declared node and everything under it; nothing in a higher-is-better tree")
    func reading() throws {
        let lower = try Self.project(root: ", direction: lower").framework, higher = try Self.project(root: "").framework
        for id in ["total", "dim", "a", "b", "c"] {
            #expect(lower.readsLowerBetter(id), "\(id)")
            #expect(!higher.readsLowerBetter(id), "\(id)")
        }
        #expect(!lower.readsLowerBetter("nope"))
        // On the reversed scale every aggregate reads higher as better again.
        #expect(!(try Self.project(root: ", direction: lower")).reversedForJudging { _ in "" }.framework.readsLowerBetter("a"))
    }

    @Test("Under a lower-is-better index the components rank lowest first and their robust z is positive below the median")
    func ranksAndPositions() throws {
        let result = try IndexPipeline(project: Self.project(root: ", direction: lower")).compute(panel: Self.panel)
        #expect(result.ranks(of: "a") == [1, 4, 1, 5, 3])
        #expect(result.ranks(of: "dim") == [1, 4, 1, 5, 3])
        let positions = PeerAnalysis(result: result, groupColumn: nil).positions(nodeId: "a", year: 2020)
        let worst = try #require(positions.first { $0.row == 3 }), best = try #require(positions.first { $0.row == 0 })
        #expect((worst.robustZInGroup ?? 0) < 0 && (best.robustZInGroup ?? 0) > 0, "\(worst.robustZInGroup as Any) \(best.robustZInGroup as Any)")
        // Higher-is-better: as before.
        let plain = try IndexPipeline(project: Self.project(root: "")).compute(panel: Self.panel)
        #expect(plain.ranks(of: "a") == [4, 2, 4, 1, 3])
    }
}
