import TouchstoneStats

/// Where one unit stands in one year on one framework node, overall and within its peer group.
///
/// ```
/// percentile        = 100·(#below + ½·#equal)/n                     (mid-rank, among all units that year)
/// z in group        = (x − mean_g)/sd_g                              (sample sd; nil when sd_g = 0 or n_g < 2)
/// robust z in group = (x − median_g)/MAD_g,  MAD = 1.4826·median|x − median_g|   (nil when MAD_g = 0)
/// gap to median     = x − median_g;   gap to top quartile = x − Q3_g (R type 7)
/// marking z         = robust z; when MAD_g = 0 (more than half the group tied), (x − median_g)/(1.2533·AAD_g)
///                     with AAD = mean|x − median_g| (1.2533 = √(π/2) makes it estimate σ for normal data);
///                     nil when every value equals the median
/// ```
/// On an aggregate declared `direction: lower` ("higher is worse") every position reads the better way:
/// rank 1 and the top percentile go to the lowest score, the z values change sign (positive = better), and the
/// "top quartile" is Q1; gaps stay plain differences x − median and x − quartile.
/// The marking z drives `compare`'s ▲/▼ only: with most peers tied at 100, a unit at 33.3 is still marked a
/// weakness. Flags keep the robust z (nil when MAD = 0).
/// Group statistics include the unit itself, as peer reviews do ("where do I stand among us").
/// Missing scores are left out of every statistic; a unit without a score, or with a status (`UnitStatus`:
/// exempt, new, observer), has no position.
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
    /// Robust z with the mean-absolute-deviation fallback (see the type's doc comment), for ▲/▼.
    public var markingZInGroup: Double?

    public var gapToMedian: Double? { groupMedian.map { value - $0 } }
    public var gapToTopQuartile: Double? { groupTopQuartile.map { value - $0 } }
}

/// Peer positions of every unit on every node, by year and peer-group column.
public struct PeerAnalysis: Sendable {
    public let result: IndexResult
    /// The grouping column; `nil` compares every unit with all others.
    public let groupColumn: String?
    /// Group of each panel row, and the rows of each group in each year (unit order), built once.
    private let groupOfRow: [String]
    private let rowsByYearGroup: [Int: [String: [Int]]]

    public init(result: IndexResult, groupColumn: String?) {
        self.result = result
        self.groupColumn = groupColumn
        let panel = result.panel
        // Each row's group of its year (a per-year unit table can move a unit between groups).
        let groupOfRow = panel.rows.map { panel.units[$0.unit].group(groupColumn, inYear: $0.year) }
        self.groupOfRow = groupOfRow
        var byYear: [Int: [String: [Int]]] = [:]
        // Units with a status (exempt, new, observer) are in no group: no median, spread or rank counts them.
        for (i, k) in panel.rows.enumerated() where panel.status(row: i) == nil {
            byYear[k.year, default: [:]][groupOfRow[i], default: []].append(i)
        }
        self.rowsByYearGroup = byYear
    }

    public func group(ofRow row: Int) -> String { groupOfRow[row] }

    /// The rows of each group in `year`.
    public func groups(inYear year: Int) -> [String: [Int]] { rowsByYearGroup[year] ?? [:] }

    /// Rows of `year` in the same group as `row` (including it).
    public func peerRows(of row: Int) -> [Int] {
        rowsByYearGroup[result.panel.rows[row].year]?[groupOfRow[row]] ?? [row]
    }

    /// Positions of all units with a score on `nodeId` in `year`, in unit order.
    public func positions(nodeId: String, year: Int) -> [PeerPosition] {
        let scores = result.scores[nodeId]!
        let rows = result.rankedRows(inYear: year)
        let all = rows.map { scores[$0] }
        let sortedAll = all.filter { !$0.isNaN }.sorted()
        let lower = result.root.readsLowerBetter(nodeId)
        let sign: Double = lower ? -1 : 1
        let ranks = Ranking.competitionRanks(all, higherIsBetter: !lower)
        var rankOfRow: [Int: Int?] = [:]
        for (k, r) in rows.enumerated() { rankOfRow[r] = ranks[k] }
        struct GroupStats { var values: [Double]; var sorted: [Double]; var ranks: [Int: Int?]; var mean, sd, median, mad, q3, aad: Double? }
        var stats: [String: GroupStats] = [:]
        for (g, members) in groups(inYear: year) {
            let values = members.map { scores[$0] }
            let peers = values.filter { !$0.isNaN }
            let r = Ranking.competitionRanks(values, higherIsBetter: !lower)
            var rk: [Int: Int?] = [:]
            for (k, m) in members.enumerated() { rk[m] = r[k] }
            stats[g] = GroupStats(values: peers, sorted: peers.sorted(), ranks: rk, mean: Descriptive.mean(peers), sd: Descriptive.standardDeviation(peers),
                                  median: Descriptive.median(peers), mad: Quantile.mad(peers), q3: Quantile.type7(peers, lower ? 0.25 : 0.75),
                                  aad: Descriptive.median(peers).flatMap { m in Descriptive.mean(peers.map { abs($0 - m) }) })
        }
        var out: [PeerPosition] = []
        out.reserveCapacity(rows.count)
        for row in rows where !scores[row].isNaN {
            let x = scores[row]
            let g = stats[groupOfRow[row]]!
            out.append(PeerPosition(
                row: row, nodeId: nodeId, value: x, rank: rankOfRow[row] ?? nil, groupRank: g.ranks[row] ?? nil,
                units: sortedAll.count, groupUnits: g.values.count,
                percentile: Self.percentile(x, sorted: sortedAll).map { lower ? 100 - $0 : $0 },
                groupPercentile: Self.percentile(x, sorted: g.sorted).map { lower ? 100 - $0 : $0 },
                groupMean: g.mean, groupMedian: g.median, groupTopQuartile: g.q3,
                zInGroup: (g.mean != nil && g.sd != nil && g.sd! > 0) ? sign * (x - g.mean!) / g.sd! : nil,
                robustZInGroup: (g.median != nil && g.mad != nil && g.mad! > 0) ? sign * (x - g.median!) / g.mad! : nil,
                markingZInGroup: Self.markingZ(x, median: g.median, mad: g.mad, aad: g.aad).map { sign * $0 }))
        }
        return out
    }

    /// Robust z, or with MAD = 0 the distance to the median over 1.2533 × the mean absolute deviation.
    static func markingZ(_ x: Double, median: Double?, mad: Double?, aad: Double?) -> Double? {
        guard let median else { return nil }
        if let mad, mad > 0 { return (x - median) / mad }
        if let aad, aad > 0 { return (x - median) / (1.2533141373155 * aad) }
        return nil
    }

    /// Mid-rank percentile of `x` among sorted values (see `Quantile.percentileRank`), by binary search.
    static func percentile(_ x: Double, sorted s: [Double]) -> Double? {
        guard !s.isEmpty else { return nil }
        let below = SortedSearch.lowerBound(s, x), upTo = SortedSearch.upperBound(s, x)
        return 100 * (Double(below) + 0.5 * Double(upTo - below)) / Double(s.count)
    }
}
