/// How finely the data's time column divides a year (`data.period:`).
///
/// | kind | periods a year | accepted spellings (2024, third quarter / July) |
/// |---|---|---|
/// | `year` | 1 | `2024` (also `2024.0`) |
/// | `quarter` | 4 | `2024-Q3`, `2024Q3`, `2024 Q3`, `2024-q3`, `2024年第三季度`, `2024年第3季度`, `2024年三季度` |
/// | `month` | 12 | `2024-07`, `2024-7`, `2024/07`, `2024年7月`, `2024年07月` |
public enum PeriodKind: String, Sendable, CaseIterable, Codable {
    case year, quarter, month

    /// Periods in one year: 1, 4 or 12.
    public var perYear: Int {
        switch self {
        case .year: 1
        case .quarter: 4
        case .month: 12
        }
    }
}

/// One period of a year: a whole year, a quarter or a month.
///
/// Periods are ordered by year, then by their index within the year. Inside the panel a period is stored
/// as one integer, its `code`: the year itself for yearly data (so yearly projects are unchanged), else
/// `year × 100 + index` (2024-Q3 → 202403, 2024-07 → 202407).
public struct Period: Hashable, Comparable, Sendable {
    public var kind: PeriodKind
    public var year: Int
    /// 1-based position within the year (1 for `year`; 1–4 quarters; 1–12 months).
    public var index: Int

    public init(kind: PeriodKind, year: Int, index: Int) {
        precondition(index >= 1 && index <= kind.perYear, "period index \(index) outside 1...\(kind.perYear)")
        self.kind = kind
        self.year = year
        self.index = index
    }

    /// The integer the panel stores for this period (see the type's summary).
    public var code: Int { kind == .year ? year : year * 100 + index }

    /// The period of a stored `code`.
    public init(kind: PeriodKind, code: Int) {
        if kind == .year { self.init(kind: .year, year: code, index: 1) } else {
            self.init(kind: kind, year: code / 100, index: code % 100)
        }
    }

    /// Whether this is the year's last period (the year is complete once it has data).
    public var closesYear: Bool { index == kind.perYear }

    /// The canonical spelling: `2024`, `2024-Q3`, `2024-07`.
    public var label: String {
        switch kind {
        case .year: "\(year)"
        case .quarter: "\(year)-Q\(index)"
        case .month: "\(year)-\(index < 10 ? "0" : "")\(index)"
        }
    }

    /// The previous period (crossing into the previous year after the first).
    public var previous: Period {
        index > 1 ? Period(kind: kind, year: year, index: index - 1) : Period(kind: kind, year: year - 1, index: kind.perYear)
    }

    public static func < (a: Period, b: Period) -> Bool { (a.year, a.index) < (b.year, b.index) }
}
