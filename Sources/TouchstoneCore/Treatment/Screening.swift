import TouchstoneStats
import TouchstoneText

/// Drops indicators, then unit-years, below the coverage thresholds of a `ScreeningSpec`, and removes what
/// they leave empty: units without a unit-year, aggregates without children. The same panel screened twice
/// gives the same result (what is kept passes again), so a result can be recomputed from its own panel.
struct Screening {
    let spec: ScreeningSpec
    let project: Project

    struct Result {
        var project: Project
        var panel: Panel
        var values: Matrix
        var report: ScreeningReport
        var diagnostics: [Diagnostic]
        /// The rows and columns of the input that were kept, in order (row/column k of the result).
        var keptRows: [Int]
        var keptColumns: [Int]
    }

    func apply(panel: Panel, values: Matrix) throws -> Result {
        var report = ScreeningReport()
        let n = panel.rows.count
        var keptColumns: [Int] = []
        for j in 0 ..< values.columns {
            let present = (0 ..< n).filter { !values[$0, j].isNaN }.count
            let coverage = n == 0 ? 0 : Double(present) / Double(n)
            if let t = spec.minIndicatorCoverage, coverage + 1e-12 < t {
                report.droppedIndicators.append(.init(indicator: panel.indicatorIds[j], coverage: coverage))
            } else {
                keptColumns.append(j)
            }
        }
        var keptRows: [Int] = []
        for (r, key) in panel.rows.enumerated() {
            let present = keptColumns.filter { !values[r, $0].isNaN }.count
            let coverage = keptColumns.isEmpty ? 0 : Double(present) / Double(keptColumns.count)
            if let t = spec.minUnitCoverage, coverage + 1e-12 < t {
                report.droppedRows.append(.init(unit: panel.units[key.unit].id, year: key.year, coverage: coverage))
            } else {
                keptRows.append(r)
            }
        }
        let location = spec.location ?? SourceLocation(file: project.file)
        guard !keptColumns.isEmpty else {
            throw InputProblems([InputProblem(location, .method(.screeningDroppedEveryIndicator(minCoverage: spec.minIndicatorCoverage ?? 0)))])
        }
        guard !keptRows.isEmpty else {
            throw InputProblems([InputProblem(location, .method(.screeningDroppedEveryUnitYear(minCoverage: spec.minUnitCoverage ?? 0)))])
        }
        // Units that keep at least one row, re-indexed in unit-table order.
        let usedUnits = Set(keptRows.map { panel.rows[$0].unit })
        let keptUnits = panel.units.indices.filter { usedUnits.contains($0) }
        report.droppedUnits = panel.units.indices.filter { !usedUnits.contains($0) }.map { panel.units[$0].id }
        let newIndex = Dictionary(uniqueKeysWithValues: keptUnits.enumerated().map { ($1, $0) })
        var matrix = Matrix(rows: keptRows.count, columns: keptColumns.count, repeating: .nan)
        var raw = Matrix(rows: keptRows.count, columns: keptColumns.count, repeating: .nan)
        for (c, j) in keptColumns.enumerated() {
            for (k, r) in keptRows.enumerated() {
                matrix[k, c] = values[r, j]
                raw[k, c] = panel.values[r, j]
            }
        }
        let rows = keptRows.map { Panel.Key(unit: newIndex[panel.rows[$0].unit]!, year: panel.rows[$0].year) }
        var screened = Panel(units: keptUnits.map { panel.units[$0] }, indicatorIds: keptColumns.map { panel.indicatorIds[$0] }, rows: rows, values: raw)
        screened.yearToDate = panel.yearToDate
        screened.exclusions = panel.exclusions
        screened.unitsWithoutData = panel.unitsWithoutData
        screened.lineage = panel.lineage
        screened.dissolved = panel.dissolved
        screened.votes = panel.votes.filter { screened.indicatorIds.contains($0.key) }.mapValues { table in
            var t = table
            t.counts = keptRows.flatMap { table.counts(row: $0) }
            return t
        }
        screened.raters = panel.raters.filter { screened.indicatorIds.contains($0.key) }.mapValues { table in
            var t = table
            t.scores = keptRows.flatMap { table.scores(row: $0) }
            return t
        }

        var project = self.project
        let dropped = Set(report.droppedIndicators.map(\.indicator))
        if !dropped.isEmpty {
            var removedNodes: [String] = []
            func prune(_ node: FrameworkNode) -> FrameworkNode? {
                if node.isIndicator { return dropped.contains(node.id) ? nil : node }
                var copy = node
                copy.children = node.children.compactMap(prune)
                if copy.children.isEmpty { removedNodes.append(node.id); return nil }
                return copy
            }
            guard let root = prune(project.framework) else {
                throw InputProblems([InputProblem(location, .method(.screeningDroppedIndex))])
            }
            project.framework = root
            report.droppedNodes = removedNodes
        }

        var diagnostics: [Diagnostic] = []
        if !report.droppedIndicators.isEmpty {
            diagnostics.append(Diagnostic(.warning, .method(.screenedIndicators(minCoverage: spec.minIndicatorCoverage!, report: report)), at: spec.location))
        }
        if !report.droppedRows.isEmpty {
            diagnostics.append(Diagnostic(.warning, .method(.screenedUnitYears(minCoverage: spec.minUnitCoverage!, observed: spec.basis == .observed, report: report)),
                                          at: spec.location))
        }
        return Result(project: project, panel: screened, values: matrix, report: report, diagnostics: diagnostics,
                      keptRows: keptRows, keptColumns: keptColumns)
    }
}
