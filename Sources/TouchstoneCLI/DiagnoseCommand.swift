import ArgumentParser
import TouchstoneCore
import TouchstoneOutput

/// `touchstone diagnose`: statistics, correlations, reliability, effective weights and warnings for the
/// known traps of composite indicators.
struct DiagnoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "Check the indicators and framework: statistics, correlations, Cronbach's alpha, PCA, effective weights and warnings.",
        discussion: "Uses the latest year unless --year or --all-years is given. Exit code 0 even with warnings (they are findings, not errors)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, markdown, json }

    @OptionGroup var options: ProjectOptions

    @Option(help: "Diagnose this year.")
    var year: Int?

    @Flag(help: "Pool all years (correlations then mix differences between units and over time).")
    var allYears = false

    @Flag(help: "Show Spearman instead of Pearson correlations in the tables (JSON has both).")
    var spearman = false

    @Option(help: "Output format: table, markdown or json.")
    var format: Format = .table

    @Option(help: "Language of labels (e.g. en, zh); defaults to the project's.")
    var locale: String?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if year != nil && allYears { throw ValidationError("Use either --year or --all-years, not both.") }
    }

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project)
            let result = try IndexPipeline(project: project).run()
            let chosen: Int?
            if allYears {
                chosen = nil
            } else if let year {
                guard result.panel.years.contains(year) else {
                    throw InputProblem(SourceLocation(file: project.file), "the data has no year \(year)",
                                       fix: "choose one of \(result.panel.years.map(String.init).joined(separator: ", "))")
                }
                chosen = year
            } else {
                chosen = result.panel.years.last
            }
            var report = DiagnoseReport(diagnosis: Diagnosis(result: result, year: chosen), result: result)
            report.language = locale ?? project.defaults.language
            report.spearman = spearman
            let text: String
            switch format {
            case .table: text = report.terminal()
            case .markdown: text = report.markdown()
            case .json: text = try report.json()
            }
            for d in result.diagnostics where d.severity == .warning { Console.note(d.line("en")) }
            if let output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
        }
    }
}
