import Foundation
import TouchstoneStats
import TouchstoneText

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

    /// Each indicator's resolved settings, looked up once per run instead of walking the framework per call.
    private let specs: [String: TreatmentSpec]

    public init(project: Project) {
        self.project = project
        let defaults = project.defaults.treatment
        specs = Dictionary(project.framework.indicators.map { ($0.id, $0.indicator?.treatment ?? defaults) },
                           uniquingKeysWith: { first, _ in first })
    }

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
        specs[id] ?? project.defaults.treatment
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
        var audit = TreatmentAudit()
        var outliers: [OutlierRecord] = []
        var screening: ScreeningReport?

        denominate(panel, &values, audit: &audit)
        if !problems.isEmpty { throw InputProblems(problems) }
        let screen = project.defaults.treatment.screen
        func runScreen() throws {
            guard let screen else { return }
            let result = try Screening(spec: screen, project: project).apply(panel: panel, values: values)
            // Records so far point into the panel before screening: move them to the kept rows and columns.
            var rowMap = [Int?](repeating: nil, count: panel.rows.count)
            for (k, r) in result.keptRows.enumerated() { rowMap[r] = k }
            var columnMap = [Int?](repeating: nil, count: panel.indicatorIds.count)
            for (k, j) in result.keptColumns.enumerated() { columnMap[j] = k }
            audit.remap(rows: rowMap, columns: columnMap)
            (project, panel, values, screening) = (result.project, result.panel, result.values, result.report)
            diagnostics += result.diagnostics
            // The result's panel is screened already: recomputing from it must not screen again.
            project.defaults.treatment.screen = nil
        }
        if screen?.basis == .observed { try runScreen() }
        impute(panel, &values, project: project, audit: &audit, diagnostics: &diagnostics)
        if screen?.basis == .imputed { try runScreen() }
        transform(panel, &values, project: project, audit: &audit, problems: &problems)
        if !problems.isEmpty { throw InputProblems(problems) }
        outliers += treatOutliers(panel, &values, project: project, audit: &audit, diagnostics: &diagnostics)
        audit.bind(to: panel)
        if let summary = summary(audit, outliers: outliers, screening: screening) { diagnostics.append(Diagnostic(.note, .treatmentSummary(summary))) }
        let record = TreatmentRecord(values: values, audit: audit, outliers: outliers, screening: screening)
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

    func denominate(_ panel: Panel, _ values: inout Matrix, audit: inout TreatmentAudit) {
        for (j, id) in panel.indicatorIds.enumerated() {
            guard let name = spec(id).denominator else { continue }
            let column = denominatorColumn(name) ?? name
            let columnName = audit.sentenceIndex(column)
            var missing: TreatmentAudit.Reason?, zero: TreatmentAudit.Reason?
            for (r, key) in panel.rows.enumerated() {
                let x = values[r, j]
                guard !x.isNaN else { continue }
                let d = denominatorValue(panel.units[key.unit], year: key.year, name: name)
                let new: Double, why: TreatmentAudit.Reason
                if let d, d != 0 {
                    new = x / d
                    why = .dividedBy(column: columnName, value: d)
                } else if d == nil {
                    new = .nan
                    why = missing ?? audit.sentence("denominator `\(column)` is missing for this unit-year")
                    missing = why
                } else {
                    new = .nan
                    why = zero ?? audit.sentence("denominator `\(column)` is 0")
                    zero = why
                }
                values[r, j] = new
                audit.append(row: r, indicator: j, step: .denominate, old: x, new: new, why)
            }
        }
    }

    // MARK: Transform

    func transform(_ panel: Panel, _ values: inout Matrix, project: Project, audit: inout TreatmentAudit, problems: inout [InputProblem]) {
        for (j, id) in panel.indicatorIds.enumerated() {
            let s = spec(id)
            guard s.transform != .none else { continue }
            let lambda = s.lambda ?? 0
            let name = audit.sentence(s.transform == .log ? "ln x" : "Box–Cox λ = \(NumberFormat.full(lambda))")
            for r in panel.rows.indices {
                let x = values[r, j]
                guard !x.isNaN else { continue }
                guard x > 0, let new = s.transform == .log ? Foundation.log(x) : PowerTransform.boxCox(x, lambda: lambda) else {
                    let key = panel.rows[r], unit = panel.units[key.unit].id
                    problems.append(InputProblem(s.location ?? SourceLocation(file: project.file),
                                                 .method(.transformNeedsPositive(indicator: id, transform: s.transform, at: UnitYear(unit: unit, year: key.year), value: x))))
                    break
                }
                values[r, j] = new
                audit.append(row: r, indicator: j, step: .transform, old: x, new: new, name)
            }
        }
    }

    // MARK: Summary

    /// What the steps did, counted (the note `Diagnostic.Kind.treatmentSummary`); `nil` when nothing changed.
    func summary(_ audit: TreatmentAudit, outliers: [OutlierRecord], screening: ScreeningReport?) -> TreatmentSummary? {
        let counts = audit.stepCounts()
        func count(_ step: TreatedCell.Step) -> TreatmentSummary.Count? { counts[step].map { .init(cells: $0.cells, indicators: $0.indicators.count) } }
        var summary = TreatmentSummary(denominated: counts[.denominate].map { (cells: $0.cells, leftMissing: $0.missingAfter) },
                                       imputed: count(.impute), transformed: count(.transform), winsorised: count(.winsorise),
                                       logCT: outliers.filter { $0.afterLog != nil }.map { (indicator: $0.indicator, year: $0.year) })
        if let s = screening, !(s.droppedRows.isEmpty && s.droppedIndicators.isEmpty) {
            summary.screened = (indicators: s.droppedIndicators.count, unitYears: s.droppedRows.count)
        }
        return summary.isEmpty ? nil : summary
    }
}
