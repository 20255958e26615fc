import Foundation
import Testing
import TouchstoneStats
import TouchstoneOutput
@testable import TouchstoneCore

/// A temporary project folder: writes `touchstone.yaml` and `data.csv`, reads and loads them.
struct VoteScratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("VoteTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func project(_ yaml: String, data: String) throws -> Project {
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("touchstone.yaml"))
        try Data(data.utf8).write(to: folder.appendingPathComponent("data.csv"))
        return try ProjectReader.read(path: folder.path)
    }
}

@Suite("Vote-distribution indicators")
struct VoteIndicatorTests {
    static let levels = "{优秀: 100, 良好: 80, 一般: 60, 较差: 0}"

    @Test("b01's 2019 votes, 11/5/8/7 of 31 with values 100/80/60/0, score 63.9")
    func b01Score() {
        let counts: [Double] = [11, 5, 8, 7]
        let values: [Double] = [100, 80, 60, 0]
        let score = VoteShares.summarise(counts, values: values, summary: .score)[0]
        #expect((score * 10).rounded() / 10 == 63.9)
        #expect(abs(score - 1980.0 / 31) < 1e-12)
        #expect(abs(VoteShares.summarise(counts, values: values, summary: .excellent)[0] - 1100.0 / 31) < 1e-12)
        #expect(abs(VoteShares.summarise(counts, values: values, summary: .satisfied)[0] - 1600.0 / 31) < 1e-12)
        #expect(abs(VoteShares.summarise(counts, values: values, summary: .unsatisfied)[0] - 700.0 / 31) < 1e-12)
    }

    @Test("A unanimous 优秀 branch scores 100, a row without voters is missing")
    func edges() {
        let s = VoteShares.summarise([9, 0, 0, 0, .nan, .nan, .nan, .nan, 0, 0, 0, 0], values: [100, 80, 60, 0], summary: .score)
        #expect(s[0] == 100)
        #expect(s[1].isNaN && s[2].isNaN)
    }

    @Test("A wide file with one count column per level is read into the score, with the counts kept")
    func wide() throws {
        let s = try VoteScratch()
        let project = try s.project("""
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework:
              id: index
              children:
                - {id: appraisal, type: votes, levels: \(Self.levels), min_voters: 10}
                - {id: rate, type: votes, column: appraisal, levels: \(Self.levels), summary: satisfied_rate}
            """, data: """
            unit,year,appraisal_优秀,appraisal_良好,appraisal_一般,appraisal_较差
            b01,2019,11,5,8,7
            b02,2019,3,,2,1
            """)
        let out = try PanelLoader(project: project).load()
        #expect(abs(out.panel.values[0, 0] - 1980.0 / 31) < 1e-9)
        #expect(abs(out.panel.values[0, 1] - 1600.0 / 31) < 1e-9)
        #expect(abs(out.panel.values[1, 0] - 420.0 / 6) < 1e-9)
        #expect(out.panel.votes["appraisal"]?.voters(row: 1) == 6)
        #expect(out.diagnostics.contains { $0.text("en").contains("fewer than 10 voters") && $0.text("en").contains("b02 2019 (6)") })
        #expect(out.diagnostics.contains { $0.text("en").contains("1 blank vote counts") })
    }

    @Test("Long level/count rows give the same score as the wide columns")
    func long() throws {
        let s = try VoteScratch()
        let project = try s.project("""
            data: {file: data.csv, layout: long, unit_column: unit, year_column: year}
            units: {id_column: unit}
            defaults: {vote_levels: \(Self.levels)}
            framework: {id: index, children: [{id: appraisal, type: votes}, {id: x}]}
            """, data: """
            unit,year,indicator,value
            b01,2019,appraisal_优秀,11
            b01,2019,appraisal_良好,5
            b01,2019,appraisal_一般,8
            b01,2019,appraisal_较差,7
            b01,2019,x,1
            """)
        let out = try PanelLoader(project: project).load()
        #expect(abs(out.panel.values[0, 0] - 1980.0 / 31) < 1e-9)
    }

    @Test("A negative or fractional count is a problem naming the unit, year and level")
    func badCount() throws {
        let s = try VoteScratch()
        let project = try s.project("""
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework: {id: index, children: [{id: appraisal, type: votes, levels: {好: 1, 差: 0}}, {id: x}]}
            """, data: "unit,year,appraisal_好,appraisal_差,x\nb01,2019,2.5,1,3\n")
        #expect(throws: InputProblems.self) { try PanelLoader(project: project).load() }
    }

    @Test("A vote indicator without levels is a project problem")
    func noLevels() throws {
        let s = try VoteScratch()
        #expect(throws: (any Error).self) {
            _ = try s.project("""
                data: {file: data.csv, unit_column: unit, year_column: year}
                units: {id_column: unit}
                framework: {id: index, children: [{id: appraisal, type: votes}, {id: x}]}
                """, data: "unit,year,x\nb01,2019,1\n")
        }
    }

    @Test("A branch with 8 voters gets a wider rank interval than one with 40 and the same shares")
    func votersDriveUncertainty() throws {
        let s = try VoteScratch()
        // Two indicators; `few` (8 voters) and `many` (40) have the same shares and the same `x`.
        var rows = ["unit,year,appraisal_优秀,appraisal_良好,appraisal_一般,appraisal_较差,x"]
        rows.append("few,2020,4,2,1,1,50")
        rows.append("many,2020,20,10,5,5,50")
        for k in 0 ..< 12 {
            let good = 8 + 2 * k
            rows.append("u\(k),2020,\(good),\(40 - good - 6),4,2,\(40 + k)")
        }
        let project = try s.project("""
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework: {id: index, children: [{id: appraisal, type: votes, levels: \(Self.levels)}, {id: x}]}
            uncertainty: {runs: 400, weights: 0, seed: 3}
            """, data: rows.joined(separator: "\n") + "\n")
        let result = try IndexPipeline(project: project).run()
        let analysis = UncertaintyAnalysis(result: result, year: 2020)
        let width = { (id: String) -> Double in
            let u = result.panel.unitIndex(id)!
            let s = analysis.summaries.first { $0.unit == u }!
            return s.highRank - s.lowRank
        }
        #expect(width("few") > width("many") + 2)

        var fixed = project.uncertainty
        fixed.votes = false
        let still = UncertaintyAnalysis(result: result, year: 2020, settings: fixed)
        #expect(still.summaries.allSatisfy { $0.highRank == $0.lowRank })
    }

    @Test("A funnel on a vote indicator compares the share of the lowest level out of the voters")
    func funnel() throws {
        let s = try VoteScratch()
        var rows = ["unit,year,appraisal_优秀,appraisal_良好,appraisal_一般,appraisal_较差,x"]
        for k in 0 ..< 12 { rows.append("u\(k),2020,20,12,\(6 - k % 3),\(2 + k % 3),\(k)") }
        rows.append("bad,2020,10,6,6,18,5")
        let project = try s.project("""
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework: {id: index, children: [{id: appraisal, type: votes, levels: \(Self.levels), funnel: {overdispersion: none}}, {id: x}]}
            """, data: rows.joined(separator: "\n") + "\n")
        let result = try IndexPipeline(project: project).run()
        let f = try #require(FunnelAnalysis(result: result, indicatorId: "appraisal", year: 2020))
        #expect(f.spec.model == .proportion)
        let bad = try #require(f.points.first { result.panel.rows[$0.row].unit == result.panel.unitIndex("bad") })
        #expect(bad.events == 18 && bad.denominator == 40)
        #expect(bad.beyond998)
        #expect(f.points.filter(\.beyond95).count == 1)
    }

    @Test("The bundled appraisal example scores b01's 2019 votes 63.9 and keeps its exempt and new branches unranked")
    func bundledExample() throws {
        let project = try ProjectReader.read(path: SharedData.packageRoot.appendingPathComponent("datasets/appraisal").path)
        let result = try IndexPipeline(project: project).run()
        let b01 = try #require(result.panel.row(unit: result.panel.unitIndex("b01")!, year: 2019))
        #expect((result.scores["appraisal"]![b01] * 10).rounded() / 10 == 63.9)
        let ranks = result.ranks(of: "index")
        for id in ["b12", "b34"] { #expect(ranks[result.panel.row(unit: result.panel.unitIndex(id)!, year: 2024)!] == nil) }
        let flags = FlagEngine(result: result, year: 2024).assess()
        #expect(flags.filter { $0.status == .exemplar }.count == 3)
    }

    @Test("不满意率 is lower-is-better unless the indicator says otherwise")
    func unsatisfiedDirection() throws {
        let s = try VoteScratch()
        let project = try s.project("""
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            defaults: {vote_levels: \(Self.levels)}
            framework:
              id: index
              children:
                - {id: bad, column: appraisal, type: votes, summary: unsatisfied_rate}
                - {id: bad_up, column: appraisal, type: votes, summary: unsatisfied_rate, direction: higher}
                - {id: good, column: appraisal, type: votes, summary: excellent_rate}
            """, data: "unit,year,appraisal_优秀,appraisal_良好,appraisal_一般,appraisal_较差\nb01,2019,11,5,8,7\n")
        let directions = project.framework.indicators.map { $0.indicator!.direction }
        #expect(directions == [.lower, .higher, .higher])
    }

    @Test("Long rows with a level column (indicator, level, count) give the same score")
    func levelColumn() throws {
        let s = try VoteScratch()
        let project = try s.project("""
            data: {file: data.csv, layout: long, unit_column: unit, year_column: year, level_column: level}
            units: {id_column: unit}
            framework: {id: index, children: [{id: appraisal, type: votes, levels: \(Self.levels)}, {id: x}]}
            """, data: """
            unit,year,indicator,level,value
            b01,2019,appraisal,优秀,11
            b01,2019,appraisal,良好,5
            b01,2019,appraisal,一般,8
            b01,2019,appraisal,较差,7
            b01,2019,x,,1
            """)
        let out = try PanelLoader(project: project).load()
        #expect(abs(out.panel.values[0, 0] - 1980.0 / 31) < 1e-9)
        #expect(out.panel.values[0, 1] == 1)
    }
}
