import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Trend analysis and classification")
struct TrendAnalysisTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func branches() throws -> IndexResult {
        try IndexPipeline(project: try ProjectReader.read(path: root.appendingPathComponent("datasets/branches").path)).run()
    }

    /// The generator's planted stories (datasets/branches/truth.csv).
    static func truth() throws -> [String: String] {
        let table = try CSVReader.read(path: root.appendingPathComponent("datasets/branches/truth.csv").path)
        var stories: [String: String] = [:]
        for row in table.rows where ["improver", "decliner", "stagnant", "volatile", "exemplar", "ordinary"].contains(row[1]) {
            stories[row[0]] = row[1]
        }
        return stories
    }

    @Test("the planted improvers, decliner, stagnant and volatile branches are classified as planted; the exemplar is not flagged")
    func plantedStories() throws {
        let result = try Self.branches()
        let analysis = TrendAnalysis(result: result, nodes: ["index"])
        let truth = try Self.truth()
        let expected: [String: TrendClass] = ["improver": .improving, "decliner": .declining, "stagnant": .stagnantBelowPeers, "volatile": .volatile]
        var checked = 0
        for (unit, story) in truth {
            let row = try #require(analysis.row(unit: result.panel.unitIndex(unit)!, nodeId: "index"))
            if let cls = expected[story] {
                #expect(row.trendClass == cls, "\(unit) (\(story)) classified \(row.trendClass)")
                checked += 1
            }
            if story == "exemplar" {
                #expect([.improving, .stable].contains(row.trendClass), "exemplar \(unit) classified \(row.trendClass)")
            }
        }
        #expect(checked >= 6)
    }

    @Test("the evidence carries the exact Mann–Kendall p for six years without ties")
    func evidence() throws {
        let result = try Self.branches()
        let analysis = TrendAnalysis(result: result, nodes: ["index"])
        let improver = try #require(analysis.row(unit: result.panel.unitIndex("b06")!, nodeId: "index"))
        // Strictly rising over 6 years: S = 15; exact two-sided p = 2·(1/720) = 1/360.
        #expect(improver.series.mannKendall?.s == 15)
        #expect(improver.series.mannKendall?.pMethod == .exact)
        #expect(abs(improver.evidence.pValue! - 1.0 / 360.0) < 1e-12)
        let volatile = try #require(analysis.row(unit: result.panel.unitIndex("b32")!, nodeId: "index"))
        #expect(volatile.evidence.reversals == 4)
        #expect(volatile.evidence.possibleReversals == 4)
    }

    @Test("a missing year is a gap in real time, not a shift")
    func realTime() throws {
        let result = try Self.branches()
        let u = result.panel.unitIndex("b06")!
        let analysis = TrendAnalysis(result: result, nodes: ["index"], span: 2019 ... 2024, units: [u])
        let values = analysis.row(unit: u, nodeId: "index")!.series.values
        // Drop 2021 by hand and compare with the kernels on real years.
        var gapped = values
        gapped[2] = .nan
        let series = SeriesTrend(years: [2019, 2020, 2021, 2022, 2023, 2024], values: gapped, settings: TrendSettings())
        let direct = OLSTrend.fit(times: [2019, 2020, 2022, 2023, 2024], values: [values[0], values[1], values[3], values[4], values[5]]).value!
        #expect(series.n == 5)
        #expect(abs(series.ols!.slope - direct.slope) < 1e-12)
        let compressed = OLSTrend.fit(times: [0, 1, 2, 3, 4], values: [values[0], values[1], values[3], values[4], values[5]]).value!
        #expect(abs(series.ols!.slope - compressed.slope) > 1e-3)   // index time would give another slope
    }

    @Test("fewer years than min_points give insufficient data, never a test result")
    func insufficient() throws {
        let result = try Self.branches()
        let analysis = TrendAnalysis(result: result, nodes: ["index"], span: 2022 ... 2024)
        #expect(analysis.rows.allSatisfy { $0.trendClass == .insufficientData })
        #expect(analysis.rows.allSatisfy { $0.series.mannKendall == nil && $0.series.theilSen == nil && $0.series.ols == nil })
        #expect(analysis.rows.allSatisfy { $0.series.change != nil })   // first/last/change still shown
    }

    @Test("year-over-year contributions plus the coverage effect sum exactly to the index change")
    func decompositionSums() throws {
        let result = try Self.branches()
        for u in result.panel.units.indices {
            for d in ChangeDecomposition.yearOverYear(result: result, unit: u, years: result.panel.years) {
                let dims = result.root.children.compactMap { d.contributions[$0.id] }.reduce(0, +)
                let leaves = result.root.indicators.compactMap { d.contributions[$0.id] }.reduce(0, +)
                #expect(abs(dims + d.coverageEffect - d.change) < 1e-9)
                #expect(abs(leaves + d.coverageEffect - d.change) < 1e-9)
            }
        }
        // b01 lacks theory_test_score in 2020: a coverage effect appears in 2019→2020 and 2020→2021 only.
        let b01 = ChangeDecomposition.yearOverYear(result: result, unit: result.panel.unitIndex("b01")!, years: result.panel.years)
        #expect(b01.map { abs($0.coverageEffect) > 1e-9 } == [true, true, false, false, false])
    }

    @Test("per-year normalisation raises the comparability warning")
    func comparabilityGuard() throws {
        var project = try ProjectReader.read(path: Self.root.appendingPathComponent("datasets/branches").path)
        let panel = try PanelLoader(project: project).load().panel
        #expect(TrendAnalysis(result: try IndexPipeline(project: project).compute(panel: panel), nodes: ["index"]).diagnostics.isEmpty)
        project.defaults.normalisation.scope = .year
        func perYear(_ node: FrameworkNode) -> FrameworkNode {
            var n = node
            if var spec = n.indicator?.normalisation, spec.method == .minMax { spec.scope = .year; n.indicator?.normalisation = spec }
            n.children = n.children.map(perYear)
            return n
        }
        project.framework = perYear(project.framework)
        let analysis = TrendAnalysis(result: try IndexPipeline(project: project).compute(panel: panel), nodes: ["index"])
        #expect(analysis.diagnostics.count == 1)
        #expect(analysis.diagnostics[0].kind == .trendsOnPerYearScores)
    }

    @Test("rank trajectories give first, last, best, worst and the change")
    func trajectory() throws {
        let result = try Self.branches()
        let analysis = TrendAnalysis(result: result, nodes: ["index"])
        let t = try #require(analysis.trajectories.first { result.panel.units[$0.unit].id == "b21" })
        #expect(t.ranks.first! == 5 && t.ranks.last! == 34)
        #expect(t.change == -29)
        #expect(t.ranks == [5, 4, 14, 28, 33, 34])   // touchstone index --all-years --level 0 --format csv
        #expect(t.best == 4 && t.worst == 34)
        #expect(t.units == [34, 34, 34, 34, 34, 34])
    }

    @Test("trend settings are read from the project file and checked")
    func settings() throws {
        let base = """
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {id_column: u, group_columns: [g]}
        framework: {id: index, children: [{id: a}]}
        """
        let p = try ProjectReader.parse(text: base + "\ntrends: {min_points: 5, alpha: 0.1, stagnant_years: 2, hamed_rao: true, peer_group: g}\n", file: "/tmp/t.yaml")
        #expect(p.trends.minimumPoints == 5 && p.trends.alpha == 0.1 && p.trends.stagnantYears == 2 && p.trends.hamedRao && p.trends.peerGroup == "g")
        #expect(throws: InputProblems.self) { try ProjectReader.parse(text: base + "\ntrends: {alpha: 1.5}\n", file: "/tmp/t.yaml") }
        do {
            _ = try ProjectReader.parse(text: base + "\ntrends: {peer_group: region}\n", file: "/tmp/t.yaml")
            Issue.record("an undeclared peer group was accepted")
        } catch let e as InputProblems {
            #expect(e.problems[0].problemText("en").contains("`peer_group: region` is not one of the unit table's `group_columns`"))
        }
    }
}
