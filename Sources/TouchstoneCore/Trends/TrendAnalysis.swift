import TouchstoneStats

/// Trend statistics, rank trajectory and classification of every unit, for the index, each aggregate and
/// each indicator (normalised scores, and raw values for indicators), over a span of years.
public struct TrendAnalysis: Sendable {
    public struct Row: Sendable {
        public var unit: Int
        public var nodeId: String
        /// `true` for an indicator's raw values, `false` for scores.
        public var raw: Bool
        public var series: SeriesTrend
        public var trendClass: TrendClass
        public var evidence: TrendEvidence
    }

    /// Rank of the index per year, overall and within the peer group.
    public struct RankTrajectory: Sendable {
        public var unit: Int
        public var years: [Int]
        public var ranks: [Int?]
        public var groupRanks: [Int?]
        public var units: [Int]
        public var best: Int? { ranks.compactMap { $0 }.min() }
        public var worst: Int? { ranks.compactMap { $0 }.max() }
        /// First to last ranked year; positive = moved up (rank number fell).
        public var change: Int? {
            guard let f = ranks.first(where: { $0 != nil }) ?? nil, let l = ranks.last(where: { $0 != nil }) ?? nil else { return nil }
            return f - l
        }
    }

    public let result: IndexResult
    public let years: [Int]
    public let settings: TrendSettings
    public let peerGroup: String?
    public private(set) var rows: [Row] = []
    public private(set) var trajectories: [RankTrajectory] = []
    public private(set) var diagnostics: [Diagnostic] = []
    /// Index into `rows` by "node|raw" and unit.
    private var rowIndex: [String: [Int: Int]] = [:]

    /// - Parameters:
    ///   - nodes: node ids to analyse (default: all nodes).
    ///   - span: years to use (default: all years of the panel).
    public init(result: IndexResult, nodes: [String]? = nil, span: ClosedRange<Int>? = nil, units: [Int]? = nil) {
        self.result = result
        self.settings = result.project.trends
        let panel = result.panel
        self.years = panel.years.filter { span?.contains($0) ?? true }
        self.peerGroup = settings.peerGroup ?? result.project.units.groupColumns.first
        let nodeIds = nodes ?? result.nodes.map(\.id)
        let unitList = units ?? Array(panel.units.indices)
        let analysis = PeerAnalysis(result: result, groupColumn: peerGroup)
        // Rows by unit and span year (-1 = none), and each unit's peer group as a small integer: one pass
        // over the rows instead of a dictionary lookup per unit, year and node.
        let years = self.years, ny = years.count
        let grid = panel.rowGrid(years: years)
        var groupCodes = panel.unitGroupCodes(column: peerGroup).codes
        for unit in panel.units where !unit.groupsByYear.isEmpty {
            for y in years where groupCodes[unit.group(peerGroup, inYear: y)] == nil { groupCodes[unit.group(peerGroup, inYear: y)] = groupCodes.count }
        }
        // Each unit's group in each span year (a per-year unit table can move it), as the code of `groupCodes`.
        let groupOfUnitYear = panel.units.map { unit in years.map { groupCodes[unit.group(peerGroup, inYear: $0)] ?? -1 } }
        func seriesOf(_ u: Int, _ column: [Double]) -> [Double] { panel.series(unit: u, of: column, grid: grid, years: ny) }

        if Self.usesYearScope(result) {
            diagnostics.append(Diagnostic(.warning, .trendsOnPerYearScores))
        }
        for id in nodeIds {
            let node = result.node(id)!
            let variants: [Bool] = node.isIndicator ? [false, true] : [false]
            for raw in variants {
                let column: [Double]
                if raw, let j = panel.indicatorIds.firstIndex(of: id) { column = panel.values.column(j) } else { column = result.scores[id]! }
                // Peer medians per year and group (scores only; raw values have no "below peers" meaning when lower is better).
                // median[k][g]: year k, group code g (nil: no member with a score).
                var median = [[Double?]](repeating: [Double?](repeating: nil, count: groupCodes.count), count: ny)
                if !raw {
                    for (k, y) in years.enumerated() {
                        for (g, members) in analysis.groups(inYear: y) {
                            // Groups come from the same unit column (`""` when the unit has none).
                            guard let code = groupCodes[g] else { continue }
                            median[k][code] = Descriptive.median(members.map { column[$0] })
                        }
                    }
                }
                // The typical yearly swing is taken over every unit, whichever units are analysed.
                let panelMedianChange = Descriptive.median(panel.units.indices.compactMap { u in
                    Self.meanAbsoluteYearlyChange(years: years, values: seriesOf(u, column))
                })
                var valuesByUnit: [[Double]] = []
                var belowByUnit: [[Bool]] = []
                valuesByUnit.reserveCapacity(unitList.count)
                belowByUnit.reserveCapacity(unitList.count)
                for u in unitList {
                    let values = seriesOf(u, column)
                    let below = raw ? [] : values.indices.compactMap { k -> Bool? in
                        let v = values[k], group = groupOfUnitYear[u][k]
                        guard !v.isNaN, group >= 0, let m = median[k][group] else { return nil }
                        return v < m
                    }
                    valuesByUnit.append(values)
                    belowByUnit.append(below)
                }
                // The statistics of each unit's series are independent: computed in parallel chunks, stored by
                // index, so the rows are identical whatever the number of threads.
                let spanYears = years, trendSettings = settings, allValues = valuesByUnit
                let series = ParallelChunks.map(count: unitList.count, chunk: 256) { k in
                    SeriesTrend(years: spanYears, values: allValues[k], settings: trendSettings)
                }
                var indexOfUnit: [Int: Int] = [:]
                indexOfUnit.reserveCapacity(unitList.count)
                for (k, u) in unitList.enumerated() {
                    let series = series[k], below = belowByUnit[k]
                    let (cls, evidence) = TrendClassifier.classify(series, belowMedian: below, panelMedianChange: panelMedianChange, settings: settings)
                    indexOfUnit[u] = rows.count
                    rows.append(Row(unit: u, nodeId: id, raw: raw, series: series, trendClass: cls, evidence: evidence))
                }
                rowIndex["\(id)|\(raw)", default: [:]].merge(indexOfUnit) { _, new in new }
            }
        }
        let rootRanks = result.ranks(of: result.root.id)
        let groupRanks = peerGroup.map { result.groupRanks(of: result.root.id, groupColumn: $0) }
        let unitsPerYear = years.map { panel.rows(inYear: $0).filter { !result.scores[result.root.id]![$0].isNaN }.count }
        for u in unitList {
            var rs: [Int?] = [], gs: [Int?] = []
            for k in 0 ..< ny {
                let r = grid[u * ny + k]
                rs.append(r >= 0 ? rootRanks[r] : nil)
                gs.append(r >= 0 ? groupRanks.flatMap { $0[r] } : nil)
            }
            trajectories.append(RankTrajectory(unit: u, years: years, ranks: rs, groupRanks: gs, units: unitsPerYear))
        }
    }

    /// The analysis row of a unit and node (scores, or raw values for an indicator).
    public func row(unit: Int, nodeId: String, raw: Bool = false) -> Row? {
        rowIndex["\(nodeId)|\(raw)"]?[unit].map { rows[$0] }
    }

    /// Mean absolute change per year between consecutive present values (a gap divides by its length);
    /// `nil` below 2 present values. The median of this over all units is the "typical swing" of the on-off rule.
    static func meanAbsoluteYearlyChange(years: [Int], values: [Double]) -> Double? {
        let present = zip(years, values).filter { !$0.1.isNaN }
        guard present.count >= 2 else { return nil }
        let changes = zip(present, present.dropFirst()).map { abs($1.1 - $0.1) / Double($1.0 - $0.0) }
        return changes.reduce(0, +) / Double(changes.count)
    }

    static func usesYearScope(_ result: IndexResult) -> Bool {
        result.root.indicators.contains { node in
            let spec = node.indicator?.normalisation ?? result.project.defaults.normalisation
            return spec.scope == .year && spec.method.usesScope
        }
    }
}
