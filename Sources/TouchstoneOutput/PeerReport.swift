import Foundation
import TouchstoneCore
import TouchstoneStats
import TouchstoneText

/// Tables of `touchstone peers` and `touchstone compare`.
public struct PeerReport {
    public let result: IndexResult
    public let year: Int
    public let groupColumn: String?
    public var language: String

    public init(result: IndexResult, year: Int, groupColumn: String?, language: String) {
        self.result = result
        self.year = year
        self.groupColumn = groupColumn
        self.language = language
    }

    var zh: Bool { Words(language).zh }
    var decimals: Int { result.project.scoreDecimals }
    func f(_ v: Double?) -> String { v.map { NumberFormat.fixed($0, decimals: decimals) } ?? "–" }
    func label(_ id: String) -> String { result.node(id)?.label.text(for: language, fallback: id) ?? id }

    /// One table per peer group: index, ranks, percentile, robust z and gaps, then each dimension's gap to the
    /// group median. Sorted by rank within the group.
    public func groupTables() -> [TextTable] {
        let analysis = PeerAnalysis(result: result, groupColumn: groupColumn)
        let root = result.root.id
        let positions = analysis.positions(nodeId: root, year: year)
        let dims = result.root.children.filter { !$0.isIndicator }
        let dimPositions = Dictionary(uniqueKeysWithValues: dims.map { d in (d.id, Dictionary(uniqueKeysWithValues: analysis.positions(nodeId: d.id, year: year).map { ($0.row, $0) })) })
        let groups = Dictionary(grouping: positions, by: { analysis.group(ofRow: $0.row) })
        return groups.keys.sorted().map { g in
            let members = groups[g]!.sorted { ($0.groupRank ?? .max, $0.row) < ($1.groupRank ?? .max, $1.row) }
            let header = (zh ? ["组内排名", "编号", "名称", "指数", "总排名", "百分位", "稳健 z", "距中位数", "距上四分位"]
                             : ["Rank in group", "Unit", "Name", "Index", "Rank", "Percentile", "Robust z", "To median", "To top quartile"])
                + dims.map { zh ? "\(label($0.id))差距" : "Δ \(label($0.id))" }
            let ranked = members.map { p -> [String] in
                let unit = result.panel.units[result.panel.rows[p.row].unit]
                let dash = "–"
                let groupRank: String = p.groupRank.map(String.init) ?? dash
                let rank: String = p.rank.map(String.init) ?? dash
                let percentile: String = p.percentile.map { NumberFormat.fixed($0, decimals: 0) } ?? dash
                let z: String = p.robustZInGroup.map { NumberFormat.fixed($0, decimals: 2) } ?? dash
                let toMedian: String = p.gapToMedian.map { NumberFormat.signed($0, decimals: decimals) } ?? dash
                let toTop: String = p.gapToTopQuartile.map { NumberFormat.signed($0, decimals: decimals) } ?? dash
                let cells: [String] = [groupRank, unit.id, unit.name(language), f(p.value), rank, percentile, z, toMedian, toTop]
                return cells
                    + dims.map { d in dimPositions[d.id]?[p.row]?.gapToMedian.map { NumberFormat.signed($0, decimals: decimals) } ?? "–" }
            }
            // Units with a status (exempt, new, observer): shown with it, outside every statistic of the group.
            let shown = result.panel.rows(inYear: year).filter { analysis.group(ofRow: $0) == g && result.panel.status(row: $0) != nil }.map { r -> [String] in
                let unit = result.panel.units[result.panel.rows[r].unit]
                return [result.panel.status(row: r)!.label(language), unit.id, unit.name(language), f(result.scores[root]![r])]
                    + Array(repeating: "–", count: header.count - 4)
            }
            let body = ranked + shown
            let groupName = members.first.map { m in groupColumn.map { result.project.groupName(of: result.panel.units[result.panel.rows[m.row].unit], $0, language) } ?? "" } ?? g
            let median = members.first?.groupMedian
            var t = TextTable(title: "\(groupName.isEmpty ? (zh ? "全部" : "All units") : groupName) — \(year) (\(members.count) \(zh ? "个单位，中位数" : "units, median") \(f(median)))",
                              header: header, rows: body, rightAligned: Set([0] + Array(3 ..< header.count)))
            t.maxWidths[2] = 32
            return namesAreIds ? t.removingColumn(2) : t
        }
    }

    /// Whether every unit's name is its id (no name column, or `name_column` = the id column): the name
    /// column is then left out rather than printing "Syria  Syria".
    var namesAreIds: Bool { result.panel.units.allSatisfy { $0.name(language) == $0.id } }

    /// Each unit's `k` nearest peers by size and dimension profile (see `NearestPeers`), their median index and
    /// the unit's gap to it.
    public func nearestTable(k: Int) -> TextTable {
        let nearest = NearestPeers(result: result, year: year, k: k)
        let root = result.scores[result.root.id]!
        let header = zh ? ["编号", "名称", "指数", "最相近的单位", "其中位数", "差距"] : ["Unit", "Name", "Index", "Nearest peers", "Their median", "Gap"]
        let body = result.panel.rows(inYear: year).map { r -> [String] in
            let unit = result.panel.units[result.panel.rows[r].unit]
            let peers = nearest.neighbours(of: r).map(\.row)
            let median = Descriptive.median(peers.map { root[$0] })
            let gap: String = median.map { NumberFormat.signed(root[r] - $0, decimals: decimals) } ?? "–"
            return [unit.id, unit.name(language), f(root[r]), peers.map { result.panel.units[result.panel.rows[$0].unit].id }.joined(separator: " "), f(median), gap]
        }
        var t = TextTable(title: (zh ? "按规模和结构最相近的 \(k) 个单位" : "\(k) nearest peers by size and profile") + " — \(year)",
                          header: header, rows: body, rightAligned: [2, 4, 5])
        t.maxWidths[1] = 32
        return namesAreIds ? t.removingColumn(1) : t
    }

    /// One table per funnel indicator: each unit's events, denominator, rate, z and position against the limits
    /// (lower limits below 0 are shown as 0: a rate cannot be negative).
    public func funnelTables() -> [TextTable] {
        result.root.indicators.compactMap { FunnelAnalysis(result: result, indicatorId: $0.id, year: year) }.map { funnel in
            let rate = { (v: Double) in NumberFormat.fixed(v, decimals: 3) }
            let header = zh ? ["编号", "名称", "事件数", "分母", "比率", "z", "95% 控制限", "99.8% 控制限", "位置"]
                            : ["Unit", "Name", "Events", "Denominator", "Rate", "z", "95% limits", "99.8% limits", "Position"]
            let body = funnel.points.sorted { ($0.zScore ?? 0) > ($1.zScore ?? 0) }.map { p -> [String] in
                let unit = result.panel.units[result.panel.rows[p.row].unit]
                let position: String
                if p.beyond998 { position = zh ? "超出 99.8% ▲" : "beyond 99.8% ▲" }
                else if p.beyond95 { position = zh ? "超出 95%" : "beyond 95%" }
                else if p.positions[1] != .within { position = zh ? "优于 99.8%" : "better than 99.8%" }
                else if p.positions[0] != .within { position = zh ? "优于 95%" : "better than 95%" }
                else { position = zh ? "控制限内" : "within" }
                return [unit.id, unit.name(language), String(p.events), NumberFormat.full(p.denominator), rate(p.value),
                        p.zScore.map { NumberFormat.fixed($0, decimals: 2) } ?? "–",
                        "\(rate(max(0, p.limits[0].lower)))–\(rate(p.limits[0].upper))", "\(rate(max(0, p.limits[1].lower)))–\(rate(p.limits[1].upper))", position]
            }
            let od = funnel.overdispersion.map { zh ? "，φ = \(NumberFormat.fixed($0.phi, decimals: 2))，τ² = \(NumberFormat.fixed($0.tau2, decimals: 4))" : ", φ = \(NumberFormat.fixed($0.phi, decimals: 2)), τ² = \(NumberFormat.fixed($0.tau2, decimals: 4))" } ?? ""
            var t = TextTable(title: (zh ? "漏斗图：" : "Funnel: ") + "\(label(funnel.indicatorId)) — \(year) (\(zh ? "总体比率" : "overall rate") \(rate(funnel.target))\(od))",
                              header: header, rows: body, rightAligned: [2, 3, 4, 5])
            t.maxWidths[1] = 32
            return namesAreIds ? t.removingColumn(1) : t
        }
    }

    /// Units side by side: index, dimensions and indicators (score and raw), ranks, percentiles, trend class,
    /// with the peer-group median of each unit's group as reference columns. ▲ marks a strength and ▼ a
    /// weakness: a robust z against the group of at least +1 or at most −1 (the marking z of `PeerPosition`:
    /// oriented so that positive is better, with a fallback when the group's MAD is 0).
    public func compareTable(units: [Int]) -> TextTable {
        let analysis = PeerAnalysis(result: result, groupColumn: groupColumn)
        let rows = units.map { u in result.panel.row(unit: u, year: year) }
        var groupsShown: [String] = []
        for r in rows.compactMap({ $0 }) where !groupsShown.contains(analysis.group(ofRow: r)) { groupsShown.append(analysis.group(ofRow: r)) }
        let trend = TrendAnalysis(result: result, nodes: [result.root.id], span: Int.min ... year, units: units)
        var header = [zh ? "项目" : "Measure"] + units.map { result.panel.units[$0].id }
        header += groupsShown.map { g in
            let member = rows.compactMap { $0 }.first { analysis.group(ofRow: $0) == g }.map { result.panel.units[result.panel.rows[$0].unit] }
            let name = groupColumn.flatMap { c in member.map { result.project.groupName(of: $0, c, language) } } ?? g
            return (zh ? "组中位数：" : "Median, ") + (name.isEmpty ? (zh ? "全部" : "all") : name)
        }
        var body: [[String]] = []
        func medianRow(_ g: String, _ column: [Double]) -> Double? {
            Descriptive.median(result.panel.rows(inYear: year).filter { analysis.group(ofRow: $0) == g }.map { column[$0] })
        }
        if !namesAreIds { body.append([zh ? "名称" : "Name"] + units.map { result.panel.units[$0].name(language) } + groupsShown.map { _ in "" }) }
        let ranks = result.ranks(of: result.root.id)
        let groupRanks = groupColumn.map { result.groupRanks(of: result.root.id, groupColumn: $0) }
        body.append([zh ? "排名" : "Rank"] + rows.map { $0.flatMap { ranks[$0] }.map(String.init) ?? "–" } + groupsShown.map { _ in "" })
        body.append([zh ? "组内排名" : "Rank in group"] + rows.map { r in r.flatMap { groupRanks?[$0] ?? nil }.map(String.init) ?? "–" } + groupsShown.map { _ in "" })
        body.append([zh ? "趋势" : "Trend"] + units.map { u in trend.row(unit: u, nodeId: result.root.id)?.trendClass.label(language) ?? "–" } + groupsShown.map { _ in "" })
        var positionCache: [String: [Int: PeerPosition]] = [:]
        for node in result.nodes {
            let depth = result.depth[node.id]!
            let indent = String(repeating: "  ", count: depth)
            let column = result.scores[node.id]!
            let positions = positionCache[node.id] ?? Dictionary(uniqueKeysWithValues: analysis.positions(nodeId: node.id, year: year).map { ($0.row, $0) })
            positionCache[node.id] = positions
            let cells = rows.map { r -> String in
                guard let r, !column[r].isNaN else { return "–" }
                var text = f(column[r])
                if node.id != result.root.id, let z = positions[r]?.markingZInGroup { text += z >= 1 ? " ▲" : z <= -1 ? " ▼" : "" }
                if node.id == result.root.id, let p = positions[r]?.percentile { text += " (P\(Int(p.rounded())))" }
                return text
            }
            body.append([indent + label(node.id)] + cells + groupsShown.map { f(medianRow($0, column)) })
            if node.isIndicator, let j = result.panel.indicatorIds.firstIndex(of: node.id) {
                let raw = result.panel.values.column(j)
                let spec = node.indicator!
                let rawText = { (v: Double) -> String in
                    if spec.type == .ordinal { return spec.scale.first { $0.value == v }?.key ?? NumberFormat.full(v) }
                    return v == v.rounded() ? String(Int(v)) : NumberFormat.fixed(v, decimals: 1)
                }
                let unitLabel = spec.unit.text(for: language)
                body.append([indent + "  " + (zh ? "原始值" : "raw") + (unitLabel.isEmpty ? "" : " (\(unitLabel))")]
                            + rows.map { r in r.map { raw[$0].isNaN ? "–" : rawText(raw[$0]) } ?? "–" }
                            + groupsShown.map { g in medianRow(g, raw).map { spec.type == .ordinal ? NumberFormat.fixed($0, decimals: 1) : rawText($0) } ?? "–" })
            }
        }
        let title = (zh ? "对比 — " : "Side by side — ") + "\(year)" + (zh ? "（▲ 优势、▼ 短板：相对同组稳健 z ≥ 1 或 ≤ −1；MAD 为 0 时改用平均绝对偏差）" : " (▲ strength, ▼ weakness: robust z against the peer group ≥ 1 or ≤ −1; with MAD 0, the mean absolute deviation)")
        var t = TextTable(title: title, header: header, rows: body, rightAligned: Set(1 ..< header.count))
        for c in 1 ..< header.count { t.maxWidths[c] = 24 }
        return t
    }
}
