/// What moved a unit's index from one year to the next: the change split into the contributions of each
/// dimension and indicator.
///
/// The previous year serves as the reference of a `GapDecomposition`, so the split is exact for arithmetic
/// aggregation and uses the logarithmic-mean split for geometric nodes. Both years are aggregated with the
/// later year's weights (the children present then); if the set of indicators present differs between the
/// years, the part of the change due to that is reported separately as `coverageEffect`, so that
/// `Σ indicator contributions + coverageEffect = index(t) − index(t−1)` always holds.
public struct ChangeDecomposition: Sendable {
    public var unit: Int
    public var fromYear: Int
    public var toYear: Int
    public var change: Double
    public var contributions: [String: Double]
    public var coverageEffect: Double

    /// Decompositions of every pair of consecutive years (with an index score in both) of `unit`.
    public static func yearOverYear(result: IndexResult, unit: Int, years: [Int]) -> [ChangeDecomposition] {
        let rootScores = result.scores[result.root.id]!
        var out: [ChangeDecomposition] = []
        let rows = years.compactMap { y in result.panel.row(unit: unit, year: y) }
            .filter { !rootScores[$0].isNaN }
        for (a, b) in zip(rows, rows.dropFirst()) {
            var previous: [String: Double] = [:]
            for id in result.panel.indicatorIds where !result.scores[id]![a].isNaN { previous[id] = result.scores[id]![a] }
            let split = GapDecomposition(result: result, row: b, reference: previous)
            let change = rootScores[b] - rootScores[a]
            let explained = split.contributions[result.root.id] ?? 0
            out.append(ChangeDecomposition(unit: unit, fromYear: result.panel.rows[a].year, toYear: result.panel.rows[b].year,
                                           change: change, contributions: split.contributions, coverageEffect: change - explained))
        }
        return out
    }
}
