import TouchstoneStats

extension FrameworkNode {
    /// Whether the node's score for one unit-year follows from that unit-year's children alone with one set
    /// of weights (mean-type aggregation, weights the same for every unit and year). Gap decompositions and
    /// improvement paths need it.
    public func scoresUnitByUnit(_ defaults: Defaults) -> Bool {
        guard !isIndicator else { return true }
        let (method, _, spec) = NodeAggregator.settings(self, defaults)
        return method.isMeanType && spec.isUniform
    }

    /// The exponent r of a mean-type node: 1 arithmetic, 0 geometric, −1 harmonic, r for `power`.
    public func meanExponent(_ defaults: Defaults) -> Double {
        let (method, options, _) = NodeAggregator.settings(self, defaults)
        switch method {
        case .geometric: return 0
        case .harmonic: return -1
        case .power: return options.power ?? 1
        default: return 1
        }
    }
}

/// The weight of an indicator (or aggregate) in the index: nominal, from the weights along its path, and
/// its real influence, from how much of the index's variation it carries.
public struct EffectiveWeight: Sendable, Equatable {
    public var id: String
    public var depth: Int
    /// Π over the path from the index of w_child / Σ w_siblings (the weights used, renormalised over all
    /// siblings; benefit of the doubt: the mean of the units' shares).
    public var nominal: Double
    /// Pearson correlation of the node's score with the index over the rows considered.
    public var correlation: Double
    /// r² normalised to sum to 1 over the nodes of the same depth.
    public var influence: Double
}

extension IndexResult {
    /// Stores the fitted weights and writes weights that serve every unit and year back into the
    /// framework (so `UnitScorer`, gap decompositions and the JSON `weight` use them).
    mutating func recordFittedWeights(_ fitted: [String: FittedWeights]) {
        fittedWeights = fitted
        guard !fitted.isEmpty else { return }
        func apply(_ node: inout FrameworkNode) {
            if let f = fitted[node.id], let w = f.uniform, w.count == node.children.count {
                for j in node.children.indices { node.children[j].weight = w[j] }
            }
            for j in node.children.indices { apply(&node.children[j]) }
        }
        apply(&project.framework)
        nodes = project.framework.preorder()
    }

    /// The weights of `node`'s children that apply to the rows given (all rows of one year, or of every
    /// year, averaged), renormalised to sum 1.
    public func childWeights(of node: FrameworkNode, rows: [Int]) -> [Double] {
        var w: [Double]
        if let f = fittedWeights[node.id] {
            if f.method == .bod {
                let shares = rows.compactMap { f.shares[$0] }.filter { !$0.contains(where: \.isNaN) }
                w = (0 ..< node.children.count).map { j in shares.isEmpty ? .nan : shares.reduce(0) { $0 + $1[j] } / Double(shares.count) }
            } else if let u = f.uniform {
                w = u
            } else {
                let sets = Set(rows.map { panel.rows[$0].year }).compactMap { f.weights(year: $0) }.map { v -> [Double] in
                    let s = v.reduce(0, +)
                    return v.map { $0 / s }
                }
                w = (0 ..< node.children.count).map { j in sets.reduce(0) { $0 + $1[j] } / Double(max(sets.count, 1)) }
            }
        } else {
            w = node.children.map(\.weight)
        }
        let total = w.reduce(0, +)
        return total != 0 ? w.map { $0 / total } : w
    }

    /// Nominal and correlation-based effective weights of every node below the index, over the rows of
    /// `year` (all years pooled when `nil`).
    ///
    /// ```
    /// nominal_c   = Π_{edges n→c on the path} w̃_c                 (w̃ = weights renormalised among siblings)
    /// influence_c = r(c, index)² / Σ_{nodes d of the same depth} r(d, index)²
    /// ```
    /// The influence is the linear first-order sensitivity measure of Paruolo, Saisana & Saltelli (2013),
    /// "Ratings and rankings: voodoo or science?", *JRSS A* 176(3), with Pearson's r² in place of the
    /// nonlinear correlation ratio (as COINr's and the JRC audits' correlation-based effective weights): an
    /// indicator with a large nominal weight but little correlation with the index has less real influence.
    public func effectiveWeights(year: Int? = nil) -> [EffectiveWeight] {
        let rows = year.map { panel.rows(inYear: $0) } ?? Array(panel.rows.indices)
        var nominal: [String: Double] = [root.id: 1]
        func walk(_ node: FrameworkNode) {
            guard !node.children.isEmpty else { return }
            let w = childWeights(of: node, rows: rows)
            for (j, c) in node.children.enumerated() {
                nominal[c.id] = nominal[node.id]! * w[j]
                walk(c)
            }
        }
        walk(root)
        let index = rows.map { scores[root.id]![$0] }
        var out: [EffectiveWeight] = []
        for node in nodes.dropFirst() {
            let r = Correlation.pearson(rows.map { scores[node.id]![$0] }, index)
            out.append(EffectiveWeight(id: node.id, depth: depth[node.id]!, nominal: nominal[node.id] ?? .nan, correlation: r, influence: .nan))
        }
        for d in Set(out.map(\.depth)) {
            let total = out.filter { $0.depth == d && !$0.correlation.isNaN }.reduce(0) { $0 + $1.correlation * $1.correlation }
            for i in out.indices where out[i].depth == d && !out[i].correlation.isNaN && total > 0 {
                out[i].influence = out[i].correlation * out[i].correlation / total
            }
        }
        return out
    }
}
