import TouchstoneStats

/// The flag rules of `FlagEngine`, applied to one replication's scores only (no explanations), for the
/// uncertainty analysis: level (bottom share, robust z in the peer group), decline, no substantive progress,
/// on-off (trend classes of the index up to the year) and weak dimensions.
struct FlagProbe {
    let result: IndexResult
    let year: Int
    /// Index and dimension scores of every panel row in this replication.
    let index: [Double]
    let dimensions: [String: [Double]]

    /// The replication's scores are tied at the documented tolerance within each year (`Ties`) before any
    /// comparison, as the nominal scores are, so ranks and flags do not depend on the BLAS kernel.
    init(result: IndexResult, year: Int, index: [Double], dimensions: [String: [Double]]) {
        let groups = result.panel.years.map { result.panel.rows(inYear: $0) }
        self.result = result
        self.year = year
        self.index = Ties.snap(index, groups: groups)
        self.dimensions = dimensions.mapValues { Ties.snap($0, groups: groups) }
    }

    var rows: [Int] { result.panel.rows(inYear: year) }

    /// Ranks of the year's rows (1 = best, ties share the best rank).
    var ranks: [Int?] { Ranking.competitionRanks(rows.map { index[$0] }) }

    func flags() -> [Set<UnitFlag.Rule>] {
        let settings = result.project.flags
        let trendSettings = result.project.trends
        let rows = self.rows
        let values = rows.map { index[$0] }
        let present = values.filter { !$0.isNaN }.sorted()
        let k = max(1, Int((Double(present.count) * settings.bottomShare).rounded(.down)))
        let cutoff = settings.bottomShare > 0 && !present.isEmpty ? present[k - 1] : -Double.infinity
        let peerGroup = trendSettings.peerGroup ?? result.project.units.groupColumns.first
        let analysis = PeerAnalysis(result: result, groupColumn: peerGroup)
        // Group median and MAD of the index in each year.
        var stats: [Int: [String: (median: Double, mad: Double)]] = [:]
        let years = result.panel.years.filter { $0 <= year }
        for y in years {
            for (g, members) in analysis.groups(inYear: y) {
                let v = members.map { index[$0] }
                if let m = Descriptive.median(v) { stats[y, default: [:]][g] = (m, Quantile.mad(v) ?? 0) }
            }
        }
        var floors: [String: Double] = [:]
        for (d, s) in dimensions {
            if let fixed = settings.dimensionFloor { floors[d] = fixed }
            else if settings.dimensionPercentile > 0, let q = Quantile.type7(rows.map { s[$0] }, settings.dimensionPercentile) { floors[d] = q }
        }
        // Typical yearly swing over all units, for the on-off rule.
        var series: [Int: [Double]] = [:]
        for u in result.panel.units.indices {
            series[u] = years.map { y in result.panel.row(unit: u, year: y).map { index[$0] } ?? .nan }
        }
        let typical = Descriptive.median(series.values.compactMap { TrendAnalysis.meanAbsoluteYearlyChange(years: years, values: $0) })
        return rows.map { row -> Set<UnitFlag.Rule> in
            let x = index[row]
            guard !x.isNaN else { return [] }
            let unit = result.panel.rows[row].unit
            let g = analysis.group(ofRow: row)
            var fired = Set<UnitFlag.Rule>()
            var low = x <= cutoff
            if let s = stats[year]?[g], s.mad > 0, (x - s.median) / s.mad <= settings.robustZ { low = true }
            if low { fired.insert(.lowLevel) }
            let v = series[unit]!
            let trend = SeriesTrend(years: years, values: v, settings: trendSettings)
            guard trend.isSufficient else { return [] }   // insufficient data: never flagged
            let below = zip(years, v).compactMap { y, value -> Bool? in
                guard !value.isNaN, let s = stats[y]?[g] else { return nil }
                return value < s.median
            }
            let (cls, _) = TrendClassifier.classify(trend, belowMedian: below, panelMedianChange: typical, settings: trendSettings)
            if settings.decline && cls == .declining { fired.insert(.decline) }
            if settings.stagnant && cls == .stagnantBelowPeers { fired.insert(.stagnant) }
            if settings.volatile && cls == .volatile { fired.insert(.volatile) }
            if !low {
                for (d, s) in dimensions where !s[row].isNaN {
                    if let f = floors[d], s[row] < f { fired.insert(.weakDimension) }
                }
            }
            return fired
        }
    }
}
