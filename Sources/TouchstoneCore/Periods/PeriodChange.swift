/// The change of every unit's year-to-date index and rank since the previous period (`touchstone index
/// --period`): the previous period's rank and index score by unit id, from the panel cut one period earlier
/// (or the previous complete year after a year's first period). Rank change = previous rank − rank (positive
/// = moved up); index change = score − previous score, indicative only (two normalisations). A unit absent
/// from either period has no change (empty in CSV, `null` in JSON).
public struct PeriodChange: Sendable {
    /// The previous period's label (`2024-Q2`).
    public let since: String
    public let previousRank: [String: Int]
    public let previousScore: [String: Double]

    public init(previous: IndexResult, year: Int, label: String) {
        since = label
        let root = previous.root.id
        let ranks = previous.ranks(of: root)
        var r: [String: Int] = [:], s: [String: Double] = [:]
        for row in previous.panel.rows(inYear: year) {
            let id = previous.panel.units[previous.panel.rows[row].unit].id
            r[id] = ranks[row]
            if !previous.scores[root]![row].isNaN { s[id] = previous.scores[root]![row] }
        }
        previousRank = r
        previousScore = s
    }

    /// (previous rank, rank change, previous score, score change) of a unit with `rank` and `score` now.
    public func of(unit id: String, rank: Int?, score: Double) -> (rank: Int?, rankChange: Int?, score: Double?, scoreChange: Double?) {
        let pr = previousRank[id], ps = previousScore[id]
        return (pr, rank.flatMap { now in pr.map { $0 - now } }, ps, score.isNaN ? nil : ps.map { score - $0 })
    }
}
