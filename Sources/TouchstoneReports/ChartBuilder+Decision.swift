import TouchstoneCharts
import TouchstoneCore
import TouchstoneStats
import TouchstoneText

extension ChartBuilder {
    /// Units named on a chart when there are more than this many: the rest keep their bar without a name.
    public static let labelAllUpTo = 40
    /// Above this many units the decision chart draws only the units it names.
    public static let drawAllUpTo = 120

    /// The decision chart of a year: the index per unit, faceted by peer group, coloured by the tier of its
    /// assessment (needs help by severity, watch, fine, exemplar, not assessed), with the bottom-share cut-off
    /// and, when `uncertainty` is given, each unit's Monte Carlo 5–95% rank interval.
    ///
    /// Above ``labelAllUpTo`` units only units that need help, are watched, exemplary or not assessed, and the
    /// top and bottom three of each group, are named; above ``drawAllUpTo`` only those are drawn.
    /// With `only`, units outside it are not drawn (a large report's focus), though the counts stay whole.
    public func decision(year: Int, assessments: [UnitAssessment], settings: FlagSettings? = nil,
                         uncertainty: UncertaintyAnalysis? = nil, only: Set<Int>? = nil) -> DecisionChart {
        let scores = result.scores[result.root.id]!
        let rows = result.panel.rows(inYear: year)
        let byUnit = Dictionary(uniqueKeysWithValues: assessments.map { ($0.unit, $0) })
        let intervals = Dictionary(uniqueKeysWithValues: (uncertainty?.summaries ?? []).map { ($0.unit, [$0.lowRank, $0.medianRank, $0.highRank]) })
        let many = rows.count > Self.labelAllUpTo
        var order: [String] = []
        var members: [String: [DecisionChart.Item]] = [:]
        var total: [String: Int] = [:]
        for r in rows {
            let u = result.panel.rows[r].unit
            let g = groupName(u) ?? ""
            if total[g] == nil { order.append(g) }
            let a = byUnit[u]
            let item = DecisionChart.Item(label: rowLabel(u), value: scores[r], tier: Self.tier(a?.status),
                                          severity: a?.severity?.rawValue ?? 2, rank: intervals[u])
            total[g, default: 0] += 1
            if only?.contains(u) ?? true { members[g, default: []].append(item) }
        }
        var shown = 0
        let facets = order.filter { members[$0] != nil }.map { g -> DecisionChart.Facet in
            var items = members[g] ?? []
            if many {
                let sorted = items.indices.filter { !items[$0].value.isNaN }.sorted { items[$0].value > items[$1].value }
                let ends = Set(sorted.prefix(3) + sorted.suffix(3))
                for i in items.indices { items[i].labelled = items[i].tier != .fine || ends.contains(i) }
                if rows.count > Self.drawAllUpTo { items = items.filter(\.labelled) }
            }
            shown += items.count
            let title = g.isEmpty ? (groupColumn == nil ? "" : words.t("no group", "未分组")) : g
            return DecisionChart.Facet(title: title.isEmpty ? "" : title + words.t(" (\(total[g]!))", "（\(total[g]!)）"), items: items)
        }
        let n = rows.count
        let subtitle = shown < n ? words.t("\(shown) of \(n) units shown: those that need help, to watch, exemplars and each group's top and bottom three",
                                          "显示 \(n) 个单位中的 \(shown) 个：需帮扶、需关注、标杆及各组前三与后三")
                                 : words.t("\(n) units by peer group, highest first", "\(n) 个单位，按组别由高到低")
        var chart = DecisionChart(text: ChartText(title: words.t("Who needs help", "哪些单位需要帮扶") + " — \(label(result.root.id))" + words.t(", ", "，") + words.year(year),
                                                  subtitle: subtitle, note: source),
                                  facets: facets)
        chart.tierLegends = [.needsHelp: words.t("needs help (darker: more severe)", "需帮扶（越深越严重）"), .watch: words.t("watch", "需关注"),
                             .fine: words.t("fine", "正常"), .exemplar: words.t("exemplar", "标杆"), .notAssessed: words.t("not assessed", "未评估")]
        let s = settings ?? result.project.flags
        if let c = Self.bottomCutoff(rows.map { scores[$0] }, share: s.bottomShare) {
            chart.cutoff = c
            chart.cutoffLegend = words.t("bottom \(Int((s.bottomShare * 100).rounded()))% cut-off \(NumberFormat.fixed(c, decimals: decimals))",
                                         "后 \(Int((s.bottomShare * 100).rounded()))% 分界 \(NumberFormat.fixed(c, decimals: decimals))")
        }
        if let uncertainty, !intervals.isEmpty {
            chart.rankCount = n
            chart.rankAxisTitle = words.t("rank, 5–95% of \(uncertainty.runs) runs", "排名（\(uncertainty.runs) 次模拟 5–95%）")
            chart.rankLegend = words.t("rank interval", "排名区间")
        }
        chart.valueAxisTitle = label(result.root.id)
        chart.valueFormat = NumberFormat(decimals: decimals)
        let range = result.project.defaults.normalisation.range
        if result.project.defaults.normalisation.method.descriptor.bounded { chart.domain = (range.lowerBound, range.upperBound) }
        return chart
    }

    /// The tier a unit's status is drawn in.
    static func tier(_ status: UnitAssessment.Status?) -> DecisionChart.Tier {
        switch status {
        case .flagged?: return .needsHelp
        case .watch?: return .watch
        case .exemplar?: return .exemplar
        case .clear?: return .fine
        case .insufficientData?, .notRanked?, nil: return .notAssessed
        }
    }

    /// The k-th lowest present score with k = max(1, ⌊n·share⌋) — the bottom-share rule of `FlagEngine`
    /// (`bottomCutoff`); nil when the share is 0 or no score is present.
    static func bottomCutoff(_ scores: [Double], share: Double) -> Double? {
        let sorted = scores.filter { !$0.isNaN }.sorted()
        guard share > 0, !sorted.isEmpty else { return nil }
        return sorted[max(1, Int((Double(sorted.count) * share).rounded(.down))) - 1]
    }
}
