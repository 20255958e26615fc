import ArgumentParser
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone sensitivity`: Monte Carlo rank intervals and flag robustness; Sobol indices.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Rank intervals and flag robustness under uncertain weights and methods (Monte Carlo); Sobol indices with --sobol N.",
        discussion: "What varies is declared under `uncertainty:` in the project file (see README); without it, weights vary by ±25%."
    )

    @OptionGroup var options: ProjectOptions

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "Replications (default: the project's, 1000).")
    var runs: Int?

    @Option(help: "Seed (default: the project's, 1).")
    var seed: UInt64?

    @Option(help: "Also estimate Sobol indices with a Saltelli design of this many base runs.")
    var sobol: Int?

    @Option(help: "Also draw the rank intervals chart (SVG).")
    var chart: String?

    @OptionGroup var io: OutputOptions<SensitivityFormats>

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if let chart { try OutputPath.validate(chart, option: "--chart") }
        let cap = ResourceLimits.maxReplications
        if let runs, !(2 ... cap).contains(runs) { throw ValidationError("--runs takes a number from 2 to \(cap) (10^7), not \(runs).") }
        if let sobol, !(2 ... cap).contains(sobol) { throw ValidationError("--sobol takes a number from 2 to \(cap) (10^7), not \(sobol).") }
    }

    func run() throws {
        try reportingProblems {
            let (project, result, y) = try loadForYear(options.project, year)
            FrameworkNotes.announce(result)
            try result.requireUnitsToCompare(year: y)
            var settings = project.uncertainty
            if let runs { settings.runs = runs }
            if let seed { settings.seed = seed }
            if let sobol { settings.sobolRuns = sobol }
            let language = io.locale ?? project.defaults.language
            try WorkEstimate.checkMemory(runs: settings.runs, sobolRuns: settings.sobolRuns, result: result, year: y)
            WorkEstimate.announce(runs: settings.runs, sobolRuns: settings.sobolRuns, result: result, year: y)
            let analysis = UncertaintyAnalysis(result: result, year: y, settings: settings, progress: ProgressLine.callback("replications"))
            let assessments = FlagEngine(result: result, year: y).assess()
            let flags = Dictionary(uniqueKeysWithValues: assessments.map { ($0.unit, $0.flags) })
            let report = UncertaintyReport(analysis: analysis, flags: flags, language: language)
            var tables = [report.table()]
            if settings.sobolRuns > 0 {
                let flagged = assessments.filter { $0.status == .flagged }.map(\.unit)
                let s = SensitivityAnalysis(result: result, year: y, units: flagged, settings: settings)
                if let t = UncertaintyReport.sobolTable(s, title: language.hasPrefix("zh") ? "哪项选择影响排名（平均排名变动的 Sobol 指数）" : "What drives the ranking (Sobol indices of the mean absolute rank shift)", zh: language.hasPrefix("zh")) {
                    tables.append(t)
                }
            }
            if let chart {
                try AtomicOutput.write(ChartBuilder(result: result, language: language).rankIntervals(analysis, highlighted: Set(flags.filter { !$0.value.isEmpty }.map(\.key))).svg(), to: chart)
            }
            // CSV and xlsx carry plain numbers: the interval as two columns, probabilities as fractions.
            try emit(io.format == .csv || io.format == .xlsx ? [report.csvTable()] : tables, format: io.format, output: io.output)
        }
    }
}
