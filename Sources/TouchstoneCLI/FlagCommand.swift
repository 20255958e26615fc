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

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "Also draw the ranking chart (SVG) with the flagged units highlighted.")
    var chart: String?

    @OptionGroup var io: OutputOptions<FlagFormats>

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if let chart { try OutputPath.validate(chart, option: "--chart") }
    }

    func run() throws {
        try reportingProblems {
            let read = try ProtectedInputs.readProject(options.project)
            let project = DirectionGuard.judged(read, language: io.locale, note: false)
            let result = try IndexPipeline(project: project).run(checkingYear: year)
            let shown = try DirectionGuard.publishedScale(of: read, judged: result, year: year, language: io.locale)
            FrameworkNotes.announce(result)
            let y = year ?? result.panel.years.last!
            try result.requireUnitsToCompare(year: y)
            let engine = FlagEngine(result: result, year: y)
            let assessments = engine.assess()
            if project.uncertainty.declared {
                try WorkEstimate.checkMemory(runs: project.uncertainty.runs, sobolRuns: 0, result: result, year: y)
                WorkEstimate.announce(runs: project.uncertainty.runs, sobolRuns: 0, result: result, year: y, projectRuns: true)
            }
            let uncertainty = project.uncertainty.declared ? UncertaintyAnalysis(result: result, year: y) : nil
            var report = FlagReport(engine: engine, assessments: assessments, language: io.locale ?? project.defaults.language, uncertainty: uncertainty)
            report.shown = shown
            let coverage = AssessmentCoverage(result: result, year: y)
            report.coverage = coverage
            report.preamble = CoverageText(coverage, language: report.language).lines()
            let text: String
            switch io.format {
            case .json: text = try report.json()
            case .markdown: text = report.markdown()
            case .table, .xlsx: text = report.text()
            case .csv: preconditionFailure("refused by FlagFormats")
            }
            if let chart {
                let flagged = Set(assessments.filter { $0.status == .flagged }.map(\.unit))
                try AtomicOutput.write(ChartBuilder(result: result, language: report.language).ranking(year: y, highlighted: flagged).svg(), to: chart)
            }
            if io.format == .xlsx, let output = io.output {
                try WorkbookOutput.write(report.workbookSheets(), to: output)
            } else if let output = io.output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
        }
    }
}
