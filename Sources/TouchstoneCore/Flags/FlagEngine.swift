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
    /// The fitted plan on slots, indicators in the panel's column order (improvement paths re-score on it).
    let pathSlots: AggregationPlan.Slots
    /// The framework resolved with the fitted weights (`result.plan`, resolved once).
    let plan: AggregationPlan
    /// The rule table: the yearly rules (`FlagRules.all`) or, during the year, the periodic ones
    /// (`FlagRules.periodic`), with key-target progress by panel unit index for the off-track rule.
    var rules: [FlagRule] = FlagRules.all
    var keyTargets: [Int: [TargetProgress]] = [:]

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
        let order = ImprovementPathFinder.unitYearOrder(result.panel)
        let built = ParallelChunks.map(count: ids.count, chunk: 1) { j in
            ImprovementPathFinder.PathColumn(result: result, indicator: result.node(ids[j])!, index: j, order: order)
        }
        let columns = Dictionary(uniqueKeysWithValues: zip(ids, built))
        self.pathColumns = columns
        let plan = result.plan
        self.plan = plan
        self.pathSlots = plan.slots(indicatorIds: ids)
    }

    /// Early warning during the year (`touchstone progress`): the periodic rules (`FlagRules.periodic`: the
    /// year-to-date index behind peers, the yearly trend rules, off track on a key target) on a year-to-date
    /// result, with the key targets' progress at the period (`ProgressAssessment`); targets of other years
    /// or of units not in the panel are ignored.
    public init(result: IndexResult, year: Int, keyTargets progress: [TargetProgress]) {
        self.init(result: result, year: year)
        rules = FlagRules.periodic
        var byUnit: [Int: [TargetProgress]] = [:]
        for p in progress where p.target.year == year {
            if let u = result.panel.unitIndex(p.target.unit) { byUnit[u, default: []].append(p) }
        }
        keyTargets = byUnit
    }

    /// Whether improvement paths are checked by recomputing the panel: as set, or (by default) for panels of
    /// up to 50,000 unit-years, where one recomputation per flagged unit stays quick.
    var verifyPaths: Bool { settings.verifyPaths ?? (result.panel.rows.count <= 50_000) }

    public var decimals: Int { result.project.scoreDecimals }

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
        var out = rows.map { classify(row: $0, context: ctx) }
        let flaggedUnits = Set(out.filter { $0.status == .flagged }.map(\.unit))
        // Each flagged unit is explained on its own (gap, paths, partners), in parallel chunks written by index,
        // so the result is the same whatever the number of threads; the peer groups' median profiles are
        // computed once per group.
        var profiles: [String: [String: Double]] = [:], best: [String: ImprovementPathFinder.PeerBest] = [:]
        for (g, members) in peers.groups(inYear: year) {
            profiles[g] = GapDecomposition.medianProfile(result: result, rows: members)
            best[g] = ImprovementPathFinder.PeerBest(panel: result.panel, rows: members)
        }
        let explainedRows = out.indices.filter { out[$0].status == .flagged }
        let engine = self, snapshot = out, groupProfiles = profiles, groupBest = best
        let explained = ParallelChunks.map(count: explainedRows.count, chunk: 16) { i -> UnitAssessment in
            var a = snapshot[explainedRows[i]]
            let group = a.row.map { engine.peers.group(ofRow: $0) }
            engine.explain(&a, flaggedUnits: flaggedUnits, profile: group.flatMap { groupProfiles[$0] },
                           peerBest: group.flatMap { groupBest[$0] })
            return a
        }
        for (i, k) in explainedRows.enumerated() { out[k] = explained[i] }
        nameExemplars(&out, index: ctx.index)
        return Self.ordered(out, index: result.scores[root]!)
    }

    /// Needs help first (by severity, then lowest index), then watch, exemplars (highest index first), the
    /// rest, units without enough data and units not ranked; unit id last. The keys are read once per unit.
    static func ordered(_ out: [UnitAssessment], index: [Double]) -> [UnitAssessment] {
        func statusRank(_ s: UnitAssessment.Status) -> Int {
            switch s {
            case .flagged: 0
            case .watch: 1
            case .exemplar: 2
            case .clear: 3
            case .insufficientData: 4
            case .notRanked: 5
            }
        }
        let keys = out.map { a in (status: statusRank(a.status), severity: a.severity, x: a.row.map { index[$0] } ?? .nan) }
        let order = out.indices.sorted { i, j in
            let (a, b) = (keys[i], keys[j])
            if a.status != b.status { return a.status < b.status }
            if a.severity != b.severity { return (a.severity ?? .low) > (b.severity ?? .low) }
            if a.x != b.x, !a.x.isNaN, !b.x.isNaN { return out[i].status == .exemplar ? a.x > b.x : a.x < b.x }
            return out[i].unit < out[j].unit
        }
        return order.map { out[$0] }
    }

    /// The signals of the rules for the given units' rows in the year, without explanations, quotas or
    /// exemplars (what a unit's flags were, e.g. to carry them as unresolved when its next year has no data).
    /// Units without a row in the year are left out.
    public func signals(units: [Int]) -> [UnitAssessment] {
        let ctx = context
        return units.compactMap { u in result.panel.row(unit: u, year: year).map { classify(row: $0, context: ctx) } }
    }

    /// One row's status and the signals of the rules: not ranked (a unit status), insufficient data (no
    /// index score), or flagged / watch / clear by `FlagRules`.
    func classify(row: Int, context ctx: FlagContext) -> UnitAssessment {
        let root = result.root.id
        let unit = result.panel.rows[row].unit
        let trend = trends.row(unit: unit, nodeId: root)
        var a = UnitAssessment(unit: unit, row: row, status: .clear, flags: [], trendClass: trend?.trendClass,
                               decomposition: nil, paths: [], partners: [], excelsIn: [])
        if let status = result.panel.status(row: row) {
            a.status = .notRanked
            a.unitStatus = status
        } else if result.scores[root]![row].isNaN {
            a.status = .insufficientData
            a.missingReason = result.missingReasons[root]?[row]
        } else {
            let present = ctx.presentYears[unit]
            let (flags, notYet) = FlagRules.signals(ctx, row: row, presentYears: present)
            a.flags = flags.sorted { ($0.tier == .needsHelp ? 0 : 1, -$0.severity.rawValue) < ($1.tier == .needsHelp ? 0 : 1, -$1.severity.rawValue) }
            a.notYet = notYet.map { (rule: $0.0, fromYear: $0.1) }
            if a.flags.contains(where: { $0.tier == .needsHelp }) { a.status = .flagged }
            else if !a.flags.isEmpty { a.status = .watch }
        }
        return a
    }

    // MARK: Rules

    /// The rule context of the nominal scores (`FlagRules` runs on it).
    var context: FlagContext {
        let dims = Dictionary(uniqueKeysWithValues: result.root.children.filter { !$0.isIndicator }.map { ($0.id, result.scores[$0.id]!) })
        var ctx = FlagContext(result: result, year: year, index: result.scores[result.root.id]!, dimensions: dims, peers: peers, funnels: funnels)
        ctx.rules = rules
        ctx.keyTargets = keyTargets
        return ctx
    }

    /// The k-th lowest index value of the year, which marks the bottom share, with k = max(1, ⌊n·share⌋);
    /// `nil` when the share is 0.
    public var bottomCutoff: (cutoff: Double, k: Int)? {
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
