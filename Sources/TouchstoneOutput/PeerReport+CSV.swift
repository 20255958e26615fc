import TouchstoneCore
import TouchstoneText

extension PeerReport {
    /// `touchstone peers --format csv`: the peer-group tables as one machine-readable table, a row per unit of
    /// the year (groups in the order of the tables, units by rank within the group), numbers in full:
    ///
    ///     unit, group, index, rank, rank_in_group, percentile, robust_z, to_median, to_top_quartile, to_median_<dimension>…, status
    ///
    /// `percentile` is 0–100 as in the table, `robust_z` the robust z within the group (positive = better,
    /// also on a `direction: lower` index), `to_median`/`to_top_quartile` the gaps to the group's median and
    /// top quartile (index points). A unit with a status (exempt, new, observer) has its index and `status`,
    /// the other cells empty. Missing numbers are empty.
    public func csvTable() -> TextTable {
        let analysis = PeerAnalysis(result: result, groupColumn: groupColumn)
        let root = result.root.id
        let dims = result.root.children.filter { !$0.isIndicator }
        let dimPositions = Dictionary(uniqueKeysWithValues: dims.map { d in
            (d.id, Dictionary(uniqueKeysWithValues: analysis.positions(nodeId: d.id, year: year).map { ($0.row, $0) }))
        })
        let positions = analysis.positions(nodeId: root, year: year)
        let groups = Dictionary(grouping: positions, by: { analysis.group(ofRow: $0.row) })
        let full = { (v: Double?) in v.map { NumberFormat.full($0) } ?? "" }
        var rows: [[String]] = []
        for g in groups.keys.sorted() {
            let members = groups[g]!.sorted { ($0.groupRank ?? .max, $0.row) < ($1.groupRank ?? .max, $1.row) }
            for p in members {
                let unit = result.panel.units[result.panel.rows[p.row].unit]
                rows.append([unit.id, g, full(p.value), p.rank.map(String.init) ?? "", p.groupRank.map(String.init) ?? "",
                             full(p.percentile), full(p.robustZInGroup), full(p.gapToMedian), full(p.gapToTopQuartile)]
                            + dims.map { full(dimPositions[$0.id]?[p.row]?.gapToMedian) } + [""])
            }
            for r in result.panel.rows(inYear: year) where analysis.group(ofRow: r) == g {
                guard let status = result.panel.status(row: r) else { continue }
                let unit = result.panel.units[result.panel.rows[r].unit]
                rows.append([unit.id, g, full(result.scores[root]![r])] + Array(repeating: "", count: 6 + dims.count) + [status.rawValue])
            }
        }
        let header = ["unit", "group", "index", "rank", "rank_in_group", "percentile", "robust_z", "to_median", "to_top_quartile"]
            + dims.map { "to_median_\($0.id)" } + ["status"]
        return TextTable(title: nil, header: header, rows: rows)
    }
}
