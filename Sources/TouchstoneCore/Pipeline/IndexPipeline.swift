import TouchstoneStats

/// Computes the composite index: normalise each indicator, then aggregate bottom-up through the framework.
///
/// At every aggregate node, for every unit-year:
/// ```
/// present   = children with a score
/// coverage  = |present| / |children|          (missing, with the reason kept, if < min_coverage)
/// score     = Σ_present w·x / Σ_present w       (arithmetic)
///           = exp(Σ_present w·ln(x+s) / Σ_present w) − s   (geometric, shift s = 0 by default)
/// ```
/// Weights are renormalised over the children present (COINr's rule). A geometric mean over a child score
/// `<= −s` is an error that names the unit, year and child, never a silent −∞.
/// Reference: OECD/JRC Handbook (2008) §6; COINr `Aggregate()` with `a_amean`/`a_gmean`.
public struct IndexPipeline {
    public let project: Project

    public init(project: Project) { self.project = project }

    /// Loads the data and computes the index.
    public func run() throws -> IndexResult { try run(checkingYear: nil) }

    /// Loads the data, checks that it has `year` (when one is asked for) and only then computes, so that a
    /// year the data lacks is reported before any computation.
    public func run(checkingYear year: Int?) throws -> IndexResult {
        let loaded = try PanelLoader(project: project).load()
        if let year { try loaded.panel.requireYear(year, project: project) }
        let result = try compute(panel: loaded.panel, diagnostics: loaded.diagnostics)
        return try FrameworkVersioning(project: project).apply(to: result, panel: loaded.panel, diagnostics: loaded.diagnostics)
    }

    public func compute(panel input: Panel, diagnostics initial: [Diagnostic] = []) throws -> IndexResult {
        try compute(panel: input, diagnostics: initial, snapTies: true)
    }

    /// `snapTies: false` keeps the aggregate scores exactly as the kernel returns them (the law tests compare
    /// them bit for bit with the other callers of `NodeMean`).
    func compute(panel input: Panel, diagnostics initial: [Diagnostic] = [], snapTies: Bool) throws -> IndexResult {
        // Data treatment (denominate, screen, impute, transform, outliers; see `DataTreatment`): `panel` is
        // the screened panel with its values as read, `treated.values` what is normalised.
        let treated = try DataTreatment(project: self.project).apply(to: input)
        let project = treated.project, panel = treated.panel
        var diagnostics = initial + treated.diagnostics
        var problems: [InputProblem] = []
        let nodes = project.framework.preorder()
        var depth: [String: Int] = [:]
        func walk(_ n: FrameworkNode, _ d: Int) { depth[n.id] = d; n.children.forEach { walk($0, d + 1) } }
        walk(project.framework, 0)

        let years = panel.rows.map(\.year)
        let describe: (Int) -> UnitYear = { row in
            let k = panel.rows[row]
            return UnitYear(unit: panel.units[k.unit].id, year: k.year)
        }
        var scores: [String: [Double]] = [:]
        var reasons: [String: [Int: MissingReason]] = [:]
        var normalisation: [String: FittedNormalisation] = [:]
        for (j, id) in panel.indicatorIds.enumerated() {
            let node = nodes.first { $0.id == id }!
            let normaliser = Normaliser(indicator: node, project: project)
            let column = normaliser.normaliseColumn(
                treated.values.column(j), years: years,
                units: normaliser.spec.method.descriptor.needsUnits ? panel.rows.map { panel.units[$0.unit].id } : [],
                describe: describe, problems: &problems, diagnostics: &diagnostics)
            scores[id] = column.scores
            normalisation[id] = column.fitted
            var r: [Int: MissingReason] = [:]
            for (i, v) in scores[id]!.enumerated() where v.isNaN { r[i] = .noData }
            if !r.isEmpty { reasons[id] = r }
        }
        if !problems.isEmpty { throw InputProblems(problems) }
        // Only data-driven methods depend on the scope: goalposts and distance to target are fixed.
        let perYear = nodes.contains { node in
            guard let spec = node.indicator.map({ $0.normalisation ?? project.defaults.normalisation }) else { return false }
            return spec.scope == .year && spec.method.usesScope
        }
        if perYear {
            diagnostics.append(Diagnostic(.warning, .perYearScaling))
        }

        var fittedWeights: [String: FittedWeights] = [:]
        let plan = AggregationPlan(project: project)
        for id in plan.postorder {
            let node = nodes.first { $0.id == id }!, step = plan[id]!
            // Weighting methods and aggregations beyond explicit arithmetic/geometric: `NodeAggregator`.
            if let custom = try NodeAggregator.aggregateIfNeeded(node, plan: step, project: project, panel: panel, scores: scores,
                                                                 describe: describe, diagnostics: &diagnostics) {
                scores[id] = custom.values
                if !custom.reasons.isEmpty { reasons[id] = custom.reasons }
                fittedWeights[id] = custom.fitted
                continue
            }
            let x = Matrix(columns: step.childIds.map { scores[$0]! })
            let coverage = StructuralCoverage(node: node, childIds: step.childIds)
            let out = coverage.evaluate(x, weights: step.weights, rule: step.rule!, years: years)
            if step.nonPositive == .error, let (row, col) = out.firstOutsideDomain {
                throw InputProblem(node.location ?? SourceLocation(file: project.file),
                                   .method(.geometricLogUndefined(node: id, child: step.childIds[col], at: describe(row), value: x[row, col])))
            }
            let r = coverage.reasons(NodeAggregator.reasons(out, x: x, step: step), years: years)
            scores[id] = out.values
            if !r.isEmpty { reasons[id] = r }
        }
        // Aggregate scores equal at the tie tolerance become equal (per node and year; see `Ties`), so every
        // later comparison (ranks, cut-offs, medians, partners) treats them alike on any machine. Indicator
        // scores are a monotone map of the values as read (equal values, equal scores) and are kept as they
        // are, so rank correlations of indicators match R's on the same data.
        let yearGroups = panel.years.map { panel.rows(inYear: $0) }
        if snapTies { for id in plan.postorder { scores[id] = Ties.snap(scores[id]!, groups: yearGroups) } }
        var result = IndexResult(project: project, panel: panel, nodes: nodes, depth: depth, scores: scores,
                                 missingReasons: reasons, diagnostics: diagnostics)
        result.treatment = treated.record
        result.normalisation = normalisation
        result.recordFittedWeights(fittedWeights)
        return result
    }
}
