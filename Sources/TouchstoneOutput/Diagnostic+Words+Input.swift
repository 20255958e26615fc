import TouchstoneCore

/// The words of the diagnostics found while reading the data: skipped indicators and vote counts.
///
/// | kind | en | zh |
/// |---|---|---|
/// | `.blankVoteCounts("v", 3)` | `v`: 3 blank vote counts next to present ones were read as 0 | `v`：3 个与已填票数并列的空白票数按 0 读取 |
extension Diagnostic.Kind {
    func inputText(_ w: Words) -> String {
        switch self {
        case let .indicatorsSkipped(ids):
            let shown = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
            return w.t("indicators in the data but not in the framework were skipped: \(shown)", "数据中有但框架中没有的指标已跳过：\(shown)")
        case let .blankVoteCounts(indicator, count):
            return w.t("`\(indicator)`: \(count) blank vote counts next to present ones were read as 0",
                       "`\(indicator)`：\(count) 个与已填票数并列的空白票数按 0 读取")
        case let .fewVoters(indicator, minVoters, rows):
            let shown = rows.prefix(8).joined(separator: ", ") + (rows.count > 8 ? ", …" : "")
            return w.t("`\(indicator)`: fewer than \(minVoters) voters in \(rows.count) unit-years, whose scores are uncertain: \(shown)",
                       "`\(indicator)`：\(rows.count) 个单位年的投票人数少于 \(minVoters)，其得分不确定：\(shown)")
        default:
            preconditionFailure("not an input diagnostic: \(self)")
        }
    }
}
