/// Problems found while reading tables (CSV, xlsx, decoding, layouts, the panel loader, periods).
/// Words: `TouchstoneOutput/TableProblem+Words.swift`.
public enum TableProblem: Hashable, Sendable {
    /// A `--year` (or report year) the data does not have; `dataYears` is the span it has (nil: no rows).
    case yearNotInData(year: Int, dataYears: ClosedRange<Int>?)
}
