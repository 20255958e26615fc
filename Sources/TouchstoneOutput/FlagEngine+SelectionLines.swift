import TouchstoneCore
import TouchstoneText

extension FlagEngine {
    /// One line per quota of the year stating how it was worked out (share × n, rounding), then one per tie at
    /// its boundary, for the flag text and the report:
    ///
    /// ```
    /// Exemplar quota (added to the statistical rules): top 20% of 34 = 6.8, rounded half-up to 7
    ///   tied at the boundary (71.2): b03, b11, all named
    /// ```
    public func selectionLines(language: String) -> [String] {
        let zh = Words(language).zh
        var lines: [String] = []
        for q in quotaSummaries() {
            let what = q.top ? (zh ? "标杆名额" : "Exemplar quota") : (zh ? "帮扶名额" : "Needs-help quota")
            let parts = q.groups.map { g in (g.group.map { zh ? "\($0)组 " : "\($0): " } ?? "") + g.description.text(for: language) }
            let mode = q.replacesRules ? (zh ? "取代统计规则" : "replaces the statistical rule") : (zh ? "与统计规则并用" : "added to the statistical rules")
            lines.append(zh ? "\(what)（\(mode)）：\(parts.joined(separator: "；"))" : "\(what) (\(mode)): \(parts.joined(separator: "; "))")
            for tie in q.ties {
                let ids = tie.units.joined(separator: ", ")
                let score = NumberFormat.fixed(tie.score, decimals: decimals)
                lines.append(zh ? "  名额边界并列（\(score)）：\(ids)，均列入" : "  tied at the boundary (\(score)): \(ids), all named")
            }
        }
        return lines
    }
}
