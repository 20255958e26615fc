import TouchstoneStats

/// Coverage of an aggregate node when some indicators are part of the framework only in some years
/// (`years:`): a child that is not valid in a year is not a missing child, so
/// ```
/// coverage(u, y) = |present children| / |children valid in y|     (≥ min_coverage, else missing)
/// score(u, y)    = Σ_present w·x / Σ_present w                   (unchanged: the weights renormalise)
/// ```
/// A child is valid in y when an indicator below it is (`FrameworkNode.isValid(inYear:)`). Without `years:`
/// below the node this is `NodeMean.evaluate` itself (same bits). Used by the explicit means of
/// `IndexPipeline`; other aggregation methods (TOPSIS, GRA, …) and the Monte Carlo evaluator count every
/// child (README "Every year"). Cf. OECD/JRC Handbook (2008) §6 on re-weighting over available indicators.
struct StructuralCoverage {
    let node: FrameworkNode
    let children: [FrameworkNode]

    init(node: FrameworkNode, childIds: [String]) {
        self.node = node
        self.children = childIds.map { id in node.children.first { $0.id == id }! }
    }

    func evaluate(_ x: Matrix, weights: [Double], rule: NodeMean.Rule, years: [Int]) -> NodeMean.Result {
        guard children.contains(where: \.hasLimitedYears) else { return NodeMean.evaluate(x, weights: weights, rule: rule) }
        var open = rule
        open.minCoverage = 0
        var out = NodeMean.evaluate(x, weights: weights, rule: open)
        var validCount: [Int: Int] = [:]
        for (i, year) in years.enumerated() where out.status[i] == .ok {
            let valid = validCount[year] ?? children.filter { $0.isValid(inYear: year) }.count
            validCount[year] = valid
            if !rule.covers(present: out.presentCount[i], of: max(valid, 1)) {
                out.status[i] = .belowCoverage
                out.values[i] = .nan
            }
        }
        return out
    }
}
