import ArgumentParser
import TouchstoneCore
import TouchstoneReports

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
    /// An Excel workbook (`--output FILE.xlsx` required); see `WorkbookOutput`.
    case xlsx
}

/// `touchstone index`: composite and dimension scores and ranks.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Print composite and dimension scores and ranks (latest year unless told otherwise)."
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: "Show this year.")
    var year: Int?

    @Flag(help: "Show every year.")
    var allYears = false

    @Option(help: "Deepest framework level to show: 0 = index only, 1 = dimensions, …, or 'all' for indicators too.")
    var level: String = "1"

    @Option(help: "Output format: table, csv, json, markdown or xlsx (an Excel workbook; needs --output FILE.xlsx).")
    var format: OutputFormat = .table

    @Option(help: "Language of labels (e.g. en, zh); defaults to the project's.")
    var locale: String?

    @Option(help: "Decimals in table and markdown output.")
    var decimals: Int?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Also draw the ranking chart (SVG) of the year shown.")
    var chart: String?

    func validate() throws {
        if year != nil && allYears { throw ValidationError("Use either --year or --all-years, not both.") }
        if level != "all" && (Int(level) ?? -1) < 0 { throw ValidationError("--level takes a number from 0 or 'all', not '\(level)'.") }
        if let d = decimals, !(0 ... 12).contains(d) { throw ValidationError("--decimals takes 0 to 12.") }
        try WorkbookOutput.check(format: format, output: output)
    }

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project)
            let result = try IndexPipeline(project: project).run()
            var selection = IndexSelection()
            selection.years = allYears ? .all : (year.map { .year($0) } ?? .latest)
            selection.maxDepth = level == "all" ? nil : Int(level)
            selection.language = locale ?? project.defaults.language
            selection.decimals = decimals
            let report = IndexReport(result: result, selection: selection)
            var text: String
            switch format {
            case .table: text = try report.table().terminal()
            case .markdown: text = try report.table().markdown()
            case .csv, .xlsx: text = try report.csv()
            case .json: text = try report.json()
            }
            let shownYear: Int? = allYears ? nil : (year ?? result.panel.years.last!)
            text = CoverageNotes.appended(to: text, result: result, year: shownYear, language: selection.language, format: format)
            for d in result.diagnostics where d.severity == .warning { Console.error(d.description) }
            if let chart {
                let y = year ?? result.panel.years.last!
                let flagged = Set(FlagEngine(result: result, year: y).assess().filter { $0.status == .flagged }.map(\.unit))
                try AtomicOutput.write(ChartBuilder(result: result, language: selection.language).ranking(year: y, highlighted: flagged).svg(), to: chart)
            }
            if format == .xlsx, let output {
                // The CSV's rows as a sheet, the flagged units of the year shown shaded.
                let y = year ?? result.panel.years.last!
                let flagged = Set(FlagEngine(result: result, year: y).assess().filter { $0.status == .flagged }.map { result.panel.units[$0.unit].id })
                let index = try WorkbookOutput.sheet(name: "index", csv: text) { $0[1] == String(y) && flagged.contains($0[0]) }
                try WorkbookOutput.write([index] + result.referenceSheets(language: selection.language), to: output)
            } else if let output {
                try AtomicOutput.write(text, to: output)
            } else {
                Console.out(text)
            }
        }
    }
}
