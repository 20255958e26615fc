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

    @Option(help: "Year (default: the latest).")
    var year: Int?

    @Option(help: "Peer-group column (default: the project's trends.peer_group or first group column).")
    var group: String?

    @Option(help: "Instead of the declared groups, list each unit's K nearest peers by size and dimension profile.")
    var nearest: Int?

    @Option(help: "Output format: table, markdown, csv or xlsx (an Excel workbook, one sheet per table; needs --output FILE.xlsx).")
    var format: OutputFormat = .table

    @Option(help: "Language of labels (e.g. en, zh); defaults to the project's.")
    var locale: String?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if let nearest, nearest < 1 { throw ValidationError("--nearest takes a number from 1.") }
        try WorkbookOutput.check(format: format, output: output, allowed: [.table, .markdown, .csv, .xlsx], command: "peers")
    }

    func run() throws {
        try reportingProblems {
            let (project, result, y) = try loadForYear(options.project, year)
            try result.requireUnitsToCompare(year: y)
            let column = try groupColumn(group, project: project)
            let report = PeerReport(result: result, year: y, groupColumn: column, language: locale ?? project.defaults.language)
            let tables = nearest.map { [report.nearestTable(k: $0)] } ?? (report.groupTables() + report.funnelTables())
            try emit(tables, format: format, output: output, coverage: (result, y, report.language))
        }
    }
}
