import TouchstoneCore

extension FlagReport {
    /// The assessment as workbook sheets for `touchstone flag --format xlsx`: `flags` (one row per unit: status,
    /// severity, index, rank, trend class, rules and reasons; flagged rows shaded), `improvement` (one row per
    /// path step) and `partners` (one row per learning partner and dimension). Numbers are full precision.
    public func workbookSheets() -> [Workbook.Sheet] {
        let root = result.root.id
        let ranks = result.ranks(of: root)
        let group = engine.peers.groupColumn
        var units: [[Workbook.Cell]] = [], shaded = Set<Int>()
        let order = assessments.sorted { a, b in
            let ka = (a.status == .flagged ? 0 : a.status == .exemplar ? 1 : 2, -(a.severity?.rawValue ?? 0))
            let kb = (b.status == .flagged ? 0 : b.status == .exemplar ? 1 : 2, -(b.severity?.rawValue ?? 0))
            return ka != kb ? ka < kb : a.unit < b.unit
        }
        for a in order {
            let unit = result.panel.units[a.unit]
            if a.status == .flagged { shaded.insert(units.count) }
            let score = a.row.map { shownScore(root, row: $0) }
            units.append([
                .text(unit.id), .text(unitName(a.unit)), .text(group.map { unit.groupName($0, language) } ?? ""),
                .text(a.status.rawValue), .text(a.severity?.name ?? ""),
                score.map { .number($0) } ?? .empty, a.row.flatMap { ranks[$0] }.map { .number(Double($0)) } ?? .empty,
                .text(a.trendClass?.rawValue ?? ""), .text(a.flags.map(\.rule.rawValue).joined(separator: ", ")),
                .text(a.flags.map { reasonText($0, language: language) }.joined(separator: "; ")),
                .text(a.holdReason(language) ?? ""),
            ])
        }
        var steps: [[Workbook.Cell]] = [], partners: [[Workbook.Cell]] = []
        for a in order where a.status == .flagged {
            let id = result.panel.units[a.unit].id
            for path in a.paths {
                for (k, s) in path.steps.enumerated() {
                    steps.append([.text(id), .text(path.nodeId), .number(Double(k + 1)), .text(s.indicatorId), .text(label(s.indicatorId)),
                                  .number(s.fromRaw), .number(s.toRaw), .text(s.fromLabel ?? ""), .text(s.toLabel ?? ""),
                                  .number(shownLevel(path.nodeId, s.targetAfter)), .number(shownLevel(path.nodeId, path.target)), .text(path.reachesTarget ? "yes" : "no")])
                }
            }
            for p in a.partners {
                for (dim, v) in p.strengths.sorted(by: { $0.key < $1.key }) {
                    partners.append([.text(id), .text(result.panel.units[p.unit].id), .text(unitName(p.unit)), .text(dim), .text(label(dim)),
                                     .number(shownLevel(dim, v[0])), .number(shownLevel(dim, v[1])), .text(p.sameGroup ? "yes" : "no")])
                }
            }
        }
        return [
            Workbook.Sheet(name: "flags", header: ["unit", "name", group ?? "group", "status", "severity", root, "rank", "trend", "rules", "reasons", "not assessed because"],
                           rows: units, shadedRows: shaded),
            Workbook.Sheet(name: "improvement", header: ["unit", "node", "step", "indicator", "label", "from", "to", "from_level", "to_level", "node_after", "target", "reaches_target"], rows: steps),
            Workbook.Sheet(name: "partners", header: ["unit", "partner", "partner_name", "dimension", "label", "partner_score", "unit_score", "same_group"], rows: partners),
        ]
    }
}
