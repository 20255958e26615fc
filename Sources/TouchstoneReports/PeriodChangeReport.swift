import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// The change of every unit's year-to-date index and rank since the previous period (`touchstone index
/// --period`). Both results compare every year cut at the same period (same-quarter comparison), so ranks
/// within the year are comparable; the two scores come from two normalisations (each period's own panel),
/// so their difference is indicative and the rank change is the firmer reading.
public struct PeriodChangeReport {
    public let current: IndexResult
    public let currentYear: Int
    public let change: PeriodChange
    public let language: String

    public init(current: IndexResult, currentYear: Int, change: PeriodChange, language: String) {
        self.current = current
        self.currentYear = currentYear
        self.change = change
        self.language = language
    }

    public func table() -> TextTable {
        let w = Words(language)
        let root = current.root.id
        let rank = current.ranks(of: root)
        let decimals = current.project.scoreDecimals
        var rows: [(Int, [String])] = []
        for r in current.panel.rows(inYear: currentYear) {
            let unit = current.panel.units[current.panel.rows[r].unit]
            let x = current.scores[root]![r]
            let c = change.of(unit: unit.id, rank: rank[r], score: x)
            rows.append((rank[r] ?? Int.max, [rank[r].map(String.init) ?? "–", unit.id, unit.name(language), NumberFormat.fixed(x, decimals: decimals),
                                              c.rank.map(String.init) ?? "–", c.rankChange.map { $0 > 0 ? "+\($0)" : String($0) } ?? "–",
                                              NumberFormat.fixed(c.score ?? .nan, decimals: decimals), c.scoreChange.map { NumberFormat.signed($0, decimals: decimals) } ?? "–"]))
        }
        let header = [w.rankHeader, w.unitWord, w.nameWord, current.root.label.text(for: language, fallback: root), w.previousRank, w.rankChange, w.previousIndex, w.indexChange]
        var t = TextTable(title: w.changeSincePeriod(change.since), header: header, rows: rows.sorted { $0.0 < $1.0 }.map(\.1), rightAligned: [0, 3, 4, 5, 6, 7])
        t.maxWidths[2] = 30
        return t
    }
}
