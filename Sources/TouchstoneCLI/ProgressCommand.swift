import ArgumentParser
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports
import TouchstoneText

/// `touchstone progress`: key targets during the year — value to date, expected by now, projected year-end
/// with its interval, probability of reaching the target, status; then why / what would help / learn from.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Key-target progress during the year (quarterly or monthly data with a targets table)."
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: "Assess as of this period, e.g. 2024-Q3 or 2024-07 (default: the latest with data).")
    var period: String?

    @Option(help: "Also draw bullet graphs (SVG) of the key targets of units off track or at risk.")
    var bullets: String?

    @Option(help: "Also draw the progress matrix (SVG): units × key targets by status.")
    var matrix: String?

    @OptionGroup var io: OutputOptions<ProgressFormats>

    @OptionGroup var quietOption: QuietOption

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project)
            let (periods, asOf) = try PeriodOption.resolve(period, project: project)
            guard let spec = project.targets else {
                throw InputProblem(SourceLocation(file: project.file), .project(.noTargetsTable))
            }
            let targets = try TargetTableReader.read(spec, project: project, units: periods.raw.units)
            guard targets.contains(where: { $0.year == asOf.year }) else {
                throw InputProblem(SourceLocation(file: spec.file), .table(.noTargetsForYear(year: asOf.year)))
            }
            let progress = ProgressAssessment(project: project, periods: periods).assess(targets, asOf: asOf)
            let report = ProgressReport(project: project, periods: periods, progress: progress, asOf: asOf, language: io.locale ?? project.defaults.language)
            var text: String
            switch io.format {
            case .table, .xlsx: text = report.text()
            case .csv: text = report.csv()
            case .json: text = try report.json()
            case .markdown: text = report.markdown()
            }
            // Early warning: the periodic rules (`FlagRules.periodic`: year-to-date index behind peers, the
            // yearly trend rules, off track on a key target) on every year cut at the same period, so the unit
            // is compared with its peers and its own same-period past; why / what would help / learn from as in `flag`.
            if io.format == .table || io.format == .markdown {
                // A higher-is-worse index is judged on its reversed scale, as `flag` judges it.
                let judged = DirectionGuard.judged(project, language: io.locale)
                let ytd = try IndexPipeline(project: judged).compute(panel: periods.yearly(through: asOf.index))
                if (try? ytd.requireUnitsToCompare(year: asOf.year)) != nil {
                    let engine = FlagEngine(result: ytd, year: asOf.year, keyTargets: progress)
                    var flags = FlagReport(engine: engine, assessments: engine.assess(), language: report.language)
                    flags.throughPeriod = asOf.closesYear ? nil : asOf.label
                    let heading = report.yearToDateFlagsHeading
                    text += io.format == .markdown ? "\n## \(MarkdownText.escape(heading))\n\n```text\n\(flags.text())```\n" : "\n\(heading)\n\n\(flags.text())"
                }
            }
            if let bullets { try AtomicOutput.write(report.bulletChart().svg(), to: bullets) }
            if let matrix { try AtomicOutput.write(report.matrixChart().svg(), to: matrix) }
            if let output = io.output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
        }
    }
}

/// `--period P` of `progress` and `index`: the project's periodic data and the period asked for.
enum PeriodOption {
    static func resolve(_ text: String?, project: Project) throws -> (PeriodicPanel, Period) {
        guard project.data.period != .year else {
            throw InputProblem(SourceLocation(file: project.file), .table(.yearlyDataWithoutPeriods))
        }
        let loaded = try PanelLoader(project: project).load()
        let periods = loaded.periods!
        guard let latest = periods.latest else { throw InputProblem(SourceLocation(file: project.file), .table(.noPeriods)) }
        guard let text else { return (periods, latest) }
        guard let p = PeriodParser.parse(text, kind: project.data.period) else {
            throw ValidationError("--period takes a \(project.data.period.rawValue) such as \(Words("en").periodExamples(project.data.period)), not `\(text)`.")
        }
        guard periods.periods.contains(p) else {
            throw ValidationError("--period \(p.label): the data have no \(project.data.period.rawValue) \(p.label); they run from \(periods.periods.first!.label) to \(latest.label).")
        }
        return (periods, p)
    }
}
