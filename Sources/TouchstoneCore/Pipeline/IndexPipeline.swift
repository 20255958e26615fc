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
    public func run() throws -> IndexResult {
        let loaded = try PanelLoader(project: project).load()
        return try compute(panel: loaded.panel, diagnostics: loaded.diagnostics)
    }

    public func compute(panel input: Panel, diagnostics initial: [Diagnostic] = []) throws -> IndexResult {
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
        let describe: (Int) -> String = { row in
            let k = panel.rows[row]
            return "unit `\(panel.units[k.unit].id)` in \(k.year)"
        }
        var scores: [String: [Double]] = [:]
        var reasons: [String: [Int: String]] = [:]
        for (j, id) in panel.indicatorIds.enumerated() {
            let node = nodes.first { $0.id == id }!
            let normaliser = Normaliser(indicator: node, defaults: project.defaults.normalisation)
            scores[id] = normaliser.normalise(treated.values.column(j), years: years,
                                              units: normaliser.spec.method == .ratioToReference ? panel.rows.map { panel.units[$0.unit].id } : [],
                                              describe: describe, problems: &problems, diagnostics: &diagnostics)
            var r: [Int: String] = [:]
            for (i, v) in scores[id]!.enumerated() where v.isNaN { r[i] = "no data" }
            if !r.isEmpty { reasons[id] = r }
        }
        if !problems.isEmpty { throw InputProblems(problems) }
        // Only data-driven methods depend on the scope: goalposts and distance to target are fixed.
        let perYear = nodes.contains { node in
            guard let spec = node.indicator.map({ $0.normalisation ?? project.defaults.normalisation }) else { return false }
            return spec.scope == .year && spec.method.usesScope
        }
        if perYear {
            diagnostics.append(Diagnostic(.warning, "some indicators are normalised per year: their scores rank units within each year and are not comparable across years; use `scope: panel` for trends"))
        }

        var fittedWeights: [String: FittedWeights] = [:]
        func aggregate(_ node: FrameworkNode) throws {
            guard !node.children.isEmpty else { return }
            for child in node.children { try aggregate(child) }
            // Weighting methods and aggregations beyond explicit arithmetic/geometric: `NodeAggregator`.
            if let custom = try NodeAggregator.aggregateIfNeeded(node, project: project, panel: panel, scores: scores,
                                                                 describe: describe, diagnostics: &diagnostics) {
                scores[node.id] = custom.values
                if !custom.reasons.isEmpty { reasons[node.id] = custom.reasons }
                fittedWeights[node.id] = custom.fitted
                return
            }
            let method = node.aggregation ?? project.defaults.aggregation
            let minCoverage = node.minCoverage ?? project.defaults.minCoverage
            let shift = method == .geometric ? node.geometricShift ?? 0 : 0  // `shift` only applies to the geometric mean
            var x = Matrix(columns: node.children.map { scores[$0.id]! })
            var undefined: [Int: String] = [:]
            if method == .geometric {
                if shift != 0 { x.values = x.values.map { $0 + shift } }
                if node.nonPositive == .missing {
                    for i in 0 ..< x.rows {
                        for j in 0 ..< x.columns where x[i, j] <= 0 {
                            undefined[i] = undefined[i] ?? "geometric mean undefined: `\(node.children[j].id)` is \(format(x[i, j] - shift))"
                        }
                        if undefined[i] != nil { for j in 0 ..< x.columns { x[i, j] = .nan } }
                    }
                } else if let (row, col) = MaskedWeightedMean.firstNonPositive(x) {
                    let child = node.children[col]
                    throw InputProblem(node.location ?? SourceLocation(file: project.file),
                                       "`\(node.id)` uses a geometric mean, but `\(child.id)` of \(describe(row)) is \(format(x[row, col] - shift)); the log of a value <= 0 is undefined",
                                       fix: "normalise to a range above 0 (e.g. `range: [1, 100]`), set `shift:` or `nonpositive: missing` on `\(node.id)`, or use `aggregation: arithmetic`")
                }
            }
            let result = MaskedWeightedMean.compute(x, weights: node.children.map(\.weight), kind: method == .arithmetic ? .arithmetic : .geometric)
            var values = result.means
            var r: [Int: String] = [:]
            for i in values.indices {
                if let why = undefined[i] {
                    values[i] = .nan
                    r[i] = why
                } else if result.presentCount[i] == 0 {
                    values[i] = .nan
                    r[i] = "no child has a score"
                } else if result.coverage[i] + 1e-12 < minCoverage {
                    values[i] = .nan
                    r[i] = "only \(result.presentCount[i]) of \(node.children.count) children present (min_coverage \(format(minCoverage)))"
                } else if values[i].isNaN {
                    r[i] = "the children present all have weight 0"
                } else if shift != 0 {
                    values[i] -= shift
                }
            }
            scores[node.id] = values
            if !r.isEmpty { reasons[node.id] = r }
        }
        try aggregate(project.framework)
        var result = IndexResult(project: project, panel: panel, nodes: nodes, depth: depth, scores: scores,
                                 missingReasons: reasons, diagnostics: diagnostics)
        result.treatment = treated.record
        result.recordFittedWeights(fittedWeights)
        return result
    }
}
