import TouchstoneCore
import TouchstoneText

extension UncertaintyReport {
    /// The rank-uncertainty table for machines (`sensitivity --format csv` and `xlsx`): plain numbers only.
    ///
    /// Columns: `unit`, `name`, `nominal_rank`, `median_rank`, `rank_low`, `rank_high` (the 5–95% interval as
    /// two columns), `p_top`, `p_bottom` (fractions 0–1, not percentages), then `p_<rule>` for each flag rule
    /// the Monte Carlo analysis checks: the share of replications in which the unit's nominal flag still
    /// fires, empty when the unit does not carry that flag. Rows by nominal rank, as the table.
    public func csvTable() -> TextTable {
        let r = analysis.result
        // The rules the project runs (the quota rule only when it declares `flags.needs_help`).
        let rules = FlagRules.enabled(r.project.flags).filter { $0 != .funnel }
        let header = ["unit", "name", "nominal_rank", "median_rank", "rank_low", "rank_high", "p_top", "p_bottom"] + rules.map { "p_" + $0.rawValue.replacingOccurrences(of: "-", with: "_") }
        let body = analysis.summaries.sorted { ($0.nominalRank ?? .max, $0.unit) < ($1.nominalRank ?? .max, $1.unit) }.map { u -> [String] in
            let unit = r.panel.units[u.unit]
            let own = Set((flags[u.unit] ?? []).map(\.rule))
            return [unit.id, unit.name(language), u.nominalRank.map(String.init) ?? "", NumberFormat.full(u.medianRank), NumberFormat.full(u.lowRank),
                    NumberFormat.full(u.highRank), NumberFormat.full(u.probabilityTop), NumberFormat.full(u.probabilityBottom)]
                + rules.map { own.contains($0) ? NumberFormat.full(u.flagProbability[$0] ?? 0) : "" }
        }
        return TextTable(title: nil, header: header, rows: body)
    }
}
