import TouchstoneStats

/// Applies the lineage events (`LineageEvent`) to a loaded panel: renamed ids take over their old rows,
/// merged and split units get inherited rows for the years before their event (status `inherited`), and
/// every predecessor is recorded as dissolved in the event's year. Events apply in year order, renames
/// first within a year. A unit's own row for a year is never replaced. Units left without rows (a renamed
/// old id) leave the panel.
///
/// Merge rule, per indicator over the predecessors with a value that year (`NaN` cells skipped):
/// ```
/// mean:          x = Σ x_i / n
/// size-weighted: x = Σ s_i·x_i / Σ s_i     (s_i = the predecessor's size_column)
/// ```
/// A year where no predecessor has a value for an indicator leaves it missing. `size-weighted` without a
/// size for a predecessor is a problem naming the lineage row.
struct LineageApplier {
    let events: [LineageEvent]

    struct Row { var unit: String; var year: Int; var values: [Double]; var inherited: Bool }

    func apply(_ panel: Panel, problems: inout ProblemCollector) -> Panel {
        guard !events.isEmpty else { return panel }
        var rows = panel.rows.indices.map { r in
            Row(unit: panel.units[panel.rows[r].unit].id, year: panel.rows[r].year,
                values: (0 ..< panel.values.columns).map { panel.values[r, $0] }, inherited: false)
        }
        var has = Set(rows.map { "\($0.unit)|\($0.year)" })
        let infoById = Dictionary(panel.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var dissolved: [String: Int] = [:]
        let ordered = events.sorted { ($0.year, $0.kind == .renamed ? 0 : 1) < ($1.year, $1.kind == .renamed ? 0 : 1) }
        for event in ordered {
            switch event.kind {
            case .renamed:
                let (old, new) = (event.from[0], event.to[0])
                for i in rows.indices where rows[i].unit == old && rows[i].year < event.year && !has.contains("\(new)|\(rows[i].year)") {
                    has.remove("\(old)|\(rows[i].year)")
                    rows[i].unit = new
                    has.insert("\(new)|\(rows[i].year)")
                }
                dissolved[old] = event.year
            case .merged:
                let new = event.to[0]
                let weights = event.from.map { id -> Double? in event.rule == .mean ? 1 : infoById[id]?.size }
                if let k = weights.firstIndex(where: { $0 == nil }) {
                    problems.append(InputProblem(event.location ?? SourceLocation(file: ""), .table(.sizeWeightedWithoutSize(unit: event.from[k]))))
                    continue
                }
                let years = Set(rows.filter { event.from.contains($0.unit) && $0.year < event.year }.map(\.year)).sorted()
                for y in years where !has.contains("\(new)|\(y)") {
                    let parts = event.from.enumerated().compactMap { k, id in rows.first { $0.unit == id && $0.year == y }.map { ($0.values, weights[k]!) } }
                    let values = (0 ..< panel.values.columns).map { j -> Double in
                        let present = parts.filter { !$0.0[j].isNaN }
                        let w = present.reduce(0) { $0 + $1.1 }
                        return present.isEmpty || w <= 0 ? .nan : present.reduce(0) { $0 + $1.1 * $1.0[j] } / w
                    }
                    rows.append(Row(unit: new, year: y, values: values, inherited: true))
                    has.insert("\(new)|\(y)")
                }
                for id in event.from { dissolved[id] = event.year }
            case .split:
                let old = event.from[0]
                let history = rows.filter { $0.unit == old && $0.year < event.year }
                for new in event.to {
                    for h in history where !has.contains("\(new)|\(h.year)") {
                        rows.append(Row(unit: new, year: h.year, values: h.values, inherited: true))
                        has.insert("\(new)|\(h.year)")
                    }
                }
                dissolved[old] = event.year
            case .dissolved:
                dissolved[event.from[0]] = event.year
            case .created:
                break
            }
        }
        // Units in their order, those left without rows dropped; inherited rows marked by status.
        let used = Set(rows.map(\.unit))
        var units = (panel.units + panel.unitsWithoutData).filter { used.contains($0.id) }
        for id in rows.map(\.unit) where !units.contains(where: { $0.id == id }) { units.append(UnitInfo(id: id)) }
        let order = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.id, $0) })
        rows.sort { (order[$0.unit] ?? Int.max, $0.year) < (order[$1.unit] ?? Int.max, $1.year) }
        for r in rows where r.inherited { units[order[r.unit]!].statusByYear[r.year] = .inherited }
        var matrix = Matrix(rows: rows.count, columns: panel.values.columns, repeating: .nan)
        for (i, r) in rows.enumerated() { for j in r.values.indices { matrix[i, j] = r.values[j] } }
        var out = Panel(units: units, indicatorIds: panel.indicatorIds, rows: rows.map { Panel.Key(unit: order[$0.unit]!, year: $0.year) }, values: matrix)
        out.exclusions = panel.exclusions
        out.unitsWithoutData = panel.unitsWithoutData.filter { dissolved[$0.id] == nil && !used.contains($0.id) }
        out.lineage = events
        out.dissolved = dissolved
        return out
    }
}
