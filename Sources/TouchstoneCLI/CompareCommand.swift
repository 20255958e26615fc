import ArgumentParser
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone compare`: units side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show units side by side with their peer-group medians: index, dimensions, indicators (score and raw), ranks, trend; ▲/▼ mark strengths and weaknesses."
    )

    @Argument(help: "Unit ids to compare.")
    var units: [String]

    @Option(help: "Project file, or a folder holding touchstone.yaml.")
    var project: String = "."

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "Reference columns: group-median (default).")
    var against: String = "group-median"

    @Option(help: "Peer-group column (default: the project's trends.peer_group or first group column).")
    var group: String?

    @Option(help: "Also draw the profile chart (SVG) of the first unit against its group median.")
    var chart: String?

    @OptionGroup var io: OutputOptions<CompareFormats>

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if let chart { try OutputPath.validate(chart, option: "--chart") }
        if units.isEmpty { throw ValidationError("Name at least one unit to compare.") }
        if against != "group-median" { throw ValidationError("--against supports group-median.") }
    }

    func run() throws {
        try reportingProblems {
            let (project, result, y) = try loadForYear(self.project, year)
            try result.requireUnitsToCompare(year: y)
            let indices = try unitIndices(units, in: result)
            let column = try groupColumn(group, project: project)
            let report = PeerReport(result: result, year: y, groupColumn: column, language: io.locale ?? project.defaults.language)
            if let chart {
                try AtomicOutput.write(ChartBuilder(result: result, language: report.language).profile(unit: indices[0], year: y).svg(), to: chart)
            }
            try emit([report.compareTable(units: indices)], format: io.format, output: io.output, coverage: (result, y, report.language))
        }
    }
}
