/// A year or a unit that the project leaves out on purpose: every row of it is dropped by a row filter
/// (`data.exclude` / `data.include`, `units.exclude` / `units.include`) or lies outside `data.years`.
///
/// Found on load (`ExclusionScan`) and carried by the `Panel`, so that every output can name what is left
/// out and why instead of saying "data 2019–2024" over a gap. A year or unit only partly dropped (some of
/// its rows kept) is not an exclusion. The reason is the filter's `reason:` when the project gives one;
/// otherwise the rule itself is shown (the column and its test).
///
/// Example: `exclude: [{column: year, equals: ["2021"], reason: {en: census year, zh: 普查年度}}]` on a
/// 2019–2024 panel gives one exclusion, `.year(2021)` by that filter, and the panel's years skip 2021.
public struct Exclusion: Sendable, Equatable {
    public enum Subject: Sendable, Hashable {
        case year(Int)
        case unit(String)
    }

    /// What left the subject out.
    public enum Rule: Sendable, Equatable {
        /// A row filter: `exclude` drops matching rows, an `include` filter drops the rows that do not match.
        case filter(column: String, test: RowFilter.Test, exclude: Bool)
        /// `data.years: [from, to]`.
        case yearWindow(ClosedRange<Int>)
    }

    public var subject: Subject
    public var rule: Rule
    /// The filter's `reason:`, if given.
    public var reason: LocalizedText?
    /// The file whose rows were dropped (the data file or the unit table).
    public var file: String

    public init(subject: Subject, rule: Rule, reason: LocalizedText? = nil, file: String) {
        self.subject = subject
        self.rule = rule
        self.reason = reason
        self.file = file
    }

    /// The year excluded, if the subject is a year.
    public var year: Int? { if case .year(let y) = subject { return y } else { return nil } }
    /// The unit id excluded, if the subject is a unit.
    public var unitId: String? { if case .unit(let u) = subject { return u } else { return nil } }
}
