import TouchstoneStats

/// The weights of one aggregate node's children as fitted for a run, with what the fit learnt (entropies,
/// CRITIC information, principal components, AHP consistency) so it can be inspected and reported.
public struct FittedWeights: Sendable {
    public var method: WeightingMethod
    public var scope: NormalisationScope
    /// One weight per child (in the order of the children) by year; the `nil` key holds weights that serve
    /// every year (explicit, equal, AHP, or data-driven with `scope: panel`). Not renormalised: PCA raw
    /// loadings are kept as they are (the aggregation renormalises over the children present).
    public var sets: [Int?: [Double]] = [:]
    /// Complete rows (unit-years with every child present) each fit used.
    public var rowsUsed: [Int?: Int] = [:]
    public var entropy: [Int?: EntropyWeights.Result] = [:]
    public var critic: [Int?: CriticWeights.Result] = [:]
    public var pca: [Int?: PrincipalComponents.Result] = [:]
    public var ahp: AnalyticHierarchy.Result?
    /// Benefit of the doubt: each scored panel row's share of every child in its score, and its raw weights.
    public var shares: [Int: [Double]] = [:]
    public var unitWeights: [Int: [Double]] = [:]

    public init(method: WeightingMethod, scope: NormalisationScope) {
        self.method = method
        self.scope = scope
    }

    /// The weights that apply in `year` (`nil` for benefit of the doubt, whose weights are per unit).
    public func weights(year: Int) -> [Double]? { sets[year] ?? sets[nil] }

    /// One set of weights for every year, if there is one.
    public var uniform: [Double]? { sets.count == 1 ? sets[nil] : nil }
}

/// Fits the weights of a node's children (`weights:` on the node or under `defaults:`).
///
/// Data-driven methods (entropy, CRITIC, PCA) learn from the children's scores on the **complete rows**
/// (unit-years with every child present: listwise deletion, as COINr's `get_PCA`), pooled over all years
/// (`scope: panel`) or per year (`scope: year`). Children constant over those rows carry no information:
/// they get weight 0 and a warning. Benefit-of-the-doubt weights are fitted unit by unit while the node is
/// aggregated (`NodeAggregator`).
enum NodeWeighting {
    static func fit(node: FrameworkNode, spec: WeightingSpec, children x: Matrix, years: [Int],
                    describe: (Int) -> UnitYear, diagnostics: inout [Diagnostic]) throws -> FittedWeights {
        var fitted = FittedWeights(method: spec.method, scope: spec.scope)
        let location = spec.location ?? node.location
        let ids = node.children.map(\.id)
        switch spec.method {
        case .explicit:
            fitted.sets[nil] = node.children.map(\.weight)
        case .equal:
            fitted.sets[nil] = [Double](repeating: 1, count: ids.count)
        case .ahp:
            guard let m = spec.matrix else { preconditionFailure("AHP without a matrix passed the project checks") }
            let result = try? AnalyticHierarchy.compute(m, priority: spec.priority)
            guard let result else { preconditionFailure("an invalid AHP matrix passed the project checks") }
            fitted.ahp = result
            fitted.sets[nil] = result.weights
        case .bod:
            break
        case .entropy, .critic, .pca:
            guard ids.count > 1 else {
                fitted.sets[nil] = [1]      // a single child: nothing to weigh
                break
            }
            let groups: [(Int?, [Int])] = spec.scope == .panel
                ? [(nil, Array(0 ..< x.rows))]
                : Dictionary(grouping: 0 ..< x.rows, by: { years[$0] }).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            // Rows with every child present, found column by column (the matrix is column-major).
            var present = [Bool](repeating: true, count: x.rows)
            x.values.withUnsafeBufferPointer { v in
                for j in 0 ..< x.columns {
                    for i in 0 ..< x.rows where v[j * x.rows + i].isNaN { present[i] = false }
                }
            }
            for (year, rows) in groups {
                let complete = rows.filter { present[$0] }
                // Every row of the matrix complete: use it as it is, without a copy.
                let data = complete.count == x.rows ? x : Matrix(columns: (0 ..< x.columns).map { j in complete.map { x[$0, j] } })
                fitted.rowsUsed[year] = complete.count
                let minimum = spec.method == .entropy ? 2 : 3
                guard complete.count >= minimum else {
                    throw InputProblem(location ?? SourceLocation(file: ""),
                                       .method(.weightsNeedCompleteRows(node: node.id, method: spec.method, minimum: minimum, year: year,
                                                                        found: complete.count, perYear: spec.scope == .year)))
                }
                // All values equal (the data are complete): a scan, not a set of 100,000 values per column.
                let constant = (0 ..< x.columns).filter { j in
                    data.values[(j * data.rows) ..< ((j + 1) * data.rows)].allSatisfy { $0 == data[0, j] }
                }
                for j in constant {
                    diagnostics.append(Diagnostic(.warning, .method(.constantChildWeightZero(child: ids[j], node: node.id, rows: complete.count,
                                                                                             year: year, method: spec.method)), at: location))
                }
                switch spec.method {
                case .entropy:
                    for j in 0 ..< x.columns {
                        for (r, i) in complete.enumerated() where data[r, j] < 0 {
                            throw InputProblem(location ?? SourceLocation(file: ""),
                                               .method(.entropyNeedsNonNegative(node: node.id, child: ids[j], at: describe(i), value: data[r, j])))
                        }
                    }
                    guard let result = EntropyWeights.compute(data) else {
                        throw InputProblem(location ?? SourceLocation(file: ""), .method(.entropyAllConstant(node: node.id, year: year)))
                    }
                    fitted.entropy[year] = result
                    fitted.sets[year] = result.weights
                case .critic:
                    guard let result = CriticWeights.compute(data) else {
                        throw InputProblem(location ?? SourceLocation(file: ""), .method(.criticNoVariation(node: node.id, year: year)))
                    }
                    fitted.critic[year] = result
                    fitted.sets[year] = result.weights
                default:
                    fitted.sets[year] = try pcaWeights(node: node, spec: spec, data: data, constant: constant,
                                                      location: location, fitted: &fitted, year: year, diagnostics: &diagnostics)
                }
            }
        }
        return fitted
    }

    private static func pcaWeights(node: FrameworkNode, spec: WeightingSpec, data: Matrix, constant: [Int],
                                   location: SourceLocation?, fitted: inout FittedWeights, year: Int?,
                                   diagnostics: inout [Diagnostic]) throws -> [Double] {
        let ids = node.children.map(\.id)
        let active = (0 ..< data.columns).filter { !constant.contains($0) }
        var weights = [Double](repeating: 0, count: data.columns)
        if active.count == 1 {
            weights[active[0]] = 1
            return weights
        }
        guard active.count >= 2, let pca = PrincipalComponents.compute(Matrix(columns: active.map { data.column($0) })) else {
            throw InputProblem(location ?? SourceLocation(file: ""), .method(.pcaNeedsVaryingChildren(node: node.id, year: year)))
        }
        fitted.pca[year] = pca
        let loadings = pca.loadings(component: 0)
        for (a, j) in active.enumerated() {
            weights[j] = spec.loadings == .squared ? loadings[a] * loadings[a] : loadings[a]
        }
        diagnostics.append(Diagnostic(.note, .method(.pcaVarianceShare(node: node.id, percent: 100 * pca.varianceShares[0], children: active.count,
                                                                       year: year)), at: location))
        if spec.loadings == .raw {
            let negative = active.filter { weights[$0] < 0 }
            if !negative.isEmpty && !spec.allowNegative {
                throw InputProblem(location ?? SourceLocation(file: ""),
                                   .method(.pcaNegativeLoadings(node: node.id, children: negative.map { ids[$0] }, loadings: negative.map { weights[$0] },
                                                                year: year)))
            }
            if !negative.isEmpty {
                diagnostics.append(Diagnostic(.warning, .method(.negativePCAWeights(node: node.id, children: negative.map { ids[$0] })), at: location))
            }
        }
        return weights
    }
}
