/// What `touchstone init` finds in a table: the layout, the unit and year columns, the numeric indicators,
/// the rating columns with their levels, and the columns that describe units (names, groups).
///
/// Rules, in order:
/// 1. **Year-in-column**: at least 3 headers end in a year 1900–2100 after a separator (`le_1990`,
///    `gdp 2019`); the layout is then `year-in-column` and the pattern keeps that separator.
/// 2. **Long**: a column named like `indicator`/`variable`/`measure`/`series`/`指标` and one like
///    `value`/`值`/`数值`.
/// 3. Otherwise **wide**. The year column is named like `year`/`yr`/`年份`/`年度`, else the first column whose
///    cells are all whole numbers 1900–2100 with at least 2 distinct values.
/// 4. The unit column is the first text column, preferring names with `id`, `code`, `iso`, `编号`, `代码`,
///    whose values (with the year) identify the rows; else the first column.
/// 5. Every other column is **numeric** when ≥ 95% of its non-missing cells are numbers; a text column whose
///    value never changes within a unit is a **name** (about one value per unit) or a **group** (2 to n/2
///    values); a text column with 2–10 levels that changes within units is a **rating**.
public struct TableSurvey: Sendable {
    public enum Layout: String, Sendable { case wide, long, yearInColumn = "year-in-column" }

    public struct Rating: Sendable, Equatable {
        public var column: String
        /// Levels from best to worst when recognised (优秀 良好 一般 较差, A B C D, high medium low, …).
        public var levels: [String]
        public var recognised: Bool
    }

    public var layout: Layout = .wide
    public var unitColumn: String
    public var yearColumn: String?
    /// For year-in-column: the separator between indicator and year (`_`, ` `, `.`, `-` or empty).
    public var yearSeparator = "_"
    public var indicatorColumn: String?
    public var valueColumn: String?
    /// Numeric indicators: data columns (wide), indicator names (long) or column prefixes (year-in-column).
    public var numeric: [String] = []
    public var ratings: [Rating] = []
    public var nameColumn: String?
    public var groupColumns: [String] = []
    /// Distinct units and years seen.
    public var unitCount = 0
    public var years: [Int] = []
    /// Text columns left out (free text), for the next-steps note.
    public var skipped: [String] = []
    /// Texts found in otherwise numeric columns (`n.a.`, `..`), to declare as missing values.
    public var extraMissing: [String] = []

    public init(unitColumn: String) { self.unitColumn = unitColumn }
}
