/// Names and peer groups that change from year to year (a unit table with a `year_column`).
///
/// A year with its own row in the unit table takes that row's names and groups; a year without one takes
/// the nearest earlier year's row, and a year before the first row the first row's. Without a
/// `year_column`, or for a unit with one row, these are `names` and `groups`. Peer comparisons of a year
/// (medians, peer positions, group ranks, "below peers" in trends) use the groups of that year; the current
/// tables and charts use the newest names and groups.
extension UnitInfo {
    /// The unit's peer groups in `year`.
    public func groups(inYear year: Int) -> [String: String] {
        Self.valueOf(groupsByYear, year: year) ?? groups
    }

    /// The unit's group in `column` in `year` ("" when it has none or `column` is `nil`).
    public func group(_ column: String?, inYear year: Int) -> String {
        column.flatMap { groups(inYear: year)[$0] } ?? ""
    }

    /// The unit's name in `language` in `year`, falling back as `name(_:)` does.
    public func name(_ language: String, inYear year: Int) -> String {
        var unit = self
        if let names = Self.valueOf(namesByYear, year: year) { unit.names = names }
        return unit.name(language)
    }

    static func valueOf<V>(_ byYear: [Int: V], year: Int) -> V? {
        guard !byYear.isEmpty else { return nil }
        if let v = byYear[year] { return v }
        let years = byYear.keys.sorted()
        return byYear[years.last { $0 <= year } ?? years[0]]
    }
}
