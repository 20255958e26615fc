import Foundation
import TouchstoneStats

/// The treatment stage between loading and normalisation: denominate → screen → impute → transform →
/// outliers (see `TreatmentSpec`), each indicator with its own settings (the project default with the
/// indicator's overrides), every changed cell recorded.
///
/// `apply(to:)` returns the screened panel with its values **as read** (so raw values shown elsewhere stay
/// real observations, and recomputing from the result's panel treats it again the same way), the treated
/// values beside it, the project with screened-out indicators removed from the framework, and diagnostics:
/// a note summarising what changed and warnings for cells that could not be filled.
/// Without any treatment settings it returns its input unchanged.
public struct DataTreatment {
    public let project: Project

    public init(project: Project) { self.project = project }

    public struct Outcome: Sendable {
        /// The project, its framework without the indicators (and emptied aggregates) screening removed.
        public var project: Project
        /// The screened panel; values as read.
        public var panel: Panel
        /// Values, cells, outlier details, screening; `nil` when nothing was configured.
        public var record: TreatmentRecord?
        public var diagnostics: [Diagnostic]
        /// The values to normalise: treated when there was treatment, else the panel's.
        public var values: Matrix { record?.values ?? panel.values }
    }

    /// The resolved settings of an indicator.
    func spec(_ id: String) -> TreatmentSpec {
        project.framework.indicators.first { $0.id == id }?.indicator?.treatment ?? project.defaults.treatment
    }

    public var isIdentity: Bool {
        project.defaults.treatment.screen == nil && project.framework.indicators.allSatisfy { ($0.indicator?.treatment ?? project.defaults.treatment).isIdentity }
    }

    public func apply(to input: Panel) throws -> Outcome {
        guard !isIdentity else { return Outcome(project: project, panel: input, record: nil, diagnostics: []) }
        var problems: [InputProblem] = []
        var diagnostics: [Diagnostic] = []
        var project = self.project
        var panel = input
        var values = input.values
        var cells: [TreatedCell] = []
        var outliers: [OutlierRecord] = []
        var screening: ScreeningReport?

        cells += denominate(panel, &values, problems: &problems)
        if !problems.isEmpty { throw InputProblems(problems) }
        let screen = project.defaults.treatment.screen
        func runScreen() throws {
            guard let screen else { return }
            let result = try Screening(spec: screen, project: project).apply(panel: panel, values: values)
            (project, panel, values, screening) = (result.project, result.panel, result.values, result.report)
            let kept = Set(panel.rows.map { "\(panel.units[$0.unit].id)\u{1F}\($0.year)" })
            let ids = Set(panel.indicatorIds)
            cells = cells.filter { ids.contains($0.indicator) && kept.contains("\($0.unit)\u{1F}\($0.year)") }
            diagnostics += result.diagnostics
            // The result's panel is screened already: recomputing from it must not screen again.
            project.defaults.treatment.screen = nil
        }
        if screen?.basis == .observed { try runScreen() }
        let imputed = impute(panel, &values, project: project, diagnostics: &diagnostics)
        cells += imputed
        if screen?.basis == .imputed { try runScreen() }
        cells += transform(panel, &values, project: project, problems: &problems)
        if !problems.isEmpty { throw InputProblems(problems) }
        let (pointCells, records) = treatOutliers(panel, &values, project: project, diagnostics: &diagnostics)
        cells += pointCells
        outliers += records
        if let note = summary(cells, outliers: outliers, screening: screening) { diagnostics.append(Diagnostic(.note, note)) }
        let record = TreatmentRecord(values: values, cells: cells, outliers: outliers, screening: screening)
        return Outcome(project: project, panel: panel, record: record, diagnostics: diagnostics)
    }

    // MARK: Denomination

    /// The denominator column behind `name` (`size` is the unit table's size column).
    func denominatorColumn(_ name: String) -> String? {
        name == "size" ? project.units.sizeColumn : name
    }

    /// The unit's denominator in `year`: from the unit table's row for that year when it has a
    /// `year_column`, else from the unit's single row.
    func denominatorValue(_ unit: UnitInfo, year: Int, name: String) -> Double? {
        guard let column = denominatorColumn(name) else { return nil }
        if project.units.yearColumn != nil { return unit.attributesByYear[year]?[column] }
        if name == "size" { return unit.size ?? unit.attributes[column] }
        return unit.attributes[column]
    }

    func denominate(_ panel: Panel, _ values: inout Matrix, problems: inout [InputProblem]) -> [TreatedCell] {
        var cells: [TreatedCell] = []
        for (j, id) in panel.indicatorIds.enumerated() {
            guard let name = spec(id).denominator else { continue }
            let column = denominatorColumn(name) ?? name
            for (r, key) in panel.rows.enumerated() {
                let x = values[r, j]
                guard !x.isNaN else { continue }
                let unit = panel.units[key.unit]
                let d = denominatorValue(unit, year: key.year, name: name)
                let new: Double, why: String
                if let d, d != 0 {
                    new = x / d
                    why = "divided by `\(column)` = \(format(d))"
                } else {
                    new = .nan
                    why = d == nil ? "denominator `\(column)` is missing for this unit-year" : "denominator `\(column)` is 0"
                }
                values[r, j] = new
                cells.append(TreatedCell(unit: unit.id, year: key.year, indicator: id, old: x, new: new, step: .denominate, why: why))
            }
        }
        return cells
    }

    // MARK: Transform

    func transform(_ panel: Panel, _ values: inout Matrix, project: Project, problems: inout [InputProblem]) -> [TreatedCell] {
        var cells: [TreatedCell] = []
        for (j, id) in panel.indicatorIds.enumerated() {
            let s = spec(id)
            guard s.transform != .none else { continue }
            let lambda = s.lambda ?? 0
            let name = s.transform == .log ? "ln x" : "Box–Cox λ = \(format(lambda))"
            for (r, key) in panel.rows.enumerated() {
                let x = values[r, j]
                guard !x.isNaN else { continue }
                let unit = panel.units[key.unit].id
                guard x > 0, let new = s.transform == .log ? Foundation.log(x) : PowerTransform.boxCox(x, lambda: lambda) else {
                    problems.append(InputProblem(s.location ?? SourceLocation(file: project.file),
                                                 "`\(id)` has `transform: \(s.transform.rawValue)` but unit `\(unit)` in \(key.year) has the value \(format(x)) (after the earlier treatment steps)",
                                                 fix: "a \(s.transform.rawValue) transform needs values above 0: remove it, or use `outliers: coinr`, whose log_CT fallback shifts the values first"))
                    break
                }
                values[r, j] = new
                cells.append(TreatedCell(unit: unit, year: key.year, indicator: id, old: x, new: new, step: .transform, why: name))
            }
        }
        return cells
    }

    // MARK: Outliers

    func treatOutliers(_ panel: Panel, _ values: inout Matrix, project: Project, diagnostics: inout [Diagnostic]) -> ([TreatedCell], [OutlierRecord]) {
        var cells: [TreatedCell] = []
        var records: [OutlierRecord] = []
        for (j, id) in panel.indicatorIds.enumerated() {
            let s = spec(id)
            guard s.outliers == .coinr else { continue }
            let settings = OutlierRule.Settings(winmax: s.winmax, skewThreshold: s.skewThreshold,
                                                kurtosisThreshold: s.kurtosisThreshold, logFallback: s.logFallback)
            let groups: [(Int?, [Int])]
            if s.outlierScope == .year {
                let byYear = Dictionary(grouping: panel.rows.indices, by: { panel.rows[$0].year })
                groups = byYear.keys.sorted().map { ($0, byYear[$0]!) }
            } else {
                groups = [(nil, Array(panel.rows.indices))]
            }
            var changed: [(Int, TreatedCell)] = []
            for (year, rows) in groups {
                let x = rows.map { values[$0, j] }
                let outcome = OutlierRule.treat(x, settings)
                records.append(OutlierRecord(indicator: id, year: year, before: outcome.before, winsorised: outcome.winsorised,
                                             afterWinsorising: outcome.afterWinsorising, afterLog: outcome.afterLog, undefined: outcome.undefined))
                let scope = year.map { " in \($0)" } ?? ""
                if outcome.undefined {
                    let n = x.filter { !$0.isNaN }.count
                    diagnostics.append(Diagnostic(.note, "`\(id)`\(scope): outlier check skipped (\(n < 4 ? "\(n) values; skew and kurtosis need at least 4" : "no spread"))", at: s.location))
                    continue
                }
                let b = outcome.before
                let check = "skew \(fixed(b.skewness)), kurtosis \(fixed(b.kurtosis))"
                for (k, change) in outcome.changes.sorted(by: { $0.key < $1.key }) {
                    let r = rows[k]
                    let why: String
                    switch change {
                    case .winsorisedHigh, .winsorisedLow:
                        why = "winsorised (\(change == .winsorisedHigh ? "high" : "low"), \(outcome.winsorised) point\(outcome.winsorised == 1 ? "" : "s")\(scope)): \(check) → skew \(fixed(outcome.afterWinsorising?.skewness)), kurtosis \(fixed(outcome.afterWinsorising?.kurtosis))"
                    case .logCT:
                        why = "log_CT ln(x − min + 0.01·(max − min))\(scope): \(check); winsorising \(outcome.winsorised) point\(outcome.winsorised == 1 ? "" : "s") did not pass"
                    }
                    let unit = panel.units[panel.rows[r].unit].id
                    changed.append((r, TreatedCell(unit: unit, year: panel.rows[r].year, indicator: id, old: values[r, j], new: outcome.values[k],
                                                   step: change == .logCT ? .logCT : .winsorise, why: why)))
                }
                for (k, r) in rows.enumerated() { values[r, j] = outcome.values[k] }
            }
            cells += changed.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return (cells, records)
    }

    func fixed(_ v: Double?) -> String {
        guard let v else { return "undefined" }
        return String(format: "%.2f", v)
    }

    // MARK: Summary

    func summary(_ cells: [TreatedCell], outliers: [OutlierRecord], screening: ScreeningReport?) -> String? {
        var parts: [String] = []
        let denominated = cells.filter { $0.step == .denominate }
        if !denominated.isEmpty {
            let lost = denominated.filter { $0.new.isNaN }.count
            parts.append("\(denominated.count) cells denominated" + (lost > 0 ? " (\(lost) left missing: no denominator)" : ""))
        }
        let imputed = cells.filter { $0.step == .impute }
        if !imputed.isEmpty { parts.append("\(imputed.count) cells imputed in \(Set(imputed.map(\.indicator)).count) indicators") }
        let transformed = cells.filter { $0.step == .transform }
        if !transformed.isEmpty { parts.append("\(transformed.count) cells transformed (log or Box–Cox) in \(Set(transformed.map(\.indicator)).count) indicators") }
        let winsorised = cells.filter { $0.step == .winsorise }
        if !winsorised.isEmpty { parts.append("\(winsorised.count) points winsorised in \(Set(winsorised.map(\.indicator)).count) indicators") }
        let logged = outliers.filter { $0.afterLog != nil }
        if !logged.isEmpty { parts.append("log_CT applied to \(logged.map { $0.indicator + ($0.year.map { " (\($0))" } ?? "") }.joined(separator: ", "))") }
        if let s = screening, !(s.droppedRows.isEmpty && s.droppedIndicators.isEmpty) {
            parts.append("screening dropped \(s.droppedIndicators.count) indicators and \(s.droppedRows.count) unit-years")
        }
        return parts.isEmpty ? nil : "treatment: " + parts.joined(separator: "; ") + " (every change is listed in the audit: `--format json`)"
    }
}
