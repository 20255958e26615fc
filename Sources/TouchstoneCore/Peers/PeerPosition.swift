import TouchstoneStats

/// Where one unit stands in one year on one framework node, overall and within its peer group.
///
/// ```
/// percentile        = 100·(#below + ½·#equal)/n                     (mid-rank, among all units that year)
/// z in group        = (x − mean_g)/sd_g                              (sample sd; nil when sd_g = 0 or n_g < 2)
/// robust z in group = (x − median_g)/MAD_g,  MAD = 1.4826·median|x − median_g|   (nil when MAD_g = 0)
/// gap to median     = x − median_g;   gap to top quartile = x − Q3_g (R type 7)
/// ```
/// Group statistics include the unit itself, as peer reviews do ("where do I stand among us").
/// Missing scores are left out of every statistic; a unit without a score has no position.
public struct PeerPosition: Sendable, Equatable {
    public var row: Int
    public var nodeId: String
    public var value: Double
    public var rank: Int?
    public var groupRank: Int?
    public var units: Int
    public var groupUnits: Int
    public var percentile: Double?
    public var groupPercentile: Double?
    public var groupMean: Double?
    public var groupMedian: Double?
    public var groupTopQuartile: Double?
    public var zInGroup: Double?
    public var robustZInGroup: Double?

    public var gapToMedian: Double? { groupMedian.map { value - $0 } }
    public var gapToTopQuartile: Double? { groupTopQuartile.map { value - $0 } }
}

/// Peer positions of every unit on every node, by year and peer-group column.
public struct PeerAnalysis: Sendable {
    public let result: IndexResult
    /// The grouping column; `nil` compares every unit with all others.
    public let groupColumn: String?

    public init(result: IndexResult, groupColumn: String?) {
        self.result = result
        self.groupColumn = groupColumn
    }

    public func group(ofRow row: Int) -> String {
        guard let groupColumn else { return "" }
        return result.panel.units[result.panel.rows[row].unit].groups[groupColumn] ?? ""
    }

    /// Rows of `year` in the same group as `row` (including it).
    public func peerRows(of row: Int) -> [Int] {
        let year = result.panel.rows[row].year
        let g = group(ofRow: row)
        return result.panel.rows(inYear: year).filter { group(ofRow: $0) == g }
    }

    /// Positions of all units with a score on `nodeId` in `year`, in unit order.
    public func positions(nodeId: String, year: Int) -> [PeerPosition] {
        let scores = result.scores[nodeId]!
        let rows = result.panel.rows(inYear: year)
        let all = rows.map { scores[$0] }
        let ranks = Ranking.competitionRanks(all)
        let byGroup = Dictionary(grouping: rows.indices, by: { group(ofRow: rows[$0]) })
        var groupRanks = [Int?](repeating: nil, count: rows.count)
        for members in byGroup.values {
            let r = Ranking.competitionRanks(members.map { all[$0] })
            for (k, m) in members.enumerated() { groupRanks[m] = r[k] }
        }
        var out: [PeerPosition] = []
        for (k, row) in rows.enumerated() where !all[k].isNaN {
            let x = all[k]
            let peers = byGroup[group(ofRow: row)]!.map { all[$0] }.filter { !$0.isNaN }
            let mean = Descriptive.mean(peers)
            let sd = Descriptive.standardDeviation(peers)
            let median = Descriptive.median(peers)
            let mad = Quantile.mad(peers)
            out.append(PeerPosition(
                row: row, nodeId: nodeId, value: x, rank: ranks[k], groupRank: groupRanks[k],
                units: all.filter { !$0.isNaN }.count, groupUnits: peers.count,
                percentile: Quantile.percentileRank(x, among: all), groupPercentile: Quantile.percentileRank(x, among: peers),
                groupMean: mean, groupMedian: median, groupTopQuartile: Quantile.type7(peers, 0.75),
                zInGroup: (mean != nil && sd != nil && sd! > 0) ? (x - mean!) / sd! : nil,
                robustZInGroup: (median != nil && mad != nil && mad! > 0) ? (x - median!) / mad! : nil))
        }
        return out
    }
}
