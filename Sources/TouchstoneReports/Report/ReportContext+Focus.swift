import TouchstoneCore

/// Reports that stay readable at any size: above ``ReportContext/summariseAbove`` units the report shows a
/// focus — the units that need help (most severe first), those to watch, the exemplars, and the top and
/// bottom of the ranking — and writes the full per-unit table to `index.csv` beside it.
///
/// | units | per-unit sections and briefs | tables, heatmap, trend panels |
/// |-------|------------------------------|-------------------------------|
/// | ≤ 300 | every flagged unit, every unit | every unit |
/// | > 300 | the 20 most severe flagged units, the focus | the focus (about 100 units) |
extension ReportContext {
    static let summariseAbove = 300
    static let focusSections = 20

    /// The focus of a large report, nil when every unit is shown.
    static func focus(assessments: [UnitAssessment], rows: [Int], ranks: [Int?], result: IndexResult) -> Set<Int>? {
        guard rows.count > summariseAbove else { return nil }
        let rank = { (a: UnitAssessment) in a.row.flatMap { ranks[$0] } ?? Int.max }
        var focus = Set<Int>()
        let help = assessments.filter { $0.status == .flagged }
            .sorted { ($0.severity?.rawValue ?? 0, -rank($0)) > ($1.severity?.rawValue ?? 0, -rank($1)) }
        focus.formUnion(help.prefix(focusSections * 2).map(\.unit))
        focus.formUnion(assessments.filter { $0.status == .watch }.sorted { rank($0) > rank($1) }.prefix(20).map(\.unit))
        focus.formUnion(assessments.filter { $0.status == .exemplar }.sorted { rank($0) < rank($1) }.prefix(20).map(\.unit))
        let ranked = rows.filter { ranks[$0] != nil }.sorted { ranks[$0]! < ranks[$1]! }.map { result.panel.rows[$0].unit }
        focus.formUnion(ranked.prefix(10))
        focus.formUnion(ranked.suffix(10))
        return focus
    }

    /// Whether a unit is shown unit by unit.
    func shows(_ u: Int) -> Bool { focus?.contains(u) ?? true }
}
