import TouchstoneCore
import TouchstoneText

/// `touchstone freeze --refit --dry-run`: the published scores and ranks that a refit would change, as a
/// table (unit, year, node, published → refitted score, index rank published → refitted) under a summary line.
public struct ScalingChangesReport: Sendable {
    public let changes: ScalingChanges
    public let result: IndexResult
    public let language: String

    public init(changes: ScalingChanges, result: IndexResult, language: String) {
        self.changes = changes
        self.result = result
        self.language = language
    }

    /// One line: how many index scores and ranks change, of how many unit-years in which years.
    public var summary: String {
        let c = changes, years = yearList(c.years)
        if Words(language).zh {
            return c.changes.isEmpty ? "重新拟合不改变任何已发布的得分或排名（\(years)，\(c.compared) 个单位年度）。"
                : "重新拟合将改变 \(c.compared) 个单位年度中 \(c.changedIndexScores) 个指数得分和 \(c.changedRanks) 个排名（\(years)）。"
        }
        return c.changes.isEmpty ? "Refitting changes no published score or rank (\(years), \(c.compared) unit-years)."
            : "Refitting changes \(c.changedIndexScores) index score\(c.changedIndexScores == 1 ? "" : "s") and \(c.changedRanks) rank\(c.changedRanks == 1 ? "" : "s") of \(c.compared) unit-years (\(years))."
    }

    public func table() -> TextTable {
        let zh = Words(language).zh
        let header = zh ? ["编号", "年份", "层级", "已发布", "重新拟合", "变化", "排名"] : ["Unit", "Year", "Node", "Published", "Refitted", "Change", "Rank"]
        let rows = changes.changes.map { c -> [String] in
            let label = result.node(c.node).map { $0.label.text(for: language, fallback: $0.id) } ?? c.node
            let rank: String
            if c.publishedRank != nil || c.refitRank != nil {
                let a = c.publishedRank.map(String.init) ?? "–", b = c.refitRank.map(String.init) ?? "–"
                rank = a == b ? a : "\(a) → \(b)"
            } else { rank = "" }
            return [c.unit, String(c.year), label, NumberFormat.fixed(c.published, decimals: 2), NumberFormat.fixed(c.refit, decimals: 2),
                    NumberFormat.signed(c.refit - c.published, decimals: 2), rank]
        }
        return TextTable(title: summary, header: header, rows: rows, rightAligned: [1, 3, 4, 5, 6])
    }
}
