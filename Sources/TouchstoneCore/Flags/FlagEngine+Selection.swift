import TouchstoneStats

extension FlagEngine {
    /// The exemplar quota of the year (`flags.exemplars`) over the ranked units, passing over units that fail
    /// a requirement according to their assessment by the rules; `nil` without a quota.
    func exemplarSelection(_ assessments: [UnitAssessment], index: [Double]) -> QuotaSelection? {
        guard let rule = settings.exemplars else { return nil }
        let byRow = Dictionary(assessments.compactMap { a in a.row.map { ($0, a) } }, uniquingKeysWith: { a, _ in a })
        return QuotaSelection(rule: rule, top: true, ranked: result.rankedRows(inYear: year), scores: index,
                              groups: peers.groups(inYear: year)) { row in
            guard let a = byRow[row] else { return nil }
            return rule.require.first { r in
                switch r {
                case .notFlagged: return a.status == .flagged
                case .notWatched: return a.status == .watch
                case .notDeclining: return a.trendClass == .declining
                }
            }
        }
    }

    /// Names the exemplars: by the quota (replacing the statistical rule, or added to it with
    /// `combine: add`), else by the statistical rule (`markExemplar`). A unit that needs help is never named.
    func nameExemplars(_ out: inout [UnitAssessment], index: [Double]) {
        let dimensionGroupRanks = Dictionary(uniqueKeysWithValues: result.root.children.filter { !$0.isIndicator }.map { d in
            (d.id, peers.groupColumn.map { result.groupRanks(of: d.id, groupColumn: $0) } ?? result.ranks(of: d.id)) })
        guard let selection = exemplarSelection(out, index: index) else {
            for k in out.indices where out[k].status == .clear { markExemplar(&out[k], dimensionGroupRanks: dimensionGroupRanks) }
            return
        }
        if selection.rule.combine == .add {
            for k in out.indices where out[k].status == .clear { markExemplar(&out[k], dimensionGroupRanks: dimensionGroupRanks) }
        }
        for k in out.indices {
            guard let row = out[k].row else { continue }
            if let passed = selection.passedOver.first(where: { $0.row == row }) {
                out[k].selection = .passedOver(passed.requirement)
            }
            guard selection.selected.contains(row), out[k].status != .flagged else { continue }
            let group = selection.rule.perGroup ? peers.group(ofRow: row) : nil
            let g = selection.groups.first { $0.group == group }!
            let tie = selection.ties.first { $0.contains(row) }.map { rows in rows.map { result.panel.units[result.panel.rows[$0].unit].id } }
            out[k].selection = .named(g.description, group: group, tied: tie)
            if out[k].status != .exemplar {
                out[k].status = .exemplar
                for dim in result.root.children where !dim.isIndicator && dimensionGroupRanks[dim.id]?[row] == 1 { out[k].excelsIn.append(dim.id) }
            }
        }
    }

    /// How each quota of the year was worked out (share × n, rounding, per group; ties at the boundary), as
    /// values: `FlagEngine.selectionLines(language:)` of TouchstoneOutput words them.
    public func quotaSummaries() -> [QuotaSummary] {
        let ctx = context
        return [(settings.exemplars, true), (settings.needsHelp, false)].compactMap { rule, top in
            guard let rule else { return nil }
            let q = QuotaSelection(rule: rule, top: top, ranked: result.rankedRows(inYear: year), scores: ctx.index, groups: peers.groups(inYear: year))
            return QuotaSummary(top: top, replacesRules: rule.combine == .replace,
                                groups: q.groups.map { (group: $0.group, description: $0.description) },
                                ties: q.ties.map { tie in (units: tie.map { result.panel.units[result.panel.rows[$0].unit].id }, score: ctx.index[tie[0]]) })
        }
    }
}
