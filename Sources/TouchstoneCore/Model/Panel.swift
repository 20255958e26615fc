import TouchstoneStats

/// One unit (a branch, a country) with its display names, peer groups and size.
public struct UnitInfo: Sendable, Hashable {
    public var id: String
    /// Display names by language; may be empty.
    public var names: [String: String]
    /// Short names for chart labels by language (`units.short_name_column`); may be empty.
    public var shortNames: [String: String] = [:]
    /// Peer-group value by group column, e.g. `["group": "case"]`.
    public var groups: [String: String]
    /// Display names of the unit's groups: group column → language → name (may be empty).
    public var groupNames: [String: [String: String]] = [:]
    /// Size (e.g. members) for rates; `nil` when not declared or missing.
    public var size: Double?
    /// The unit table's `attribute_columns` by column name (from the unit's first row); missing cells are absent.
    public var attributes: [String: Double] = [:]
    /// Per year, when the unit table has a `year_column`: the size column and `attribute_columns` of each row.
    public var attributesByYear: [Int: [String: Double]] = [:]
    /// Status (`units.status_column`): `status` for every year, `statusByYear` where the unit table has a
    /// row per year. `nil` = ranked.
    public var status: UnitStatus?
    public var statusByYear: [Int: UnitStatus] = [:]
    /// Per year, when the unit table has a `year_column`: the names and peer groups of each year's row
    /// (`names` and `groups` are then the newest year's); see `UnitInfo+Years.swift`.
    public var namesByYear: [Int: [String: String]] = [:]
    public var groupsByYear: [Int: [String: String]] = [:]

    /// The unit's status in `year` (its row of that year, else its overall status).
    public func status(inYear year: Int) -> UnitStatus? { statusByYear[year] ?? status }

    public init(id: String, names: [String: String] = [:], groups: [String: String] = [:], size: Double? = nil) {
        self.id = id
        self.names = names
        self.groups = groups
        self.size = size
    }

    /// The display name of the unit's group in `column`, falling back to English, then to the group value.
    public func groupName(_ column: String, _ language: String) -> String {
        let names = groupNames[column] ?? [:]
        if let n = names[language], !n.isEmpty { return n }
        if let n = names["en"], !n.isEmpty { return n }
        return groups[column] ?? ""
    }

    /// The name in `language`, falling back to English, then to the id.
    public func name(_ language: String) -> String {
        if let n = names[language], !n.isEmpty { return n }
        if let n = names["en"], !n.isEmpty { return n }
        return id
    }
}

/// The indicator data: one row per unit and year that has data, one column per framework indicator.
///
/// Rows are ordered by unit (in unit-table order) then year; values are raw (ordinal ratings already turned
/// into their scale scores), `NaN` where missing.
public struct Panel: Sendable {
    public struct Key: Hashable, Sendable {
        public var unit: Int
        public var year: Int

        public init(unit: Int, year: Int) {
            self.unit = unit
            self.year = year
        }
    }

    public var units: [UnitInfo]
    public private(set) var years: [Int]
    public var indicatorIds: [String]
    public private(set) var rows: [Key]
    public var values: Matrix
    /// Vote counts of the `type: votes` indicators by indicator id (values hold their summaries).
    public var votes: [String: VoteTable] = [:]
    /// Raters' scores of the indicators with `raters:` by indicator id (values hold their combination).
    public var raters: [String: RaterTable] = [:]
    /// Years rolled up from quarters or months that stop before the year's end (year → the last period
    /// included): their values are year to date (`PeriodicPanel.yearly(through:)`). Empty for yearly data.
    public var yearToDate: [Int: Period] = [:]
    /// Years and units the project leaves out on purpose (row filters, `data.years`), found on load.
    public var exclusions: [Exclusion] = []
    /// Units of the unit table with no data in any year and not excluded: expected, but never assessed.
    public var unitsWithoutData: [UnitInfo] = []
    /// The lineage events applied (`units.lineage`), and the first year without each dissolved unit (a
    /// dissolved unit, or the predecessor of a rename, merge or split).
    public var lineage: [LineageEvent] = []
    public var dissolved: [String: Int] = [:]
    /// Row indices of each year (unit order) and the row of each unit-year, built once.
    private let rowsByYear: [Int: [Int]]
    private let rowOfKey: [Key: Int]

    public init(units: [UnitInfo], indicatorIds: [String], rows: [Key], values: Matrix) {
        precondition(values.rows == rows.count && values.columns == indicatorIds.count, "Panel shape mismatch")
        self.units = units
        self.indicatorIds = indicatorIds
        self.rows = rows
        self.values = values
        self.years = Array(Set(rows.map(\.year))).sorted()
        var byYear: [Int: [Int]] = [:]
        var rowOf: [Key: Int] = [:]
        rowOf.reserveCapacity(rows.count)
        for (i, k) in rows.enumerated() {
            byYear[k.year, default: []].append(i)
            rowOf[k] = i
        }
        self.rowsByYear = byYear
        self.rowOfKey = rowOf
    }

    /// Row indices of one year, in unit order.
    public func rows(inYear year: Int) -> [Int] { rowsByYear[year] ?? [] }

    public func unitIndex(_ id: String) -> Int? { units.firstIndex { $0.id == id } }

    /// The status of a row's unit in its year (`nil` = ranked).
    public func status(row: Int) -> UnitStatus? { units[rows[row].unit].status(inYear: rows[row].year) }

    /// The row of a unit in a year, if it has one.
    public func row(unit: Int, year: Int) -> Int? { rowOfKey[Key(unit: unit, year: year)] }
}
