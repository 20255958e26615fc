import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

/// The reversed scale a higher-is-worse index is judged on (`Project.reversedForJudging()`) is the exact
/// mirror of the published index: every indicator score is `c − s` of the declared score, so the ranks are
/// exactly reversed and ties kept, also for distance-to-target and rating scores, which turning the direction
/// over does not mirror (`min(x/t, 1)` vs `min(t/x, 1)`).
@Suite("The reversed scale of a higher-is-worse index is the exact mirror of the published index")
struct ReversedScaleTests {
    /// `datasets/branches` with every indicator turned over and the index declared `direction: lower`
    /// (distance-to-target and rating indicators included), and its panel.
    static func higherIsWorse() throws -> (Project, Panel) {
        var (project, panel) = try FlagEngineTests.loaded()
        func turn(_ node: FrameworkNode) -> FrameworkNode {
            var node = node
            if var spec = node.indicator { spec.direction = spec.direction == .higher ? .lower : .higher; node.indicator = spec }
            node.children = node.children.map(turn)
            return node
        }
        project.framework = turn(project.framework)
        project.framework.direction = .lower
        return (project, panel)
    }

    @Test("Every score on the reversed scale is 100 − the published score (within the tie tolerance) (min-max, goalposts, distance to target, ratings on [0, 100], arithmetic means), and the index ranks are the published ranks")
    func mirroredScores() throws {
        let (project, panel) = try Self.higherIsWorse()
        let published = try IndexPipeline(project: project).compute(panel: panel)
        let judged = try IndexPipeline(project: project.reversedForJudging { _ in "" }).compute(panel: panel)
        let kinds = Set(project.framework.indicators.compactMap { $0.indicator?.normalisation?.method })
        #expect(kinds.contains(.distanceToTarget), "the test needs a distance-to-target indicator")
        var compared = 0
        for node in project.framework.preorder() {
            let p = published.scores[node.id]!, j = judged.scores[node.id]!
            for row in p.indices {
                #expect(p[row].isNaN == j[row].isNaN, "\(node.id) row \(row)")
                guard !p[row].isNaN else { continue }
                #expect(abs(j[row] - (100 - p[row])) <= 1e-6, "\(node.id) row \(row): \(j[row]) vs 100 − \(p[row])")
                compared += 1
            }
        }
        #expect(compared > 34 * 6 * 20)
        // Published: direction lower, rank 1 = lowest index. Reversed: rank 1 = highest reversed score. The same units, the same ties.
        #expect(judged.ranks(of: "index") == published.ranks(of: "index"))
        // Turned over alone, distance to target is no mirror: the old reversal's scores were not 100 − published.
        var turnedBack = project
        turnedBack.framework = Self.turnedBack(project.framework)
        let old = try IndexPipeline(project: turnedBack).compute(panel: panel)
        #expect(old.scores["meetings_completed"]!.indices.contains { row in
            let p = published.scores["meetings_completed"]![row]
            return !p.isNaN && abs(old.scores["meetings_completed"]![row] - (100 - p)) > 1e-6
        })
    }

    /// The framework with every indicator turned over again and the index higher-is-better (the reversal
    /// before the mirror).
    static func turnedBack(_ node: FrameworkNode) -> FrameworkNode {
        var node = node
        if var spec = node.indicator { spec.direction = spec.direction == .higher ? .lower : .higher; node.indicator = spec } else { node.direction = .higher }
        node.children = node.children.map(turnedBack)
        return node
    }

    @Test("normalisation none with a sum: the reversed index is −index bit for bit, ties kept (State Fragility form)")
    func noneSumNegates() throws {
        let project = try ProjectReader.parse(text: """
            data: {file: data.csv, unit_column: unit, year_column: year}
            defaults: {normalisation: none, aggregation: sum}
            framework: {id: total, direction: lower, children: [{id: a}, {id: b}, {id: c, weight: 0.1}]}
            """, file: "touchstone.yaml")
        let a: [Double] = [3, 1, 2, 0.1, 7, 2], b: [Double] = [0.2, 2.2, 1.2, 3, .nan, 1.2], c: [Double] = [0.3, 0.3, 0.3, 1, 2, 0.3]
        let panel = Panel(units: (0 ..< 6).map { UnitInfo(id: "u\($0)") }, indicatorIds: ["a", "b", "c"],
                          rows: (0 ..< 6).map { Panel.Key(unit: $0, year: 2020) }, values: Matrix(columns: [a, b, c]))
        let published = try IndexPipeline(project: project).compute(panel: panel)
        let judged = try IndexPipeline(project: project.reversedForJudging { _ in "" }).compute(panel: panel)
        for id in ["total", "a", "b", "c"] {
            for (p, j) in zip(published.scores[id]!, judged.scores[id]!) { #expect(p.isNaN ? j.isNaN : j == -p, "\(id): \(j) vs −\(p)") }
        }
        #expect(judged.ranks(of: "total") == published.ranks(of: "total"))
        #expect(published.ranks(of: "total")[2] == published.ranks(of: "total")[5], "u2 and u5 tie")
    }
}
