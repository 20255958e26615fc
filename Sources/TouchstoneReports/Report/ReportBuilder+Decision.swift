import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats

/// The decision page: five lines — who needs help (with severity), who to watch, the driver they share, the
/// first steps to take and whom to learn from — and the decision chart.
extension ReportBuilder {
    /// Names listed inline before "…and n more".
    static let namesListed = 8

    func decisionSection() -> [ReportBlock] {
        let help = flaggedAssessments.sorted { ($0.severity?.rawValue ?? 0, -c.rank($0)) > ($1.severity?.rawValue ?? 0, -c.rank($1)) }
        let watch = c.assessments.filter { $0.status == .watch }
        var lines: [[Inline]] = [[.text(w.needsHelpLine(help.count, list(help.map { c.name($0.unit) + w.parenthesised($0.severity?.label(c.language) ?? "–") })))]]
        if !watch.isEmpty { lines.append([.text(w.watchLine(watch.count, list(watch.map { c.name($0.unit) })))]) }
        // Every unit accounted for: expected units without data, and the flags they carry unresolved.
        let coverage = c.coverageText
        if !c.coverage.missing.isEmpty {
            lines.append([.text(w.notAssessedLine(coverage.notAssessedHeading, list(c.coverage.missing.map(coverage.missingText))))])
        }
        let unresolved = c.coverage.unresolved.sorted { ($0.unresolved!.status == .flagged ? 0 : 1, $0.id) < ($1.unresolved!.status == .flagged ? 0 : 1, $1.id) }
        if !unresolved.isEmpty {
            lines.append([.text(w.unresolvedLine(year: c.year(c.coverage.previousYear!),
                                                 unresolved.map { "\(coverage.idAndName($0)) — \(coverage.unresolvedText($0.unresolved!))" }.joined(separator: w.separator)))])
        }
        if let shared = sharedDriver(help) {
            lines.append([.text(w.sharedDriverLine(c.label(shared.id), count: shared.count, of: help.count, organisationWide: isOrganisationWide(shared.count, of: help.count)))])
        }
        let actions = firstSteps(help)
        if !actions.isEmpty { lines.append([.text(w.actionsLine(actions.joined(separator: w.listSeparator)))]) }
        if let moved = medianMoves() { lines.append([.text(moved)]) }
        if !help.isEmpty {
            let partners = learnFrom(help)
            lines.append([.text(partners.isEmpty ? w.noExemplarsToLearnFrom : w.learnFromLine(partners.joined(separator: w.listSeparator)))])
        }
        var chart = c.charts.decision(year: c.year, assessments: c.assessments, uncertainty: c.uncertainty, only: c.focus)
        chart.idPrefix = "decision"
        return [.keep([.heading(level: 2, text: w.decisionTitle, anchor: "decision", pageBreak: false), .bullets(lines)]),
                .command(c.command("chart decision", ["--output", "notebook-charts/decision.svg"])),
                .figure(ReportFigure(name: "decision", svg: chart.svg(), alt: w.decisionAlt(c.indexLabel, c.year(c.year)), size: .lead))]
    }

    /// What moved the organisation's median since the previous year: the index's median change and each
    /// dimension's, largest first (medians of all units with a score in each year).
    func medianMoves() -> String? {
        guard let p = c.previousYear else { return nil }
        func median(_ node: String, _ y: Int) -> Double? {
            Quantile.type7(sorted: c.result.panel.rows(inYear: y).map { c.result.scores[node]![$0] }.filter { !$0.isNaN }.sorted(), 0.5)
        }
        guard let now = median(c.root.id, c.year), let before = median(c.root.id, p) else { return nil }
        let dims = c.dimensions.compactMap { d -> (String, Double)? in
            guard let a = median(d.id, p), let b = median(d.id, c.year) else { return nil }
            return (d.id, b - a)
        }.sorted { abs($0.1) > abs($1.1) }
        return w.medianMovesLine(index: c.indexLabel, from: c.f(before), to: c.f(now), change: c.signed(now - before), year: c.year(p),
                                 dimensions: dims.prefix(3).map { "\(c.label($0.0)) \(c.signed($0.1))" }.joined(separator: w.listSeparator))
    }

    /// Names joined, the first few only.
    func list(_ names: [String]) -> String {
        let shown = names.prefix(Self.namesListed).joined(separator: w.listSeparator)
        return names.count > Self.namesListed ? shown + w.andMore(names.count - Self.namesListed) : shown
    }

    /// The indicator most units that need help share (`sharedDrivers`), with how many units share it. Nil
    /// when no unit has a path or a drag.
    func sharedDriver(_ help: [UnitAssessment]) -> (id: String, count: Int)? {
        sharedDrivers(help).first.map { ($0.id, $0.units.count) }
    }

    /// The first step of each unit's first improvement path, grouped by indicator, most common first.
    func firstSteps(_ help: [UnitAssessment]) -> [String] {
        var units: [String: [Int]] = [:]
        var order: [String] = []
        for a in help {
            guard let step = a.paths.first?.steps.first else { continue }
            if units[step.indicatorId] == nil { order.append(step.indicatorId) }
            units[step.indicatorId, default: []].append(a.unit)
        }
        return order.sorted { (units[$0]!.count, -order.firstIndex(of: $0)!) > (units[$1]!.count, -order.firstIndex(of: $1)!) }
            .prefix(3).map { id in w.raise(c.label(id)) + w.forUnits(list(units[id]!.map(c.name))) }
    }

    /// Learning partners named most often for the units that need help.
    func learnFrom(_ help: [UnitAssessment]) -> [String] {
        var counts: [Int: Int] = [:]
        for a in help { for p in a.partners { counts[p.unit, default: 0] += 1 } }
        return counts.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(4)
            .map { c.name($0.key) + w.parenthesised(w.partnerOf($0.value)) }
    }
}
