import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput

/// The charts of `touchstone progress`: bullet graphs per unit and key target, and the progress matrix.
extension ProgressReport {
    /// Status colours: off track in the needs-help orange, at risk in amber, on track in a light blue.
    static let statusColors: [TargetStatus: RGBColor] = [.offTrack: RGBColor(hex: "#d55e00"), .atRisk: RGBColor(hex: "#f0c05a"), .onTrack: RGBColor(hex: "#9ecae1")]

    /// Bullet graphs, every value as a percentage of its target (so one axis serves every indicator), for
    /// the targets of the units listed (default: the units off track or at risk), worst first.
    public func bulletChart(units only: Set<Int>? = nil) -> BulletChart {
        let w = words
        let status = unitStatus
        let chosen = only ?? Set(status.filter { $0.value == .offTrack || $0.value == .atRisk }.keys)
        let rows = ordered.filter { chosen.contains($0.unitIndex) }
        let items = rows.map { p -> BulletChart.Item in
            let scale = 100 / p.target.target
            return BulletChart.Item(label: "\(units[p.unitIndex].id) \(label(p.target.indicator))", value: p.valueToDate * scale, target: 100,
                                    expected: p.expected * scale, projection: (p.projection ?? .nan) * scale,
                                    low: p.lower.isFinite ? p.lower * scale : .nan, high: p.upper.isFinite ? p.upper * scale : .nan,
                                    highlighted: p.status == .offTrack)
        }
        var chart = BulletChart(text: ChartText(title: w.bulletTitle(asOf.label), subtitle: w.bulletSubtitle, note: w.progressNote(level: settings.level)), items: items)
        chart.bands = [50, 90]
        chart.axisTitle = w.percentOfTarget
        chart.legend = (w.toDateWord, w.targetWord, w.expectedWord, w.projectionWord + " · " + w.intervalWord(settings.level))
        chart.idPrefix = "bullets"
        chart.maxLabelWidth = 300
        return chart
    }

    /// Units × key targets coloured by status, each cell with its probability of reaching the target.
    public func matrixChart() -> StatusMatrixChart {
        let w = words
        let indicators = project.framework.indicators.map(\.id).filter { id in progress.contains { $0.target.indicator == id } }
        let unitRows = Array(Set(progress.map(\.unitIndex))).sorted()
        let order: [TargetStatus] = [.offTrack, .atRisk, .onTrack]
        var cells: [[Int?]] = [], texts: [[String]] = []
        for u in unitRows {
            let mine = progress.filter { $0.unitIndex == u }
            cells.append(indicators.map { id in mine.first { $0.target.indicator == id }.flatMap { order.firstIndex(of: $0.status) } })
            texts.append(indicators.map { id in mine.first { $0.target.indicator == id }.map { percent($0.probability) } ?? "" })
        }
        var chart = StatusMatrixChart(text: ChartText(title: w.matrixTitle(asOf.label), subtitle: w.matrixSubtitle),
                                      rowLabels: unitRows.map { "\(units[$0].id) \(units[$0].name(language))" },
                                      columnLabels: indicators.map(label), categories: order.map { .init(label: w.status($0), color: Self.statusColors[$0]!) }, cells: cells)
        chart.cellTexts = texts
        chart.maxLabelWidth = 300
        chart.missingLegend = w.status(.noData)
        chart.highlightedRows = Set(unitRows.enumerated().filter { unitStatus[$0.element] == .offTrack }.map(\.offset))
        return chart
    }
}
