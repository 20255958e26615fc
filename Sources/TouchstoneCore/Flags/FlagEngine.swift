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
        let ids = result.panel.indicatorIds
        let built = ParallelChunks.map(count: ids.count, chunk: 1) { j in
            ImprovementPathFinder.PathColumn(result: result, indicator: result.node(ids[j])!, index: j)
        }
        let columns = Dictionary(uniqueKeysWithValues: zip(ids, built))
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

    /// Assessments of every unit with data in `year`: needs help first (by severity), then watch, exemplars,
    /// the rest, and units not assessed.
    public func assess() -> [UnitAssessment] {
        let root = result.root.id
        let rows = result.panel.rows(inYear: year)
        let ctx = context
        var out: [UnitAssessment] = []
        for row in rows {
            let unit = result.panel.rows[row].unit
            let trend = trends.row(unit: unit, nodeId: root)
            var a = UnitAssessment(unit: unit, row: row, status: .clear, flags: [], trendClass: trend?.trendClass,
                                   decomposition: nil, paths: [], partners: [], excelsIn: [])
            if let status = result.panel.status(row: row) {
                a.status = .notRanked
                a.unitStatus = status
                a.holdReason = status.reason("en")
            } else if result.scores[root]![row].isNaN {
                a.status = .insufficientData
                a.holdReason = result.missingReasons[root]?[row]?.text("en") ?? "no index score"
            } else {
                let present = ctx.presentYears[unit]
                let (flags, notYet) = FlagRules.signals(ctx, row: row, presentYears: present)
                a.flags = flags.sorted { ($0.tier == .needsHelp ? 0 : 1, -$0.severity.rawValue) < ($1.tier == .needsHelp ? 0 : 1, -$1.severity.rawValue) }
                a.notYet = notYet.map { (rule: $0.0, fromYear: $0.1) }
                if a.flags.contains(where: { $0.tier == .needsHelp }) { a.status = .flagged }
                else if !a.flags.isEmpty { a.status = .watch }
            }
            out.append(a)
        }
        let flaggedUnits = Set(out.filter { $0.status == .flagged }.map(\.unit))
        // Each flagged unit is explained on its own (gap, paths, partners), in parallel chunks written by index,
        // so the result is the same whatever the number of threads; the peer groups' median profiles are
        // computed once per group.
        var profiles: [String: [String: Double]] = [:]
        for (g, members) in peers.groups(inYear: year) { profiles[g] = GapDecomposition.medianProfile(result: result, rows: members) }
        let explainedRows = out.indices.filter { out[$0].status == .flagged }
        let engine = self, snapshot = out, groupProfiles = profiles
        let explained = ParallelChunks.map(count: explainedRows.count, chunk: 16) { i -> UnitAssessment in
            var a = snapshot[explainedRows[i]]
            engine.explain(&a, flaggedUnits: flaggedUnits, profile: a.row.flatMap { groupProfiles[engine.peers.group(ofRow: $0)] })
            return a
        }
        for (i, k) in explainedRows.enumerated() { out[k] = explained[i] }
        nameExemplars(&out, index: ctx.index)
        return out.sorted { a, b in
            let rank: (UnitAssessment) -> Int = { [.flagged: 0, .watch: 1, .exemplar: 2, .clear: 3, .insufficientData: 4, .notRanked: 5][$0.status]! }
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            if a.severity != b.severity { return (a.severity ?? .low) > (b.severity ?? .low) }
            let xa = a.row.map { result.scores[root]![$0] } ?? .nan, xb = b.row.map { result.scores[root]![$0] } ?? .nan
            if xa != xb, !xa.isNaN, !xb.isNaN { return a.status == .exemplar ? xa > xb : xa < xb }
            return a.unit < b.unit
        }
    }

    // MARK: Rules

    /// The rule context of the nominal scores (`FlagRules` runs on it).
    var context: FlagContext {
        let dims = Dictionary(uniqueKeysWithValues: result.root.children.filter { !$0.isIndicator }.map { ($0.id, result.scores[$0.id]!) })
        return FlagContext(result: result, year: year, index: result.scores[result.root.id]!, dimensions: dims, peers: peers, funnels: funnels)
    }

    /// The k-th lowest index value of the year, which marks the bottom share, with k = max(1, ⌊n·share⌋);
    /// `nil` when the share is 0.
    var bottomCutoff: (cutoff: Double, k: Int)? {
        guard settings.bottomShare > 0, !sortedIndex.isEmpty else { return nil }
        let k = max(1, Int((Double(sortedIndex.count) * settings.bottomShare).rounded(.down)))
        return (sortedIndex[k - 1], k)
    }

    /// The signals of one row (used again when a path is verified on a recomputed panel).
    func flags(row: Int) -> [UnitFlag] {
        let ctx = context
        let present = ctx.presentYears[result.panel.rows[row].unit]
        return FlagRules.signals(ctx, row: row, presentYears: present).flags
    }
}
