import TouchstoneStats

/// The flag rules of `FlagEngine` (the same `FlagRules` table, on a `FlagContext` built from one
/// replication's scores), without explanations, for the uncertainty analysis. Funnel signals depend on the
/// raw counts only, not on weights or methods, and are left out.
struct FlagProbe {
    let result: IndexResult
    let year: Int
    /// The replication's scores, tied at the documented tolerance within each year (see `FlagContext`).
    let context: FlagContext

    init(result: IndexResult, year: Int, index: [Double], dimensions: [String: [Double]], peers: PeerAnalysis? = nil) {
        self.result = result
        self.year = year
        let peerGroup = result.project.trends.peerGroup ?? result.project.units.groupColumns.first
        context = FlagContext(result: result, year: year, index: index, dimensions: dimensions,
                              peers: peers ?? PeerAnalysis(result: result, groupColumn: peerGroup), funnels: [])
    }

    var rows: [Int] { result.panel.rows(inYear: year) }

    /// Ranks of the year's rows (1 = best, ties share the best rank).
    /// Units with a status (exempt, new, observer) have no rank.
    var ranks: [Int?] { Ranking.competitionRanks(rows.map { result.panel.status(row: $0) == nil ? context.index[$0] : .nan }) }

    /// The rules that fire (needs help or watch) for each of the year's rows.
    func flags() -> [Set<UnitFlag.Rule>] {
        rows.map { row -> Set<UnitFlag.Rule> in
            guard !context.index[row].isNaN, result.panel.status(row: row) == nil else { return [] }
            let present = context.presentYears[result.panel.rows[row].unit]
            return Set(FlagRules.signals(context, row: row, presentYears: present).flags.map(\.rule))
        }
    }
}
