import TouchstoneStats

extension FlagRules {
    /// The commission's needs-help quota (`flags.needs_help`, `SelectionRule`): a unit among the bottom
    /// share or count of its year (or of its peer group with `per_group`) needs help. Severity medium; the
    /// reason states the quota with its rounding and any tie at the boundary.
    static let quota = FlagRule(
        rule: .quota, label: LocalizedText(["en": "bottom quota", "zh": "排名靠后（名额）"]),
        minimumYears: { _ in 1 }, enabled: { $0.needsHelp != nil },
        evaluate: { ctx, row in
            guard let q = ctx.needsHelpQuota, q.selected.contains(row) else { return [] }
            let group = q.rule.perGroup ? ctx.peers.group(ofRow: row) : nil
            guard let g = q.groups.first(where: { $0.group == group }) else { return [] }
            let x = ctx.index[row]
            let tie = q.ties.first { $0.contains(row) }
            let tiedNames = tie.map { rows in rows.map { ctx.result.panel.units[ctx.result.panel.rows[$0].unit].id }.joined(separator: ", ") }
            var numbers: [String: Double] = ["score": x, "quota": Double(g.quota), "ranked": Double(g.ranked)]
            if let tie { numbers["tied"] = Double(tie.count) }
            let inGroup = group.map { (en: " of the peer group \($0)", zh: "（同组 \($0)）") }
            return [UnitFlag(
                rule: .quota, severity: .medium, nodeId: ctx.result.root.id, numbers: numbers,
                reason: LocalizedText([
                    "en": "index \(f(x, ctx)) is in the \(g.description.text(for: "en"))\(inGroup?.en ?? "")\(tiedNames.map { "; tied at the boundary: \($0), all named" } ?? "")",
                    "zh": "指数 \(f(x, ctx)) 位列\(g.description.text(for: "zh"))\(inGroup?.zh ?? "")\(tiedNames.map { "；名额边界并列：\($0)，均列入" } ?? "")"]),
                tier: .needsHelp)]
        })
}
