import Foundation
import TouchstoneCharts
import TouchstoneText

/// Fixed sample data for the golden files and the chart-wide checks: 34 branch offices with Chinese names
/// (one long, mixed-script name to exercise truncation), 7 regional groups, 8 years, 5 dimensions.
/// Numbers come from a fixed formula, not a random generator, so they never change.
enum SampleData {
    static let cities = [
        "北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安",
        "长沙", "郑州", "济南", "青岛", "合肥", "福州", "厦门", "南昌", "昆明", "贵阳", "南宁", "海口",
        "兰州", "西宁", "银川", "乌鲁木齐", "呼和浩特", "太原", "石家庄", "沈阳", "长春", "哈尔滨",
    ]

    static var units: [String] {
        cities.enumerated().map { i, c in
            i == 33 ? "哈尔滨 Harbin Liaison Office (松北区第二分部)" : c + "分部"
        }
    }

    static let groupOf: [String: String] = {
        let groups: [(String, [String])] = [
            ("华北", ["北京", "天津", "石家庄", "太原", "呼和浩特"]),
            ("东北", ["沈阳", "长春", "哈尔滨"]),
            ("华东", ["上海", "南京", "苏州", "杭州", "合肥", "福州", "厦门", "南昌", "济南", "青岛"]),
            ("华中", ["郑州", "武汉", "长沙"]),
            ("华南", ["广州", "深圳", "南宁", "海口"]),
            ("西南", ["重庆", "成都", "贵阳", "昆明"]),
            ("西北", ["西安", "兰州", "西宁", "银川", "乌鲁木齐"]),
        ]
        var m: [String: String] = [:]
        for (g, cs) in groups { for c in cs { m[c] = g } }
        return m
    }()

    static func group(_ i: Int) -> String { groupOf[cities[i]]! }

    /// A smooth, fixed pseudo-value in 20…90 for unit i, series k.
    static func value(_ i: Int, _ k: Int = 0) -> Double {
        let a = sin(Double(i) * 1.7 + Double(k) * 0.9) * 0.5 + 0.5
        let b = sin(Double(i * 7 + k * 3) * 0.37) * 0.5 + 0.5
        return ((20 + 70 * (0.65 * a + 0.35 * b)) * 10).rounded() / 10
    }

    static let years = Array(2016...2023)
    static let dimensions = ["经济发展", "民生保障", "生态环境", "社会治理", "党建引领 Party building"]

    static func median(_ xs: [Double]) -> Double {
        let s = xs.filter { !$0.isNaN }.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func quantile(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.filter { !$0.isNaN }.sorted()
        guard !s.isEmpty else { return .nan }
        let h = Double(s.count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(s.count - 1, lo + 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }

    static let highlighted: Set<Int> = [1, 25]

    // MARK: chart inputs

    static func ranking(names: [String] = units) -> RankingChart {
        let values = names.indices.map { $0 == 20 ? Double.nan : value($0) }
        var medians: [String: Double] = [:]
        for g in Set(groupOf.values) {
            medians[g] = median(names.indices.filter { group($0) == g }.map { values[$0] })
        }
        var chart = RankingChart(
            text: ChartText(title: "2023年综合指数排名", subtitle: "34个分部，按指数值从高到低排列；竖线为所在片区中位数",
                            note: "资料来源：示例数据。昆明分部2023年数据缺失。"),
            items: names.indices.map {
                RankingChart.Item(label: names[$0], value: values[$0], group: group($0), highlighted: highlighted.contains($0))
            },
            groupMedians: medians)
        chart.highlightLegend = "重点关注"
        chart.medianLegend = "片区中位数"
        chart.valueAxisTitle = "综合指数"
        return chart
    }

    static func trendValues(_ i: Int) -> [Double] {
        years.indices.map { t in
            if i == 2 && t == 3 { return .nan }  // a missing year breaks the line
            if i == 2 && t == 5 { return .nan }
            return ((value(i) + Double(t) * (value(i, 3) - 55) / 12 + sin(Double(t + i)) * 2.5) * 10).rounded() / 10
        }
    }

    static func trend(names: [String] = units) -> TrendChart {
        let all = names.indices.map(trendValues)
        let med = years.indices.map { t in median(all.map { $0[t] }) }
        let q1 = years.indices.map { t in quantile(all.map { $0[t] }, 0.25) }
        let q3 = years.indices.map { t in quantile(all.map { $0[t] }, 0.75) }
        let chosen = [0, 1, 2, 25, 33]
        var chart = TrendChart(
            text: ChartText(title: "综合指数走势，2016–2023年", subtitle: "所选分部与全部分部中位数及四分位区间",
                            note: "天津分部2019年、2021年数据缺失，折线在缺失年份断开。"),
            years: years,
            series: chosen.map { TrendChart.Series(label: names[$0], values: all[$0]) },
            reference: med, band: (q1, q3))
        chart.referenceLegend = "中位数"
        chart.bandLegend = "四分位区间（25%–75%）"
        chart.yAxisTitle = "综合指数"
        return chart
    }

    static func smallMultiples(names: [String] = units) -> TrendChart {
        let all = names.indices.map(trendValues)
        let med = years.indices.map { t in median(all.map { $0[t] }) }
        let q1 = years.indices.map { t in quantile(all.map { $0[t] }, 0.25) }
        let q3 = years.indices.map { t in quantile(all.map { $0[t] }, 0.75) }
        var chart = TrendChart(
            text: ChartText(title: "各分部综合指数走势", subtitle: "每格一个分部；灰色为四分位区间，虚线为中位数"),
            years: years,
            series: names.indices.map { TrendChart.Series(label: names[$0], values: all[$0], highlighted: highlighted.contains($0)) },
            reference: med, band: (q1, q3))
        chart.referenceLegend = "中位数"
        chart.bandLegend = "四分位区间"
        return chart
    }

    static func slope(names: [String] = units) -> SlopeChart {
        var chart = SlopeChart(
            text: ChartText(title: "综合指数变化：2019年与2023年", subtitle: "蓝色为上升，橙红色为下降"),
            items: names.indices.map { i in
                let all = trendValues(i)
                return SlopeChart.Item(label: names[i], start: i == 2 ? .nan : all[3], end: all[7],
                                       highlighted: highlighted.contains(i))
            },
            startHeading: "2019年", endHeading: "2023年")
        chart.risingLegend = "上升"
        chart.fallingLegend = "下降"
        chart.unchangedLegend = "持平"
        return chart
    }

    static func heatmap(names: [String] = units) -> HeatmapChart {
        let values = names.indices.map { i in
            dimensions.indices.map { k in (i == 4 && k == 2) || (i == 20 && k == 0) ? Double.nan : value(i, k + 1) }
        }
        var chart = HeatmapChart(
            text: ChartText(title: "各分部分维度得分", subtitle: "2023年，得分越高颜色越亮"),
            rowLabels: names, columnLabels: dimensions, values: values)
        chart.legendTitle = "维度得分"
        chart.missingLegend = "数据缺失"
        chart.highlightedRows = highlighted
        return chart
    }

    static func profile(name: String = units[1]) -> ProfileChart {
        var chart = ProfileChart(
            text: ChartText(title: "\(name)：分维度得分与片区中位数", subtitle: "实心点为本分部，空心点为华东片区中位数"),
            rows: dimensions.indices.map { k in
                ProfileChart.Row(label: dimensions[k], value: value(1, k + 1),
                                 reference: median(units.indices.filter { group($0) == "华东" }.map { value($0, k + 1) }))
            })
        chart.unitLegend = name
        chart.referenceLegend = "片区中位数"
        chart.domain = (0, 100)
        chart.axisTitle = "得分"
        return chart
    }

    static func funnel(names: [String] = units) -> FunnelChart {
        let target = 0.62
        let points = names.indices.map { i -> FunnelChart.Point in
            let n = 40 + (value(i, 5) - 20) * 14
            var rate = target + (value(i, 6) - 55) / 400
            if i == 25 { rate = 0.40 }
            if i == 7 { rate = 0.80 }
            // Highlighted units are labelled even inside the limits.
            return FunnelChart.Point(label: names[i], denominator: n.rounded(), rate: rate,
                                     labelled: highlighted.contains(i) ? true : nil)
        }
        // Binomial normal-approximation limits: target ± z · sqrt(p(1 − p)/n).
        let ns = stride(from: 20.0, through: 1100, by: 20).map { $0 }
        func bound(_ z: Double) -> [Double] { ns.map { target + z * (target * (1 - target) / $0).squareRoot() } }
        var chart = FunnelChart(
            text: ChartText(title: "党员发展达标率与规模", subtitle: "控制限为目标值的95%与99.8%区间；超出99.8%区间的分部已标注"),
            points: points,
            limits: .init(denominators: ns, lower95: bound(-1.96), upper95: bound(1.96), lower998: bound(-3.09), upper998: bound(3.09)),
            target: target)
        chart.targetLegend = "目标值 62%"
        chart.limits95Legend = "95% 控制限"
        chart.limits998Legend = "99.8% 控制限"
        chart.xAxisTitle = "党员人数"
        chart.yAxisTitle = "达标率"
        chart.rateFormat = NumberFormat(decimals: 0, suffix: "%", multiplier: 100)
        return chart
    }

    static func diverging(names: [String] = dimensions) -> DivergingBarChart {
        var chart = DivergingBarChart(
            text: ChartText(title: "上海分部综合指数变化的维度贡献", subtitle: "2022年至2023年，单位：指数点"),
            items: names.indices.map { k in DivergingBarChart.Item(label: names[k], value: [1.84, -0.92, 0.35, -0.04, 0.61][k % 5]) })
        chart.positiveLegend = "拉动"
        chart.negativeLegend = "拖累"
        chart.axisTitle = "贡献（指数点）"
        return chart
    }

    static func interval(names: [String] = units) -> IntervalChart {
        let values = names.indices.map { value($0) }
        let order = values.indices.sorted { values[$0] > values[$1] }
        var rank = [Int](repeating: 0, count: names.count)
        for (r, i) in order.enumerated() { rank[i] = r + 1 }
        var chart = IntervalChart(
            text: ChartText(title: "排名的不确定性", subtitle: "圆点为中位排名，横条为90%排名区间（权重与方法扰动下）"),
            items: names.indices.map { i in
                let r = Double(rank[i])
                let spread = 1 + (value(i, 2) - 20) / 10
                return IntervalChart.Item(label: names[i], low: max(1, (r - spread).rounded()),
                                          high: min(Double(names.count), (r + spread * 1.3).rounded()), point: r,
                                          highlighted: highlighted.contains(i))
            })
        chart.axisTitle = "排名"
        chart.pointLegend = "中位排名"
        chart.intervalLegend = "90% 区间"
        return chart
    }

    /// Every chart kind rendered with the given unit names: (file stem, SVG).
    /// The decision chart: units by region, tiers from the value (the lowest need help, the next are watched,
    /// the top of each region is an exemplar, unit 5 was not assessed), rank intervals from `interval`.
    static func decision(names: [String] = units) -> DecisionChart {
        let ranks = interval(names: names).items
        var regions: [String] = []
        var members: [String: [DecisionChart.Item]] = [:]
        for i in names.indices {
            let v = value(i), g = group(i)
            if members[g] == nil { regions.append(g) }
            let tier: DecisionChart.Tier = i == 5 ? .notAssessed : v < 30 ? .needsHelp : v < 38 ? .watch : v > 80 ? .exemplar : .fine
            members[g, default: []].append(.init(label: names[i], value: v, tier: tier, severity: v < 25 ? 3 : 2,
                                                 rank: [ranks[i].low, ranks[i].point, ranks[i].high]))
        }
        var chart = DecisionChart(text: ChartText(title: "哪些单位需要帮扶", subtitle: "按片区，由高到低", note: "来源：示例数据"),
                                  facets: regions.map { .init(title: "\($0)（\(members[$0]!.count)）", items: members[$0]!) })
        chart.tierLegends = [.needsHelp: "需帮扶", .watch: "需关注", .fine: "正常", .exemplar: "标杆", .notAssessed: "未评估"]
        chart.cutoff = 30
        chart.cutoffLegend = "后 15% 分界 30.0"
        chart.rankCount = names.count
        chart.rankAxisTitle = "排名区间"
        chart.rankLegend = "排名区间"
        chart.valueAxisTitle = "指数"
        chart.domain = (0, 100)
        return chart
    }

    /// Bullet graphs as percentages of the target: value, expected by now, projection with its interval.
    static func bullet(names: [String]) -> BulletChart {
        let items = names.prefix(8).enumerated().map { i, name in
            let value = 40 + Double((i * 37) % 45), expected = 68.0
            return BulletChart.Item(label: name, value: value, target: 100, expected: i == 3 ? .nan : expected,
                                    projection: i == 5 ? .nan : value / 0.7, low: value / 0.7 - 9, high: value / 0.7 + 8, highlighted: i == 1)
        }
        var chart = BulletChart(text: ChartText(title: "重点目标任务进度", subtitle: "截至第三季度，占目标的百分比", note: "来源：示例数据"), items: items)
        chart.bands = [50, 90]
        chart.axisTitle = "占目标 %"
        chart.legend = ("累计完成", "目标", "应完成", "预计全年及 90% 区间")
        return chart
    }

    /// Units × key targets by status (0 off track, 1 at risk, 2 on track), one cell without data.
    static func statusMatrix(names: [String]) -> StatusMatrixChart {
        let rows = Array(names.prefix(8))
        let cells: [[Int?]] = rows.indices.map { r in (0..<4).map { c in r == 2 && c == 3 ? nil : (r * 3 + c * 5) % 7 < 1 ? 0 : (r + c) % 4 == 0 ? 1 : 2 } }
        var chart = StatusMatrixChart(text: ChartText(title: "重点目标任务状态", subtitle: "截至 2024 年第三季度"), rowLabels: rows,
                                      columnLabels: ["理论学习次数", "为民办实事解决问题数", "党员人均教育培训学时", "Rectification items closed"],
                                      categories: [.init(label: "落后进度", color: RGBColor(hex: "#d55e00")), .init(label: "有风险", color: RGBColor(hex: "#f0c05a")),
                                                   .init(label: "按进度", color: RGBColor(hex: "#9ecae1"))], cells: cells)
        chart.cellTexts = cells.map { $0.map { $0 == 0 ? "2%" : $0 == 1 ? "30%" : "" } }
        chart.missingLegend = "无数据"
        chart.highlightedRows = [0]
        return chart
    }

    static func allCharts(names: [String] = units) -> [(String, String)] {
        let dims = names == units ? dimensions : Array(names.prefix(5))
        return [
            ("decision", decision(names: names).svg()),
            ("ranking", ranking(names: names).svg()),
            ("trend", trend(names: names).svg()),
            ("trend-small-multiples", smallMultiples(names: names).smallMultiplesSVG()),
            ("slope", slope(names: names).svg()),
            ("heatmap", heatmap(names: names).svg()),
            ("profile", profile(name: names[1]).svg()),
            ("funnel", funnel(names: names).svg()),
            ("diverging", diverging(names: dims).svg()),
            ("interval", interval(names: names).svg()),
            ("bullet", bullet(names: names).svg()),
            ("status-matrix", statusMatrix(names: names).svg()),
        ]
    }
}
