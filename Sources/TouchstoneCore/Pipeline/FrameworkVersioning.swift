/// Framework versions over the years (weights, targets and goalposts per range of years, `YearRanged`) and
/// how the history is computed (`history:`, `HistoryMode`).
///
/// The change years of all versioned settings cut the years into segments; the framework of a segment takes
/// each node's weight, target and goalposts valid in it. Every segment's framework is computed on the whole
/// panel and kept as a `FrameworkVersion` (the scores of every node), so any year can be recomputed under
/// any year's framework. With `history: current` the result is the newest framework's, byte-identical to a
/// project that writes the newest values as plain numbers. With `history: as-published` each row's scores
/// (indicators and aggregates) are those of the framework of its year. Ranks, trends and flags read the
/// scores as they are. (The Monte Carlo robustness analysis and the recomputation of improvement paths use
/// the newest framework; the assessed year is always under it.)
///
/// Structural changes — an indicator added or dropped (`years:`), a column renamed (`column:` per range) —
/// are listed in `changes` for the warnings but hold under both history modes (see `IndicatorYears`,
/// `ColumnAliases`).
///
/// Reference: the framework / performance split of a year-over-year change, `FrameworkEffect`.
struct FrameworkVersioning {
    let project: Project

    /// The segments `[..c1−1], [c1..c2−1], …, [ck..]` of the change years c1 < … < ck.
    var segments: [ClosedRange<Int>] {
        let changes = Set(self.changes.filter(\.isVersioned).map(\.year)).sorted()
        var bounds = [Int.min] + changes
        bounds.append(Int.max)
        return (0 ..< bounds.count - 1).map { k in bounds[k] ... (k == bounds.count - 2 ? Int.max : bounds[k + 1] - 1) }
    }

    var changes: [FrameworkChange] {
        project.framework.preorder().flatMap { node -> [FrameworkChange] in
            var out = zip(node.weightVersions, node.weightVersions.dropFirst()).compactMap { a, b in
                a.value == b.value ? nil : FrameworkChange(nodeId: node.id, year: b.years.lowerBound, before: a.value, after: b.value)
            }
            guard let spec = node.indicator else { return out }
            if let y = spec.years, y.lowerBound != Int.min { out.append(FrameworkChange(nodeId: node.id, year: y.lowerBound, kind: .added)) }
            if let y = spec.years, y.upperBound != Int.max { out.append(FrameworkChange(nodeId: node.id, year: y.upperBound + 1, kind: .dropped)) }
            for (a, b) in zip(spec.columnVersions, spec.columnVersions.dropFirst()) where a.value != b.value {
                out.append(FrameworkChange(nodeId: node.id, year: b.years.lowerBound, kind: .renamed(from: a.value, to: b.value)))
            }
            for (a, b) in zip(spec.targetVersions, spec.targetVersions.dropFirst()) where a.value != b.value {
                out.append(FrameworkChange(nodeId: node.id, year: b.years.lowerBound, before: a.value, after: b.value, kind: .target))
            }
            for (a, b) in zip(spec.goalpostVersions, spec.goalpostVersions.dropFirst()) where a.value != b.value {
                out.append(FrameworkChange(nodeId: node.id, year: b.years.lowerBound, kind: .goalposts(before: a.value, after: b.value)))
            }
            return out
        }.sorted { ($0.year, $0.nodeId) < ($1.year, $1.nodeId) }
    }

    /// The project with each versioned node's weight, target and goalposts of the segment starting at `year`.
    func project(at year: Int) -> Project {
        var p = project
        func set(_ n: inout FrameworkNode) {
            if let w = n.weightVersions.value(inYear: year) { n.weight = w }
            if let t = n.indicator?.targetVersions.value(inYear: year) { n.indicator!.target = t }
            if let g = n.indicator?.goalpostVersions.value(inYear: year) { n.indicator!.goalposts = g }
            for i in n.children.indices { set(&n.children[i]) }
        }
        set(&p.framework)
        return p
    }

    /// `result` (computed under the newest framework) with its versions, changes and, for `as-published`,
    /// each row's scores from the framework of its year.
    func apply(to result: IndexResult, panel: Panel, diagnostics: [Diagnostic]) throws -> IndexResult {
        let changes = self.changes
        guard !changes.isEmpty else { return result }
        var out = result
        out.frameworkChanges = changes
        guard changes.contains(where: \.isVersioned) else { return out }
        let ids = result.nodes.map(\.id)
        var versions: [FrameworkVersion] = []
        for segment in segments {
            let scores: [String: [Double]]
            if segment.upperBound == Int.max { scores = result.scores } else {
                scores = try IndexPipeline(project: project(at: segment.lowerBound)).compute(panel: panel, diagnostics: diagnostics).scores
            }
            versions.append(FrameworkVersion(years: segment, scores: scores))
        }
        out.frameworkVersions = versions
        if project.history == .asPublished {
            out.diagnostics.append(Diagnostic(.note, .robustnessUnderNewestFramework(firstYear: segments.last!.lowerBound)))
            for (r, key) in out.panel.rows.enumerated() {
                guard let v = versions.first(where: { $0.years.contains(key.year) }), v.years.upperBound != Int.max else { continue }
                for id in ids { out.scores[id]![r] = v.scores[id]![r] }
            }
        }
        return out
    }
}
