/// Scores one unit-year through the framework from its indicator scores, by the rules of `IndexPipeline`:
/// the same `AggregationPlan` evaluated with the same kernel (`NodeMean`), so a unit scored here equals its
/// score in the panel bit for bit.
///
/// Used to ask "what if": improvement paths change a few indicator scores and re-score the unit without
/// recomputing the panel. Nodes whose method compares units (TOPSIS, MPI, …) or whose weights vary by year
/// or unit cannot score a unit alone: they and their ancestors get `NaN`.
public struct UnitScorer: Sendable {
    public let plan: AggregationPlan

    /// Explicit weights only (data-driven weights need the fitted result: `init(result:)`).
    public init(project: Project) { plan = AggregationPlan(project: project) }

    /// With the weights fitted on the result's panel.
    public init(result: IndexResult) { plan = result.plan }

    /// Scores of every node, given the indicator scores (`NaN` or absent = missing).
    public func score(_ indicators: [String: Double]) -> [String: Double] {
        plan.score(indicators: indicators)
    }
}
