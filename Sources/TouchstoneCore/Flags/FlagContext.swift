import TouchstoneStats

/// What the flag rules need for one year, computed once: from the nominal scores (`FlagEngine`) or from one
/// Monte Carlo replication (`FlagProbe`), so both apply the very same rules (`FlagRules`).
///
/// Spread: the **pooled within-group robust SD** of a node in a year,
/// ```
/// s = 1.4826 · median_i |x_i − median(x of i's peer group)|        (over all units of the year)
/// z_i = (x_i − median(peer group of i)) / s
/// ```
/// pooled over the groups so that small peer groups (3–10 units) do not make the scale itself noisy; units
/// alone in their group have z = 0. Scores are tied at the documented tolerance first (`Ties`).
struct FlagContext {
    let result: IndexResult
    let year: Int
    let settings: FlagSettings
    let trendSettings: TrendSettings
    let peers: PeerAnalysis
    /// Index and dimension scores per panel row.
    let index: [Double]
    let dimensions: [String: [Double]]
    /// Panel years up to `year`.
    let years: [Int]
    /// Per year: peer-group medians of the index and the pooled robust SD.
    let groupMedian: [Int: [String: Double]]
    let spread: [Int: Double]
    /// This year's dimension medians by group and pooled robust SDs.
    let dimensionMedian: [String: [String: Double]]
    let dimensionSpread: [String: Double]
    /// This year's `dimension_percentile` of each dimension over all units (when the project sets one).
    let dimensionPercentiles: [String: Double]
    /// This year's sorted index values and the bottom-share cut-off (k-th lowest, k = max(1, ⌊n·share⌋)).
    let sortedIndex: [Double]
    /// Median over units of the mean absolute yearly change (the typical swing, for the on-off rule).
    let typicalSwing: Double?
    /// Per unit: its index series over `years`, the number of years present, and its trend statistics
    /// (computed once here; the decline, no-progress and on-off rules read them).
    let seriesOfUnit: [[Double]]
    let presentYears: [Int]
    let trendOfUnit: [SeriesTrend]
    /// Funnel points of this year by indicator id and row.
    let funnels: [FunnelAnalysis]
    let funnelPoints: [String: [Int: FunnelAnalysis.Point]]
    /// The commission's needs-help quota this year (`flags.needs_help`), over the ranked units.
    let needsHelpQuota: QuotaSelection?
    /// The rule table run on this context: the yearly rules (`FlagRules.all`) or, during the year, the periodic
    /// ones (`FlagRules.periodic`).
    var rules: [FlagRule] = FlagRules.all
    /// Key-target progress by unit (panel unit index) at the period assessed (the off-track rule reads it).
    var keyTargets: [Int: [TargetProgress]] = [:]

    init(result: IndexResult, year: Int, index rawIndex: [Double], dimensions rawDimensions: [String: [Double]],
         peers: PeerAnalysis, funnels: [FunnelAnalysis]) {
        self.result = result
        self.year = year
        settings = result.project.flags
        trendSettings = result.project.trends
        self.peers = peers
        let yearGroups = result.panel.years.map { result.panel.rows(inYear: $0) }
        index = Ties.snap(rawIndex, groups: yearGroups)
        dimensions = rawDimensions.mapValues { Ties.snap($0, groups: yearGroups) }
        years = result.panel.years.filter { $0 <= year }
        var medians: [Int: [String: Double]] = [:], spreads: [Int: Double] = [:]
        for y in years {
            let (m, s) = Self.groupStatistics(index, groups: peers.groups(inYear: y))
            medians[y] = m
            spreads[y] = s
        }
        groupMedian = medians
        spread = spreads
        var dm: [String: [String: Double]] = [:], ds: [String: Double] = [:]
        for (d, values) in dimensions {
            let (m, s) = Self.groupStatistics(values, groups: peers.groups(inYear: year))
            dm[d] = m
            ds[d] = s
        }
        dimensionMedian = dm
        dimensionSpread = ds
        var dp: [String: Double] = [:]
        if let pct = result.project.flags.dimensionPercentile {
            let rows = result.panel.rows(inYear: year)
            for (d, values) in dimensions { dp[d] = Quantile.type7(rows.map { values[$0] }, pct) }
        }
        dimensionPercentiles = dp
        let snapped = index, span = years
        sortedIndex = result.rankedRows(inYear: year).map { snapped[$0] }.filter { !$0.isNaN }.sorted()
        let panel = result.panel
        let grid = panel.rowGrid(years: span)
        let all = panel.units.indices.map { u in panel.series(unit: u, of: snapped, grid: grid, years: span.count) }
        typicalSwing = Descriptive.median(all.compactMap { TrendAnalysis.meanAbsoluteYearlyChange(years: span, values: $0) })
        seriesOfUnit = all
        presentYears = all.map { $0.filter { !$0.isNaN }.count }
        let settings = result.project.trends
        // Independent per unit: parallel chunks written by index (identical for any thread count).
        trendOfUnit = ParallelChunks.map(count: all.count, chunk: 512) { SeriesTrend(years: span, values: all[$0], settings: settings) }
        self.funnels = funnels
        var points: [String: [Int: FunnelAnalysis.Point]] = [:]
        for f in funnels { points[f.indicatorId] = Dictionary(f.points.map { ($0.row, $0) }, uniquingKeysWith: { a, _ in a }) }
        funnelPoints = points
        let snappedIndex = index
        needsHelpQuota = result.project.flags.needsHelp.map { rule in
            QuotaSelection(rule: rule, top: false, ranked: result.rankedRows(inYear: year), scores: snappedIndex, groups: peers.groups(inYear: year))
        }
    }

    /// Medians of each peer group and the pooled within-group robust SD (1.4826 · median absolute deviation
    /// from the unit's own group median); values `NaN` are skipped.
    static func groupStatistics(_ values: [Double], groups: [String: [Int]]) -> ([String: Double], Double) {
        var medians: [String: Double] = [:], deviations: [Double] = []
        for (g, rows) in groups {
            let v = rows.map { values[$0] }.filter { !$0.isNaN }
            guard let m = Descriptive.median(v) else { continue }
            medians[g] = m
            if v.count > 1 { deviations += v.map { abs($0 - m) } }
        }
        return (medians, 1.4826 * (Descriptive.median(deviations) ?? 0))
    }

    /// Robust z of a row's index against its peer group in `y` (`nil` without spread or a group median).
    func z(row: Int, year y: Int) -> Double? {
        guard let m = groupMedian[y]?[peers.group(ofRow: row)], let s = spread[y], s > 0, !index[row].isNaN else { return nil }
        return (index[row] - m) / s
    }

    /// The unit's index over `years` (NaN where missing).
    func series(unit: Int) -> [Double] { seriesOfUnit[unit] }

    /// Whether the row's index is among the bottom share of the year.
    func inBottomShare(_ x: Double) -> (cutoff: Double, k: Int)? {
        guard settings.bottomShare > 0, !sortedIndex.isEmpty else { return nil }
        let k = max(1, Int((Double(sortedIndex.count) * settings.bottomShare).rounded(.down)))
        return x <= sortedIndex[k - 1] ? (sortedIndex[k - 1], k) : nil
    }
}
