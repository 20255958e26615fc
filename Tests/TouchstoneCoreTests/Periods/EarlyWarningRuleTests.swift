import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// The early-warning rules as entries of the rule table (`FlagRules.periodic`): off track on a key target and
/// the year-to-date index behind peers, on the bundled quarterly data.
struct EarlyWarningRuleTests {
    @Test("The periodic table is the yearly one with the level rule named for the year to date, plus off track on a key target")
    func table() {
        let yearly = FlagRules.all.map(\.rule), periodic = FlagRules.periodic.map(\.rule)
        #expect(!yearly.contains(.offTrack) && !yearly.contains(.behindPeers))
        #expect(periodic == yearly.map { $0 == .lowLevel ? .behindPeers : $0 } + [.offTrack])
        #expect(UnitFlag.Rule.offTrack.label("zh") == "重点目标落后进度")
    }

    @Test("At 2024-Q3 the off-track rule fires for every target off track (b29) and only those; the other signals are the yearly rules' with low level renamed")
    func bundled() throws {
        let (project, periods, targets) = try BundledQuarterly.load()
        let asOf = Period(kind: .quarter, year: 2024, index: 3)
        let progress = ProgressAssessment(project: project, periods: periods).assess(targets, asOf: asOf)
        let ytd = try IndexPipeline(project: project).compute(panel: periods.yearly(through: 3))
        let periodic = FlagEngine(result: ytd, year: 2024, keyTargets: progress).assess()
        let yearly = FlagEngine(result: ytd, year: 2024).assess()
        let offTrack = progress.filter { $0.status == .offTrack }
        #expect(!offTrack.isEmpty)
        let fired = periodic.flatMap { a in a.flags.filter { $0.rule == .offTrack }.map { (ytd.panel.units[a.unit].id, $0) } }
        #expect(fired.map(\.0).sorted() == offTrack.map(\.target.unit).sorted())
        #expect(fired.map(\.0).contains("b29"))
        for (unit, flag) in fired {
            let p = try #require(offTrack.first { $0.target.unit == unit && $0.target.indicator == flag.nodeId })
            #expect(flag.tier == .needsHelp && flag.pValue == p.probability && flag.clearsAt == p.expected)
            #expect(flag.reason.text(for: "en").contains("P(reach)") && flag.reason.text(for: "zh").contains("达标概率"))
        }
        #expect(periodic.first { ytd.panel.units[$0.unit].id == "b29" }?.status == .flagged)
        // Without the off-track signals, the same units carry the same signals as under the yearly table.
        let byUnit = Dictionary(uniqueKeysWithValues: yearly.map { ($0.unit, $0.flags) })
        for a in periodic {
            let renamed = (byUnit[a.unit] ?? []).map { f -> UnitFlag in var g = f; if g.rule == .lowLevel { g.rule = .behindPeers }; return g }
            #expect(a.flags.filter { $0.rule != .offTrack } == renamed, "\(ytd.panel.units[a.unit].id)")
        }
    }
}
