import TouchstoneCore

/// The "progress" chapter of a report on quarterly or monthly data with key targets: the units off track or
/// at risk, the progress matrix and the bullet graphs (the same numbers as `touchstone progress`).
extension ReportBuilder {
    func progressChapter() -> [ReportBlock] {
        guard let p = c.settings.progress else { return [] }
        let pw = p.words, status = p.unitStatus
        let behind = p.ordered.filter { $0.status == .offTrack || $0.status == .atRisk }
        let rows: [[ReportTable.Cell]] = behind.map { t in
            let u = p.units[t.unitIndex]
            return [.init(u.id), .init(u.name(c.language)), .init(p.label(t.target.indicator)), .init(p.number(t.target.target)), .init(p.number(t.valueToDate)),
                    .init(p.number(t.expected)), .init(p.number(t.projection)), .init(p.percent(t.probability)), .init(pw.status(t.status))]
        }
        var table = ReportTable(header: [pw.unitWord, pw.nameWord, pw.indicatorWord, pw.targetWord, pw.toDateWord, pw.expectedWord, pw.projectionWord, pw.probabilityWord, pw.statusWord],
                                rows: rows, rightAligned: [3, 4, 5, 6, 7], wrapping: [1, 2])
        table.rowStyles = behind.map { $0.status == .offTrack ? "flagged" : nil }
        let counts = Dictionary(grouping: status.values, by: { $0 }).mapValues(\.count)
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: pw.progressTitle(p.asOf.label, units: status.count, counts: counts), anchor: "progress", pageBreak: false),
            .note([.text(pw.progressNote(level: p.settings.level))]),
            .command(c.command("progress", ["--period", p.asOf.label], year: false)),
        ]
        if !rows.isEmpty { blocks.append(.table(table)) }
        blocks.append(.figure(ReportFigure(name: "progress-matrix", svg: p.matrixChart().svg(), alt: pw.matrixTitle(p.asOf.label))))
        if !behind.isEmpty { blocks.append(.figure(ReportFigure(name: "progress-bullets", svg: p.bulletChart().svg(), alt: pw.bulletTitle(p.asOf.label)))) }
        return blocks
    }

    /// The brief's "key targets" section of one unit (every key target of it, with its status), or nothing when
    /// the data are yearly or the unit has no key target.
    func progressSection(unit u: Int) -> [ReportBlock] {
        guard let p = c.settings.progress else { return [] }
        let pw = p.words
        let mine = p.ordered.filter { $0.unitIndex == u }
        guard !mine.isEmpty else { return [] }
        let rows: [[ReportTable.Cell]] = mine.map { t in
            [.init(p.label(t.target.indicator)), .init(p.number(t.target.target)), .init(p.number(t.valueToDate)), .init(p.number(t.expected)),
             .init(p.number(t.projection)), .init(p.percent(t.probability)), .init(pw.status(t.status))]
        }
        var table = ReportTable(header: [pw.indicatorWord, pw.targetWord, pw.toDateWord, pw.expectedWord, pw.projectionWord, pw.probabilityWord, pw.statusWord],
                                rows: rows, rightAligned: [1, 2, 3, 4, 5], wrapping: [0])
        table.rowStyles = mine.map { $0.status == .offTrack ? "flagged" : nil }
        return [.heading(level: 2, text: pw.keyTargets + pw.lead("") + p.asOf.label, anchor: nil, pageBreak: false), .table(table)]
    }
}
