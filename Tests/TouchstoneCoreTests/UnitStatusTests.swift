import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats

@Suite("Units shown but not ranked (exempt, new, observer)")
struct UnitStatusTests {
    /// The bundled branches project with `status_column: status` and the given statuses in branches.csv.
    static func branches(status: [String: String]) throws -> Project {
        let source = SharedData.packageRoot.appendingPathComponent("datasets/branches")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("UnitStatus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["indicators.csv", "touchstone.yaml"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let lines = try String(contentsOf: source.appendingPathComponent("branches.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
        let edited = [lines[0] + ",status"] + lines.dropFirst().map { line in line + "," + (status[String(line.prefix { $0 != "," })] ?? "") }
        try (edited.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("branches.csv"), atomically: true, encoding: .utf8)
        var yaml = try String(contentsOf: folder.appendingPathComponent("touchstone.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "  size_column: members\n", with: "  size_column: members\n  status_column: status\n")
        try yaml.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        return try ProjectReader.read(path: folder.path)
    }

    @Test("An exempt unit appears in the tables and in no rank, median or flag")
    func exempt() throws {
        // Make exempt the unit the plain project flags first, and the group's top unit.
        let plain = try IndexPipeline(project: try Self.branches(status: [:])).run()
        let plainFlags = FlagEngine(result: plain, year: 2024).assess()
        let flaggedId = plain.panel.units[try #require(plainFlags.first { $0.status == .flagged }).unit].id
        let project = try Self.branches(status: [flaggedId: "exempt", "b02": "新组建"])
        let result = try IndexPipeline(project: project).run()
        let panel = result.panel
        let u = try #require(panel.unitIndex(flaggedId))
        #expect(panel.units[u].status == .exempt)
        #expect(panel.units[panel.unitIndex("b02")!].status == .new)
        let rows = panel.rows(inYear: 2024)
        let exemptRow = try #require(panel.row(unit: u, year: 2024))

        // Scores are kept and shown; ranks skip it and the others are ranked 1…32 without a gap.
        #expect(!result.scores["index"]![exemptRow].isNaN)
        let ranks = result.ranks(of: "index")
        #expect(ranks[exemptRow] == nil)
        #expect(rows.compactMap { ranks[$0] }.sorted() == Array(1 ... 32))
        var selection = IndexSelection()
        selection.maxDepth = 0
        let table = try IndexReport(result: result, selection: selection).table().terminal()
        #expect(table.contains(flaggedId) && table.contains("exempt") && table.contains("new"))

        // Peer medians and groups leave it out.
        let peers = PeerAnalysis(result: result, groupColumn: "group")
        #expect(!peers.groups(inYear: 2024).values.contains { $0.contains(exemptRow) })
        #expect(!peers.positions(nodeId: "index", year: 2024).contains { $0.row == exemptRow })
        let group = panel.units[u].groups["group"]!
        let others = rows.filter { panel.units[panel.rows[$0].unit].groups["group"] == group && panel.status(row: $0) == nil }
        let median = Descriptive.median(others.map { result.scores["index"]![$0] })
        #expect(peers.positions(nodeId: "index", year: 2024).first { others.contains($0.row) }?.groupMedian == median)

        // Never flagged; the flag report says why; a quota counts 32 ranked units.
        var quota = project
        quota.flags.needsHelp = SelectionRule(size: .share(0.1))
        let r2 = try IndexPipeline(project: quota).run()
        let engine = FlagEngine(result: r2, year: 2024)
        let assessments = engine.assess()
        let a = try #require(assessments.first { $0.unit == u })
        #expect(a.status == .notRanked && a.flags.isEmpty && a.unitStatus == .exempt)
        let text = FlagReport(engine: engine, assessments: assessments, language: "en").text()
        #expect(text.contains("Shown, not ranked: ") && text.contains("\(flaggedId) (exempt: shown, not ranked"))
        #expect(text.contains("bottom 10% of 32 = 3.2, rounded half-up to 3"))

        // Not ranked in the uncertainty analysis either.
        let mc = UncertaintyAnalysis(result: result, year: 2024, runs: 20)
        #expect(mc.summaries.first { $0.unit == u }?.nominalRank == nil)
    }

    @Test("An unknown status is a problem naming the cell")
    func unknownStatus() throws {
        let project = try Self.branches(status: ["b03": "retired"])
        #expect(throws: InputProblems.self) { try PanelLoader(project: project).load() }
    }

    @Test("A status given per year leaves the unit ranked in its other years")
    func perYear() throws {
        let s = try VoteScratch()
        let project = try s.project("""
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit, year_column: year, status_column: status}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """, data: """
            unit,year,status,a,b
            u1,2020,,1,2
            u1,2021,,2,3
            u2,2020,new,5,5
            u2,2021,,6,6
            u3,2020,,3,1
            u3,2021,observer,4,2
            """)
        let result = try IndexPipeline(project: project).run()
        let ranks = result.ranks(of: "index")
        let row = { (u: String, y: Int) in result.panel.row(unit: result.panel.unitIndex(u)!, year: y)! }
        #expect(ranks[row("u2", 2020)] == nil && ranks[row("u2", 2021)] == 1)
        #expect(ranks[row("u3", 2021)] == nil && ranks[row("u3", 2020)] != nil)
        #expect(result.rankedRows(inYear: 2021).count == 2)
    }
}
