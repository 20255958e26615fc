import Foundation
import TouchstoneCharts
import TouchstoneCore
import TouchstoneStats
import TouchstoneText

/// Charts the report needs beyond `touchstone chart`: the distribution of a year's scores, a heatmap split
/// into page-sized parts, and trends that stop at the report year.
extension ChartBuilder {
    /// A histogram of a node's scores in one year, drawn as horizontal bars, highest band on top. Bands
    /// are 1-2-5 steps (10 points on a 0–100 range, 0.1 on 0–1) covering the normalisation range (or the data,
    /// for z-scores); a band holds values from its lower bound up to, but excluding, its upper bound (the
    /// top band includes it).
    public func distribution(year: Int, nodeId: String? = nil) -> RankingChart {
        let id = nodeId ?? result.root.id
        let values = result.panel.rows(inYear: year).map { result.scores[id]![$0] }.filter { !$0.isNaN }
        let spec = result.project.defaults.normalisation
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if spec.method.descriptor.bounded {
            lo = min(lo, spec.range.lowerBound)
            hi = max(hi, spec.range.upperBound)
        }
        let step = Self.niceStep((hi - lo) / 10)
        let start = (lo / step).rounded(.down) * step
        let count = max(1, Int(((hi - start) / step).rounded(.up)))
        var counts = [Int](repeating: 0, count: count)
        for v in values { counts[min(count - 1, max(0, Int(((v - start) / step).rounded(.down))))] += 1 }
        let d = step >= 1 ? 0 : Int((-log10(step)).rounded(.up))
        let fmt = { (v: Double) in NumberFormat.fixed(v, decimals: d) }
        let items = (0 ..< count).reversed().map { k in
            RankingChart.Item(label: "\(fmt(start + Double(k) * step))–\(fmt(start + Double(k + 1) * step))", value: Double(counts[k]))
        }
        let median = Descriptive.median(values).map { NumberFormat.fixed($0, decimals: decimals) } ?? "–"
        var chart = RankingChart(text: ChartText(title: words.t("Distribution of the \(label(id))", "\(label(id))分布") + " — \(words.year(year))",
                                                 subtitle: words.t("units per band of \(fmt(step)); median \(median)", "各分数段单位数（段宽 \(fmt(step))），中位数 \(median)"),
                                                 note: source),
                                 items: items)
        chart.order = .given
        chart.valueFormat = NumberFormat(decimals: 0)
        chart.valueAxisTitle = words.t("units", "单位数")
        chart.rowHeight = 20
        chart.idPrefix = "distribution"
        return chart
    }

    /// 1, 2 or 5 times a power of ten, the smallest at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let p = pow(10, (log10(raw)).rounded(.down))
        for m in [1.0, 2, 5, 10] where m * p >= raw * (1 - 1e-9) { return m * p }
        return 10 * p
    }

    /// The dimension heatmap of a year in parts of at most `rowsPerChart` units (in index order), so that
    /// each part fits on a printed page. One part when the units fit. With `only`, just those units.
    public func heatmapParts(year: Int, rowsPerChart: Int = 48, highlighted: Set<Int> = [], only: Set<Int>? = nil) -> [HeatmapChart] {
        var full = heatmap(year: year, highlighted: highlighted, only: only)
        full.maxLabelWidth = 270
        let n = full.rowLabels.count
        guard n > rowsPerChart else { return [full] }
        let parts = (n + rowsPerChart - 1) / rowsPerChart
        let size = (n + parts - 1) / parts
        return stride(from: 0, to: n, by: size).enumerated().map { k, start in
            let end = min(n, start + size)
            var c = full
            c.rowLabels = Array(full.rowLabels[start ..< end])
            c.values = Array(full.values[start ..< end])
            c.highlightedRows = Set(full.highlightedRows.filter { $0 >= start && $0 < end }.map { $0 - start })
            c.text.title += words.t(" (rows \(start + 1)–\(end) of \(n))", "（第 \(start + 1)–\(end) 行，共 \(n) 行）")
            c.idPrefix = "heatmap-\(k + 1)"
            return c
        }
    }

    /// Like `trend(units:nodeId:highlighted:)`, but over the years up to `year` only (a report on an
    /// earlier year does not show later data).
    public func trend(units: [Int], through year: Int, nodeId: String? = nil, highlighted: Set<Int> = []) -> TrendChart {
        let id = nodeId ?? result.root.id
        let years = result.panel.years.filter { $0 <= year }
        let scores = result.scores[id]!
        let series = units.map { u in
            TrendChart.Series(label: rowLabel(u), values: years.map { y in row(u, y).map { scores[$0] } ?? .nan }, highlighted: highlighted.contains(u))
        }
        let perYear = years.map { y in result.panel.rows(inYear: y).map { scores[$0] }.filter { !$0.isNaN }.sorted() }
        var chart = TrendChart(text: ChartText(title: "\(label(id)) — \(words.year(years.first ?? year))–\(words.year(year))", note: source),
                               years: years, series: series,
                               reference: perYear.map { Quantile.type7(sorted: $0, 0.5) ?? .nan },
                               band: (perYear.map { Quantile.type7(sorted: $0, 0.25) ?? .nan }, perYear.map { Quantile.type7(sorted: $0, 0.75) ?? .nan }))
        chart.referenceLegend = words.allMedian
        chart.bandLegend = words.interquartile
        chart.yAxisTitle = words.score
        chart.endValueFormat = NumberFormat(decimals: decimals)
        let range = result.project.defaults.normalisation.range
        if result.project.defaults.normalisation.method.descriptor.bounded { chart.yDomain = (range.lowerBound, range.upperBound) }
        return chart
    }
}
