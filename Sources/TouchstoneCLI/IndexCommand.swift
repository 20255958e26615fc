import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone index`: composite and dimension scores and ranks.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Print composite and dimension scores and ranks (latest year unless told otherwise)."
    )

    @OptionGroup var options: ProjectOptions

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Flag(help: "Show every year.")
    var allYears = false

    @Option(help: "Quarterly or monthly data: year-to-date scores and ranks as of this period (e.g. 2024-Q3), every year cut at the same period, with the change since the previous period.")
    var period: String?

    @Option(help: "Deepest framework level to show: 0 = index only, 1 = dimensions, …, or 'all' for indicators too.")
    var level: String = "1"

    @Option(help: "Decimals in table and markdown output.")
    var decimals: Int?

    @Option(help: "Also draw the ranking chart (SVG) of the year shown.")
    var chart: String?

    @Flag(help: "Ignore the lock file (touchstone.lock.json): refit the scaling on the data now present and say how many published scores and ranks differ.")
    var refit = false
    /// The change since the period before `asOf`: the same year cut one period earlier, or the previous
    /// complete year after a year's first period.
    static func change(_ periods: PeriodicPanel, _ asOf: Period, current: IndexResult) throws -> PeriodChange {
        let before = asOf.previous
        let panel = before.year == asOf.year ? periods.yearly(through: before.index) : periods.yearly()
        let previous = try IndexPipeline(project: current.project).compute(panel: panel)
        return PeriodChange(previous: previous, year: before.year, label: before.label)
    }

    @OptionGroup var io: OutputOptions<IndexFormats>

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if let chart { try OutputPath.validate(chart, option: "--chart") }
        if year != nil && allYears { throw ValidationError("Use either --year or --all-years, not both.") }
        if period != nil && (year != nil || allYears) { throw ValidationError("Use --period alone, without --year or --all-years.") }
        if level != "all" && (Int(level) ?? -1) < 0 { throw ValidationError("--level takes a number from 0 or 'all', not '\(level)'.") }
        if let d = decimals, !(0 ... 12).contains(d) { throw ValidationError("--decimals takes 0 to 12.") }
    }

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project, lock: !refit)
            // `--period`: every year rolled up through the same period (same-quarter comparison).
            let periodic = try period.map { try PeriodOption.resolve($0, project: project) }
            let result = try periodic.map { try IndexPipeline(project: project).compute(panel: $0.0.yearly(through: $0.1.index)) } ?? IndexPipeline(project: project).run(checkingYear: self.year)
            if refit { try noteRefit(project, result) }
            let year = periodic?.1.year ?? self.year
            var selection = IndexSelection()
            selection.yearToDateText = Words(io.locale ?? project.defaults.language).yearToDate
            selection.years = allYears ? .all : (year.map { .year($0) } ?? .latest)
            selection.maxDepth = level == "all" ? nil : Int(level)
            selection.language = io.locale ?? project.defaults.language
            selection.decimals = decimals
            selection.change = try periodic.map { try Self.change($0.0, $0.1, current: result) }
            selection.changeYear = periodic?.1.year
            let report = IndexReport(result: result, selection: selection)
            let changeTable = selection.change.map { PeriodChangeReport(current: result, currentYear: periodic!.1.year, change: $0, language: selection.language).table() }
            var text: String
            switch io.format {
            case .table: text = try report.table().terminal() + (changeTable.map { "\n" + $0.terminal() } ?? "")
            case .markdown: text = try report.table().markdown() + (changeTable.map { "\n" + $0.markdown() } ?? "")
            case .csv, .xlsx: text = try report.csv()
            case .json: text = try report.json()
            }
            let shownYear: Int? = allYears ? nil : (year ?? result.panel.years.last!)
            text = CoverageNotes.appended(to: text, result: result, year: shownYear, language: selection.language, format: io.format)
            for d in result.diagnostics where d.severity == .warning { Console.note(d.line(ProblemLanguage.current())) }
            if let chart {
                let y = year ?? result.panel.years.last!
                let flagged = try DirectionGuard.flaggedUnits(result, year: y)
                try AtomicOutput.write(ChartBuilder(result: result, language: selection.language).ranking(year: y, highlighted: flagged).svg(), to: chart)
            }
            if io.format == .xlsx, let output = io.output {
                // The CSV's rows as a sheet, the flagged units of the year shown shaded.
                let y = year ?? result.panel.years.last!
                let flagged = Set(try DirectionGuard.flaggedUnits(result, year: y).map { result.panel.units[$0].id })
                let index = try WorkbookOutput.sheet(name: "index", csv: text) { $0[1] == String(y) && flagged.contains($0[0]) }
                try WorkbookOutput.write([index] + result.referenceSheets(language: selection.language), to: output)
            } else if let output = io.output {
                try AtomicOutput.write(text, to: output)
            } else {
                Console.out(text)
            }
        }
    }
}

extension IndexCommand {
    /// `--refit`: how the refitted scores shown differ from those of the lock file, on stderr.
    func noteRefit(_ project: Project, _ refitted: IndexResult) throws {
        var frozen = project
        guard let lock = try ScalingLock.readUnchecked(for: project) else {
            Console.note(Words(ProblemLanguage.current()).refitWithoutLock((project.lockFile as NSString).lastPathComponent))
            return
        }
        frozen.scalingLock = lock
        let published = try IndexPipeline(project: frozen).compute(panel: refitted.panel)
        let changes = ScalingChanges(published: published, refit: refitted)
        Console.note(Words(ProblemLanguage.current()).refitChanges((project.lockFile as NSString).lastPathComponent, changedScores: changes.changedIndexScores,
                                                                 compared: changes.compared, changedRanks: changes.changedRanks))
    }
}
