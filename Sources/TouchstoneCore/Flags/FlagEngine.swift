import TouchstoneStats

/// Applies the flag rules (`FlagSettings`) to every unit in one year and explains each flagged unit: the gap
/// decomposition to its peers' median profile, improvement paths, learning partners; and names the
/// exemplars. See `FlagSettings` for the rules and severities.
public struct FlagEngine: Sendable {
    public let result: IndexResult
    public let year: Int
    public let settings: FlagSettings
    public let peers: PeerAnalysis
    public let trends: TrendAnalysis
    /// Funnel analyses of the indicators declared with `funnel:`, in framework order.
    public let funnels: [FunnelAnalysis]
    /// The year's index scores (present, sorted), the index positions by row, and the dimension floors.
    let sortedIndex: [Double]
    let positions: [Int: PeerPosition]
    let dimensionFloors: [String: Double]
    /// Raw columns and normalisation summaries used by improvement paths.
    let pathColumns: [String: ImprovementPathFinder.PathColumn]

    /// - Parameter units: restrict the trend computations to these units (used when re-checking one unit).
    public init(result: IndexResult, year: Int, units: [Int]? = nil) {
        self.result = result
        self.year = year
        self.settings = result.project.flags
        let trends = TrendAnalysis(result: result, nodes: [result.root.id], span: Int.min ... year, units: units)
        self.trends = trends
        let peers = PeerAnalysis(result: result, groupColumn: trends.peerGroup)
        self.peers = peers
        self.funnels = result.root.indicators.compactMap { FunnelAnalysis(result: result, indicatorId: $0.id, year: year) }
        let rows = result.panel.rows(inYear: year)
        let root = result.root.id
        self.sortedIndex = rows.map { result.scores[root]![$0] }.filter { !$0.isNaN }.sorted()
        self.positions = Dictionary(uniqueKeysWithValues: peers.positions(nodeId: root, year: year).map { ($0.row, $0) })
        var floors: [String: Double] = [:]
        for dim in result.root.children where !dim.isIndicator {
            if let fixed = settings.dimensionFloor { floors[dim.id] = fixed }
            else if settings.dimensionPercentile > 0,
                    let q = Quantile.type7(rows.map { result.scores[dim.id]![$0] }, settings.dimensionPercentile) { floors[dim.id] = q }
        }
        self.dimensionFloors = floors
        var columns: [String: ImprovementPathFinder.PathColumn] = [:]
        for (j, id) in result.panel.indicatorIds.enumerated() {
            columns[id] = ImprovementPathFinder.PathColumn(result: result, indicator: result.node(id)!, index: j)
        }
        self.pathColumns = columns
    }

    /// Whether improvement paths are checked by recomputing the panel: as set, or (by default) for panels of
    /// up to 50,000 unit-years, where one recomputation per flagged unit stays quick.
    var verifyPaths: Bool { settings.verifyPaths ?? (result.panel.rows.count <= 50_000) }

    var decimals: Int { result.project.scoreDecimals }

    /// Margin by which a path target exceeds a threshold (so that ties do not keep the flag).
    var margin: Double {
        let r = result.project.defaults.normalisation.range
        return 1e-4 * (r.upperBound - r.lowerBound)
    }

    /// Assessments of every unit with data in `year`, flagged first (by severity), then exemplars, then the rest.
    public func assess() -> [UnitAssessment] {
        let root = result.root.id
        let rows = result.panel.rows(inYear: year)
        var out: [UnitAssessment] = []
        for row in rows {
            let unit = result.panel.rows[row].unit
            let trend = trends.row(unit: unit, nodeId: root)
            var a = UnitAssessment(unit: unit, row: row, status: .clear, flags: [], trendClass: trend?.trendClass,
                                   decomposition: nil, paths: [], partners: [], excelsIn: [])
            let x = result.scores[root]![row]
            if x.isNaN {
                a.status = .insufficientData
                a.holdReason = result.missingReasons[root]?[row] ?? "no index score"
            } else if trend == nil || trend!.trendClass == .insufficientData {
                a.status = .insufficientData
                a.holdReason = "fewer than \(result.project.trends.minimumPoints) years of index scores up to \(year)"
            } else {
                a.flags = flags(row: row, trend: trend!)
                if !a.flags.isEmpty { a.status = .flagged }
            }
            out.append(a)
        }
        let flaggedUnits = Set(out.filter { $0.status == .flagged }.map(\.unit))
        for k in out.indices where out[k].status == .flagged {
            explain(&out[k], flaggedUnits: flaggedUnits)
        }
        let dimensionGroupRanks = Dictionary(uniqueKeysWithValues: result.root.children.filter { !$0.isIndicator }.map { d in
            (d.id, peers.groupColumn.map { result.groupRanks(of: d.id, groupColumn: $0) } ?? result.ranks(of: d.id)) })
        for k in out.indices where out[k].status == .clear {
            markExemplar(&out[k], dimensionGroupRanks: dimensionGroupRanks)
        }
        return out.sorted { a, b in
            let rank: (UnitAssessment) -> Int = { [.flagged: 0, .exemplar: 1, .clear: 2, .insufficientData: 3][$0.status]! }
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            if a.severity != b.severity { return (a.severity ?? .low) > (b.severity ?? .low) }
            let xa = a.row.map { result.scores[root]![$0] } ?? .nan, xb = b.row.map { result.scores[root]![$0] } ?? .nan
            if xa != xb, !xa.isNaN, !xb.isNaN { return a.status == .exemplar ? xa > xb : xa < xb }
            return a.unit < b.unit
        }
    }

    // MARK: Rules

    /// The k-th lowest index value of the year, which marks the bottom share, with k = max(1, ⌊n·share⌋);
    /// `nil` when the rule is off.
    var bottomCutoff: (cutoff: Double, k: Int)? {
        guard settings.bottomShare > 0, !sortedIndex.isEmpty else { return nil }
        let k = max(1, Int((Double(sortedIndex.count) * settings.bottomShare).rounded(.down)))
        return (sortedIndex[k - 1], k)
    }

    func flags(row: Int, trend: TrendAnalysis.Row) -> [UnitFlag] {
        let root = result.root.id
        let x = result.scores[root]![row]
        let position = positions[row]
        let f = { (v: Double) in NumberFormat.fixed(v, decimals: self.decimals) }
        var out: [UnitFlag] = []
        let bottom = bottomCutoff.flatMap { x <= $0.cutoff ? $0 : nil }
        let z = position?.robustZInGroup
        let lowZ = z.map { $0 <= settings.robustZ } ?? false
        if bottom != nil || lowZ {
            var numbers: [String: Double] = ["score": x]
            var en: [String] = [], zh: [String] = []
            if let b = bottom {
                numbers["cutoff"] = b.cutoff
                numbers["bottom_share"] = settings.bottomShare
                let pct = Int((settings.bottomShare * 100).rounded())
                en.append("index \(f(x)) is in the bottom \(pct)% (cut-off \(f(b.cutoff)))")
                zh.append("指数 \(f(x)) 处于后 \(pct)%（分界 \(f(b.cutoff))）")
            }
            if lowZ, let z, let m = position?.groupMedian {
                numbers["robust_z"] = z
                numbers["group_median"] = m
                en.append("\(en.isEmpty ? "index \(f(x)) is " : "")\(NumberFormat.fixed(-z, decimals: 1)) robust SD below the peer median \(f(m))")
                zh.append("\(zh.isEmpty ? "指数 \(f(x)) " : "")低于同组中位数 \(f(m)) 达 \(NumberFormat.fixed(-z, decimals: 1)) 个稳健标准差")
            }
            out.append(UnitFlag(rule: .lowLevel, severity: bottom != nil && lowZ ? .high : .medium, nodeId: root, numbers: numbers,
                                reason: LocalizedText(["en": en.joined(separator: " and "), "zh": zh.joined(separator: "，")])))
        }
        let s = trend.series
        let p = trend.evidence.pValue ?? .nan
        if settings.decline && trend.trendClass == .declining, let c = s.change, let slope = s.theilSen?.slope {
            out.append(UnitFlag(rule: .decline, severity: .high, nodeId: root,
                                numbers: ["first": c.first.value, "last": c.last.value, "sen_slope": slope, "p": p],
                                reason: LocalizedText([
                                    "en": "index fell from \(f(c.first.value)) (\(Int(c.first.time))) to \(f(c.last.value)) (\(Int(c.last.time))), \(f(slope)) a year (Mann–Kendall p = \(NumberFormat.fixed(p, decimals: 3)))",
                                    "zh": "指数由 \(f(c.first.value))（\(Int(c.first.time))年）降至 \(f(c.last.value))（\(Int(c.last.time))年），年均 \(f(slope))（Mann–Kendall p = \(NumberFormat.fixed(p, decimals: 3))）"])))
        }
        if settings.stagnant && trend.trendClass == .stagnantBelowPeers {
            let n = trend.evidence.yearsChecked
            out.append(UnitFlag(rule: .stagnant, severity: .medium, nodeId: root,
                                numbers: ["p": p, "years_below_peer_median": Double(trend.evidence.yearsBelowPeerMedian)],
                                reason: LocalizedText([
                                    "en": "no significant improvement (Mann–Kendall p = \(NumberFormat.fixed(p, decimals: 3))) and below the peer median in each of the last \(n) years",
                                    "zh": "无显著进步（Mann–Kendall p = \(NumberFormat.fixed(p, decimals: 3))），且近 \(n) 年均低于同组中位数"])))
        }
        if settings.volatile && trend.trendClass == .volatile, let r = trend.evidence.reversals, let possible = trend.evidence.possibleReversals,
           let swing = trend.evidence.meanAbsoluteChange, let typical = trend.evidence.panelMedianAbsoluteChange {
            out.append(UnitFlag(rule: .volatile, severity: .medium, nodeId: root,
                                numbers: ["reversals": Double(r), "possible_reversals": Double(possible), "mean_abs_change": swing, "panel_median_abs_change": typical],
                                reason: LocalizedText([
                                    "en": "direction reversed \(r) times in \(possible + 1) yearly changes, mean swing \(f(swing)) a year (typical \(f(typical)))",
                                    "zh": "\(possible + 1) 次年度变化中方向反转 \(r) 次，年均波动 \(f(swing))（一般水平 \(f(typical))）"])))
        }
        for funnel in funnels where settings.funnel {
            guard let point = funnel.points.first(where: { $0.row == row }), point.beyond95 else { continue }
            let node = result.node(funnel.indicatorId)!
            let level = point.beyond998 ? "99.8%" : "95%"
            let limit = point.beyond998 ? point.limits[1] : point.limits[0]
            let above = node.indicator!.direction == .lower
            let bound = above ? limit.upper : limit.lower
            let rate = { (v: Double) in NumberFormat.fixed(v, decimals: 3) }
            out.append(UnitFlag(rule: .funnel, severity: point.beyond998 ? .high : .low, nodeId: funnel.indicatorId,
                                numbers: ["events": Double(point.events), "denominator": point.denominator, "rate": point.value,
                                          "target": funnel.target, "limit": bound, "z": point.zScore ?? .nan],
                                reason: LocalizedText([
                                    "en": "\(node.label.text(for: "en", fallback: node.id)) \(point.events) in \(NumberFormat.full(point.denominator)) (rate \(rate(point.value))) is \(above ? "above" : "below") the \(level) control limit \(rate(bound)) (overall rate \(rate(funnel.target)))",
                                    "zh": "\(node.label.text(for: "zh", fallback: node.id)) \(point.events)/\(NumberFormat.full(point.denominator))（比率 \(rate(point.value))）\(above ? "高于" : "低于") \(level) 控制限 \(rate(bound))（总体比率 \(rate(funnel.target))）"])))
        }
        if !out.contains(where: { $0.rule == .lowLevel }) {
            for dim in result.root.children where !dim.isIndicator {
                let v = result.scores[dim.id]![row]
                guard !v.isNaN else { continue }
                guard let floor = dimensionFloors[dim.id], v < floor else { continue }
                let pct = Int((settings.dimensionPercentile * 100).rounded())
                let what = settings.dimensionFloor != nil ? ("the floor", "下限") : ("the \(pct)th percentile of all units", "全体第 \(pct) 百分位")
                out.append(UnitFlag(rule: .weakDimension, severity: .low, nodeId: dim.id, numbers: ["score": v, "floor": floor],
                                    reason: LocalizedText([
                                        "en": "\(dim.label.text(for: "en", fallback: dim.id)) \(f(v)) is below \(what.0) (\(f(floor)))",
                                        "zh": "\(dim.label.text(for: "zh", fallback: dim.id)) \(f(v)) 低于\(what.1)（\(f(floor))）"])))
            }
        }
        return out
    }
}
