import TouchstoneStats

/// Coverage of an aggregate node when some indicators are part of the framework only in some years
/// (`years:`): a child that is not valid in a year is not a missing child, so
/// ```
/// coverage(u, y) = |present children| / |children valid in y|     (≥ min_coverage, else missing)
/// score(u, y)    = Σ_present w·x / Σ_present w                   (unchanged: the weights renormalise)
/// ```
/// A child is valid in y when an indicator below it is (`FrameworkNode.isValid(inYear:)`); a row below
/// coverage keeps the reason "only 2 of 3 children present" with 3 the children valid that year. Without `years:`
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

    /// The children valid in `year`.
    func validCount(inYear year: Int) -> Int { children.filter { $0.isValid(inYear: year) }.count }

    /// `reasons` with each "below coverage" counting the children valid in the row's year.
    func reasons(_ reasons: [Int: MissingReason], years: [Int]) -> [Int: MissingReason] {
        guard children.contains(where: \.hasLimitedYears) else { return reasons }
        return Dictionary(uniqueKeysWithValues: reasons.map { row, reason in
            guard case let .belowCoverage(present, _, minCoverage) = reason else { return (row, reason) }
            return (row, .belowCoverage(present: present, of: validCount(inYear: years[row]), minCoverage: minCoverage))
        })
    }

    func evaluate(_ x: Matrix, weights: [Double], rule: NodeMean.Rule, years: [Int]) -> NodeMean.Result {
        guard children.contains(where: \.hasLimitedYears) else { return NodeMean.evaluate(x, weights: weights, rule: rule) }
        var open = rule
        open.minCoverage = 0
        var out = NodeMean.evaluate(x, weights: weights, rule: open)
        var validByYear: [Int: Int] = [:]
        for (i, year) in years.enumerated() where out.status[i] == .ok {
            let valid = validByYear[year] ?? validCount(inYear: year)
            validByYear[year] = valid
            if !rule.covers(present: out.presentCount[i], of: max(valid, 1)) {
                out.status[i] = .belowCoverage
                out.values[i] = .nan
            }
        }
        return out
    }
}
