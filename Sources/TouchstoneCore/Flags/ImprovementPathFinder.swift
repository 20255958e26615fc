import TouchstoneStats

/// Finds the smallest set of indicator improvements that lifts one unit-year's index (or one dimension) to a
/// target, staying within what the unit's peers achieved that year.
///
/// Greedy on real effects: at each step every indicator that peers do better on is raised, in turn, as far as
/// one year allows — to the best value a peer achieved that year (max for higher-is-better, min for lower),
/// but by no more than the `path_step` quantile (90%) of the yearly improvements units made on it in the
/// panel, and a rating by one level only — and the one with the largest gain per unit of effort is kept
/// (effort = the raise in units of that typical yearly improvement; one level for a rating). When a full raise would overshoot, the smallest sufficient raise is found by
/// bisection on the raw value and then snapped to what the indicator can take: the next rating of an
/// ordinal scale, the next whole number for indicators whose observed values are all whole numbers
/// ("2 more completed rectifications"). A changed value is scored with the normalisation refitted with that
/// value in place (a unit at the minimum moves the minimum when it improves), and the unit is re-scored on
/// the plan's slots (`AggregationPlan.Slots`, the same bits as `UnitScorer`). Other units' scores are taken as they are; `FlagEngine` verifies each path by recomputing
/// the whole panel and extends it if needed.
struct ImprovementPathFinder {
    let result: IndexResult
    let row: Int
    let peerRows: [Int]
    /// The fitted plan on slots, indicators in the panel's column order (built once per engine).
    let slots: AggregationPlan.Slots
    /// Per indicator: its raw column and the summary of each scope group (computed once per engine).
    let columns: [String: PathColumn]
    /// The best raw values among `peerRows` (computed once per peer group).
    let peerBest: PeerBest

    /// Per panel column, the highest and lowest raw value among a set of rows (`NaN` when none is present).
    struct PeerBest: Sendable {
        var highest: [Double]
        var lowest: [Double]

        init(panel: Panel, rows: [Int]) {
            let m = panel.indicatorIds.count
            highest = [Double](repeating: .nan, count: m)
            lowest = [Double](repeating: .nan, count: m)
            for j in 0 ..< m {
                var hi = -Double.infinity, lo = Double.infinity
                for r in rows {
                    let v = panel.values[r, j]
                    if v.isNaN { continue }
                    hi = max(hi, v); lo = min(lo, v)
                }
                if hi >= lo { highest[j] = hi; lowest[j] = lo }
            }
        }
    }

    struct PathColumn: Sendable {
        var index: Int
        var normaliser: Normaliser
        /// Summary of each scope group (one for panel scope; one per year for year scope), by year (`nil` key = all).
        var summaries: [Int?: Normaliser.Summary]
        var integral: Bool
        /// Frozen or base-year parameters, which a changed value does not move (`nil`: refit).
        var fixed: Normaliser.Parameters?
        /// The `path_step` quantile of the yearly improvements (in the good direction) units made on this
        /// indicator, and their median (the unit of effort); `nil` when nobody improved or steps are unlimited.
        var stepCap: Double?
        var typicalStep: Double?

        /// - Parameter order: the panel's rows sorted by unit, then year (`unitYearOrder`, shared by all columns).
        init(result: IndexResult, indicator: FrameworkNode, index j: Int, order: [Int]) {
            let panel = result.panel
            let raw = panel.values.column(j)
            index = j
            normaliser = Normaliser(indicator: indicator, project: result.project)
            let years = panel.rows.map(\.year)
            fixed = normaliser.fixedParameters(raw, years: years)
            var summaries: [Int?: Normaliser.Summary] = [:]
            let groups = normaliser.scopeGroups(years: years)
            if groups.count == 1 { summaries[nil] = normaliser.summary(raw) }
            else { for g in groups { summaries[years[g[0]]] = normaliser.summary(g.map { raw[$0] }) } }
            self.summaries = summaries
            integral = indicator.indicator!.type == .numeric && raw.allSatisfy { $0.isNaN || $0 == $0.rounded() }
            let sign = indicator.indicator!.direction == .higher ? 1.0 : -1.0
            // Yearly gains: consecutive years of the same unit, both present (rows by unit, then year).
            var gains: [Double] = []
            for (a, b) in zip(order, order.dropFirst()) {
                let (ka, kb) = (panel.rows[a], panel.rows[b])
                guard ka.unit == kb.unit, kb.year - ka.year == 1, !raw[a].isNaN, !raw[b].isNaN else { continue }
                let g = sign * (raw[b] - raw[a])
                if g > 0 { gains.append(g) }
            }
            let q = result.project.flags.pathStepQuantile
            gains.sort()
            stepCap = q.flatMap { Quantile.type7(sorted: gains, $0) }
            typicalStep = Quantile.type7(sorted: gains, 0.5)
        }
    }

    /// The panel's rows sorted by unit, then year.
    static func unitYearOrder(_ panel: Panel) -> [Int] {
        panel.rows.indices.sorted { (panel.rows[$0].unit, panel.rows[$0].year) < (panel.rows[$1].unit, panel.rows[$1].year) }
    }

    struct Candidate {
        var id: String
        /// The indicator's slot (= its panel column).
        var slot: Int
        var normaliser: Normaliser
        /// Summary of the scope group's raw values without this unit-year's value.
        var others: Normaliser.Summary
        var current: Double
        var best: Double
        var integral: Bool
        var levels: [Double]?
        /// The unit of effort (a typical yearly improvement; 1 for a rating level).
        var effortUnit: Double
        var capped: Bool
        var fixed: Normaliser.Parameters?

        /// The score of raw value `x` for this unit-year, with the normalisation refitted with `x` in place
        /// (frozen or base-year parameters stay as they are).
        func score(_ x: Double) -> Double {
            normaliser.apply(x, fixed ?? normaliser.fit(others, adding: x))
        }
    }

    func path(node nodeId: String, target: Double, description: PathTarget) -> ImprovementPath {
        let panel = result.panel
        var scores = slots.slots(indicatorScores: panel.indicatorIds.map { result.scores[$0]![row] })
        guard let nodeSlot = slots.slot(nodeId) else { preconditionFailure("unknown node \(nodeId)") }
        let start = slots.value(of: nodeSlot, scores)
        let node = result.node(nodeId)!
        let allowed = Set(node.indicators.map(\.id))
        var candidates: [Candidate] = []
        let year = panel.rows[row].year
        for id in panel.indicatorIds where allowed.contains(id) {
            guard let column = columns[id] else { continue }
            let spec = result.node(id)!.indicator!
            let current = panel.values[row, column.index]
            guard !current.isNaN else { continue }
            let higher = spec.direction == .higher
            var best = higher ? peerBest.highest[column.index] : peerBest.lowest[column.index]
            guard !best.isNaN else { continue }
            guard higher ? best > current : best < current else { continue }
            var capped = false
            let levels = spec.type == .ordinal ? spec.scale.values.sorted() : nil
            if let levels {
                // A rating moves one level a year.
                let next = higher ? levels.first { $0 > current } : levels.last { $0 < current }
                if let next, higher ? next < best : next > best { best = next; capped = true }
            } else if let cap = column.stepCap {
                let reach = higher ? current + cap : current - cap
                if higher ? reach < best : reach > best { best = column.integral ? (higher ? reach.rounded(.down) : reach.rounded(.up)) : reach; capped = true }
                guard higher ? best > current : best < current else { continue }
            }
            let base = column.summaries[nil] ?? column.summaries[year]!
            candidates.append(Candidate(
                id: id, slot: column.index, normaliser: column.normaliser, others: column.normaliser.summary(base, removing: current), current: current, best: best,
                integral: column.integral, levels: levels, effortUnit: levels != nil ? 0 : (column.typicalStep ?? abs(best - current)), capped: capped,
                fixed: column.fixed))
        }
        var steps: [PathStep] = []
        var value = start
        var remaining = candidates
        var capped = false
        while !(value >= target), !remaining.isEmpty {
            var bestRate = -Double.infinity, bestIndex = -1
            for (k, c) in remaining.enumerated() {
                var trial = scores
                trial[c.slot] = c.score(c.best)
                let v = slots.value(of: nodeSlot, trial)
                // Gain per unit of effort: per rating level, or per typical yearly improvement.
                let effort = c.levels != nil ? 1 : max(abs(c.best - c.current) / max(c.effortUnit, 1e-12), 1e-12)
                if !v.isNaN, v - value > 0, (v - value) / effort > bestRate { bestRate = (v - value) / effort; bestIndex = k }
            }
            guard bestIndex >= 0, bestRate > 0 else { break }
            let c = remaining.remove(at: bestIndex)
            capped = capped || c.capped
            var newRaw = c.best
            var trial = scores
            trial[c.slot] = c.score(c.best)
            if slots.value(of: nodeSlot, trial) > target {
                newRaw = smallestSufficientRaw(c, scores: scores, node: nodeSlot, target: target)
            }
            scores[c.slot] = c.score(newRaw)
            value = slots.value(of: nodeSlot, scores)
            let spec = result.node(c.id)!.indicator!
            let label = { (x: Double) in spec.type == .ordinal ? spec.scale.first { $0.value == x }?.key : nil }
            let j = c.slot, higher = spec.direction == .higher
            let reached = peerRows.filter { r in
                let v = panel.values[r, j]
                return r != row && !v.isNaN && (higher ? v >= newRaw : v <= newRaw)
            }.map { panel.rows[$0].unit }
            steps.append(PathStep(indicatorId: c.id, fromRaw: c.current, toRaw: newRaw,
                                  fromScore: result.scores[c.id]![row], toScore: scores[c.slot], targetAfter: value,
                                  fromLabel: label(c.current), toLabel: label(newRaw), reachedBy: Array(reached.prefix(3))))
        }
        var path = ImprovementPath(nodeId: nodeId, start: start, target: target, steps: steps, reachesTarget: value >= target,
                                   targetDescription: description)
        path.stepCapped = capped && !(value >= target)
        return path
    }

    /// The least raise of `c` (between its current value and the peers' best) that reaches `target`,
    /// snapped up to a value the indicator can take.
    private func smallestSufficientRaw(_ c: Candidate, scores: [Double], node: Int, target: Double) -> Double {
        var trial = scores
        func reaches(_ x: Double) -> Bool {
            trial[c.slot] = c.score(x)
            slots.evaluate(&trial)
            return trial[node] >= target
        }
        if let levels = c.levels {
            let ordered = c.best > c.current ? levels.filter { $0 > c.current && $0 <= c.best } : levels.filter { $0 < c.current && $0 >= c.best }.reversed()
            return ordered.first(where: reaches) ?? c.best
        }
        var lo = c.current, hi = c.best   // lo does not reach, hi does
        for _ in 0 ..< 200 {
            let mid = (lo + hi) / 2
            if mid == lo || mid == hi { break }
            if reaches(mid) { hi = mid } else { lo = mid }
        }
        if c.integral {
            let snapped = c.best > c.current ? hi.rounded(.up) : hi.rounded(.down)
            return reaches(snapped) ? snapped : c.best
        }
        return hi
    }
}
