/// Every unit accounted for in one assessed year: the units expected that year but without data, what was
/// said about them the year before (carried as *unresolved* instead of being dropped), and the years and
/// units the project excludes on purpose.
///
/// A unit is **expected** in year Y when it has data in an earlier year of the panel, or when it is in the
/// unit table without data in any year. It is **not assessed — no data for Y** when it is expected and has
/// no row in Y (a late submission looks exactly like this). Units whose data starts after Y are not yet
/// expected; units excluded by a row filter are listed as excluded, not as missing.
///
/// **Unresolved**: when a missing unit has a row in the previous panel year P (the last year before Y), its
/// assessment in P by the same rules (`FlagEngine.signals(units:)`) is kept when it was flagged or on
/// watch, so a unit that needed help last year does not vanish from this year's list. Without a previous
/// year, or for a unit without a row in P, nothing is carried.
///
/// Example (datasets/branches with b01–b04's 2024 rows deleted): Y = 2024, missing b01–b04 (last data
/// 2023); the 2023 assessments of those of them that were flagged in 2023 are carried.
public struct AssessmentCoverage: Sendable {
    public struct Missing: Sendable {
        public var id: String
        /// The unit's place in `panel.units`, or `nil` for a unit of the unit table with no data at all.
        public var unit: Int?
        /// Display names by language (from the unit table).
        public var names: [String: String]
        /// The last year before Y with a row, if any.
        public var lastYear: Int?
        /// The unit's assessment in the previous panel year, when it was flagged or on watch there.
        public var unresolved: UnitAssessment?
    }

    public var year: Int
    /// The previous panel year, whose flags are carried.
    public var previousYear: Int?
    /// Expected units without data in `year`: panel units in unit-table order, then unit-table units with no
    /// data at all.
    public var missing: [Missing]
    /// Years and units excluded by the project (row filters, `data.years`).
    public var exclusions: [Exclusion]
    /// Units dissolved by `year` (`units.lineage`), with the first year without them: not expected, left out
    /// of the current tables with a note.
    public var dissolved: [(id: String, year: Int)] = []
    /// The renames, merges, splits and creations that took effect by `year`, for "b37, formerly b12".
    public var lineage: [LineageEvent] = []

    /// - Parameter carryFlags: assess the missing units' previous year to carry its flags (`false` for
    ///   outputs that only list who is missing, sparing the rule computations).
    public init(result: IndexResult, year: Int, carryFlags: Bool = true) {
        let panel = result.panel
        self.year = year
        previousYear = panel.years.last { $0 < year }
        exclusions = panel.exclusions
        var firstYear = [Int](repeating: Int.max, count: panel.units.count)
        var lastBefore = [Int?](repeating: nil, count: panel.units.count)
        var present = [Bool](repeating: false, count: panel.units.count)
        for key in panel.rows {
            firstYear[key.unit] = min(firstYear[key.unit], key.year)
            if key.year == year { present[key.unit] = true }
            if key.year < year { lastBefore[key.unit] = max(lastBefore[key.unit] ?? key.year, key.year) }
        }
        let gone = { (id: String) in panel.dissolved[id].map { $0 <= year } ?? false }
        let absent = panel.units.indices.filter { !present[$0] && firstYear[$0] < year && !gone(panel.units[$0].id) }
        let renamed = Set(panel.lineage.filter { $0.kind == .renamed }.flatMap(\.from))
        dissolved = (panel.units.filter { gone($0.id) }.map { ($0.id, panel.dissolved[$0.id]!) }
            + panel.dissolved.filter { d in d.value <= year && !panel.units.contains { $0.id == d.key } }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            .filter { !renamed.contains($0.0) }
        lineage = panel.lineage.filter { $0.year <= year && $0.kind != .dissolved }.sorted { ($0.year, $0.to.joined(separator: " ")) < ($1.year, $1.to.joined(separator: " ")) }
        var carried: [Int: UnitAssessment] = [:]
        if carryFlags, let p = previousYear, absent.contains(where: { panel.row(unit: $0, year: p) != nil }) {
            let previous = FlagEngine(result: result, year: p, units: absent).signals(units: absent)
            for a in previous where a.status == .flagged || a.status == .watch { carried[a.unit] = a }
        }
        missing = absent.map { u in
            Missing(id: panel.units[u].id, unit: u, names: panel.units[u].names, lastYear: lastBefore[u], unresolved: carried[u])
        } + panel.unitsWithoutData.filter { !gone($0.id) }.map { Missing(id: $0.id, unit: nil, names: $0.names, lastYear: nil, unresolved: nil) }
    }

    /// Whether there is anything to say: a missing unit or an exclusion.
    public var isEmpty: Bool { missing.isEmpty && exclusions.isEmpty && dissolved.isEmpty && lineage.isEmpty }
    /// The missing units carrying an unresolved flag from the previous year.
    public var unresolved: [Missing] { missing.filter { $0.unresolved != nil } }
    public var excludedYears: [Exclusion] { exclusions.filter { $0.year != nil } }
    public var excludedUnits: [Exclusion] { exclusions.filter { $0.unitId != nil } }
}
