import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Funnel analysis of count indicators")
struct FunnelAnalysisTests {
    @Test("violations per member use the pooled rate, mid-p limits, and a point is beyond a limit exactly when its mid-p is below the level")
    func branches() throws {
        let (project, panel) = try FlagEngineTests.loaded()
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let funnel = try #require(FunnelAnalysis(result: result, indicatorId: "violations", year: 2024))
        let j = panel.indicatorIds.firstIndex(of: "violations")!
        let rows = panel.rows(inYear: 2024).filter { !panel.values[$0, j].isNaN }
        let events = rows.map { Int(panel.values[$0, j]) }
        let exposure = rows.map { panel.units[panel.rows[$0].unit].size! }
        #expect(funnel.points.count == rows.count)
        #expect(abs(funnel.target - Double(events.reduce(0, +)) / exposure.reduce(0, +)) < 1e-15)
        for p in funnel.points {
            let k = rows.firstIndex(of: p.row)!
            let d = PoissonDistribution(mean: funnel.target * exposure[k])
            let (below, above) = (d.cdf(events[k] - 1), d.survival(events[k]))
            let midP = above + 0.5 * (1 - below - above)     // violations: lower is better, so the bad side is above
            #expect(abs(p.pValue - midP) <= 1e-12)
            #expect(p.beyond998 == (midP < 0.001) && p.beyond998 == (p.value > p.limits[1].upper))
            #expect(p.beyond95 == (midP < 0.025) && p.beyond95 == (p.value > p.limits[0].upper), "\(p.events) in \(p.denominator)")
        }
        let b04 = try #require(funnel.points.first { panel.units[panel.rows[$0.row].unit].id == "b04" })
        #expect(b04.events == 6 && b04.denominator == 38 && b04.beyond95 && !b04.beyond998)
    }

    @Test("the funnel flag fires on the bad side only, with its numbers")
    func flag() throws {
        let (project, panel) = try FlagEngineTests.loaded()
        let (result, assessments) = try FlagEngineTests.assess(project, panel)
        let b04 = try #require(assessments.first { result.panel.units[$0.unit].id == "b04" })
        let f = try #require(b04.flags.first { $0.rule == .funnel })
        #expect(f.severity == .low)
        #expect(f.numbers["events"] == 6 && f.numbers["denominator"] == 38)
        // Branches with zero violations are below the lower limit, which is the good side: never flagged.
        #expect(!assessments.contains { a in a.flags.contains { $0.rule == .funnel } && panel.values[a.row!, panel.indicatorIds.firstIndex(of: "violations")!] == 0 })
    }

    @Test("a funnel denominator must be `size` with a size column, or another indicator")
    func validation() throws {
        let base = """
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {id_column: u}
        framework:
          id: index
          children:
            - {id: a, funnel: {denominator: size}}
            - {id: b, funnel: {denominator: nothing}}
        """
        do {
            _ = try ProjectReader.parse(text: base, file: "/tmp/f.yaml")
            Issue.record("accepted")
        } catch let e as InputProblems {
            #expect(e.problems.map { $0.problemText("en") } == [
                "`a` uses `denominator: size` but the unit table declares no `size_column`",
                "`b`: funnel denominator `nothing` is neither `size` nor another indicator"])
        }
    }
}
