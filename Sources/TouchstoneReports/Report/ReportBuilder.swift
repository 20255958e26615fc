import Foundation
import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

/// Builds the yearly report document: cover, summary, index table, heatmap, trends by peer group, peer
/// groups, one section per flagged unit, exemplars and the method appendix. Numbers come from the same
/// reports and analyses as the other commands (`IndexReport`, `TrendReport`, `PeerReport`, `FlagEngine`).
struct ReportBuilder {
    let c: ReportContext
    var w: Words { c.words }

    /// Trend charts drawn in a summarised report (above 300 units) with many groups (`trendChartGroups`).
    static let maxTrendCharts = 12

    func document() -> ReportDocument {
        var d = ReportDocument(title: "\(c.title) — \(c.year(c.year))", language: c.language)
        d.add(contentsOf: cover())
        d.add(contentsOf: contents())
        d.add(contentsOf: progressChapter())
        d.add(contentsOf: decisionSection())
        d.add(contentsOf: summary())
        d.add(contentsOf: recommendationsChapter())
        d.add(contentsOf: sinceLastYear())
        d.add(contentsOf: indexChapter())
        d.add(contentsOf: heatmapChapter())
        d.add(contentsOf: trendsChapter())
        d.add(contentsOf: peersChapter())
        d.add(contentsOf: flaggedChapter())
        d.add(contentsOf: exemplarsChapter())
        d.add(contentsOf: methodChapter())
        return d
    }

    var flaggedAssessments: [UnitAssessment] { c.assessments.filter { $0.status == .flagged } }
    var exemplarAssessments: [UnitAssessment] { c.assessments.filter { $0.status == .exemplar } }

    func cover() -> [ReportBlock] {
        [.heading(level: 1, text: c.title, anchor: "top", pageBreak: false),
         .paragraph([.text(w.reviewLine(year: c.year(c.year), units: c.rows.count, span: c.span, version: c.settings.version))])]
            + (FrameworkChangeText(c.result, language: c.language).lines() + c.coverageText.lineageLines() + c.coverageText.exclusionLines(limit: Self.namesListed)).map { .note([.text($0)]) }
    }

    /// The chapters as one line of links under the title, so that the decision page still fits page 1; with
    /// their page numbers when the report has been printed once (`ReportSettings.chapterPages`).
    func contents() -> [ReportBlock] {
        let links: [(String, String)] = [
            (w.summaryTitle(c.year(c.year)), "summary"), (w.organisationTitle, "recommendations"), (w.indexTitle(c.year(c.year)), "index"), (w.heatmapTitle(c.year(c.year)), "heatmap"),
            (w.trendsTitle(c.span), "trends"), (w.peersTitle(c.year(c.year)), "peers"), (w.flaggedTitle(flaggedAssessments.count), "flagged"),
            (w.exemplarsTitle(exemplarAssessments.count), "exemplars"), (w.methodTitle, "method"),
        ]
        var line: [Inline] = []
        for (k, l) in links.enumerated() {
            if k > 0 { line.append(.text(" · ")) }
            line.append(.link(l.0 + (c.settings.chapterPages[l.1].map(w.onPage) ?? ""), .anchor(l.1)))
        }
        return [.note(line)]
    }

    var scaleText: String {
        let spec = c.result.project.defaults.normalisation
        if spec.method == .zScore { return w.zScale(mean: NumberFormat.full(spec.zMean), sd: NumberFormat.full(spec.zStandardDeviation)) }
        return "\(NumberFormat.full(spec.range.lowerBound))–\(NumberFormat.full(spec.range.upperBound))"
    }

    // MARK: Summary

    func summary() -> [ReportBlock] {
        let y = c.year
        let values = c.rows.map { c.rootScores[$0] }.filter { !$0.isNaN }.sorted()
        let median = Quantile.type7(sorted: values, 0.5)
        let prevValues = c.previousYear.map { p in c.result.panel.rows(inYear: p).map { c.rootScores[$0] }.filter { !$0.isNaN }.sorted() } ?? []
        let prevMedian = Quantile.type7(sorted: prevValues, 0.5)
        let flagged = flaggedAssessments.filter { c.shows($0.unit) }, exemplars = exemplarAssessments.filter { c.shows($0.unit) }
        let bySeverity = UnitFlag.Severity.allCases.reversed().map { s in (s, flagged.filter { $0.severity == s }.count) }
        let classes = TrendClass.allCases.map { k in (k, c.rows.filter { c.assessmentOf[c.result.panel.rows[$0].unit]?.trendClass == k }.count) }
        let count = { (k: TrendClass) in classes.first { $0.0 == k }!.1 }
        let rowsByScore = c.rows.filter { !c.rootScores[$0].isNaN }.sorted { c.rootScores[$0] > c.rootScores[$1] }
        let top = rowsByScore.first.map { c.result.panel.rows[$0].unit }, bottom = rowsByScore.last.map { c.result.panel.rows[$0].unit }

        var blocks: [ReportBlock] = [.heading(level: 2, text: w.summaryTitle(c.year(y)), anchor: "summary", pageBreak: false),
                                     .note([.text(w.howToRead(scale: scaleText))])]
        blocks.append(.paragraph([.text(w.summaryNarrative(
            year: c.year(y), index: c.indexLabel, units: values.count, median: c.f(median),
            previous: c.previousYear.map { (c.year($0), c.f(prevMedian)) },
            flagged: flagged.count, high: bySeverity.first { $0.0 == .high }!.1, exemplars: exemplars.count,
            since: c.year(c.result.panel.years.first!), improving: count(.improving), declining: count(.declining)))]))
        var figures: [KeyFigure] = []
        figures.append(KeyFigure(label: w.unitsAssessed, value: "\(values.count)", detail: values.count < c.rows.count ? w.ofUnits(c.rows.count) : w.withScoreIn(c.year(y))))
        figures.append(KeyFigure(label: w.medianIndex, value: c.f(median),
                                 detail: c.previousYear.map { c.year($0) + w.colon + c.f(prevMedian) + w.parenthesised(c.signed(median.flatMap { m in prevMedian.map { m - $0 } })) }))
        figures.append(KeyFigure(label: w.middleHalf, value: "\(c.f(Quantile.type7(sorted: values, 0.25)))–\(c.f(Quantile.type7(sorted: values, 0.75)))", detail: w.interquartileRange))
        figures.append(KeyFigure(label: w.range, value: "\(c.f(values.first))–\(c.f(values.last))",
                                 detail: [bottom.map { w.lowest + " " + c.name($0) }, top.map { w.highest + " " + c.name($0) }].compactMap { $0 }.joined(separator: w.separator)))
        figures.append(KeyFigure(label: w.flaggedUnits, value: "\(flagged.count)",
                                 detail: bySeverity.map { "\($0.0.label(c.language)) \($0.1)" }.joined(separator: " · ") + w.separator + w.exemplarsCount(exemplars.count)))
        figures.append(KeyFigure(label: w.improvingDeclining(c.year(c.result.panel.years.first!)), value: "\(count(.improving)) / \(count(.declining))",
                                 detail: [TrendClass.stable, .stagnantBelowPeers, .volatile, .insufficientData].filter { count($0) > 0 }
                                    .map { "\($0.label(c.language)) \(count($0))" }.joined(separator: " · ")))
        blocks.append(.keyFigures(figures))
        blocks.append(.command(c.command("index", ["--level", "0"])))
        let flaggedHeading = ReportBlock.heading(level: 3, text: w.flaggedTitle(flagged.count), anchor: nil, pageBreak: false)
        blocks.append(flagged.isEmpty ? .keep([flaggedHeading, .paragraph([.text(w.noneFlagged)])])
                                      : .keep([flaggedHeading, .command(c.command("flag")), .table(flaggedTable(flagged))]))
        // Exemplars in one line here (their table is in their chapter), so the summary keeps to its page.
        blocks.append(.paragraph([.strong(w.exemplarsTitle(exemplars.count)),
                                  .text(w.colon + (exemplars.isEmpty ? w.noExemplars : exemplars.map { c.name($0.unit) }.joined(separator: w.listSeparator)) + " "),
                                  .link(w.seeChapter, .anchor("exemplars"))]))
        return blocks
    }

    func movers() -> [ReportBlock] {
        guard let p = c.previousYear else { return [.heading(level: 3, text: w.moversTitle(nil), anchor: nil, pageBreak: false), .paragraph([.text(w.noPreviousYear)])] }
        struct Move { var unit: Int; var before: Double; var after: Double; var change: Double { after - before } }
        let moves = c.rows.compactMap { r -> Move? in
            let u = c.result.panel.rows[r].unit
            guard let a = c.score(u, p), let b = c.score(u, c.year) else { return nil }
            return Move(unit: u, before: a, after: b)
        }
        let up = moves.filter { $0.change > 0 }.sorted { ($0.change, -$0.unit) > ($1.change, -$1.unit) }.prefix(5)
        let down = moves.filter { $0.change < 0 }.sorted { ($0.change, $0.unit) < ($1.change, $1.unit) }.prefix(5)
        let header = [w.unitHeader, w.nameHeader, w.groupHeader, c.year(p), c.year(c.year), w.changeHeader, w.rankHeader, w.mainlyThrough]
        func table(_ list: ArraySlice<Move>, caption: String) -> ReportTable {
            let rows = list.map { m -> [ReportTable.Cell] in
                let ra = c.row(m.unit, p).flatMap { c.ranks[$0] }, rb = c.row(m.unit, c.year).flatMap { c.ranks[$0] }
                let parts = ChangeDecomposition.yearOverYear(result: c.result, unit: m.unit, years: [p, c.year]).first
                let driver = parts.flatMap { d in
                    c.dimensions.compactMap { dim in d.contributions[dim.id].map { (dim.id, $0) } }
                        .filter { ($0.1 > 0) == (m.change > 0) }.max { abs($0.1) < abs($1.1) }
                }
                return [c.unitCell(m.unit, toSection: true), .init(c.name(m.unit)), .init(c.group(m.unit)), .init(c.f(m.before)), .init(c.f(m.after)),
                        .init(c.signed(m.change), style: m.change > 0 ? "up" : "down"),
                        .init("\(ra.map(String.init) ?? "–") → \(rb.map(String.init) ?? "–")"),
                        .init(driver.map { "\(c.label($0.0)) \(c.signed($0.1))" } ?? "–")]
            }
            var t = ReportTable(caption: caption, header: header, rows: rows, rightAligned: [3, 4, 5], wrapping: [1, 7])
            t.rowStyles = list.map { style($0.unit) }
            return t
        }
        var blocks: [ReportBlock] = []
        let heading: [ReportBlock] = [.heading(level: 3, text: w.moversTitle(c.year(p)), anchor: nil, pageBreak: false),
                                      .command(c.command("trend", ["--from", String(p), "--to", String(c.year)], year: false))]
        if !up.isEmpty { blocks.append(.keep(heading + [.table(table(up, caption: w.risenMost))])) } else { blocks += heading }
        if !down.isEmpty { blocks.append(.table(table(down, caption: w.fallenMost))) }
        if up.isEmpty && down.isEmpty { blocks.append(.paragraph([.text(w.noMoves)])) }
        blocks.append(.note([.text(w.moversNote)]))
        return blocks
    }

    func style(_ u: Int) -> String? {
        switch c.assessmentOf[u]?.status {
        case .flagged?: return "flagged"
        case .exemplar?: return "exemplar"
        default: return nil
        }
    }

    func flaggedTable(_ list: [UnitAssessment]) -> ReportTable {
        let rows = list.map { a -> [ReportTable.Cell] in
            let sev = a.severity!
            return [.init(sev.label(c.language), style: "sev-\(sev.name)"), c.unitCell(a.unit, toSection: true), .init(c.name(a.unit)), .init(c.group(a.unit)),
                    .init(c.f(a.row.map { c.rootScores[$0] })), .init(a.row.flatMap { c.ranks[$0] }.map(String.init) ?? "–"),
                    .init(a.trendClass?.label(c.language) ?? "–"),
                    .init(a.flags.map { w.ruleLabel($0.rule) + ($0.rule == .weakDimension ? " (\(c.label($0.nodeId)))" : "") }.joined(separator: w.listSeparator))]
        }
        return ReportTable(header: [w.severityHeader, w.unitHeader, w.nameHeader, w.groupHeader, c.indexLabel, w.rankHeader, w.trendHeader, w.flagsHeader],
                           rows: rows, rightAligned: [4, 5], wrapping: [2, 7])
    }

    func exemplarTable(_ list: [UnitAssessment]) -> ReportTable {
        let rows = list.map { a -> [ReportTable.Cell] in
            [c.unitCell(a.unit), .init(c.name(a.unit)), .init(c.group(a.unit)), .init(c.f(a.row.map { c.rootScores[$0] })),
             .init(a.row.flatMap { c.groupRanks?[$0] }.map(String.init) ?? "–"), .init(a.trendClass?.label(c.language) ?? "–"),
             .init(a.excelsIn.map(c.label).joined(separator: w.listSeparator))]
        }
        var t = ReportTable(header: [w.unitHeader, w.nameHeader, w.groupHeader, c.indexLabel, w.rankInGroupHeader, w.trendHeader, w.leadsIn],
                            rows: rows, rightAligned: [3, 4], wrapping: [1, 6])
        t.rowStyles = list.map { _ in "exemplar" }
        return t
    }

    // MARK: Since last year

    /// The "since last year" page, when the previous year is archived beside the project: new, continuing and
    /// cleared flags, exemplars, the cut-off and the published numbers that changed (`ReviewText`).
    func sinceLastYear() -> [ReportBlock] {
        guard let review = c.review else { return [] }
        let words = ReviewText(review, result: c.result, language: c.language)
        var blocks: [ReportBlock] = [.heading(level: 2, text: words.title, anchor: "since", pageBreak: true),
                                     .command(c.command("review", ["--against", ReportEscaping.shell((c.settings.projectPath as NSString).appendingPathComponent("archive/\(review.oldYear)"))])),
                                     .bullets(words.summaryLines().map { [.text($0)] })]
        if !review.changed.isEmpty {
            let t = words.changesTable()
            blocks.append(.table(ReportTable(caption: t.title, header: t.header, rows: t.rows.map { $0.map { ReportTable.Cell($0) } }, rightAligned: t.rightAligned, wrapping: [6])))
        }
        return blocks
    }

    // MARK: Index, heatmap

    func indexChapter() -> [ReportBlock] {
        var selection = IndexSelection()
        selection.years = .year(c.year)
        selection.maxDepth = 1
        selection.language = c.language
        selection.decimals = c.decimals
        guard let table = try? IndexReport(result: c.result, selection: selection).table() else { return [] }
        let unitColumn = 1
        let byId = Dictionary(uniqueKeysWithValues: c.result.panel.units.indices.map { (c.unit($0).id, $0) })
        let header = table.header + [w.trendHeader, c.previousYear.map { w.changeSince(c.year($0)) } ?? w.changeHeader]
        var styles: [String?] = []
        let rows = table.rows.filter { byId[$0[unitColumn]].map(c.shows) ?? true }.map { cells -> [ReportTable.Cell] in
            let u = byId[cells[unitColumn]]!
            styles.append(style(u))
            let change = c.score(u, c.year).flatMap { now in c.score(u, c.previousYear).map { now - $0 } }
            return cells.enumerated().map { k, text in k == unitColumn ? c.unitCell(u, toSection: true) : .init(text) }
                + [.init(c.assessmentOf[u]?.trendClass?.label(c.language) ?? "–"), .init(c.signed(change))]
        }
        var t = ReportTable(caption: w.allUnitsCaption, header: header, rows: rows, rightAligned: table.rightAligned.union([header.count - 1]),
                            wide: header.count > 10, wrapping: [2, header.count - 2])
        t.rowStyles = styles
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.indexTitle(c.year(c.year)), anchor: "index", pageBreak: false),
                                     .note([.text(w.indexNote)])]
        if let focus = c.focus { blocks.append(.note([.text(w.focusNote(shown: focus.count, of: c.rows.count))])) }
        // The biggest movers open this chapter (in the summary they pushed the flagged table onto a page of its own).
        blocks += movers()
        blocks += [.command(c.command("index")), .table(t)]
        // Above 40 units the ranking names only flagged, top and bottom units (`ChartBuilder.namingFew`); a
        // summarised report (above 300) says why it has none.
        if c.focus == nil {
            blocks.append(.command(c.command("chart ranking", ["--output", "notebook-charts/ranking.svg"])))
            blocks.append(.figure(ReportFigure(name: "ranking", svg: c.charts.ranking(year: c.year, highlighted: c.flagged).svg(), alt: w.rankingAlt(c.indexLabel, c.year(c.year)))))
        } else {
            blocks.append(.note([.text(w.rankingLeftOut(units: c.rows.count, above: ReportContext.summariseAbove))]))
        }
        return blocks
    }

    func heatmapChapter() -> [ReportBlock] {
        let parts = c.charts.heatmapParts(year: c.year, highlighted: c.flagged, only: c.focus)
        var blocks: [ReportBlock] = [.heading(level: 2, text: w.heatmapTitle(c.year(c.year)), anchor: "heatmap", pageBreak: false),
                                     .note([.text(w.heatmapNote)]),
                                     .command(c.command("chart heatmap", ["--output", "notebook-charts/heatmap.svg"]))]
        for (k, chart) in parts.enumerated() {
            blocks.append(.figure(ReportFigure(name: parts.count == 1 ? "heatmap" : "heatmap-\(k + 1)", svg: chart.svg(), alt: chart.text.title)))
        }
        return blocks
    }
}
