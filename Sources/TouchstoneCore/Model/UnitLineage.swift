/// How units changed over the years (`units.lineage: FILE`), so that histories follow the unit and not its
/// id. One event per row of a CSV file with the columns `event, year, from, to` and an optional `rule`;
/// `from` and `to` hold one id, or several separated by spaces or `;`:
///
/// | event | from → to | year | effect on the panel |
/// |---|---|---|---|
/// | `renamed` | one → one | first year of the new id | the old id's rows before `year` become the new id's (same data, same ranks) |
/// | `merged` | several → one | first year of the merged unit | each earlier year gets an *inherited* row: the mean of the predecessors' raw values, indicator by indicator over those present; `rule: size-weighted` weights by `size_column` (default `mean`) |
/// | `split` | one → several | first year of the new units | each new unit inherits a copy of the old unit's earlier rows |
/// | `created` | – → one | first year | a note; the unit is not expected before |
/// | `dissolved` | one → – | first year without it | the unit is not expected from `year` on and leaves the current tables with a note |
///
/// Inherited rows carry the status `inherited` (`UnitStatus`): they give the unit's series, trend and
/// history, but are never ranked nor counted among the year's units (medians, cut-offs, quotas). A mean of
/// raw values lies within their range, so a pooled min-max scaling is unchanged by them. Predecessors of a
/// merge or split are dissolved in its year. Example: `renamed, 2023, b12, b37` gives b37 the six-year
/// series b12 had; outputs say "b37, formerly b12".
public struct LineageEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case renamed, merged, split, created, dissolved }
    public enum MergeRule: String, Sendable, CaseIterable {
        case mean
        case sizeWeighted = "size-weighted"
    }

    public var kind: Kind
    public var year: Int
    public var from: [String]
    public var to: [String]
    public var rule: MergeRule = .mean
    public var location: SourceLocation?

    public init(kind: Kind, year: Int, from: [String], to: [String], rule: MergeRule = .mean, location: SourceLocation? = nil) {
        self.kind = kind
        self.year = year
        self.from = from
        self.to = to
        self.rule = rule
        self.location = location
    }
}

/// What the lineage did to a unit, for the outputs that say so ("b37, formerly b12").
public struct UnitLineageNote: Sendable, Equatable {
    public var unit: String
    public var event: LineageEvent
}
