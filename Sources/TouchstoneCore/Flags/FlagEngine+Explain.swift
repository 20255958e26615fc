import TouchstoneStats

extension FlagEngine {
    /// Gap decomposition, improvement paths and learning partners of a flagged unit; `profile` is its peer
    /// group's median profile and `peerBest` its best raw values when the caller has them (computed here
    /// otherwise).
    func explain(_ a: inout UnitAssessment, flaggedUnits: Set<Int>, profile: [String: Double]? = nil,
                 peerBest: ImprovementPathFinder.PeerBest? = nil) {
        guard let row = a.row else { return }
        let root = result.root.id
        let peerRows = peers.peerRows(of: row)
        a.decomposition = GapDecomposition(result: result, row: row, reference: profile ?? GapDecomposition.medianProfile(result: result, rows: peerRows), plan: plan)
        let finder = ImprovementPathFinder(result: result, row: row, peerRows: peerRows, slots: pathSlots, columns: pathColumns,
                                           peerBest: peerBest ?? ImprovementPathFinder.PeerBest(panel: result.panel, rows: peerRows))
        let indexRules: Set<UnitFlag.Rule> = [.lowLevel, .behindPeers, .decline, .stagnant, .volatile]
        let targeted = Set(a.flags.filter { $0.tier == .needsHelp }.map(\.rule)).intersection(indexRules)
        let x = result.scores[root]![row]
        var (target, description) = indexTarget(a, row: row)
        if !targeted.isEmpty && target <= x {
            // A target is never below the unit's own score: a unit already above every target gets no path.
            a.pathNote = PathNote(index: x, target: target, description: description, decimals: decimals)
        } else if !targeted.isEmpty && target.isFinite {
            // (No finite target — no other unit to compare with — gives no index path rather than one "to -inf".)
            var path = finder.path(node: root, target: target + margin, description: description)
            // Verify on the recomputed panel; if other units' scores moved (a unit at an indicator's minimum
            // moves the minimum when it improves), raise the target by the shortfall and search again.
            for _ in 0 ..< 3 where verifyPaths && path.reachesTarget {
                guard let shortfall = shortfallAfter(path, unit: a.unit, row: row, rules: targeted), shortfall > 0 else { break }
                target += shortfall
                path = finder.path(node: root, target: target + margin, description: description)
            }
            a.paths.append(path)
        }
        for flag in a.flags where flag.rule == .weakDimension {
            var floor = flag.numbers["floor"]!
            if settings.dimensionFloor == nil, let percentile = settings.dimensionPercentile {
                // A percentile floor moves up as the unit does: the least v ≥ Q_p(others ∪ {v}).
                let column = result.scores[flag.nodeId]!
                var others = result.panel.rows(inYear: year).map { column[$0] }.filter { !$0.isNaN }.sorted()
                if let i = others.firstIndex(of: column[row]) { others.remove(at: i) }
                for _ in 0 ..< 50 {
                    // Q_p(others ∪ {floor}): insert into the sorted values (no re-sort).
                    var with = others
                    with.insert(floor, at: SortedSearch.lowerBound(with, floor))
                    guard let q = Quantile.type7(sorted: with, percentile), q > floor + 1e-12 else { break }
                    floor = q
                }
            }
            a.paths.append(finder.path(node: flag.nodeId, target: floor + margin,
                                       description: PathTarget([.floor])))
        }
        a.partners = partners(for: a, row: row, flaggedUnits: flaggedUnits)
    }

    /// The index value that clears every needs-help index-level signal of the unit: the level threshold
    /// (peer median + robust_z · robust SD) and, for trend signals, at least the peer-group median (counting the
    /// unit itself).
    func indexTarget(_ a: UnitAssessment, row: Int) -> (Double, PathTarget) {
        let root = result.root.id
        var target = -Double.infinity
        var parts: [PathTarget.Part] = []
        let help = a.flags.filter { $0.tier == .needsHelp }
        if let level = help.first(where: { $0.rule.isLevel }), let clear = level.clearsAt {
            target = max(target, clear)
            parts.append(.nearPeerMedian(sd: -settings.robustZ))
        }
        if help.contains(where: { [.decline, .stagnant, .volatile].contains($0.rule) }),
           let m = Self.medianClearingValue(others: peers.peerRows(of: row).filter { $0 != row }.map { result.scores[root]![$0] }.filter { !$0.isNaN }) {
            target = max(target, m)
            parts.append(.peerGroupMedian)
        }
        return (target, PathTarget(parts))
    }

    /// The least value v with v ≥ median(others ∪ {v}): where a unit stops being below its group's median,
    /// the median counting the unit itself. It is one of the others' values.
    static func medianClearingValue(others: [Double]) -> Double? {
        let sorted = others.filter { !$0.isNaN }.sorted()
        let m = sorted.count
        // The median of sorted ∪ {sorted[i]} read off by index (the copy sits right after position i), O(1) per
        // candidate instead of a sort: merged[k] = sorted[k] for k ≤ i, sorted[k − 1] after.
        for i in 0 ..< m {
            func merged(_ k: Int) -> Double { k <= i ? sorted[k] : sorted[k - 1] }
            let mid = (m + 1) / 2
            let median = (m + 1) % 2 == 1 ? merged(mid) : (merged(mid - 1) + merged(mid)) / 2
            if median <= sorted[i] { return sorted[i] }
        }
        return sorted.last
    }

    /// Applies a path to the data, recomputes everything, and returns how far the unit's index falls short of
    /// what would clear `rules` now (`nil` or ≤ 0 when the flags are cleared).
    func shortfallAfter(_ path: ImprovementPath, unit: Int, row: Int, rules: Set<UnitFlag.Rule>) -> Double? {
        var panel = result.panel
        for step in path.steps {
            panel.values[row, panel.indicatorIds.firstIndex(of: step.indicatorId)!] = step.toRaw
        }
        guard let recomputed = try? IndexPipeline(project: result.project).compute(panel: panel) else { return nil }
        var engine = FlagEngine(result: recomputed, year: year, units: [unit])
        engine.rules = self.rules
        let root = result.root.id
        let x = recomputed.scores[root]![row]
        let still = engine.flags(row: row).filter { rules.contains($0.rule) && $0.tier == .needsHelp }
        guard !still.isEmpty else { return nil }
        let probe = UnitAssessment(unit: unit, row: row, status: .flagged, flags: still, trendClass: nil,
                                   decomposition: nil, paths: [], partners: [], excelsIn: [])
        let (needed, _) = engine.indexTarget(probe, row: row)
        return max(needed - x, 0) + margin
    }

    /// Up to `settings.partners` unflagged peers strongest in the dimensions where the unit loses most to its
    /// peers (the most negative contributions of its gap decomposition), same group first.
    func partners(for a: UnitAssessment, row: Int, flaggedUnits: Set<Int>) -> [LearningPartner] {
        guard settings.partners > 0, let d = a.decomposition else { return [] }
        let dims = result.root.children.filter { !$0.isIndicator }
        let weak = dims.compactMap { dim in d.contributions[dim.id].map { (dim.id, $0) } }
            .filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }.prefix(2)
        let weakDims = weak.isEmpty
            ? dims.map(\.id).sorted { result.scores[$0]![row] < result.scores[$1]![row] }.prefix(1).map { ($0, -1.0) }
            : Array(weak)
        let year = result.panel.rows[row].year
        let group = peers.group(ofRow: row)
        let weakColumns = weakDims.map { (id: $0.0, weight: abs($0.1), scores: result.scores[$0.0]!) }
        typealias Candidate = (row: Int, unit: Int, strength: Double)
        /// Stronger unflagged units, strongest first (no allocation per candidate).
        func candidates(sameGroup: Bool) -> [Candidate] {
            (sameGroup ? peers.peerRows(of: row) : result.panel.rows(inYear: year)).compactMap { r -> Candidate? in
                let u = result.panel.rows[r].unit
                guard r != row, !flaggedUnits.contains(u), (peers.group(ofRow: r) == group) == sameGroup else { return nil }
                var strength = 0.0
                for d in weakColumns {
                    let theirs = d.scores[r], mine = d.scores[row]
                    guard !theirs.isNaN, !mine.isNaN, theirs > mine else { return nil }
                    strength += (theirs - mine) * d.weight
                }
                return (r, u, strength)
            }.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.unit < $1.unit }
        }
        func partner(_ c: Candidate, sameGroup: Bool) -> LearningPartner {
            var strengths: [String: [Double]] = [:]
            for d in weakColumns { strengths[d.id] = [d.scores[c.row], d.scores[row]] }
            return LearningPartner(unit: c.unit, strengths: strengths, sameGroup: sameGroup)
        }
        var chosen = candidates(sameGroup: true).prefix(settings.partners).map { partner($0, sameGroup: true) }
        if chosen.count < settings.partners {
            // Too few in the group: the nearest units by size and profile (other groups) that are stronger.
            let nearest = NearestPeers(result: result, year: year, k: 10).neighbours(of: row).map(\.row)
            let others = candidates(sameGroup: false)
            let byRow = Dictionary(others.map { ($0.row, $0) }, uniquingKeysWith: { a, _ in a })
            let near = Set(nearest)
            let ordered = nearest.compactMap { byRow[$0] } + others.filter { !near.contains($0.row) }
            chosen += ordered.prefix(settings.partners - chosen.count).map { partner($0, sameGroup: false) }
        }
        return chosen
    }

    /// A clear unit (no signal, not even on the watch list) that leads its peer group and is improving, or
    /// stable with a non-negative slope, is an exemplar; with too few years for a trend, leading the group is
    /// enough. It excels in the dimensions where it ranks first in its group.
    func markExemplar(_ a: inout UnitAssessment, dimensionGroupRanks: [String: [Int?]]) {
        guard let row = a.row, let p = positions[row], p.groupRank == 1 else { return }
        let slope = trends.row(unit: a.unit, nodeId: result.root.id)?.series.theilSen?.slope ?? -1
        switch a.trendClass {
        case nil, .insufficientData?, .improving?: break
        case .stable?, .stagnantBelowPeers?: guard slope >= 0 else { return }
        case .declining?, .volatile?: return
        }
        a.status = .exemplar
        for dim in result.root.children where !dim.isIndicator && dimensionGroupRanks[dim.id]?[row] == 1 {
            a.excelsIn.append(dim.id)
        }
    }
}
