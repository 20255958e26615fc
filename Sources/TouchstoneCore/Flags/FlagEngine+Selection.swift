import TouchstoneStats
import TouchstoneText

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
                out[k].selection = LocalizedText(["en": "passed over for the exemplar quota: \(passed.requirement.rawValue)",
                                                  "zh": "因不满足“\(passed.requirement.rawValue)”未列入标杆名额"])
            }
            guard selection.selected.contains(row), out[k].status != .flagged else { continue }
            let group = selection.rule.perGroup ? peers.group(ofRow: row) : nil
            let g = selection.groups.first { $0.group == group }!
            let tie = selection.ties.first { $0.contains(row) }.map { rows in rows.map { result.panel.units[result.panel.rows[$0].unit].id }.joined(separator: ", ") }
            out[k].selection = LocalizedText([
                "en": g.description.text(for: "en") + (group.map { " in \($0)" } ?? "") + (tie.map { "; tied at the boundary: \($0), all named" } ?? ""),
                "zh": (group.map { "\($0)组" } ?? "") + g.description.text(for: "zh") + (tie.map { "；名额边界并列：\($0)，均列入" } ?? "")])
            if out[k].status != .exemplar {
                out[k].status = .exemplar
                for dim in result.root.children where !dim.isIndicator && dimensionGroupRanks[dim.id]?[row] == 1 { out[k].excelsIn.append(dim.id) }
            }
        }
    }

    /// One line per quota of the year stating how it was worked out (share × n, rounding), for the report.
    public func selectionLines(language: String) -> [String] {
        let zh = language.hasPrefix("zh")
        var lines: [String] = []
        guard settings.exemplars != nil || settings.needsHelp != nil else { return lines }
        let ctx = context
        for (rule, top) in [(settings.exemplars, true), (settings.needsHelp, false)] {
            guard let rule else { continue }
            let q = QuotaSelection(rule: rule, top: top, ranked: result.rankedRows(inYear: year), scores: ctx.index, groups: peers.groups(inYear: year))
            let what = top ? (zh ? "标杆名额" : "Exemplar quota") : (zh ? "帮扶名额" : "Needs-help quota")
            let parts = q.groups.map { g in (g.group.map { zh ? "\($0)组 " : "\($0): " } ?? "") + g.description.text(for: language) }
            let mode = rule.combine == .replace ? (zh ? "取代统计规则" : "replaces the statistical rule") : (zh ? "与统计规则并用" : "added to the statistical rules")
            lines.append(zh ? "\(what)（\(mode)）：\(parts.joined(separator: "；"))" : "\(what) (\(mode)): \(parts.joined(separator: "; "))")
            for tie in q.ties {
                let ids = tie.map { result.panel.units[result.panel.rows[$0].unit].id }.joined(separator: ", ")
                let score = NumberFormat.fixed(ctx.index[tie[0]], decimals: decimals)
                lines.append(zh ? "  名额边界并列（\(score)）：\(ids)，均列入" : "  tied at the boundary (\(score)): \(ids), all named")
            }
        }
        return lines
    }
}
