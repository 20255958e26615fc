import TouchstoneText
import TouchstoneCore
import TouchstoneReports

/// The lines naming units not assessed for lack of data and the excluded years and units, appended under a
/// text or Markdown table (`index`, `trend`, `peers`), so that every output accounts for every unit. CSV,
/// JSON and workbooks are left as they are (their readers are programs, and `flag --format json` carries
/// the same facts as `not_assessed` and `excluded`).
enum CoverageNotes {
    /// `text` with the notes of `year` (nil: only the exclusions, for a table over all years) appended.
    static func appended(to text: String, result: IndexResult, year: Int?, language: String, format: OutputFormat) -> String {
        guard format == .table || format == .markdown else { return text }
        let y = year ?? result.panel.years.last!
        let words = CoverageText(AssessmentCoverage(result: result, year: y, carryFlags: false), language: language)
        let lines = year == nil ? words.exclusionLines() : words.lines()
        guard !lines.isEmpty else { return text }
        let shown = format == .markdown ? lines.map { MarkdownText.escape($0) } : lines
        return text + "\n" + shown.joined(separator: format == .markdown ? "\n\n" : "\n") + "\n"
    }
}
