import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

/// Builds the charts of `touchstone chart` (and of the report) from Touchstone's results: it picks the data,
/// the labels in the reader's language and the highlights; the chart layer only draws.
public struct ChartBuilder: Sendable {
    public let result: IndexResult
    public let language: String
    public let groupColumn: String?
    /// Unit names for chart rows: the unit table's short name (`units.short_name_column`) where it has one,
    /// else the name without the suffix every name shares (``NameShortening``).
    let shortNames: [String]

    public init(result: IndexResult, language: String) {
        self.result = result
        self.language = language
        self.groupColumn = result.project.trends.peerGroup ?? result.project.units.groupColumns.first
        let stripped = NameShortening.removingCommonSuffix(result.panel.units.map { $0.name(language) })
        self.shortNames = result.panel.units.enumerated().map { k, u in
            // The short name in the language shown, or the English one where the name shown is the English one.
            let own = u.names[language].map { !$0.isEmpty } ?? false
            return u.shortNames[language] ?? (own ? nil : u.shortNames["en"]) ?? stripped[k]
        }
    }

    var words: Words { Words(language) }
    /// The source line under every chart: the project's `source:` when it has one.
    var source: String {
        guard let s = result.project.source?.text(for: language), !s.isEmpty else { return words.source }
        return words.t("Source: \(s). Computed with Touchstone", "来源：\(s)。Touchstone 计算")
    }
    var decimals: Int { result.project.scoreDecimals }
    func label(_ id: String) -> String { result.node(id)?.label.text(for: language, fallback: id) ?? id }
    /// A unit's full name (titles).
    func unitLabel(_ u: Int) -> String { result.panel.units[u].name(language) }
    /// A unit's name in a chart row or series: without the suffix all units share.
    func rowLabel(_ u: Int) -> String { shortNames[u] }
    /// A unit's group as the project names it (`labels:`), else as the unit table does.
    func groupName(_ u: Int) -> String? {
        groupColumn.map { c in
            result.project.groupName(of: result.panel.units[u], c, language)
        }
    }
    func row(_ u: Int, _ year: Int) -> Int? { result.panel.row(unit: u, year: year) }

    /// Horizontal bars of a node's score for one year, sorted; `highlighted` units (e.g. flagged) stand out and
    /// each bar carries its peer-group median.
    public func ranking(year: Int, nodeId: String? = nil, highlighted: Set<Int> = []) -> RankingChart {
        let id = nodeId ?? result.root.id
        let scores = result.scores[id]!
        let rows = result.panel.rows(inYear: year)
        let items = rows.map { r -> RankingChart.Item in
            let u = result.panel.rows[r].unit
            return RankingChart.Item(label: rowLabel(u), value: scores[r], group: groupName(u), highlighted: highlighted.contains(u))
        }
        var medians: [String: Double] = [:]
        for (g, members) in Dictionary(grouping: rows, by: { groupName(result.panel.rows[$0].unit) ?? "" }) where !g.isEmpty {
            medians[g] = Descriptive.median(members.map { scores[$0] })
        }
        var chart = RankingChart(text: ChartText(title: "\(label(id)) — \(words.year(year))",
                                                 subtitle: words.t("\(rows.count) units, highest first", "\(rows.count) 个单位，由高到低"),
                                                 note: source),
                                 items: items, groupMedians: medians)
        chart.highlightLegend = highlighted.isEmpty ? nil : words.flagged
        chart.medianLegend = medians.isEmpty ? nil : words.groupMedian
        chart.valueFormat = NumberFormat(decimals: decimals)
        chart.valueAxisTitle = words.score
        return namingFew(chart)
    }

    /// A node over the years for chosen units, over the median and middle half of all units.
    public func trend(units: [Int], nodeId: String? = nil, highlighted: Set<Int> = []) -> TrendChart {
        let id = nodeId ?? result.root.id
        let years = result.panel.years
        let scores = result.scores[id]!
        let series = units.map { u in
            TrendChart.Series(label: rowLabel(u), values: years.map { y in row(u, y).map { scores[$0] } ?? .nan }, highlighted: highlighted.contains(u))
        }
        let perYear = years.map { y in result.panel.rows(inYear: y).map { scores[$0] }.filter { !$0.isNaN }.sorted() }
        let median = perYear.map { Quantile.type7(sorted: $0, 0.5) ?? .nan }
        let lower = perYear.map { Quantile.type7(sorted: $0, 0.25) ?? .nan }
        let upper = perYear.map { Quantile.type7(sorted: $0, 0.75) ?? .nan }
        var chart = TrendChart(text: ChartText(title: "\(label(id)) — \(words.year(years.first!))–\(words.year(years.last!))", note: source),
                               years: years, series: series, reference: median, band: (lower, upper))
        chart.referenceLegend = words.allMedian
        chart.bandLegend = words.interquartile
        chart.yAxisTitle = words.score
        chart.endValueFormat = NumberFormat(decimals: decimals)
        return chart
    }

    /// Every unit's score (or rank) in two years.
    public func slope(from a: Int, to b: Int, nodeId: String? = nil, ranks: Bool = false, highlighted: Set<Int> = []) -> SlopeChart {
        let id = nodeId ?? result.root.id
        let values: [Double?] = ranks ? result.ranks(of: id).map { $0.map(Double.init) } : result.scores[id]!.map { $0.isNaN ? nil : $0 }
        let items = result.panel.units.indices.compactMap { u -> SlopeChart.Item? in
            guard let ra = row(u, a), let rb = row(u, b), let va = values[ra], let vb = values[rb] else { return nil }
            return SlopeChart.Item(label: rowLabel(u), start: va, end: vb, highlighted: highlighted.contains(u))
        }
        let named = Self.named(items.map(\.end), highlighted: items.map(\.highlighted), higherIsBetter: !ranks)
        var chart = SlopeChart(text: ChartText(title: "\(label(id)) — \(words.year(a)) → \(words.year(b))", note: source),
                               items: items.enumerated().map { k, item in var i = item; i.labelled = named[k]; return i },
                               startHeading: words.year(a), endHeading: words.year(b))
        if ranks { chart.mode = .rank }
        chart.valueFormat = NumberFormat(decimals: decimals)
        chart.risingLegend = words.rising
        chart.fallingLegend = words.falling
        chart.unchangedLegend = words.unchanged
        return chart
    }

    /// Units × dimensions (or × indicators) of one year's scores, units sorted by the index. The index itself
    /// is the first column of the dimension heatmap, so each row shows the score it is sorted by (on a bounded
    /// scale the index shares the dimensions' range and colours).
    public func heatmap(year: Int, indicators: Bool = false, highlighted: Set<Int> = [], only: Set<Int>? = nil) -> HeatmapChart {
        let columns = indicators ? result.root.indicators : [result.root] + result.root.children
        let root = result.scores[result.root.id]!
        let rows = result.panel.rows(inYear: year).filter { only?.contains(result.panel.rows[$0].unit) ?? true }.sorted { (root[$0].isNaN ? -1e300 : root[$0]) > (root[$1].isNaN ? -1e300 : root[$1]) }
        let units = rows.map { result.panel.rows[$0].unit }
        var chart = HeatmapChart(text: ChartText(title: words.t("Scores by dimension", "各维度得分") + " — \(words.year(year))", note: source),
                                 rowLabels: units.map(rowLabel), columnLabels: columns.map { label($0.id) },
                                 values: rows.map { r in columns.map { result.scores[$0.id]![r] } })
        let range = result.project.defaults.normalisation.range
        if result.project.defaults.normalisation.method.descriptor.bounded { chart.domain = (range.lowerBound, range.upperBound) }
        chart.highlightedRows = Set(units.enumerated().filter { highlighted.contains($0.element) }.map(\.offset))
        chart.missingLegend = words.missing
        chart.legendTitle = words.score
        // Whole numbers in the cells on wide scales (0–100); three decimals on 0–1 scales, where 0 and 1 say nothing.
        chart.valueFormat = NumberFormat(decimals: decimals > 1 ? decimals : 0)
        return chart
    }

    /// One unit's dimensions against its peer-group median.
    public func profile(unit: Int, year: Int) -> ProfileChart {
        let r = row(unit, year)
        let analysis = PeerAnalysis(result: result, groupColumn: groupColumn)
        let peers = r.map { analysis.peerRows(of: $0) } ?? []
        let rows = result.root.children.map { d in
            ProfileChart.Row(label: label(d.id), value: r.map { result.scores[d.id]![$0] } ?? .nan,
                             reference: Descriptive.median(peers.map { result.scores[d.id]![$0] }) ?? .nan)
        }
        var chart = ProfileChart(text: ChartText(title: "\(unitLabel(unit)) — \(words.year(year))",
                                                 subtitle: groupName(unit).map { words.t("against the \($0) median", "对比\($0)中位数") }, note: source),
                                 rows: rows)
        chart.valueFormat = NumberFormat(decimals: decimals)
        chart.unitLegend = unitLabel(unit)
        chart.referenceLegend = words.groupMedian
        chart.axisTitle = words.score
        let range = result.project.defaults.normalisation.range
        if result.project.defaults.normalisation.method.descriptor.bounded { chart.domain = (range.lowerBound, range.upperBound) }
        return chart
    }

    /// A count indicator's rate against its denominator with the 95% and 99.8% control limits.
    public func funnel(indicatorId: String, year: Int) -> FunnelChart? {
        guard let f = FunnelAnalysis(result: result, indicatorId: indicatorId, year: year), !f.points.isEmpty else { return nil }
        let points = f.points.map { p -> FunnelChart.Point in
            // The bad side is marked by the same mid-p test as the funnel flag; the good side by the limits.
            let good: FunnelChart.Standing = p.positions[1] != .within ? .beyond998 : p.positions[0] != .within ? .beyond95 : .inside
            let standing: FunnelChart.Standing = p.beyond998 ? .beyond998 : p.beyond95 ? .beyond95 : p.pValue > 0.5 ? good : .inside
            return FunnelChart.Point(label: rowLabel(result.panel.rows[p.row].unit), denominator: p.denominator, rate: p.value,
                                     labelled: p.beyond95 || p.positions[0] != .within, standing: standing)
        }
        let limits = FunnelChart.Limits(denominators: f.grid.map(\.denominator),
                                        lower95: f.grid.map { max(0, $0.limits[0].lower) }, upper95: f.grid.map { $0.limits[0].upper },
                                        lower998: f.grid.map { max(0, $0.limits[1].lower) }, upper998: f.grid.map { $0.limits[1].upper })
        let node = result.node(indicatorId)!
        var chart = FunnelChart(text: ChartText(title: "\(label(indicatorId)) — \(words.year(year))",
                                                subtitle: words.t("control limits 95% and 99.8%", "控制限 95% 与 99.8%"), note: source),
                                points: points, limits: limits, target: f.target)
        chart.targetLegend = words.target
        chart.limits95Legend = words.t("95% limits", "95% 控制限")
        chart.limits998Legend = words.t("99.8% limits", "99.8% 控制限")
        chart.rateFloor = 0
        let sizeColumn = result.project.units.sizeColumn ?? "size"
        let sizeName = result.project.label(of: sizeColumn, language) ?? sizeColumn
        let per = f.spec.denominator == "size" ? sizeName : label(f.spec.denominator)
        let unit = node.indicator!.unit.text(for: language, fallback: "")
        let what = label(indicatorId)
        chart.xAxisTitle = f.spec.denominator == "size" ? words.t("size (\(sizeName))", "规模（\(sizeName)）") : per
        chart.yAxisTitle = f.spec.model == .proportion ? words.t("\(what) (share)", "\(what)（比例）")
            : words.t("\(what) (\(unit.isEmpty ? "" : unit + " ")/ \(per))", "\(what)（\(unit)/\(per)）")
        chart.rateFormat = NumberFormat(decimals: 2)
        return chart
    }

    /// The contributions of each indicator to a unit's gap to its peer median profile (largest first).
    public func contributions(unit: Int, year: Int, limit: Int = 12) -> DivergingBarChart? {
        guard let r = row(unit, year) else { return nil }
        let analysis = PeerAnalysis(result: result, groupColumn: groupColumn)
        let d = GapDecomposition(result: result, row: r, reference: GapDecomposition.medianProfile(result: result, rows: analysis.peerRows(of: r)))
        let items = result.root.indicators.compactMap { n in d.contributions[n.id].map { DivergingBarChart.Item(label: label(n.id), value: $0) } }
            .sorted { abs($0.value) > abs($1.value) }.prefix(limit)
        var chart = DivergingBarChart(text: ChartText(title: "\(unitLabel(unit)) — \(words.year(year))",
                                                      subtitle: words.t("gap to the peer median: ", "与同组中位水平差距：") + NumberFormat.signed(d.gap, decimals: decimals),
                                                      note: source),
                                      items: Array(items))
        chart.valueFormat = NumberFormat(decimals: decimals)
        chart.positiveLegend = words.higherThanPeers
        chart.negativeLegend = words.lowerThanPeers
        chart.axisTitle = words.contributionAxis
        return chart
    }

    /// Which of `values` to name on a chart: all up to ``labelAllUpTo`` units; above, the highlighted ones and
    /// the five best and five worst (NaN never among them).
    static func named(_ values: [Double], highlighted: [Bool], higherIsBetter: Bool = true) -> [Bool] {
        guard values.count > labelAllUpTo else { return values.map { _ in true } }
        let order = values.indices.filter { !values[$0].isNaN }.sorted { higherIsBetter ? values[$0] > values[$1] : values[$0] < values[$1] }
        let ends = Set(order.prefix(5) + order.suffix(5))
        return values.indices.map { highlighted[$0] || ends.contains($0) }
    }

    /// Per unit, the range of its index ranks over the years with the latest rank as the point. (The
    /// uncertainty analysis will draw Monte Carlo rank intervals with the same chart.)
    public func rankRanges(highlighted: Set<Int> = []) -> IntervalChart {
        let ranks = result.ranks(of: result.root.id)
        let last = result.panel.years.last!
        let items = result.panel.units.indices.compactMap { u -> IntervalChart.Item? in
            let rs = result.panel.rows.indices.filter { result.panel.rows[$0].unit == u }.compactMap { ranks[$0] }
            guard let lo = rs.min(), let hi = rs.max(), let r = row(u, last), let point = ranks[r] else { return nil }
            return IntervalChart.Item(label: rowLabel(u), low: Double(lo), high: Double(hi), point: Double(point), highlighted: highlighted.contains(u))
        }
        var chart = IntervalChart(text: ChartText(title: words.t("Rank ranges", "排名区间") + " — \(words.year(result.panel.years.first!))–\(words.year(last))", note: source),
                                  items: items)
        chart.axisTitle = words.rank
        chart.pointLegend = words.latestRank
        chart.intervalLegend = words.rankRange
        return chart
    }
}
