/// Framework versions over the years (weights per range of years, `YearRangeValue`) and how the history is
/// computed (`history:`, `HistoryMode`).
///
/// The change years of all versioned weights cut the years into segments; the framework of a segment takes
/// each node's weight valid in it. Every segment's framework is computed on the whole panel (normalisation
/// does not depend on weights, so only the aggregates differ) and kept as a `FrameworkVersion`, so any year
/// can be recomputed under any year's framework. With `history: current` the result is the newest
/// framework's, byte-identical to a project that writes the newest weights as plain numbers. With
/// `history: as-published` each row's aggregate scores are those of the framework of its year. Ranks,
/// trends and flags read the scores as they are. (The Monte Carlo robustness analysis and the recomputation
/// of improvement paths use the newest framework; the assessed year is always under it.)
///
/// Reference: the framework / performance split of a year-over-year change, `FrameworkEffect`.
struct FrameworkVersioning {
    let project: Project

    /// The segments `[..c1−1], [c1..c2−1], …, [ck..]` of the change years c1 < … < ck.
    var segments: [ClosedRange<Int>] {
        let changes = Set(project.framework.preorder().flatMap { $0.weightVersions.dropFirst().map(\.years.lowerBound) }).sorted()
        var bounds = [Int.min] + changes
        bounds.append(Int.max)
        return (0 ..< bounds.count - 1).map { k in bounds[k] ... (k == bounds.count - 2 ? Int.max : bounds[k + 1] - 1) }
    }

    var changes: [FrameworkChange] {
        project.framework.preorder().flatMap { node in
            zip(node.weightVersions, node.weightVersions.dropFirst()).map { FrameworkChange(nodeId: node.id, year: $1.years.lowerBound, before: $0.value, after: $1.value) }
        }
    }

    /// The project with each versioned node's weight of the segment starting at `year`.
    func project(at year: Int) -> Project {
        var p = project
        func set(_ n: inout FrameworkNode) {
            if let v = n.weightVersions.first(where: { $0.years.contains(year) }) { n.weight = v.value }
            for i in n.children.indices { set(&n.children[i]) }
        }
        set(&p.framework)
        return p
    }

    /// `result` (computed under the newest framework) with its versions, changes and, for `as-published`,
    /// each row's aggregate scores from the framework of its year.
    func apply(to result: IndexResult, panel: Panel, diagnostics: [Diagnostic]) throws -> IndexResult {
        let changes = self.changes
        guard !changes.isEmpty else { return result }
        var out = result
        let aggregates = result.nodes.filter { !$0.isIndicator }.map(\.id)
        var versions: [FrameworkVersion] = []
        for segment in segments {
            let scores: [String: [Double]]
            if segment.upperBound == Int.max { scores = result.scores } else {
                scores = try IndexPipeline(project: project(at: segment.lowerBound)).compute(panel: panel, diagnostics: diagnostics).scores
            }
            versions.append(FrameworkVersion(years: segment, scores: scores.filter { aggregates.contains($0.key) }))
        }
        out.frameworkVersions = versions
        out.frameworkChanges = changes
        if project.history == .asPublished {
            for (r, key) in out.panel.rows.enumerated() {
                guard let v = versions.first(where: { $0.years.contains(key.year) }), v.years.upperBound != Int.max else { continue }
                for id in aggregates { out.scores[id]![r] = v.scores[id]![r] }
            }
        }
        return out
    }
}
