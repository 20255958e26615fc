import Foundation
import TouchstoneCharts
import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

/// What a report is made for: the year, the reader's language, and how the project is named in the
/// commands it shows.
public struct ReportSettings: Sendable {
    /// The year reported on (default: the latest year of the data).
    public var year: Int?
    public var language: String
    /// The project as the reader would type it in the commands shown (e.g. relative to the report folder).
    public var projectPath: String
    /// The Touchstone version named in the method appendix.
    public var version: String
    /// Monte Carlo replications for the rank intervals of the decision chart when the project declares
    /// `uncertainty:` (nil: the project's `runs`; 0: no intervals).
    public var uncertaintyRuns: Int?
    /// Key-target progress during the year (quarterly or monthly data with `targets:`): the report then opens
    /// with a "progress" chapter (`ReportBuilder+Progress`).
    public var progress: ProgressReport?
    /// The printed page of each chapter, by anchor (`PrintedPages`), shown in the table of contents; empty
    /// until the report has been printed once.
    public var chapterPages: [String: Int] = [:]

    public init(language: String, projectPath: String, year: Int? = nil, version: String = "0.1.0", uncertaintyRuns: Int? = nil) {
        self.language = language
        self.projectPath = projectPath
        self.year = year
        self.version = version
        self.uncertaintyRuns = uncertaintyRuns
    }
}

/// Everything the report says, computed once from an `IndexResult`: the flag assessments (with their
/// trends and peer positions), ranks and the chart builder. The report sections only select and format.
struct ReportContext {
    let result: IndexResult
    let settings: ReportSettings
    let year: Int
    let previousYear: Int?
    let words: Words
    let engine: FlagEngine
    let assessments: [UnitAssessment]
    let assessmentOf: [Int: UnitAssessment]
    let charts: ChartBuilder
    let decimals: Int
    /// Rows of the report year, in unit order.
    let rows: [Int]
    let ranks: [Int?]
    let groupRanks: [Int?]?
    let slugs: [String]
    let flagged: Set<Int>
    /// The Monte Carlo analysis of the year, when the project declares `uncertainty:`.
    let uncertainty: UncertaintyAnalysis?
    /// The units shown one by one in a large report (nil: every unit); see `ReportContext+Focus`.
    let focus: Set<Int>?
    /// Expected units without data in the year, their unresolved flags, and the project's exclusions.
    let coverage: AssessmentCoverage
    /// What changed since the archived assessment of the previous year (`archive/YEAR/` beside the project,
    /// written by `touchstone archive`), when there is one.
    let review: YearReview?

    init(result: IndexResult, settings: ReportSettings) throws {
        self.result = result
        self.settings = settings
        let years = result.panel.years
        guard let last = years.last else {
            throw InputProblem(SourceLocation(file: result.project.file), .table(.dataWithoutRows))
        }
        let y = settings.year ?? last
        guard years.contains(y) else {
            throw InputProblem(SourceLocation(file: result.project.file), .table(.yearNotInData(year: y, dataYears: years.first! ... last)))
        }
        year = y
        previousYear = years.last { $0 < y }
        words = Words(settings.language)
        engine = FlagEngine(result: result, year: y)
        assessments = engine.assess()
        assessmentOf = Dictionary(uniqueKeysWithValues: assessments.map { ($0.unit, $0) })
        charts = ChartBuilder(result: result, language: settings.language)
        let r = result.project.defaults.normalisation.range
        decimals = r.upperBound - r.lowerBound > 1 ? 1 : 3
        rows = result.panel.rows(inYear: y)
        ranks = result.ranks(of: result.root.id)
        groupRanks = engine.peers.groupColumn.map { result.groupRanks(of: result.root.id, groupColumn: $0) }
        slugs = ReportEscaping.slugs(result.panel.units.map(\.id))
        flagged = Set(assessments.filter { $0.status == .flagged }.map(\.unit))
        focus = Self.focus(assessments: assessments, rows: rows, ranks: ranks, result: result)
        coverage = AssessmentCoverage(result: result, year: y)
        review = Self.review(result: result, engine: engine, assessments: assessments, coverage: coverage, previousYear: previousYear, version: settings.version)
        uncertainty = result.project.uncertainty.declared && settings.uncertaintyRuns != 0
            ? UncertaintyAnalysis(result: result, year: y, runs: settings.uncertaintyRuns) : nil
    }

    /// The review against `archive/PREVIOUS/` in the project's folder, if that archive exists and reads.
    static func review(result: IndexResult, engine: FlagEngine, assessments: [UnitAssessment], coverage: AssessmentCoverage,
                       previousYear: Int?, version: String) -> YearReview? {
        guard let p = previousYear else { return nil }
        let path = (result.project.directory as NSString).appendingPathComponent("archive/\(p)")
        guard FileManager.default.fileExists(atPath: path), let old = try? AssessmentSnapshot.read(path: path) else { return nil }
        let now = AssessmentSnapshot(engine: engine, assessments: assessments, coverage: coverage, fingerprints: .of(result.project, tool: version))
        return YearReview(old: old, new: now, rootId: result.root.id, decimals: result.project.scoreDecimals)
    }

    var language: String { settings.language }
    var root: FrameworkNode { result.root }
    var rootScores: [Double] { result.scores[result.root.id]! }
    var groupColumn: String? { engine.peers.groupColumn }
    var trends: TrendAnalysis { engine.trends }
    var dimensions: [FrameworkNode] { result.root.children.filter { !$0.isIndicator } }

    func f(_ v: Double) -> String { NumberFormat.fixed(v, decimals: decimals) }
    func f(_ v: Double?) -> String { v.map { NumberFormat.fixed($0, decimals: decimals) } ?? "–" }
    func signed(_ v: Double?) -> String { v.map { NumberFormat.signed($0, decimals: decimals) } ?? "–" }
    func label(_ id: String) -> String { result.node(id)?.label.text(for: language, fallback: id) ?? id }
    var indexLabel: String { label(root.id) }
    var title: String { result.project.title.text(for: language, fallback: indexLabel) }
    func unit(_ u: Int) -> UnitInfo { result.panel.units[u] }
    func name(_ u: Int) -> String { unit(u).name(language) }
    func group(_ u: Int) -> String {
        groupColumn.map { result.project.groupName(of: unit(u), $0, language) } ?? ""
    }
    func groupValue(_ u: Int) -> String { groupColumn.flatMap { unit(u).groups[$0] } ?? "" }
    func row(_ u: Int, _ y: Int) -> Int? { result.panel.row(unit: u, year: y) }
    func score(_ u: Int, _ y: Int?, _ node: String? = nil) -> Double? {
        guard let y, let r = row(u, y) else { return nil }
        let v = result.scores[node ?? root.id]![r]
        return v.isNaN ? nil : v
    }
    func year(_ y: Int) -> String { words.year(y) }
    /// A unit's index rank in the report year (units without one last).
    func rank(_ a: UnitAssessment) -> Int { a.row.flatMap { ranks[$0] } ?? Int.max / 2 }
    var span: String { "\(year(result.panel.years.first!))–\(year(year))" }
    func anchor(_ u: Int) -> String { "unit-" + slugs[u] }
    var coverageText: CoverageText { CoverageText(coverage, language: language) }

    /// A unit cell: its id, linked to its brief (HTML) or to its section when it is flagged.
    func unitCell(_ u: Int, toSection: Bool = false) -> ReportTable.Cell {
        ReportTable.Cell(unit(u).id, link: toSection && flagged.contains(u) ? .anchor(anchor(u)) : .brief(slugs[u]))
    }

    /// The groups of the peer-group column in order of first appearance in the unit table, with their members
    /// that have data in the report year.
    var groups: [(value: String, name: String, units: [Int])] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for r in rows {
            let u = result.panel.rows[r].unit
            let g = groupValue(u)
            if members[g] == nil { order.append(g) }
            members[g, default: []].append(u)
        }
        return order.map { g in (g, members[g]!.first.map { group($0) } ?? g, members[g]!) }
    }

    /// The command shown in the notebook: `touchstone VERB… PROJECT ARGS… --year Y --locale L` (`verb` may be
    /// two words, as in `chart ranking`).
    func command(_ verb: String, _ args: [String] = [], year: Bool = true, locale: Bool = true) -> String {
        var parts = ["touchstone"] + verb.split(separator: " ").map(String.init) + [ReportEscaping.shell(settings.projectPath)] + args
        if year { parts += ["--year", String(self.year)] }
        if locale { parts += ["--locale", ReportEscaping.shell(language)] }
        return parts.joined(separator: " ")
    }

    /// A raw value in an indicator's own terms: its rating label for ordinal indicators, whole numbers
    /// plainly, others with up to 2 decimals.
    func raw(_ v: Double, indicator id: String) -> String {
        guard !v.isNaN else { return "–" }
        if let spec = result.node(id)?.indicator, spec.type == .ordinal, let label = spec.scale.first(where: { $0.value == v })?.key {
            return result.project.label(of: label, language) ?? label
        }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        var t = NumberFormat.fixed(v, decimals: 2)
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
