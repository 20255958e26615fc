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

    @OptionGroup var options: ProjectOptions

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Flag(help: "Pool all years (correlations then mix differences between units and over time).")
    var allYears = false

    @Flag(help: "Show Spearman instead of Pearson correlations in the tables (JSON has both).")
    var spearman = false

    @OptionGroup var io: OutputOptions<DiagnoseFormats>

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if year != nil && allYears { throw ValidationError("Use either --year or --all-years, not both.") }
    }

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project)
            let result = try IndexPipeline(project: project).run(checkingYear: year)
            let chosen = allYears ? nil : (year ?? result.panel.years.last)
            var report = DiagnoseReport(diagnosis: Diagnosis(result: result, year: chosen), result: result)
            report.language = io.locale ?? project.defaults.language
            report.spearman = spearman
            let text: String
            switch io.format {
            case .table: text = report.terminal()
            case .markdown: text = report.markdown()
            case .json: text = try report.json()
            case .csv, .xlsx: preconditionFailure("refused by DiagnoseFormats")
            }
            for d in result.diagnostics where d.severity == .warning { Console.note(d.line(ProblemLanguage.current())) }
            if let output = io.output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
        }
    }
}
