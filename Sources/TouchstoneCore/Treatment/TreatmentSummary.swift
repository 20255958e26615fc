/// What data treatment did, counted (the note `Diagnostic.Kind.treatmentSummary` carries; TouchstoneOutput
/// words it, e.g. "treatment: 12 cells imputed in 3 indicators; 4 points winsorised in 2 indicators (every
/// change is listed in the audit: `--format json`)"). Each count is `nil` when its step did not run.
public struct TreatmentSummary: Hashable, Sendable {
    public struct Count: Hashable, Sendable {
        public var cells: Int
        public var indicators: Int
    }

    /// Cells divided by their denominator, and how many stayed missing for want of one.
    public var denominated: (cells: Int, leftMissing: Int)?
    public var imputed: Count?
    /// Cells transformed by log or Box–Cox.
    public var transformed: Count?
    public var winsorised: Count?
    /// Indicators (and the year, with a per-year outlier scope) that got COINr's log transform.
    public var logCT: [(indicator: String, year: Int?)]
    /// Indicators and unit-years dropped by screening, when it dropped any.
    public var screened: (indicators: Int, unitYears: Int)?

    public var isEmpty: Bool {
        denominated == nil && imputed == nil && transformed == nil && winsorised == nil && logCT.isEmpty && screened == nil
    }

    public static func == (a: TreatmentSummary, b: TreatmentSummary) -> Bool {
        a.denominated?.cells == b.denominated?.cells && a.denominated?.leftMissing == b.denominated?.leftMissing
            && a.imputed == b.imputed && a.transformed == b.transformed && a.winsorised == b.winsorised
            && a.logCT.map(\.indicator) == b.logCT.map(\.indicator) && a.logCT.map(\.year) == b.logCT.map(\.year)
            && a.screened?.indicators == b.screened?.indicators && a.screened?.unitYears == b.screened?.unitYears
    }

    public func hash(into h: inout Hasher) {
        h.combine(denominated?.cells); h.combine(imputed); h.combine(transformed); h.combine(winsorised)
        h.combine(logCT.map(\.indicator)); h.combine(screened?.unitYears)
    }
}
