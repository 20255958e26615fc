import TouchstoneStats

/// Indicator data by quarter or month, and the yearly panels rolled up from it.
///
/// `raw` is an ordinary `Panel` whose row keys hold period codes (`Period.code`, e.g. 202403) instead of
/// years. `yearly(through:)` rolls each unit's periods of each year into one value per indicator with the
/// indicator's `RollupMethod`; the result is a yearly `Panel` that every yearly step (index, trend, flag,
/// report) reads unchanged. A year whose data stop before its last period is *year to date*: its rows are
/// marked in `Panel.yearToDate` with the last period included.
///
/// Which periods a year must have: `1 … last`, where `last` is the latest period any unit reports in that
/// year (capped by the cut-off). A unit without a row for one of them has that period missing (a sum is then
/// missing; see `RollupMethod`).
public struct PeriodicPanel: Sendable {
    public var kind: PeriodKind
    public var raw: Panel
    /// The roll-up of each indicator, in `raw.indicatorIds` order.
    public var rollups: [RollupMethod]

    public init(kind: PeriodKind, raw: Panel, rollups: [RollupMethod]) {
        precondition(kind != .year, "a periodic panel holds quarters or months")
        precondition(rollups.count == raw.indicatorIds.count, "one roll-up per indicator")
        self.kind = kind
        self.raw = raw
        self.rollups = rollups
    }

    /// Every period with data, in time order.
    public var periods: [Period] { raw.years.map { Period(kind: kind, code: $0) } }

    /// The latest period with data.
    public var latest: Period? { periods.last }

    /// The latest period with data in `year` (`nil` when the year has none).
    public func latest(inYear year: Int) -> Period? { periods.last { $0.year == year } }

    /// Years with data, in order.
    public var years: [Int] { Array(Set(periods.map(\.year))).sorted() }

    /// The yearly panel: each year rolled up through its period `through` (1-based index within the year;
    /// `nil` = all periods), or through its latest period when that comes first. Comparing every year
    /// through the same quarter is what makes year-to-date values comparable with earlier years: the same
    /// part of each year, whatever its season.
    public func yearly(through cutoff: Int? = nil) -> Panel {
        let k = raw.indicatorIds.count
        var lastIndex: [Int: Int] = [:]
        for p in periods { lastIndex[p.year] = Swift.min(cutoff ?? kind.perYear, Swift.max(lastIndex[p.year] ?? 0, p.index)) }
        var rows: [Panel.Key] = []
        var columns: [[Double]] = Array(repeating: [], count: k)
        for u in raw.units.indices {
            for year in years {
                guard let last = lastIndex[year] else { continue }
                let sourceRows = (1...last).map { raw.row(unit: u, year: Period(kind: kind, year: year, index: $0).code) }
                guard sourceRows.contains(where: { $0 != nil }) else { continue }
                rows.append(Panel.Key(unit: u, year: year))
                for j in 0..<k {
                    let series = sourceRows.map { r in r.map { raw.values[$0, j] } ?? .nan }
                    columns[j].append(rollups[j].combine(series))
                }
            }
        }
        var matrix = Matrix(rows: rows.count, columns: k, repeating: .nan)
        for j in 0..<k { for (i, v) in columns[j].enumerated() { matrix[i, j] = v } }
        var panel = Panel(units: raw.units, indicatorIds: raw.indicatorIds, rows: rows, values: matrix)
        for (year, last) in lastIndex where last < kind.perYear { panel.yearToDate[year] = Period(kind: kind, year: year, index: last) }
        return panel
    }
}
