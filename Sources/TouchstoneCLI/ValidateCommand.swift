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
            let missing = "\(cells.missing) missing values" + (cells.structural > 0 ? " (and \(cells.structural) cells outside their indicator's years, not missing)" : "")
            Console.out("\(project.file): ok — \(panel.units.count) units, \(panel.years.count) years (\(panel.years.first ?? 0)–\(panel.years.last ?? 0)\(excluded)), \(panel.indicatorIds.count) indicators, \(panel.rows.count) unit-years, \(missing)\(frozenNote(project)).\n")
        }
    }
}

/// "; scaling frozen in touchstone.lock.json (fitted on 2019–2023)" when the project has a lock file.
private func frozenNote(_ project: Project) -> String {
    guard let lock = project.scalingLock, let first = lock.data.years.first, let last = lock.data.years.last else { return "" }
    return "; scaling frozen in \((project.lockFile as NSString).lastPathComponent) (fitted on \(first == last ? "\(first)" : "\(first)–\(last)"))"
}
