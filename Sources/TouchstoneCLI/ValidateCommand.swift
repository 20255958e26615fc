import ArgumentParser
import Foundation
import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone validate`: every problem in the project file and its data, at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the project file and its data, and report every problem found."
    )

    @OptionGroup var options: ProjectOptions

    @OptionGroup var quietOption: QuietOption

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project)
            let result = try IndexPipeline(project: project).run()
            let panel = result.panel
            let coverage = AssessmentCoverage(result: result, year: panel.years.last!)
            let dataFile = project.data.file.hasPrefix("/") ? project.data.file : (project.directory as NSString).appendingPathComponent(project.data.file)
            let noteLanguage = ProblemLanguage.current()
            for d in result.diagnostics + CoverageText(coverage, language: noteLanguage).diagnostics(dataFile: dataFile)
                + FrameworkChangeText(result, language: noteLanguage).diagnostics() { Console.note(d.line(noteLanguage)) }
            let excludedYears = coverage.excludedYears.compactMap(\.year).map(String.init)
            let excluded = excludedYears.isEmpty ? "" : ", \(excludedYears.joined(separator: ", ")) excluded"
            let cells = result.missingAndStructuralCells
            let missing = Self.count(cells.missing, "missing value") + (cells.structural > 0 ? " (and \(cells.structural) cells outside their indicator's years, not missing)" : "")
            let first = panel.years.first ?? 0, last = panel.years.last ?? 0
            let span = first == last ? "\(first)" : "\(first)–\(last)"
            Console.out("\(project.file): ok — \(Self.count(panel.units.count, "unit")), \(Self.count(panel.years.count, "year")) (\(span)\(excluded)), "
                + "\(Self.count(panel.indicatorIds.count, "indicator")), \(Self.count(panel.rows.count, "unit-year")), \(missing)\(frozenNote(project)).\n")
        }
    }

    /// `1 year`, `6 years`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// "; scaling frozen in touchstone.lock.json (fitted on 2019–2023)" when the project has a lock file.
private func frozenNote(_ project: Project) -> String {
    guard let lock = project.scalingLock, let first = lock.data.years.first, let last = lock.data.years.last else { return "" }
    return "; scaling frozen in \((project.lockFile as NSString).lastPathComponent) (fitted on \(first == last ? "\(first)" : "\(first)–\(last)"))"
}
