import TouchstoneStats

/// Applies a `SelectionRule` to one year's scores: who is named, how each quota was worked out, the units
/// passed over for a requirement, and the ties at the boundary.
///
/// ```
/// per group g (or all units):  n_g = ranked units with a score;  k_g = quota(n_g)  (SelectionRule.quota)
/// order by score, best first (top) or worst first (bottom); skip units failing a requirement;
/// take k_g; then also every unit tied (Ties, scores already snapped) with the last one taken
/// ```
/// Missing scores are never ranked nor counted. Example: 34 units, `top_share: 0.2`, half-up: 6.8 → 7 named;
/// if the 7th and 8th share 71.2 both are named (8) and the tie is reported.
struct QuotaSelection: Sendable {
    struct Group: Sendable, Equatable {
        var group: String?
        var ranked: Int
        var quota: Int
        var description: QuotaDescription
    }

    var rule: SelectionRule
    var top: Bool
    /// Rows named.
    var selected: Set<Int> = []
    var groups: [Group] = []
    /// Rows tied at a boundary (each list: the tied rows, all named).
    var ties: [[Int]] = []
    /// Rows passed over and the requirement they failed.
    var passedOver: [(row: Int, requirement: SelectionRule.Requirement)] = []

    /// - Parameters:
    ///   - scores: the year's index by panel row (tied values snapped to one value, `NaN` = not ranked).
    ///   - groups: rows by peer group (only used with `per_group`); rows not in `ranked` are ignored.
    ///   - failing: the first requirement a row fails, if any.
    init(rule: SelectionRule, top: Bool, ranked: [Int], scores: [Double], groups rowsByGroup: [String: [Int]],
         failing: (Int) -> SelectionRule.Requirement? = { _ in nil }) {
        self.rule = rule
        self.top = top
        let rankedSet = Set(ranked.filter { !scores[$0].isNaN })
        let parts: [(String?, [Int])] = rule.perGroup
            ? rowsByGroup.keys.sorted().map { g in (g, rowsByGroup[g]!.filter(rankedSet.contains)) }
            : [(nil, ranked.filter(rankedSet.contains))]
        for (g, rows) in parts where !rows.isEmpty {
            let (k, _) = rule.quota(of: rows.count)
            groups.append(Group(group: g, ranked: rows.count, quota: k, description: rule.describe(n: rows.count, top: top)))
            guard k > 0 else { continue }
            let ordered = rows.sorted { a, b in
                scores[a] != scores[b] ? (top ? scores[a] > scores[b] : scores[a] < scores[b]) : a < b
            }
            var taken: [Int] = []
            var last = Double.nan
            for row in ordered {
                if taken.count >= k && scores[row] != last { break }
                if let failed = failing(row) { passedOver.append((row, failed)); continue }
                taken.append(row)
                last = scores[row]
            }
            if taken.count > k { ties.append(taken.filter { scores[$0] == last }) }
            selected.formUnion(taken)
        }
    }
}
