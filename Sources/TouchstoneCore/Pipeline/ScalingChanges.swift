/// What refitting the scaling would change: the scores and ranks computed with the frozen scaling (the
/// published ones) against those computed with parameters refitted on the data now present.
///
/// A score counts as changed when its bits differ (the CSV prints scores in full, so any difference shows);
/// a rank when the index's rank among the year's units differs. Compared for the index and the nodes down to
/// `maxDepth` (1 = dimensions), every unit-year of the panel. Both results must come from the same panel.
public struct ScalingChanges: Sendable {
    public struct Change: Sendable, Equatable {
        public var row: Int
        public var unit: String
        public var year: Int
        public var node: String
        public var published: Double
        public var refit: Double
        /// Ranks of the index (only on the index's rows).
        public var publishedRank: Int?
        public var refitRank: Int?
    }

    /// Changed scores or ranks, by unit (unit-table order), year, then node in framework order.
    public var changes: [Change]
    /// Index scores compared, and how many of them (and of the index ranks) change.
    public var compared: Int
    public var changedIndexScores: Int
    public var changedRanks: Int
    public var years: [Int]

    public init(published: IndexResult, refit: IndexResult, maxDepth: Int = 1) {
        precondition(published.panel.rows == refit.panel.rows, "both results must come from the same panel")
        let root = published.root.id
        let nodes = published.nodes(maxDepth: maxDepth).map(\.id)
        let rankA = published.ranks(of: root), rankB = refit.ranks(of: root)
        var changes: [Change] = []
        var indexChanged = 0, ranksChanged = 0
        for (row, key) in published.panel.rows.enumerated() {
            for id in nodes {
                let a = published.scores[id]![row], b = refit.scores[id]?[row] ?? .nan
                let same = a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
                let rankChanged = id == root && rankA[row] != rankB[row]
                if id == root && !same { indexChanged += 1 }
                if rankChanged { ranksChanged += 1 }
                guard !same || rankChanged else { continue }
                changes.append(Change(row: row, unit: published.panel.units[key.unit].id, year: key.year, node: id, published: a, refit: b,
                                      publishedRank: id == root ? rankA[row] : nil, refitRank: id == root ? rankB[row] : nil))
            }
        }
        self.changes = changes
        compared = published.panel.rows.count
        changedIndexScores = indexChanged
        changedRanks = ranksChanged
        years = published.panel.years
    }
}
