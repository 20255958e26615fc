import TouchstoneCharts

extension ChartBuilder {
    /// Row height of a named unit in a ranking chart that names only some (thin rows carry the rest).
    static let namedRowHeight = 16.0
    /// The rows of a ranking that names only some units aim at this height, px: with the header, legend, axis
    /// and source line the chart stays under 918 px, the 232 mm a printed figure may take at the report's
    /// 182 mm text width (720 px).
    static let rankingPlotHeight = 700.0

    /// A ranking chart of more than ``labelAllUpTo`` units names only the highlighted units, the top and
    /// bottom five (``named(_:highlighted:higherIsBetter:)``) and the units without a score; the others keep a
    /// thin bar, and the subtitle says who is named. The thin rows share what ``rankingPlotHeight`` leaves
    /// after the named rows, between 1 and 3 px each:
    ///
    /// ```
    /// thin = min(3, max(1, (rankingPlotHeight − named × namedRowHeight) / unnamed))
    /// HDI, 195 units, 22 named: (700 − 352) / 173 = 2.0 px
    /// ```
    ///
    /// Up to ``labelAllUpTo`` units the chart is returned unchanged.
    func namingFew(_ chart: RankingChart) -> RankingChart {
        guard chart.items.count > Self.labelAllUpTo else { return chart }
        var out = chart
        let naming = Self.named(chart.items.map(\.value), highlighted: chart.items.map(\.highlighted))
        for k in out.items.indices { out.items[k].labelled = naming[k] || out.items[k].value.isNaN }
        out.rowHeight = Self.namedRowHeight
        let named = out.items.filter(\.labelled).count, unnamed = out.items.count - named
        if unnamed > 0 {
            out.unlabelledRowHeight = min(3, max(1, (Self.rankingPlotHeight - Double(named) * Self.namedRowHeight) / Double(unnamed)))
        }
        out.text.subtitle = (out.text.subtitle ?? "") + words.rankingNamedNote(highlighted: chart.items.contains(where: \.highlighted))
        return out
    }
}
