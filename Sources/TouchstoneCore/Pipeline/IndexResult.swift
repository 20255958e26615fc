import TouchstoneStats

/// The composite index of a panel: the normalised score of every indicator and the aggregated score of
/// every dimension and of the index, for every unit and year, with the reason wherever a score is missing.
public struct IndexResult: Sendable {
    public var project: Project
    public var panel: Panel
    /// Framework nodes in pre-order (index first); `depth[id]` is 0 for the index.
    public var nodes: [FrameworkNode]
    public var depth: [String: Int]
    /// Score per node id, one value per panel row (`NaN` = missing).
    public var scores: [String: [Double]]
    /// Why a node's score is missing for a row, by node id and row.
    public var missingReasons: [String: [Int: MissingReason]]
    public var diagnostics: [Diagnostic]
    /// The treatment stage (values after treatment, every changed cell, outlier details, screening); `nil`
    /// when the project declares no treatment. `panel` keeps the values as read.
    public var treatment: TreatmentRecord? = nil
    /// Weights fitted for nodes with a `weights:` method other than explicit, or an aggregation beyond
    /// arithmetic/geometric, by node id (see `FittedWeights`, `IndexResult+Weights.swift`).
    public var fittedWeights: [String: FittedWeights] = [:]
    /// The parameters each indicator was normalised with (fitted, frozen or base-year), by indicator id.
    public var normalisation: [String: FittedNormalisation] = [:]
    /// The aggregate scores under each version of the framework and the changes between them, when weights
    /// change over the years (`FrameworkVersioning`); empty otherwise.
    public var frameworkVersions: [FrameworkVersion] = []
    public var frameworkChanges: [FrameworkChange] = []
    /// The framework resolved once, with the fitted weights (see `AggregationPlan`).
    public var plan: AggregationPlan { AggregationPlan(project: project).withFittedWeights(fittedWeights) }

    public var root: FrameworkNode { nodes[0] }

    public func node(_ id: String) -> FrameworkNode? { nodes.first { $0.id == id } }

    /// Nodes down to `maxDepth` (0 = the index only), in pre-order.
    public func nodes(maxDepth: Int) -> [FrameworkNode] { nodes.filter { depth[$0.id]! <= maxDepth } }

    /// Ranks of `nodeId`'s score among the units of the same year (1 = best, ties share the best rank).
    public func ranks(of nodeId: String) -> [Int?] {
        rankWithin(nodeId) { panel.rows[$0].year }
    }

    /// Ranks among the units of the same year and the same value of `groupColumn`.
    public func groupRanks(of nodeId: String, groupColumn: String) -> [Int?] {
        // Each row's group (of its year) as a small integer.
        let groupOfRow = panel.rowGroupCodes(column: groupColumn)
        return rankWithin(nodeId) { row in YearGroup(year: panel.rows[row].year, group: groupOfRow[row]) }
    }

    private struct YearGroup: Hashable { var year: Int, group: Int }

    private func rankWithin<K: Hashable>(_ nodeId: String, by key: (Int) -> K) -> [Int?] {
        // Units with a status (exempt, new, observer) are not ranked and take no rank from others.
        let column = scores[nodeId]!
        let values = column.indices.map { panel.status(row: $0) == nil ? column[$0] : .nan }
        let higherIsBetter = !root.readsLowerBetter(nodeId)
        var ranks = [Int?](repeating: nil, count: values.count)
        let groups = Dictionary(grouping: values.indices, by: key)
        for rows in groups.values {
            let r = Ranking.competitionRanks(rows.map { values[$0] }, higherIsBetter: higherIsBetter)
            for (k, row) in rows.enumerated() { ranks[row] = r[k] }
        }
        return ranks
    }
}
