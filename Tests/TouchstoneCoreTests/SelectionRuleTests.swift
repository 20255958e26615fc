import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import Yams

@Suite("Selection rules as the commission writes them")
struct SelectionRuleTests {
    static func branches(_ edit: (inout Project) -> Void) throws -> (IndexResult, [UnitAssessment], FlagEngine) {
        var project = try ProjectReader.read(path: SharedData.packageRoot.appendingPathComponent("datasets/branches").path)
        edit(&project)
        let result = try IndexPipeline(project: project).run()
        let engine = FlagEngine(result: result, year: 2024)
        return (result, engine.assess(), engine)
    }

    static func share(_ s: Double, _ rounding: SelectionRule.Rounding = .halfUp) -> SelectionRule {
        var r = SelectionRule(size: .share(s))
        r.rounding = rounding
        return r
    }

    @Test("Quotas round as stated: 0.1 × 34 = 3.4 → 3 and 0.2 × 34 = 6.8 → 7 half-up, 6 down, 4 and 7 up")
    func rounding() {
        #expect(Self.share(0.1).quota(of: 34).k == 3)
        #expect(Self.share(0.2).quota(of: 34).k == 7)
        #expect(Self.share(0.2, .down).quota(of: 34).k == 6)
        #expect(Self.share(0.1, .up).quota(of: 34).k == 4)
        #expect(Self.share(0.2, .up).quota(of: 34).k == 7)
        #expect(Self.share(0.15).quota(of: 30).k == 5)
        #expect(Self.share(0.15, .down).quota(of: 30).k == 4)
        #expect(SelectionRule(size: .count(5)).quota(of: 3).k == 3)
        #expect(Self.share(0.1).describe(n: 34, top: true).text(for: "en") == "top 10% of 34 = 3.4, rounded half-up to 3")
    }

    @Test("top_share 0.1 half-up names the 3 best of the 34 branches; 0.2 names 7")
    func topShare() throws {
        for (s, k) in [(0.1, 3), (0.2, 7)] {
            let (result, assessments, engine) = try Self.branches { $0.flags.exemplars = Self.share(s) }
            let named = assessments.filter { $0.status == .exemplar }
            #expect(named.count == k)
            let rows = result.rankedRows(inYear: 2024)
            let best = rows.sorted { result.scores["index"]![$0] > result.scores["index"]![$1] }.prefix(k)
            #expect(Set(named.compactMap(\.row)) == Set(best))
            #expect(FlagReport(engine: engine, assessments: assessments, language: "en").text().contains("rounded half-up to \(k)"))
        }
    }

    @Test("A per-group count quota holds in every group")
    func perGroup() throws {
        var rule = SelectionRule(size: .count(2))
        rule.perGroup = true
        let (result, assessments, engine) = try Self.branches { $0.flags.exemplars = rule }
        let groups = engine.peers.groups(inYear: 2024)
        #expect(groups.count >= 2)
        for (_, rows) in groups {
            let named = assessments.filter { $0.status == .exemplar && rows.contains($0.row!) }
            #expect(named.count == min(2, rows.count))
            let best = rows.sorted { result.scores["index"]![$0] > result.scores["index"]![$1] }.prefix(2)
            #expect(Set(named.map { $0.row! }) == Set(best))
        }
    }

    @Test("require: not flagged passes over a flagged unit and takes the next one, saying so")
    func requirement() throws {
        var rule = SelectionRule(size: .count(34))
        rule.require = [.notFlagged]
        let (_, assessments, _) = try Self.branches { $0.flags.exemplars = rule }
        let flagged = assessments.filter { $0.status == .flagged }
        #expect(!flagged.isEmpty)
        #expect(flagged.allSatisfy { $0.selection?.text(for: "en").contains("passed over") == true })
        #expect(assessments.filter { $0.status == .exemplar }.count == 34 - flagged.count)
    }

    @Test("A needs-help quota that replaces the rules flags exactly the bottom share; the rules' signals move to watch")
    func needsHelpQuota() throws {
        var rule = SelectionRule(size: .share(0.1))
        rule.combine = .replace
        let (result, assessments, engine) = try Self.branches { $0.flags.needsHelp = rule }
        let flagged = assessments.filter { $0.status == .flagged }
        #expect(flagged.count == 3)
        let rows = result.rankedRows(inYear: 2024)
        let worst = rows.sorted { result.scores["index"]![$0] < result.scores["index"]![$1] }.prefix(3)
        #expect(Set(flagged.map { $0.row! }) == Set(worst))
        #expect(flagged.allSatisfy { $0.flags.filter { $0.tier == .needsHelp }.map(\.rule) == [.quota] })
        #expect(FlagReport(engine: engine, assessments: assessments, language: "en").text().contains("Needs-help quota (replaces the statistical rule): bottom 10% of 34 = 3.4, rounded half-up to 3"))

        rule.combine = .add
        let (_, added, _) = try Self.branches { $0.flags.needsHelp = rule }
        let (_, plain, _) = try Self.branches { _ in }
        #expect(added.filter { $0.status == .flagged }.count >= plain.filter { $0.status == .flagged }.count)
    }

    @Test("A tie at the boundary names every tied unit and reports the tie")
    func tie() {
        // rows 0…5; 2 and 3 tie for the 2nd place of a top-2 quota.
        let scores: [Double] = [90, 80, 80, 70, 60, .nan]
        let q = QuotaSelection(rule: SelectionRule(size: .count(2)), top: true, ranked: Array(0 ..< 6), scores: scores, groups: [:])
        #expect(q.selected == [0, 1, 2])
        #expect(q.ties == [[1, 2]])
        #expect(q.groups.first?.ranked == 5)
        let none = QuotaSelection(rule: SelectionRule(size: .count(1)), top: false, ranked: Array(0 ..< 6), scores: scores, groups: [:])
        #expect(none.selected == [4] && none.ties.isEmpty)
    }

    @Test("The project file's exemplars and needs_help are read; mistakes are problems with a fix")
    func reader() throws {
        var problems: [InputProblem] = []
        let yaml = try #require(try Yams.compose(yaml: "{top_share: 0.2, per_group: true, rounding: down, require: [not flagged, not_declining], combine: add}"))
        let rule = try #require(SelectionReader.read(YAMLValue(node: yaml, file: "t", path: "flags.exemplars"), top: true, problems: &problems))
        #expect(problems.isEmpty)
        #expect(rule.size == .share(0.2) && rule.perGroup && rule.rounding == .down && rule.require == [.notFlagged, .notDeclining] && rule.combine == .add)
        let bad = try #require(try Yams.compose(yaml: "{bottom_share: 0.1, bottom_count: 3, require: [not sleepy]}"))
        _ = SelectionReader.read(YAMLValue(node: bad, file: "t", path: "flags.needs_help"), top: false, problems: &problems)
        #expect(problems.count == 2)
    }

    @Test("The flag output reports a boundary tie of the quota, naming every tied unit")
    func tieReported() throws {
        // Give the 3rd and 4th best branches of 2024 the same index: both are named and the tie is printed.
        let base = try Self.branches { _ in }.0
        let rows = base.rankedRows(inYear: 2024).sorted { base.scores["index"]![$0] > base.scores["index"]![$1] }
        var project = base.project
        project.flags.exemplars = SelectionRule(size: .count(3))
        var result = base
        result.project = project
        result.scores["index"]![rows[3]] = result.scores["index"]![rows[2]]
        let engine = FlagEngine(result: result, year: 2024)
        let assessments = engine.assess()
        #expect(assessments.filter { $0.status == .exemplar }.count == 4)
        let ids = [rows[2], rows[3]].map { result.panel.units[result.panel.rows[$0].unit].id }
        let text = FlagReport(engine: engine, assessments: assessments, language: "en").text()
        #expect(text.contains("tied at the boundary") && ids.allSatisfy { text.contains($0) })
    }
}
