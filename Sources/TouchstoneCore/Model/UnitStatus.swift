/// Why a unit is shown but not ranked (`status:` in the unit table, per unit or per unit and year):
///
/// | status | meaning (e.g.) |
/// |---|---|
/// | `exempt` | exempt from the appraisal this year (免于考核) |
/// | `new` | newly formed, not yet appraised (新组建) |
/// | `observer` | shown for reference only (列席) |
///
/// A unit with a status keeps its scores and appears in every table with its status, but it has no rank,
/// is left out of peer-group medians, spreads, ranks, percentiles and every cut-off and quota, and is never
/// flagged nor named an exemplar. An empty cell (or `ranked`, `active`) means an ordinary ranked unit.
/// Its words (label, reason) are the text layer's: `Output/UnitStatus+Words.swift`.
public enum UnitStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case exempt, new, observer
    /// A year of history a unit inherits from its predecessors through `units.lineage` (a merge or a split):
    /// shown in the unit's series and trends, never ranked nor counted among the year's units.
    case inherited
}
