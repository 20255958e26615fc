import Foundation
import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

/// Trends by peer group, peer-group tables, flagged units and exemplars.
extension ReportBuilder {
    func trendsChapter() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.trendsTitle(c.span), anchor: "trends", pageBreak: false),
                                     .note([.text(w.trendsNote)])]
        let report = TrendReport(analysis: c.trends, language: c.language, decimals: c.decimals)
        guard let table = report.tables().first else { return blocks }
        let byId = Dictionary(uniqueKeysWithValues: c.result.panel.units.indices.map { (c.unit($0).id, $0) })
        let drop = 2  // the group column: each table holds one group
        let charted = trendChartGroups()
        if charted.count < c.groups.filter({ $0.units.contains(where: c.shows) }).count {
            blocks.append(.note([.text(w.trendChartsNote(shown: charted.count))]))
        }
        for (k, group) in c.groups.enumerated() {
            var g = group
            g.units = g.units.filter(c.shows)
            guard !g.units.isEmpty else { continue }
            let members = Set(g.units)
            let name = g.name.isEmpty ? (c.groupColumn == nil ? w.allUnits : w.noGroup) : g.name
            var args = ["--small-multiples"]
            if !g.value.isEmpty { args += ["--group-value", ReportEscaping.shell(g.value)] }
            var chart = c.charts.trend(units: g.units, through: c.year, highlighted: c.flagged.intersection(members))
            chart.text.title = "\(name) — \(chart.text.title)"
            chart.idPrefix = "trends-\(k + 1)"
            let heading = ReportBlock.heading(level: 3, text: "\(name) (\(w.unitsCount(group.units.count)))", anchor: "trends-\(k + 1)", pageBreak: false)
            if charted.contains(k) {
                blocks.append(.keep([heading,
                                     .command(c.command("chart trend", args + ["--output", "notebook-charts/trends-\(k + 1).svg"], year: false)),
                                     .figure(ReportFigure(name: "trends-\(k + 1)", svg: chart.smallMultiplesSVG(columns: g.units.count > 24 ? 6 : min(4, g.units.count)), alt: w.trendsAlt(name, c.span)))]))
            } else {
                blocks.append(heading)
            }
            var styles: [String?] = []
            let rows = table.rows.filter { byId[$0[0]].map(members.contains) ?? false }.map { cells -> [ReportTable.Cell] in
                let u = byId[cells[0]]!
                styles.append(style(u))
                return cells.enumerated().filter { $0.offset != drop }.map { k, text in k == 0 ? c.unitCell(u, toSection: true) : .init(text) }
            }
            let header = table.header.enumerated().filter { $0.offset != drop }.map(\.element)
            let right = Set(table.rightAligned.filter { $0 != drop }.map { $0 > drop ? $0 - 1 : $0 })
            var t = ReportTable(header: header, rows: rows, rightAligned: right, wide: true, wrapping: [1])
            t.rowStyles = styles
            blocks.append(.table(t))
        }
        blocks.append(.note([.text(report.footnote().trimmingCharacters(in: .newlines))]))
        return blocks
    }

    /// Groups (indices into `c.groups`) whose trends are drawn. Every group with a unit shown, except in a
    /// summarised report of many groups: there the `maxTrendCharts` groups with the most units that need help
    /// (ties in group order), so that the report keeps to about 50 charts; the other groups keep their table.
    func trendChartGroups() -> Set<Int> {
        let shown = c.groups.indices.filter { c.groups[$0].units.contains(where: c.shows) }
        guard c.focus != nil, shown.count > Self.maxTrendCharts else { return Set(shown) }
        let help = { (k: Int) in c.groups[k].units.filter { c.flagged.contains($0) && c.shows($0) }.count }
        return Set(shown.sorted { (help($0), -$0) > (help($1), -$1) }.prefix(Self.maxTrendCharts))
    }

    func peersChapter() -> [ReportBlock] {
        let report = PeerReport(result: c.result, year: c.year, groupColumn: c.groupColumn, language: c.language)
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.peersTitle(c.year(c.year)), anchor: "peers", pageBreak: false),
                                     .note([.text(w.peersNote)]),
                                     .command(c.command("peers"))]
        let byId = Dictionary(uniqueKeysWithValues: c.result.panel.units.indices.map { (c.unit($0).id, $0) })
        for table in report.groupTables() {
            blocks.append(.table(convert(table, unitColumn: 1, byId: byId, wrapping: [2])))
        }
        let funnels = report.funnelTables()
        for (k, funnel) in c.engine.funnels.enumerated() where k < funnels.count {
            guard let chart = c.charts.funnel(indicatorId: funnel.indicatorId, year: c.year) else { continue }
            var ch = chart
            ch.idPrefix = "funnel-\(k + 1)"
            blocks.append(.keep([.heading(level: 3, text: w.funnelTitle(c.label(funnel.indicatorId)), anchor: "funnel-\(k + 1)", pageBreak: false),
                                 .note([.text(w.funnelNote)]),
                                 .command(c.command("chart funnel", ["--indicator", ReportEscaping.shell(funnel.indicatorId), "--output", "notebook-charts/funnel-\(k + 1).svg"])),
                                 .figure(ReportFigure(name: "funnel-\(k + 1)", svg: ch.svg(), alt: chart.text.title, size: .compact))]))
            blocks.append(.table(convert(funnels[k], unitColumn: 0, byId: byId, wrapping: [1])))
        }
        return blocks
    }

    /// A Core table as a report table, with its unit column linked and rows shaded by status.
    func convert(_ table: TextTable, unitColumn: Int, byId: [String: Int], wrapping: Set<Int>) -> ReportTable {
        var styles: [String?] = []
        let rows = table.rows.filter { byId[$0[unitColumn]].map(c.shows) ?? true }.map { cells -> [ReportTable.Cell] in
            let u = byId[cells[unitColumn]]
            styles.append(u.flatMap(style))
            return cells.enumerated().map { k, text in k == unitColumn && u != nil ? c.unitCell(u!, toSection: true) : .init(text) }
        }
        var t = ReportTable(caption: table.title, header: table.header, rows: rows, rightAligned: table.rightAligned,
                            wide: table.header.count > 9, wrapping: wrapping)
        t.rowStyles = styles
        return t
    }

    // MARK: Flagged units

    func flaggedChapter() -> [ReportBlock] {
        let flagged = flaggedAssessments
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.flaggedTitle(flagged.count), anchor: "flagged", pageBreak: false)]
        let s = c.result.project.flags
        blocks.append(.paragraph([.text(w.flagRulesIntro)]))
        blocks.append(.bullets(w.flagRules(bottomShare: Int((s.bottomShare * 100).rounded()), robustZ: NumberFormat.fixed(s.robustZ, decimals: 1),
                                           watchZ: NumberFormat.fixed(s.watchZ, decimals: 1), dimensionZ: NumberFormat.fixed(s.dimensionZ, decimals: 1),
                                           floor: s.dimensionFloor.map { c.f($0) }).map { [.text($0)] }))
        if flagged.isEmpty { blocks.append(.paragraph([.text(w.noneFlagged)])) }
        let sections = c.focus == nil ? flagged : Array(flagged.sorted { ($0.severity?.rawValue ?? 0, -c.rank($0)) > ($1.severity?.rawValue ?? 0, -c.rank($1)) }
            .prefix(ReportContext.focusSections))
        if sections.count < flagged.count { blocks.append(.note([.text(w.sectionsNote(shown: sections.count, of: flagged.count))])) }
        // Each section after the first starts a page; the first is kept whole, so that when it does not fit under the
        // chapter's introduction it moves to the next page instead of leaving its last part alone there.
        for (k, a) in sections.enumerated() { blocks += k == 0 ? [.keep(unitSection(a, pageBreak: false))] : unitSection(a, pageBreak: true) }
        let held = c.assessments.filter { $0.status == .insufficientData || $0.status == .notRanked }
        if !held.isEmpty {
            blocks.append(.heading(level: 3, text: w.notAssessed, anchor: nil, pageBreak: false))
            blocks.append(.table(ReportTable(header: [w.unitHeader, w.nameHeader, w.reasonHeader],
                                             rows: held.map { [c.unitCell($0.unit), .init(c.name($0.unit)), .init($0.holdReason(c.language) ?? "")] }, wrapping: [1, 2])))
        }
        return blocks
    }

    func unitSection(_ a: UnitAssessment, pageBreak: Bool = true) -> [ReportBlock] {
        let u = a.unit, row = a.row!
        let sev = a.severity!
        let flagReport = FlagReport(engine: c.engine, assessments: c.assessments, language: c.language)
        var blocks: [ReportBlock] = [
            .heading(level: 3, text: "\(w.severityTitle(sev.label(c.language))) · \(c.unit(u).id) \(c.name(u))", anchor: c.anchor(u), pageBreak: pageBreak),
        ]
        if let lineage = c.coverageText.lineageLine(unit: c.unit(u).id) { blocks.append(.paragraph([.text(lineage)])) }
        let rank = c.ranks[row].map(String.init) ?? "–"
        let groupRank = c.groupRanks?[row].map(String.init) ?? "–"
        let groupSize = c.rows.filter { c.groupValue(c.result.panel.rows[$0].unit) == c.groupValue(u) }.count
        blocks.append(.paragraph([.text(w.unitLine(group: c.group(u), index: c.indexLabel, score: c.f(c.rootScores[row]), rank: rank, of: c.rows.count,
                                                   groupRank: groupRank, groupSize: groupSize, trend: a.trendClass?.label(c.language) ?? "–") + " "),
                                  .link(w.briefLink, .brief(c.slugs[u]))]))
        blocks.append(.heading(level: 4, text: w.whyFlagged, anchor: nil, pageBreak: false))
        blocks.append(.bullets(a.flags.map { [.strong(w.ruleLabel($0.rule) + w.colon), .text($0.reason.text(for: c.language))] }))
        if let d = a.decomposition {
            var why: [ReportBlock] = [.heading(level: 4, text: w.whyTitle, anchor: nil, pageBreak: false)]
            let dims = c.dimensions.compactMap { dim in d.contributions[dim.id].map { (dim.id, $0) } }.sorted { $0.1 < $1.1 }
            let leaves = c.root.indicators.compactMap { n in d.contributions[n.id].map { (n.id, $0) } }.filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }.prefix(3)
            why.append(.paragraph([.text(w.gapSentence(gap: d.gap, size: c.f(abs(d.gap)), reference: c.f(d.referenceScores[c.root.id]),
                                                          parts: dims.map { "\(c.label($0.0)) \(c.signed($0.1))" }.joined(separator: w.listSeparator),
                                                          drags: leaves.map { "\(c.label($0.0)) \(c.signed($0.1))" }.joined(separator: w.listSeparator)))]))
            if var chart = c.charts.contributions(unit: u, year: c.year) {
                chart.idPrefix = "why-\(c.slugs[u])"
                why.append(.command(c.command("chart contributions", ["--unit", ReportEscaping.shell(c.unit(u).id), "--output", "notebook-charts/why-\(c.slugs[u]).svg"])))
                why.append(.figure(ReportFigure(name: "why-\(c.slugs[u])", svg: chart.svg(), alt: w.whyAlt(c.name(u)), size: .compact)))
            }
            blocks.append(.keep(why))
        }
        var tail: [ReportBlock] = []
        if !a.paths.isEmpty {
            var help: [ReportBlock] = [.heading(level: 4, text: w.whatWouldHelp, anchor: nil, pageBreak: false)]
            for path in a.paths {
                let node = c.label(path.nodeId)
                help.append(.paragraph([.text(w.pathIntro(node: node, start: c.f(path.start), target: c.f(path.target), description: path.targetDescription.text(for: c.language)))]))
                if path.steps.isEmpty {
                    help.append(.note([.text(w.nothingWithinPeers)]))
                } else {
                    let rows = path.steps.enumerated().map { k, s -> [ReportTable.Cell] in
                        [.init(String(k + 1)), .init(flagReport.stepText(s)), .init(c.f(s.targetAfter))]
                    }
                    help.append(.table(ReportTable(header: ["#", w.stepHeader, w.afterHeader(node)], rows: rows, rightAligned: [0, 2], wrapping: [1])))
                    if !path.reachesTarget { help.append(.note([.text(w.notEnough)])) }
                }
            }
            tail = help
        }
        if !a.partners.isEmpty {
            let heading = ReportBlock.heading(level: 4, text: w.learnFrom, anchor: nil, pageBreak: false)
            let rows = a.partners.map { p -> [ReportTable.Cell] in
                let strengths = p.strengths.sorted { $0.key < $1.key }.map { "\(c.label($0.key)) \(c.f($0.value[0])) \(w.versus) \(c.f($0.value[1]))" }
                return [c.unitCell(p.unit), .init(c.name(p.unit)), .init(c.group(p.unit) + (p.sameGroup ? "" : " (\(w.otherGroup))")),
                        .init(strengths.joined(separator: w.listSeparator))]
            }
            tail += [heading, .table(ReportTable(header: [w.unitHeader, w.nameHeader, w.groupHeader, w.strongerIn(c.name(u))], rows: rows, wrapping: [1, 3]))]
        }
        // What would help and whom to learn from stay together, so neither table is left alone on a page.
        if !tail.isEmpty { blocks.append(.keep(tail)) }
        return blocks
    }

    // MARK: Exemplars

    func exemplarsChapter() -> [ReportBlock] {
        let list = exemplarAssessments
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.exemplarsTitle(list.count), anchor: "exemplars", pageBreak: false),
                                     .note([.text(w.exemplarNote)])]
        guard !list.isEmpty else { return blocks + [.paragraph([.text(w.noExemplars)])] }
        blocks.append(.command(c.command("flag")))
        blocks.append(.table(exemplarTable(list)))
        // Profiles two to a row: a fourth profile alone on a page would be a stray chart.
        let shown = Array(list.prefix(c.focus == nil ? list.count : 10))
        for start in stride(from: 0, to: shown.count, by: 2) {
            let figures = shown[start ..< min(start + 2, shown.count)].map { a -> ReportFigure in
                var chart = c.charts.profile(unit: a.unit, year: c.year)
                chart.idPrefix = "profile-\(c.slugs[a.unit])"
                chart.valueFormat = NumberFormat(decimals: c.decimals)
                blocks.append(.command(c.command("chart profile", ["--unit", ReportEscaping.shell(c.unit(a.unit).id), "--output", "notebook-charts/profile-\(c.slugs[a.unit]).svg"])))
                return ReportFigure(name: "profile-\(c.slugs[a.unit])", svg: chart.svg(), alt: w.profileAlt(c.name(a.unit)), size: .compact)
            }
            blocks.append(figures.count == 2 ? .figurePair(figures[0], figures[1]) : .figure(figures[0]))
        }
        return blocks
    }
}
