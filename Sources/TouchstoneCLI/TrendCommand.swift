import ArgumentParser
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone trend`: how each unit moved over the years, with honest statistics for short series.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Trend statistics and classification per unit (improving, declining, stable, stagnant below peers, volatile).",
        discussion: "With one --unit, the table is followed by the year-over-year decomposition of its index by dimension."
    )

    @OptionGroup var options: ProjectOptions

    @Option(name: .customLong("unit"), help: "Only these units (repeat the option for several).")
    var units: [String] = []

    @Option(help: "Deepest framework level: 0 = index only (default), 1 = dimensions, …, 'all' for indicators (scores and raw values).")
    var level: String = "0"

    @Option(help: "First year of the span.")
    var from: Int?

    @Option(help: "Last year of the span.")
    var to: Int?

    @Option(help: "Also draw the trend chart (SVG): the --unit units, or every unit as small multiples.")
    var chart: String?

    @OptionGroup var io: OutputOptions<TrendFormats>

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if let chart { try OutputPath.validate(chart, option: "--chart") }
        if level != "all" && (Int(level) ?? -1) < 0 { throw ValidationError("--level takes a number from 0 or 'all', not '\(level)'.") }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
    }

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project)
            let result = try IndexPipeline(project: project).run()
            // Units dissolved by the end of the span (`units.lineage`) leave the table; a note names them.
            let end = min(to ?? Int.max, result.panel.years.last!)
            let current = result.panel.units.indices.filter { u in result.panel.dissolved[result.panel.units[u].id].map { $0 > end } ?? true }
            let selected: [Int]? = units.isEmpty ? (current.count < result.panel.units.count ? current : nil) : try unitIndices(units, in: result)
            let depth = level == "all" ? Int.max : Int(level)!
            let span = (from ?? Int.min) ... (to ?? Int.max)
            let analysis = TrendAnalysis(result: result, nodes: result.nodes(maxDepth: depth).map(\.id), span: span, units: selected)
            if analysis.years.isEmpty {
                throw InputProblem(SourceLocation(file: project.file), .table(.noDataBetween(
                    from: from, to: to, dataYears: result.panel.years.first! ... result.panel.years.last!)))
            }
            let language = io.locale ?? project.defaults.language
            let decimals = project.scoreDecimals
            let report = TrendReport(analysis: analysis, language: language, decimals: decimals)
            let text: String
            switch io.format {
            case .csv, .xlsx: text = report.csv()
            case .json: text = try report.json()
            case .table, .markdown:
                var tables = report.tables()
                if !units.isEmpty, let only = selected, only.count == 1 { tables.append(report.decompositionTable(unit: only[0])) }
                if !units.isEmpty, let only = selected, only.count == 1, !result.frameworkChanges.isEmpty {
                    tables.append(FrameworkChangeText(result, language: language).effectsTable(unit: only[0], decimals: decimals))
                }
                let rendered = tables.map { io.format == .table ? $0.terminal() : $0.markdown() }
                text = CoverageNotes.appended(to: rendered.joined(separator: "\n") + "\n" + report.footnote(), result: result,
                                              year: analysis.years.last, language: language, format: io.format)
            }
            let noteLanguage = ProblemLanguage.current()
            for d in result.diagnostics + analysis.diagnostics + FrameworkChangeText(result, language: noteLanguage).diagnostics()
            where d.severity == .warning { Console.note(d.line(noteLanguage)) }
            if let chart {
                let builder = ChartBuilder(result: result, language: language)
                let svg = units.isEmpty ? builder.trend(units: current).smallMultiplesSVG() : builder.trend(units: selected!).svg()
                try AtomicOutput.write(svg, to: chart)
            }
            if io.format == .xlsx, let output = io.output {
                var sheets = [try WorkbookOutput.sheet(name: "trend", csv: text)]
                if !units.isEmpty, let only = selected, only.count == 1 { sheets += WorkbookOutput.sheets([report.decompositionTable(unit: only[0])]) }
                try WorkbookOutput.write(sheets, to: output)
            } else if let output = io.output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
        }
    }
}
