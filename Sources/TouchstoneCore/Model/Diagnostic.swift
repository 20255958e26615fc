/// A finding that is not fatal (decoded encoding, units without data, a node missing for lack of
/// coverage). The library never prints: results carry diagnostics and the CLI decides how to show them.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case note, warning }
    /// What a diagnostic says, as a value with its numbers and ids, for the diagnostics that have been given
    /// one: TouchstoneOutput words it in each language (`Diagnostic+Words.swift`, `Diagnostic.text(_:)`).
    /// Diagnostics without a kind are shown by their (English) `message`.
    public enum Kind: Hashable, Sendable {
        /// A unit of the unit table has no row in the data and is left out.
        case unitWithoutData(unit: String)
        /// A table was not UTF-8 and was read as GB18030.
        case decodedFromGB18030
        /// Trends were computed on scores normalised per year (`scope: year`).
        case trendsOnPerYearScores
        /// Values of an indicator outside its `years:` were set aside (the indicator is not in the framework then).
        case valuesOutsideIndicatorYears(indicator: String, count: Int, years: ClosedRange<Int>)
        /// A unit's name or peer group differs from the year before in a per-year unit table.
        case unitChanged(unit: String, year: Int, column: String, before: String, after: String)
        /// `history: as-published` with framework versions: the Monte Carlo analysis and the improvement-path
        /// checks use the newest framework (that of the assessed year), not each year's own.
        case robustnessUnderNewestFramework(firstYear: Int)
        /// Some indicators are normalised per year (`scope: year`), so their scores do not compare across years.
        case perYearScaling
        /// An indicator has no values (in `year`, when normalised per year), so its scores are missing.
        case indicatorWithoutValues(indicator: String, year: Int?)
        /// What data treatment did (denominated, imputed, transformed, winsorised, log_CT, screened), counted.
        case treatmentSummary(TreatmentSummary)
        /// Columns or rows of the data for indicators not in the framework, skipped (`ids`, sorted).
        case indicatorsSkipped(ids: [String])
        /// `count` blank vote counts of `indicator` beside present ones were read as 0.
        case blankVoteCounts(indicator: String, count: Int)
        /// `rows` (`unit year`) of `indicator` have fewer than `minVoters` voters, so their scores are uncertain.
        case fewVoters(indicator: String, minVoters: Int, rows: [String])
        /// A finding of a method (weighting, normalisation, aggregation, treatment): `MethodFinding`.
        case method(MethodFinding)
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    public var kind: Kind?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// A diagnostic of a known kind, without words (`message` is empty): the text layer words it
    /// (`Diagnostic.text(_:)`, `Diagnostic.line(_:)` in TouchstoneOutput).
    public init(_ severity: Severity, _ kind: Kind, at location: SourceLocation? = nil) {
        self.init(severity, "", at: location)
        self.kind = kind
    }

    /// `file:line:column: severity: message`, the kind's value when there is no message (for debugging; what a
    /// reader sees is `Diagnostic.line(_:)` of TouchstoneOutput).
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): " + (kind.map { String(describing: $0) } ?? message)
    }
}
