import ArgumentParser
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone flag`: lagging units with reasons, what would help and whom to learn from; then exemplars.
struct FlagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag",
        abstract: "List flagged units by severity with reasons, improvement paths and learning partners; then the exemplars."
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: "Assess this year (default: the latest).")
    var year: Int?

    @Option(help: "Output format: table (text), markdown, json or xlsx (an Excel workbook; needs --output FILE.xlsx).")
    var format: OutputFormat = .table

    @Option(help: "Language of labels (e.g. en, zh); defaults to the project's.")
    var locale: String?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Also draw the ranking chart (SVG) with the flagged units highlighted.")
    var chart: String?

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        try WorkbookOutput.check(format: format, output: output, allowed: [.table, .markdown, .json, .xlsx], command: "flag")
    }

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project)
            try DirectionGuard.requireHigherIsBetter(project, command: "flag")
            let result = try IndexPipeline(project: project).run()
            FrameworkNotes.announce(result)
            let y = year ?? result.panel.years.last!
            guard result.panel.years.contains(y) else {
                throw InputProblem(SourceLocation(file: project.file), "the data has no year \(y)",
                                   fix: "choose a year within \(result.panel.years.first!)–\(result.panel.years.last!)")
            }
            try result.requireUnitsToCompare(year: y)
            let engine = FlagEngine(result: result, year: y)
            let assessments = engine.assess()
            if project.uncertainty.declared {
                try WorkEstimate.checkMemory(runs: project.uncertainty.runs, sobolRuns: 0, result: result, year: y)
                WorkEstimate.announce(runs: project.uncertainty.runs, sobolRuns: 0, result: result, year: y,
                                      hint: "lower `uncertainty.runs` in the project file for a quicker, rougher answer")
            }
            let uncertainty = project.uncertainty.declared ? UncertaintyAnalysis(result: result, year: y) : nil
            var report = FlagReport(engine: engine, assessments: assessments, language: locale ?? project.defaults.language, uncertainty: uncertainty)
            let coverage = AssessmentCoverage(result: result, year: y)
            report.coverage = coverage
            report.preamble = CoverageText(coverage, language: report.language).lines()
            let text: String
            switch format {
            case .json: text = try report.json()
            case .markdown: text = report.markdown()
            case .table, .xlsx: text = report.text()
            case .csv: throw ValidationError("flag supports --format table or json")
            }
            if let chart {
                let flagged = Set(assessments.filter { $0.status == .flagged }.map(\.unit))
                try AtomicOutput.write(ChartBuilder(result: result, language: report.language).ranking(year: y, highlighted: flagged).svg(), to: chart)
            }
            if format == .xlsx, let output {
                try WorkbookOutput.write(report.workbookSheets(), to: output)
            } else if let output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
        }
    }
}
