import ArgumentParser
import TouchstoneCore
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

    @Option(help: "Year (default: the latest).")
    var year: Int?

    @Option(help: "Reference columns: group-median (default).")
    var against: String = "group-median"

    @Option(help: "Peer-group column (default: the project's trends.peer_group or first group column).")
    var group: String?

    @Option(help: "Output format: table, markdown or csv.")
    var format: OutputFormat = .table

    @Option(help: "Language of labels (e.g. en, zh); defaults to the project's.")
    var locale: String?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Also draw the profile chart (SVG) of the first unit against its group median.")
    var chart: String?

    func validate() throws {
        if units.isEmpty { throw ValidationError("Name at least one unit to compare.") }
        if against != "group-median" { throw ValidationError("--against supports group-median.") }
        try WorkbookOutput.check(format: format, output: output, allowed: [.table, .markdown, .csv, .xlsx], command: "compare")
    }

    func run() throws {
        try reportingProblems {
            let (project, result, y) = try loadForYear(self.project, year)
            try result.requireUnitsToCompare(year: y)
            let indices = try unitIndices(units, in: result)
            let column = try groupColumn(group, project: project)
            let report = PeerReport(result: result, year: y, groupColumn: column, language: locale ?? project.defaults.language)
            if let chart {
                try AtomicOutput.write(ChartBuilder(result: result, language: report.language).profile(unit: indices[0], year: y).svg(), to: chart)
            }
            try emit([report.compareTable(units: indices)], format: format, output: output, coverage: (result, y, report.language))
        }
    }
}

func loadForYear(_ path: String, _ year: Int?) throws -> (Project, IndexResult, Int) {
    let project = try ProtectedInputs.readProject(path)
    // peers and compare read `direction: lower` (PeerPosition); the others do not yet.
    let command = CommandLine.arguments.dropFirst().first ?? ""
    if command != "peers" && command != "compare" { try DirectionGuard.requireHigherIsBetter(project, command: command) }
    let result = try IndexPipeline(project: project).run()
    let y = year ?? result.panel.years.last!
    guard result.panel.years.contains(y) else {
        throw InputProblem(SourceLocation(file: project.file), "the data has no year \(y)",
                           fix: "choose a year within \(result.panel.years.first!)–\(result.panel.years.last!)")
    }
    return (project, result, y)
}

func groupColumn(_ requested: String?, project: Project) throws -> String? {
    if let requested {
        guard project.units.groupColumns.contains(requested) else {
            throw InputProblem(SourceLocation(file: project.file), "`\(requested)` is not a declared peer-group column",
                               fix: "use one of: \(project.units.groupColumns.joined(separator: ", "))")
        }
        return requested
    }
    return project.trends.peerGroup ?? project.units.groupColumns.first
}

/// Writes the tables; with `coverage` (the result, the year and the language), the units not assessed that
/// year and the exclusions are named under a table or Markdown output (`CoverageNotes`).
func emit(_ tables: [TextTable], format: OutputFormat, output: String?, coverage: (IndexResult, Int, String)? = nil) throws {
    var text: String
    switch format {
    case .table: text = tables.map { $0.terminal() }.joined(separator: "\n")
    case .markdown: text = tables.map { $0.markdown() }.joined(separator: "\n")
    case .csv:
        guard tables.count == 1 else { throw ValidationError("CSV holds one table; use --format table or markdown here") }
        text = tables[0].csv()
    case .json: throw ValidationError("JSON is not available here; use --format table, markdown or csv")
    case .xlsx:
        guard let output else { throw ValidationError("--format xlsx writes an Excel workbook: add --output FILE.xlsx.") }
        return try WorkbookOutput.write(WorkbookOutput.sheets(tables), to: output)
    }
    if let (result, year, language) = coverage {
        text = CoverageNotes.appended(to: text, result: result, year: year, language: language, format: format)
    }
    if let output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
}
