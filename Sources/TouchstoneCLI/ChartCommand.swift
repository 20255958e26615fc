import ArgumentParser
import TouchstoneCore
import TouchstoneReports

enum ChartKind: String, ExpressibleByArgument, CaseIterable {
    case decision, ranking, trend, slope, heatmap, profile, funnel, contributions, intervals
}

/// `touchstone chart KIND`: one SVG chart.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw one chart as SVG: decision, ranking, trend, slope, heatmap, profile, funnel, contributions or intervals.",
        discussion: """
        decision       who needs help: the index by peer group, coloured by tier, with the cut-off (and Monte Carlo
                       rank intervals when the project declares uncertainty:)
        ranking        the index (or --node) for a year, sorted; flagged units highlighted, group medians marked
        trend          the index over the years for --unit … (or a group's units with --small-multiples --group-value G)
        slope          every unit between --from and --to (scores, or --ranks)
        heatmap        units × dimensions (or --indicators) for a year
        profile        one --unit against its peer-group median, by dimension
        funnel         an --indicator declared with funnel: against its denominator, with control limits
        contributions  a --unit's gap to its peer median, by indicator
        intervals      each unit's range of ranks over the years
        """
    )

    @Argument(help: "Chart kind.")
    var kind: ChartKind

    @OptionGroup var options: ProjectOptions

    @Option(help: "Write the SVG here (atomically).")
    var output: String

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(name: .customLong("unit"), help: "Units (repeatable).")
    var units: [String] = []

    @Option(help: "Framework node to draw (default: the index).")
    var node: String?

    @Option(help: "Indicator for the funnel chart.")
    var indicator: String?

    @Option(help: "First year of a slope chart (default: the first).")
    var from: Int?

    @Option(help: "Last year of a slope chart (default: the latest).")
    var to: Int?

    @Flag(help: "Slope chart of ranks instead of scores.")
    var ranks = false

    @Flag(help: "Heatmap of indicators instead of dimensions.")
    var indicators = false

    @Flag(help: "Trend chart as one panel per unit.")
    var smallMultiples = false

    @Option(help: "With --small-multiples: the peer group to draw (default: all units).")
    var groupValue: String?

    @Option(help: ArgumentHelp(LocaleCheck.help, valueName: "locale"))
    var locale: String?

    @OptionGroup var quietOption: QuietOption

    /// What a chart kind needs from the options, checked before the project is read.
    func validate() throws {
        try LocaleCheck.validate(locale)
        try OutputPath.validate(output)
        switch kind {
        case .profile where units.isEmpty, .contributions where units.isEmpty: throw ValidationError("The \(kind.rawValue) chart needs --unit ID.")
        case .trend where units.isEmpty && !smallMultiples: throw ValidationError("The trend chart needs --unit ID (repeatable) or --small-multiples.")
        default: break
        }
    }

    func run() throws {
        try reportingProblems {
            let (project, result, y) = try loadForYear(options.project, year)
            // Scores and ranks of a higher-is-worse index are drawn as published; judging colours from the reversed scale.
            let judgedBuilder = ChartBuilder(result: result, language: locale ?? project.defaults.language)
            let builder = try DirectionGuard.publishedForCharts(kind, project: options.project, year: year, language: locale)
                .map { ChartBuilder(result: $0, language: locale ?? project.defaults.language) } ?? judgedBuilder
            let selected = try unitIndices(units, in: result)
            if let node, result.node(node) == nil {
                throw InputProblem(SourceLocation(file: project.file), .project(.noSuchNode(node: node, choices: result.nodes.prefix(8).map(\.id))))
            }
            // Only the charts that show flags run the flag assessment.
            lazy var assessments = FlagEngine(result: result, year: y).assess()
            lazy var flagged = Set(assessments.filter { $0.status == .flagged }.map(\.unit))
            func needUnit() throws -> Int {
                guard let u = selected.first else { throw ValidationError("The \(kind.rawValue) chart needs --unit ID.") }
                return u
            }
            let svg: String
            switch kind {
            case .decision:
                let uncertainty = project.uncertainty.declared ? UncertaintyAnalysis(result: result, year: y) : nil
                svg = judgedBuilder.decision(year: y, assessments: assessments, uncertainty: uncertainty).svg()
            case .ranking: svg = builder.ranking(year: y, nodeId: node, highlighted: flagged).svg()
            case .trend:
                if smallMultiples {
                    let members = result.panel.units.indices.filter { u in
                        groupValue == nil || builder.groupColumn.map { result.panel.units[u].groups[$0] == groupValue } ?? true }
                    guard !members.isEmpty else { throw ValidationError("No units in group '\(groupValue ?? "")'.") }
                    svg = builder.trend(units: members, nodeId: node, highlighted: flagged).smallMultiplesSVG()
                } else {
                    guard !selected.isEmpty else { throw ValidationError("The trend chart needs --unit ID (repeatable) or --small-multiples.") }
                    svg = builder.trend(units: selected, nodeId: node, highlighted: flagged.intersection(selected)).svg()
                }
            case .slope:
                let a = from ?? result.panel.years.first!, b = to ?? y
                guard result.panel.years.contains(a), result.panel.years.contains(b), a < b else {
                    throw ValidationError("--from and --to must be two years of the data, in order.")
                }
                svg = builder.slope(from: a, to: b, nodeId: node, ranks: ranks, highlighted: flagged).svg()
            case .heatmap: svg = judgedBuilder.heatmap(year: y, indicators: indicators, highlighted: flagged).svg()
            case .profile: svg = judgedBuilder.profile(unit: try needUnit(), year: y).svg()
            case .funnel:
                guard let id = indicator ?? result.root.indicators.first(where: { $0.indicator?.funnel != nil })?.id else {
                    throw InputProblem(SourceLocation(file: project.file), .project(.noFunnelIndicator))
                }
                guard let chart = judgedBuilder.funnel(indicatorId: id, year: y) else {
                    throw InputProblem(SourceLocation(file: project.file), .table(.noFunnelData(indicator: id, year: y)))
                }
                svg = chart.svg()
            case .contributions:
                guard let chart = judgedBuilder.contributions(unit: try needUnit(), year: y) else {
                    throw InputProblem(SourceLocation(file: project.file), .table(.unitWithoutDataInYear(year: y)))
                }
                svg = chart.svg()
            case .intervals: svg = builder.rankRanges(highlighted: flagged).svg()
            }
            try AtomicOutput.write(svg, to: output)
        }
    }
}
