import TouchstoneCharts
import TouchstoneCore

extension ChartBuilder {
    /// Monte Carlo rank intervals (5–95%) per unit with the median rank as the dot.
    public func rankIntervals(_ analysis: UncertaintyAnalysis, highlighted: Set<Int> = []) -> IntervalChart {
        let items = analysis.summaries.map { s in
            IntervalChart.Item(label: rowLabel(s.unit), low: s.lowRank, high: s.highRank, point: s.medianRank, highlighted: highlighted.contains(s.unit))
        }
        var chart = IntervalChart(text: ChartText(title: words.t("Rank intervals", "排名区间") + " — \(words.year(analysis.year))",
                                                  subtitle: words.t("5–95% of \(analysis.runs) replications; dot: median rank",
                                                                    "\(analysis.runs) 次模拟的 5–95% 区间；圆点：中位排名"),
                                                  note: source),
                                  items: items)
        chart.axisTitle = words.rank
        chart.pointLegend = words.t("median rank", "中位排名")
        chart.intervalLegend = words.t("5–95% interval", "5–95% 区间")
        return chart
    }
}
