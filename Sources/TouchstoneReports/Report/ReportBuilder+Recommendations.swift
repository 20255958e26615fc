import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats

/// The "what moved and what to do" chapter: what moved the organisation's index since the previous year, by
/// dimension and indicator (`OrganisationChange`); the drivers several units that need help share (called
/// organisation-wide when they are the first step for at least two and at least half of them); and
/// recommendations generated from the flags, the improvement paths and the learning partners.
extension ReportBuilder {
    func recommendationsChapter() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.organisationTitle, anchor: "recommendations", pageBreak: false)]
        blocks += organisationMoves()
        let help = flaggedAssessments.filter { c.shows($0.unit) }
            .sorted { ($0.severity?.rawValue ?? 0, -c.rank($0)) > ($1.severity?.rawValue ?? 0, -c.rank($1)) }
        let drivers = sharedDrivers(help)
        let moved = c.previousYear.flatMap { OrganisationChange(result: c.result, from: $0, to: c.year) }
        let movedBy = Dictionary(uniqueKeysWithValues: (moved?.indicators ?? []).map { ($0.id, $0.contribution) })
        if drivers.contains(where: { $0.units.count >= 2 }) {
            blocks.append(.heading(level: 3, text: w.sharedDriversTitle(help.count), anchor: nil, pageBreak: false))
            blocks.append(.bullets(drivers.filter { $0.units.count >= 2 }.map { d in
                [.text(w.driverLine(c.label(d.id), count: d.units.count, of: help.count, units: list(d.units.map(c.name)),
                                    organisationWide: isOrganisationWide(d.units.count, of: help.count), moved: movedBy[d.id].map(c.signed)))]
            }))
        }
        var actions: [[Inline]] = []
        for d in drivers where isOrganisationWide(d.units.count, of: help.count) {
            actions.append([.text(w.organisationWideAction(c.label(d.id), count: d.units.count, of: help.count))])
        }
        let flagReport = FlagReport(engine: c.engine, assessments: c.assessments, language: c.language)
        for a in help.prefix(ReportContext.focusSections) {
            let steps = a.paths.first.map { $0.steps.isEmpty ? w.noStepsWithinPeers : $0.steps.prefix(3).map(flagReport.stepText).joined(separator: w.separator) }
                ?? w.noStepsWithinPeers
            let partners = a.partners.prefix(2).map { c.name($0.unit) }
            actions.append([.link(c.name(a.unit), .anchor("unit-\(c.slugs[a.unit])")),
                            .text(w.unitAction("", severity: a.severity?.label(c.language) ?? "–", steps: steps, partners: partners.isEmpty ? nil : partners.joined(separator: w.listSeparator)))])
        }
        let watch = c.assessments.filter { $0.status == .watch && c.shows($0.unit) }
        if !watch.isEmpty { actions.append([.text(w.watchAction(watch.count, list(watch.map { c.name($0.unit) })))]) }
        let exemplars = exemplarAssessments.filter { c.shows($0.unit) }
        if !exemplars.isEmpty, !help.isEmpty { actions.append([.text(w.shareAction(list(exemplars.map { c.name($0.unit) })))]) }
        blocks.append(.keep([.heading(level: 3, text: w.recommendationsTitle, anchor: nil, pageBreak: false), .note([.text(w.recommendationsNote)])]
                            + [help.isEmpty ? .paragraph([.text(w.noRecommendations)]) : .bullets(actions)]))
        return blocks
    }

    /// At least two units, and at least half of those that need help.
    func isOrganisationWide(_ count: Int, of n: Int) -> Bool { count >= 2 && count * 2 >= n }

    /// The table of what moved the organisation's mean index, by dimension, with the indicator that moved each most.
    func organisationMoves() -> [ReportBlock] {
        guard let p = c.previousYear, let change = OrganisationChange(result: c.result, from: p, to: c.year) else { return [] }
        func median(_ y: Int) -> Double? {
            Quantile.type7(sorted: c.result.panel.rows(inYear: y).map { c.rootScores[$0] }.filter { !$0.isNaN }.sorted(), 0.5)
        }
        let byIndicator = Dictionary(uniqueKeysWithValues: change.indicators.map { ($0.id, $0.contribution) })
        var rows: [[ReportTable.Cell]] = change.dimensions.map { d in
            let leaves = c.result.node(d.id)?.indicators.map(\.id) ?? []
            let most = leaves.compactMap { id in byIndicator[id].map { (id, $0) } }.max { abs($0.1) < abs($1.1) }
            return [.init(c.label(d.id)), .init(c.signed(d.contribution), style: d.contribution > 0 ? "up" : d.contribution < 0 ? "down" : nil),
                    .init(most.map { "\(c.label($0.0)) \(c.signed($0.1))" } ?? "–")]
        }
        if c.f(abs(change.coverageEffect)) != c.f(0) {  // shown when it does not round to zero
            rows.append([.init(w.coverageRow), .init(c.signed(change.coverageEffect)), .init("")])
        }
        rows.append([.init(w.totalRow), .init(c.signed(change.meanChange)), .init("")])
        var table = ReportTable(header: [w.dimensionHeader, w.contributionHeader, w.movedMostHeader], rows: rows, rightAligned: [1], wrapping: [0, 2])
        table.rowStyles = rows.indices.map { $0 == rows.count - 1 ? "total" : nil }
        return [.keep([.heading(level: 3, text: w.organisationMovedTitle(c.year(p)), anchor: nil, pageBreak: false),
                       .paragraph([.text(w.organisationChange(units: change.units, from: c.year(p), to: c.year(c.year), meanChange: c.signed(change.meanChange),
                                                              medianFrom: c.f(median(p)), medianTo: c.f(median(c.year)), index: c.indexLabel))]),
                       .command(c.command("trend", ["--from", String(p), "--to", String(c.year)], year: false)),
                       .table(table)])]
    }

    /// Each unit's driver: the first step of its improvement path, else its largest drag (the most negative
    /// indicator contribution to its gap to the peer median); nil when it has neither.
    func driver(of a: UnitAssessment) -> String? {
        if let step = a.paths.first?.steps.first { return step.indicatorId }
        let leaves = Set(c.root.indicators.map(\.id))
        return a.decomposition?.contributions.filter { leaves.contains($0.key) && $0.value < 0 }.min { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The drivers of the units that need help, with the units each drives, most shared first (ties by first appearance).
    func sharedDrivers(_ help: [UnitAssessment]) -> [(id: String, units: [Int])] {
        var units: [String: [Int]] = [:]
        var order: [String] = []
        for a in help {
            guard let id = driver(of: a) else { continue }
            if units[id] == nil { order.append(id) }
            units[id, default: []].append(a.unit)
        }
        return order.enumerated().sorted { (units[$0.element]!.count, -$0.offset) > (units[$1.element]!.count, -$1.offset) }.map { ($0.element, units[$0.element]!) }
    }
}
