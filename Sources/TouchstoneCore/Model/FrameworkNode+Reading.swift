extension FrameworkNode {
    /// Whether the score of `nodeId` reads "lower is better": the node, or an aggregate above it, is declared
    /// `direction: lower`. Aggregation is increasing in every child, so a child's score counts the same way as
    /// its parent's: under a higher-is-worse index (the State Fragility Index's components, `direction: higher`
    /// so that their raw values add up to the published total) a higher indicator or dimension score is worse
    /// too. An indicator's own `direction` is already applied by its normalisation and does not count here.
    /// Ranks (`IndexResult.ranks`), peer positions and `compare`'s ▲/▼ read it. `false` for an unknown id.
    ///
    /// Example: `sfi` (lower) → `effectiveness` → `security_eff`: all three read lower as better.
    public func readsLowerBetter(_ nodeId: String) -> Bool {
        let declaredLower = !isIndicator && direction == .lower
        if id == nodeId { return declaredLower }
        for child in children where child.id == nodeId || child.contains(nodeId) {
            return declaredLower || child.readsLowerBetter(nodeId)
        }
        return false
    }

    private func contains(_ nodeId: String) -> Bool {
        children.contains { $0.id == nodeId || $0.contains(nodeId) }
    }
}
