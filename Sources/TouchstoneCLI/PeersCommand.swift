import ArgumentParser
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone peers`: peer-group tables and funnel positions.
struct PeersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peers",
        abstract: "Print the peer-group tables (ranks, percentiles, robust z, gaps to median and top quartile) and funnel-plot positions."
    )

    @OptionGroup var options: ProjectOptions

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "Peer-group column (default: the project's trends.peer_group or first group column).")
    var group: String?

    @Option(help: "Instead of the declared groups, list each unit's K nearest peers by size and dimension profile.")
    var nearest: Int?

    @OptionGroup var io: OutputOptions<PeersFormats>

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if let nearest, nearest < 1 { throw ValidationError("--nearest takes a number from 1.") }
    }

    func run() throws {
        try reportingProblems {
            let (project, result, y) = try loadForYear(options.project, year)
            try result.requireUnitsToCompare(year: y)
            let column = try groupColumn(group, project: project)
            let report = PeerReport(result: result, year: y, groupColumn: column, language: io.locale ?? project.defaults.language)
            // CSV: one machine-readable table (a row per unit, numbers in full), not the per-group text tables.
            let tables = nearest.map { [report.nearestTable(k: $0)] }
                ?? (io.format == .csv ? [report.csvTable()] : report.groupTables() + report.funnelTables())
            try emit(tables, format: io.format, output: io.output, coverage: (result, y, report.language))
        }
    }
}
