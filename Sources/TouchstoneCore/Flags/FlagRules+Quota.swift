import TouchstoneStats

extension FlagRules {
    /// The commission's needs-help quota (`flags.needs_help`, `SelectionRule`): a unit among the bottom
    /// share or count of its year (or of its peer group with `per_group`) needs help. Severity medium; the
    /// reason states the quota with its rounding and any tie at the boundary.
    static let quota = FlagRule(
        rule: .quota,
        minimumYears: { _ in 1 }, enabled: { $0.needsHelp != nil },
        evaluate: { ctx, row in
            guard let q = ctx.needsHelpQuota, q.selected.contains(row) else { return [] }
            let group = q.rule.perGroup ? ctx.peers.group(ofRow: row) : nil
            guard let g = q.groups.first(where: { $0.group == group }) else { return [] }
            let x = ctx.index[row]
            let tie = q.ties.first { $0.contains(row) }
            let tiedNames = tie.map { rows in rows.map { ctx.result.panel.units[ctx.result.panel.rows[$0].unit].id } }
            var numbers: [String: Double] = ["score": x, "quota": Double(g.quota), "ranked": Double(g.ranked)]
            if let tie { numbers["tied"] = Double(tie.count) }
            return [UnitFlag(
                rule: .quota, severity: .medium, nodeId: ctx.result.root.id, numbers: numbers,
                reason: reason(.quota(score: x, quota: g.description, group: group, tied: tiedNames), ctx),
                tier: .needsHelp)]
        })
}
