import TouchstoneStats

/// Aggregates one node whose weighting or aggregation method goes beyond explicit weights with an
/// arithmetic or geometric mean (those stay in `IndexPipeline`, unchanged).
///
/// Common rules, for every method: a unit-year whose share of children present is below `min_coverage`
/// (or that has none) is missing with the reason kept, and takes no part in comparisons between units;
/// weights are renormalised over the children present. Per method:
///
/// | method | score of unit-year i (children x_ij, weights w̃_j) | domain, edge cases |
/// |---|---|---|
/// | `arithmetic` | Σ w̃ x | any |
/// | `geometric` | exp(Σ w̃ ln(x + s)) − s | x + s > 0 (else error, or missing with `nonpositive: missing`) |
/// | `harmonic` | 1 / Σ(w̃ / (x + s)) − s | x + s > 0, as geometric |
/// | `power` (r) | (Σ w̃ (x + s)^r)^(1/r) − s | r ≤ 0: x + s > 0; r > 0: x + s ≥ 0 |
/// | `mpi` | M − S·cv (positive) or M + S·cv (negative) of the children standardised to 100 ± 10 | constant child → 100 |
/// | `ampi` | the same on r = 100 + 30 (x − Ref)/Δ, Ref = mean in the reference year, Δ = half the range over all years | constant child → 100 |
/// | `topsis` | d⁻ / (d⁺ + d⁻) (vector-normalised by default) | all units tied → missing |
/// | `gra` | Σ w̃ ξ, ξ = (Δmin + ρΔmax)/(Δ + ρΔmax) | constant child → ξ = 1 |
/// | `copeland` | (wins − losses)/opponents, a win = weighted majority of children | ties count half |
/// | `borda` | Σ w̃ · share of other units beaten on each child | ties count half |
/// | weights `bod` | max Σ w x_i s.t. Σ w x_k ≤ 1 ∀k (LP per unit-year) | needs every child, x ≥ 0 |
///
/// Methods that compare units (MPI with standardisation, TOPSIS, GRA, Copeland, Borda, BoD) do so over all
/// years pooled (`scope: panel`, the default, so scores are comparable across years) or within each year
/// (`scope: year`); AMPI always pools the years, which is its purpose.
enum NodeAggregator {
    struct Output {
        var values: [Double]
        var reasons: [Int: MissingReason]
        var fitted: FittedWeights
    }

    /// The resolved settings of a node: its own, or the project defaults (read from `AggregationPlan`).
    static func settings(_ node: FrameworkNode, _ defaults: Defaults) -> (AggregationMethod, AggregationOptions, WeightingSpec) {
        let step = AggregationPlan.Node(node, defaults: defaults)
        return (step.method, step.options, step.weighting)
    }

    /// Reasons for the rows a mean left without a score (`NodeMean.Status`).
    static func reasons(_ out: NodeMean.Result, x: Matrix, step: AggregationPlan.Node) -> [Int: MissingReason] {
        var r: [Int: MissingReason] = [:]
        let k = step.childIds.count
        for (i, status) in out.status.enumerated() {
            switch status {
            case .ok: continue
            case .outsideDomain:
                let j = out.offendingChild[i]
                r[i] = .outsideDomain(method: step.method, child: step.childIds[j], value: x[i, j])
            case .noChild: r[i] = .noChild
            case .belowCoverage:
                r[i] = .belowCoverage(present: out.presentCount[i], of: k, minCoverage: step.rule?.minCoverage ?? 0)
            case .zeroWeight: r[i] = .zeroWeight
            }
        }
        return r
    }

    /// `nil` when the classic path applies (explicit weights with an arithmetic or geometric mean).
    static func aggregateIfNeeded(_ node: FrameworkNode, plan step: AggregationPlan.Node, project: Project, panel: Panel, scores: [String: [Double]],
                                  describe: @escaping (Int) -> UnitYear, diagnostics: inout [Diagnostic]) throws -> Output? {
        if step.isClassic { return nil }
        let (method, options, spec) = (step.method, step.options, step.weighting)
        let x = Matrix(columns: node.children.map { scores[$0.id]! })
        let years = panel.rows.map(\.year)
        var fitted = try NodeWeighting.fit(node: node, spec: spec, children: x, years: years, describe: describe, diagnostics: &diagnostics)
        var run = Run(node: node, project: project, method: method, options: options, spec: spec, x: x, years: years, describe: describe)
        try run.screen()
        try run.compute(&fitted, panelYears: panel.years)
        return Output(values: run.values, reasons: run.reasons, fitted: fitted)
    }

    private struct Run {
        let node: FrameworkNode
        let project: Project
        let method: AggregationMethod
        let options: AggregationOptions
        let spec: WeightingSpec
        var x: Matrix
        let years: [Int]
        let describe: (Int) -> UnitYear
        var values: [Double]
        var reasons: [Int: MissingReason] = [:]
        /// Rows that take part (enough children, inside the method's domain).
        var active: [Bool]
        let shift: Double

        init(node: FrameworkNode, project: Project, method: AggregationMethod, options: AggregationOptions, spec: WeightingSpec,
             x: Matrix, years: [Int], describe: @escaping (Int) -> UnitYear) {
            self.node = node
            self.project = project
            self.method = method
            self.options = options
            self.spec = spec
            self.x = x
            self.years = years
            self.describe = describe
            values = [Double](repeating: .nan, count: x.rows)
            active = [Bool](repeating: true, count: x.rows)
            shift = method.needsPositive(power: options.power) || method == .power ? node.geometricShift ?? 0 : 0
        }

        var location: SourceLocation { options.location ?? node.location ?? SourceLocation(file: project.file) }

        /// Domain of the means, then coverage (the same order and messages as `IndexPipeline`).
        mutating func screen() throws {
            let k = x.columns
            if method == .geometric || method == .harmonic || method == .power {
                let r = method == .geometric ? 0 : method == .harmonic ? -1 : options.power ?? 1
                var shifted = x
                if shift != 0 { shifted.values = x.values.map { $0 + shift } }
                for i in 0 ..< x.rows {
                    for j in 0 ..< k {
                        let v = shifted[i, j]
                        guard !v.isNaN, r <= 0 ? v <= 0 : v < 0 else { continue }
                        let child = node.children[j].id
                        if node.nonPositive == .missing {
                            if reasons[i] == nil { reasons[i] = .outsideDomain(method: method, child: child, value: v - shift) }
                            active[i] = false
                        } else {
                            throw InputProblem(location, .method(.meanUndefined(node: node.id, method: method, power: r, child: child, at: describe(i),
                                                                                value: v - shift)))
                        }
                    }
                }
            }
            let minCoverage = node.minCoverage ?? project.defaults.minCoverage
            for i in 0 ..< x.rows where reasons[i] == nil {
                let present = (0 ..< k).filter { !x[i, $0].isNaN }.count
                if present == 0 {
                    reasons[i] = .noChild
                    active[i] = false
                } else if Double(present) / Double(k) + 1e-12 < minCoverage {
                    reasons[i] = .belowCoverage(present: present, of: k, minCoverage: minCoverage)
                    active[i] = false
                }
            }
        }

        /// Groups of active rows compared together: all rows, or each year's.
        func groups(byYear: Bool) -> [(year: Int?, rows: [Int])] {
            let rows = (0 ..< x.rows).filter { active[$0] }
            guard byYear else { return [(nil, rows)] }
            return Dictionary(grouping: rows, by: { years[$0] }).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }

        mutating func compute(_ fitted: inout FittedWeights, panelYears: [Int]) throws {
            if spec.method == .bod { return try benefitOfTheDoubt(&fitted) }
            let comparesUnits = method.descriptor.comparesUnits(options)
            let byYear = (spec.method.isDataDriven && spec.scope == .year) || (comparesUnits && options.scope == .year)
            if method == .ampi { try ampi(fitted, panelYears: panelYears); return }
            for (year, rows) in groups(byYear: byYear) where !rows.isEmpty {
                guard let w = year.map({ fitted.weights(year: $0) }) ?? fitted.uniform else {
                    preconditionFailure("weights fitted per year but aggregated over all years")
                }
                var sub = Matrix(columns: (0 ..< x.columns).map { j in rows.map { x[$0, j] } })
                let out: [Double]
                switch method {
                case .arithmetic, .geometric, .harmonic, .power, .sum:
                    // Coverage and the domain were screened above: the kernel only averages (or adds) here.
                    let r = method == .arithmetic ? 1 : method == .geometric ? 0 : method == .harmonic ? -1 : options.power ?? 1
                    out = NodeMean.evaluate(sub, weights: w, rule: NodeMean.Rule(exponent: r, shift: shift, sum: method == .sum)).values
                case .mpi:
                    if options.standardise {
                        for j in 0 ..< sub.columns { sub.setColumn(j, MazziottaPareto.standardise(sub.column(j))) }
                    }
                    out = (0 ..< sub.rows).map { i in
                        MazziottaPareto.composite((0 ..< sub.columns).map { sub[i, $0] }, weights: w, penalty: options.penalty)?.index ?? .nan
                    }
                case .topsis: out = Topsis.compute(sub, weights: w, normalisation: options.topsisNormalisation).closeness
                case .gra: out = GreyRelational.grades(sub, weights: w, rho: options.rho)
                case .copeland: out = Outranking.copeland(sub, weights: w)
                case .borda: out = Outranking.borda(sub, weights: w)
                case .ampi: preconditionFailure("handled above")
                }
                for (a, i) in rows.enumerated() { store(i, out[a], weights: w) }
            }
        }

        /// Stores a row's value, or the reason it has none.
        mutating func store(_ i: Int, _ v: Double, weights w: [Double]) {
            if !v.isNaN && v.isFinite { values[i] = v; return }
            var sw = 0.0
            for j in 0 ..< x.columns where !x[i, j].isNaN { sw += w[j] }
            if sw <= 0 {
                reasons[i] = .zeroWeight
            } else {
                switch method {
                case .topsis: reasons[i] = .topsisTies
                case .mpi, .ampi: reasons[i] = .nonPositiveMean(method: method)
                case .copeland: reasons[i] = .noOtherUnit
                default: reasons[i] = .undefined(method: method)
                }
            }
        }

        mutating func ampi(_ fitted: FittedWeights, panelYears: [Int]) throws {
            guard let w = fitted.uniform else {
                throw InputProblem(spec.location ?? location, .method(.ampiNeedsPanelWeights(node: node.id)))
            }
            let reference = options.referenceYear ?? panelYears.first ?? 0
            guard panelYears.contains(reference) else {
                throw InputProblem(location, .method(.ampiReferenceYearMissing(node: node.id, year: reference, years: panelYears)))
            }
            let rows = (0 ..< x.rows).filter { active[$0] }
            var sub = Matrix(columns: (0 ..< x.columns).map { j in rows.map { x[$0, j] } })
            for j in 0 ..< sub.columns {
                let column = sub.column(j)
                let inReference = rows.indices.filter { years[rows[$0]] == reference && !column[$0].isNaN }.map { column[$0] }
                guard !inReference.isEmpty else {
                    throw InputProblem(location, .method(.ampiChildMissingInReference(node: node.id, child: node.children[j].id, year: reference)))
                }
                sub.setColumn(j, MazziottaPareto.rescale(column, reference: inReference.reduce(0, +) / Double(inReference.count)))
            }
            for (a, i) in rows.enumerated() {
                let v = MazziottaPareto.composite((0 ..< sub.columns).map { sub[a, $0] }, weights: w, penalty: options.penalty)?.index ?? .nan
                store(i, v, weights: w)
            }
        }

        mutating func benefitOfTheDoubt(_ fitted: inout FittedWeights) throws {
            let ids = node.children.map(\.id)
            for (_, rows) in groups(byYear: spec.scope == .year) where !rows.isEmpty {
                var complete: [Int] = []
                for i in rows {
                    if let j = (0 ..< x.columns).first(where: { x[i, $0].isNaN }) {
                        reasons[i] = .needsEveryChild(child: ids[j])
                        continue
                    }
                    if let j = (0 ..< x.columns).first(where: { x[i, $0] < 0 }) {
                        throw InputProblem(spec.location ?? location, .method(.bodNeedsNonNegative(node: node.id, child: ids[j], at: describe(i), value: x[i, j])))
                    }
                    complete.append(i)
                }
                guard !complete.isEmpty else { continue }
                let data = Matrix(columns: (0 ..< x.columns).map { j in complete.map { x[$0, j] } })
                let result: BenefitOfTheDoubt.Result
                do {
                    result = try BenefitOfTheDoubt.compute(evaluated: data, reference: data, lowerShare: spec.lowerShare, upperShare: spec.upperShare)
                } catch {
                    throw InputProblem(spec.location ?? location, .method(.bodNoSolution(node: node.id, detail: String(describing: error))))
                }
                for (a, i) in complete.enumerated() {
                    values[i] = result.scores[a]
                    fitted.shares[i] = result.shares[a]
                    fitted.unitWeights[i] = result.weights[a]
                }
            }
        }
    }
}
