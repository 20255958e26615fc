import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

/// A printable one-page brief for one unit: its scores and ranks, trend, strengths and weaknesses against
/// its peer group, and its flags with what would help and whom to learn from (or what keeps it an
/// exemplar).
struct BriefBuilder {
    let c: ReportContext
    var w: Words { c.words }

    /// Indicators listed as strengths or weaknesses (robust z against the group ≥ 1 or ≤ −1), at most this many each.
    static let listed = 3

    func document(unit u: Int) -> ReportDocument {
        var d = ReportDocument(title: "\(c.name(u)) — \(c.indexLabel) \(c.year(c.year))", language: c.language)
        let a = c.assessmentOf[u]
        let row = c.row(u, c.year)
        d.add(.heading(level: 1, text: c.name(u), anchor: nil, pageBreak: false))
        let groupPart = c.group(u).isEmpty ? "" : " · " + c.group(u)
        d.add(.paragraph([.text("\(c.unit(u).id)\(groupPart) · \(w.briefSubtitle(c.indexLabel, c.year(c.year)))")]))
        if let lineage = c.coverageText.lineageLine(unit: c.unit(u).id) { d.add(.paragraph([.text(lineage)])) }
        guard let row, !c.rootScores[row].isNaN, let a else {
            d.add(.paragraph([.text(w.noScoreThisYear(c.year(c.year)) + (a?.holdReason(c.language).map(w.parenthesised) ?? ""))]))
            d.add(.paragraph([.text(w.seeCoverage)]))
            d.add(footer(anchor: "coverage"))
            return d
        }
        let peers = c.engine.peers
        let position = peers.positions(nodeId: c.root.id, year: c.year).first { $0.row == row }
        let traj = c.trends.trajectories.first { $0.unit == u }
        let series = c.trends.row(unit: u, nodeId: c.root.id)?.series
        let change = c.score(u, c.previousYear).map { c.rootScores[row] - $0 }
        let prevRank = c.previousYear.flatMap { c.row(u, $0) }.flatMap { c.ranks[$0] }
        var figures = [
            KeyFigure(label: c.indexLabel, value: c.f(c.rootScores[row]), detail: position?.groupMedian.map { w.groupMedianIs(c.f($0)) }),
            KeyFigure(label: w.rankHeader, value: "\(c.ranks[row].map(String.init) ?? "–") / \(position?.units ?? c.rows.count)",
                      detail: prevRank.map { c.year(c.previousYear!) + w.colon + String($0) }),
            KeyFigure(label: w.rankInGroupHeader, value: "\(c.groupRanks?[row].map(String.init) ?? "–") / \(position?.groupUnits ?? 0)", detail: c.group(u)),
            KeyFigure(label: w.percentileHeader, value: position?.percentile.map { NumberFormat.fixed($0, decimals: 0) } ?? "–", detail: w.amongAll),
            KeyFigure(label: c.previousYear.map { w.changeSince(c.year($0)) } ?? w.changeHeader, value: c.signed(change), detail: nil),
            KeyFigure(label: w.trendHeader, value: a.trendClass?.label(c.language) ?? "–",
                      detail: series?.change.map { "\(Int($0.first.time))→\(Int($0.last.time)): \(c.signed($0.absoluteChange))" }),
        ]
        if traj == nil { figures.removeLast() }
        d.add(.keyFigures(figures))
        d.add(.paragraph(status(a)))

        var profile = c.charts.profile(unit: u, year: c.year)
        profile.idPrefix = "brief-profile"
        profile.width = 420
        profile.valueFormat = NumberFormat(decimals: c.decimals)
        var trend = c.charts.trend(units: [u], through: c.year, highlighted: c.flagged.contains(u) ? [u] : [])
        trend.text.title = "\(c.indexLabel) — \(c.span)"
        trend.plotHeight = 170
        trend.width = 420
        trend.idPrefix = "brief-trend"
        d.add(.figurePair(ReportFigure(name: "profile", svg: profile.svg(), alt: w.profileAlt(c.name(u)), size: .half),
                          ReportFigure(name: "trend", svg: trend.svg(), alt: w.trendsAlt(c.name(u), c.span), size: .half)))

        d.add(.heading(level: 2, text: w.againstPeers, anchor: nil, pageBreak: false))
        d.add(.table(dimensionTable(row: row)))
        let (strong, weak) = indicatorsAgainstPeers(row: row)
        var lists: [[Inline]] = []
        lists.append([.strong(w.strengths + w.colon), .text(strong.isEmpty ? w.noneText : strong.joined(separator: w.listSeparator))])
        lists.append([.strong(w.weaknesses + w.colon), .text(weak.isEmpty ? w.noneText : weak.joined(separator: w.listSeparator))])
        d.add(.bullets(lists))

        d.add(.heading(level: 2, text: a.status == .flagged ? w.flagsAndGuidance : w.guidance, anchor: nil, pageBreak: false))
        d.add(contentsOf: guidance(a, row: row))
        d.add(contentsOf: ReportBuilder(c: c).progressSection(unit: u))
        d.add(footer(anchor: a.status == .flagged ? c.anchor(u) : "index"))
        return d
    }

    func footer(anchor: String) -> ReportBlock {
        .note([.text("Touchstone \(c.settings.version) · \(w.projectFile) \(c.result.project.fingerprint) · "), .link(w.fullReport, .report(anchor))])
    }

    func status(_ a: UnitAssessment) -> [Inline] {
        switch a.status {
        case .flagged:
            return [.strong(w.flaggedStatus(a.severity!.label(c.language))), .text(a.flags.map { w.ruleLabel($0.rule) }.joined(separator: w.listSeparator))]
        case .exemplar:
            return [.strong(w.exemplarStatus), .text(a.excelsIn.isEmpty ? "" : w.excelsIn(a.excelsIn.map(c.label).joined(separator: w.listSeparator)))]
        case .clear: return [.strong(w.clearStatus)]
        case .watch: return [.strong(w.watchStatus), .text(" " + a.flags.map { w.ruleLabel($0.rule) }.joined(separator: w.listSeparator))]
        case .insufficientData: return [.strong(w.insufficientStatus), .text(a.holdReason(c.language) ?? "")]
        case .notRanked: return [.text(a.unitStatus?.reason(c.language) ?? "")]
        }
    }

    func dimensionTable(row: Int) -> ReportTable {
        let peers = c.engine.peers
        let rows = c.dimensions.map { d -> [ReportTable.Cell] in
            let p = peers.positions(nodeId: d.id, year: c.year).first { $0.row == row }
            let z = p?.robustZInGroup
            let mark = z.map { $0 >= 1 ? "▲ " + w.strength : $0 <= -1 ? "▼ " + w.weakness : "" } ?? ""
            return [.init(c.label(d.id)), .init(c.f(p?.value)), .init(c.f(p?.groupMedian)), .init(c.signed(p?.gapToMedian)),
                    .init(p?.groupRank.map { "\($0) / \(p!.groupUnits)" } ?? "–"), .init(p?.rank.map(String.init) ?? "–"),
                    .init(mark, style: mark.isEmpty ? nil : (z! > 0 ? "up" : "down"))]
        }
        return ReportTable(header: [w.dimensionHeader, w.scoreColumn, w.peerMedianHeader, w.gapHeader, w.rankInGroupHeader, w.rankHeader, w.assessmentHeader],
                           rows: rows, rightAligned: [1, 2, 3, 4, 5], wrapping: [0])
    }

    /// Indicators with a robust z against the group of at least +1 (strengths) or at most −1 (weaknesses),
    /// most extreme first, each with its raw value and the group median's score.
    func indicatorsAgainstPeers(row: Int) -> ([String], [String]) {
        let peers = c.engine.peers
        var scored: [(String, Double, String)] = []
        for n in c.root.indicators {
            guard let p = peers.positions(nodeId: n.id, year: c.year).first(where: { $0.row == row }), let z = p.robustZInGroup else { continue }
            let j = c.result.panel.indicatorIds.firstIndex(of: n.id)!
            let raw = c.raw(c.result.panel.values[row, j], indicator: n.id)
            let unit = n.indicator?.unit.text(for: c.language) ?? ""
            let rawText = unit.isEmpty || n.indicator?.type == .ordinal ? raw : (unit == "%" ? raw + "%" : "\(raw) \(unit)")
            scored.append((n.id, z, w.indicatorAgainstPeers(c.label(n.id), raw: rawText, score: c.f(p.value), median: c.f(p.groupMedian))))
        }
        let strong = scored.filter { $0.1 >= 1 }.sorted { $0.1 > $1.1 }.prefix(Self.listed).map(\.2)
        let weak = scored.filter { $0.1 <= -1 }.sorted { $0.1 < $1.1 }.prefix(Self.listed).map(\.2)
        return (Array(strong), Array(weak))
    }

    func guidance(_ a: UnitAssessment, row: Int) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        let flagReport = FlagReport(engine: c.engine, assessments: c.assessments, language: c.language)
        switch a.status {
        case .flagged:
            blocks.append(.bullets(a.flags.map { [.strong(w.ruleLabel($0.rule) + w.colon), .text($0.reason.text(for: c.language))] }))
            if let d = a.decomposition {
                let dims = c.dimensions.compactMap { dim in d.contributions[dim.id].map { (dim.id, $0) } }.filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }
                if !dims.isEmpty {
                    blocks.append(.paragraph([.strong(w.whyTitle + w.colon), .text(dims.map { "\(c.label($0.0)) \(c.signed($0.1))" }.joined(separator: w.listSeparator))]))
                }
            }
            if let path = a.paths.first, !path.steps.isEmpty {
                let node = c.label(path.nodeId)
                blocks.append(.paragraph([.strong(w.whatWouldHelp + w.colon),
                                          .text(w.pathIntro(node: node, start: c.f(path.start), target: c.f(path.target), description: path.targetDescription.text(for: c.language)))]))
                blocks.append(.table(ReportTable(header: ["#", w.stepHeader, w.afterHeader(node)],
                                                 rows: path.steps.prefix(5).enumerated().map { k, s in [.init(String(k + 1)), .init(flagReport.stepText(s)), .init(c.f(s.targetAfter))] },
                                                 rightAligned: [0, 2], wrapping: [1])))
            }
            if !a.partners.isEmpty {
                blocks.append(.paragraph([.strong(w.learnFrom + w.colon),
                                          .text(a.partners.map { p in
                                              let s = p.strengths.sorted { $0.key < $1.key }.map { "\(c.label($0.key)) \(c.f($0.value[0]))" }.joined(separator: w.listSeparator)
                                              return c.name(p.unit) + w.parenthesised(s)
                                          }.joined(separator: w.semicolon))]))
            }
        case .exemplar:
            blocks.append(.paragraph([.text(w.exemplarGuidance)]))
        case .watch:
            blocks.append(.bullets(a.flags.map { [.strong(w.ruleLabel($0.rule) + w.colon), .text($0.reason.text(for: c.language))] }))
        case .insufficientData, .clear, .notRanked:
            // The dimension with the largest shortfall against the group median, if any.
            let gaps = c.dimensions.compactMap { d -> (String, Double)? in
                c.engine.peers.positions(nodeId: d.id, year: c.year).first { $0.row == row }?.gapToMedian.map { (d.id, $0) }
            }.filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }
            blocks.append(.paragraph([.text(a.status == .clear ? w.noFlags(c.year(c.year)) : w.notAssessedText(a.holdReason(c.language) ?? ""))]))
            if let worst = gaps.first {
                blocks.append(.paragraph([.text(w.largestGap(c.label(worst.0), c.signed(worst.1)))]))
            }
        }
        return blocks
    }
}
