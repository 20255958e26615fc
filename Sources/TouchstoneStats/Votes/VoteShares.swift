/// Scores and shares of a vote distribution: for each row, the counts of voters who chose each level of an
/// appraisal scale (民主测评: 优秀 / 良好 / 一般 / 较差), turned into one number.
///
/// With counts `n_l` (levels ordered best first, as declared) and level values `v_l`:
/// ```
/// voters    N   = Σ_l n_l
/// score     S   = Σ_l n_l v_l / N                  (the weighted share; 0–100 with values 100/80/60/0)
/// top(k)    T_k = 100 · Σ_{l ≤ k} n_l / N          (k = 1: 优秀率; k = 2: 满意率, 优秀 + 良好)
/// bottom    B   = 100 · n_L / N                    (不满意率, the share of the lowest level)
/// ```
/// Both sums are one matrix–vector product over the rows (`counts · v` and `counts · 1`), not a loop per
/// row. Worked example: 11/5/8/7 of 31 voters with 100/80/60/0 score (1100 + 400 + 480 + 0) / 31 = 63.87;
/// 优秀率 35.5, 满意率 51.6, 不满意率 22.6.
///
/// Missing values: a row whose counts are all missing (`NaN`), or that has no voters (N = 0), is `NaN`; a
/// missing count among present ones counts as 0 (the caller says so: blank cells in a tally sheet are
/// zeros). Counts must be finite and `>= 0` (checked by the caller when reading).
///
/// Reference: the weighted-share rule of democratic appraisal (e.g. 中共中央组织部《党政领导干部考核工作
/// 条例》 2019, 民主测评 with graded options); equivalently the mean of the level values over the voters.
public enum VoteShares {
    /// Which number a vote distribution becomes.
    ///
    /// | summary | 11/5/8/7 of 31 (100/80/60/0) |
    /// |---|---|
    /// | `score` | 63.87 |
    /// | `excellent` (优秀率) | 35.48 |
    /// | `satisfied` (满意率) | 51.61 |
    /// | `unsatisfied` (不满意率) | 22.58 |
    public enum Summary: String, Sendable, CaseIterable, Codable {
        case score
        case excellent = "excellent_rate"
        case satisfied = "satisfied_rate"
        case unsatisfied = "unsatisfied_rate"
    }

    /// Voters per row: Σ_l n_l over the present counts; 0 when every count is missing.
    /// `counts` is row-major, `rows × levels`.
    public static func voters(_ counts: [Double], levels: Int) -> [Double] {
        precondition(levels > 0 && counts.count % levels == 0, "VoteShares: counts must be rows × levels")
        return dot(counts, levels: levels, with: [Double](repeating: 1, count: levels))
    }

    /// The summary of each row (`NaN` when the row has no voters). `values` are the level values, best first.
    public static func summarise(_ counts: [Double], values: [Double], summary: Summary) -> [Double] {
        let levels = values.count
        let n = voters(counts, levels: levels)
        let weights: [Double]
        switch summary {
        case .score: weights = values
        case .excellent: weights = (0 ..< levels).map { $0 == 0 ? 100 : 0 }
        case .satisfied: weights = (0 ..< levels).map { $0 < min(2, levels) ? 100 : 0 }
        case .unsatisfied: weights = (0 ..< levels).map { $0 == levels - 1 ? 100 : 0 }
        }
        let numerator = dot(counts, levels: levels, with: weights)
        return zip(numerator, n).map { $1 > 0 ? $0 / $1 : .nan }
    }

    /// Row-major `counts · w`, missing counts read as 0 (a row of missing counts gives 0 and N = 0).
    static func dot(_ counts: [Double], levels: Int, with w: [Double]) -> [Double] {
        let rows = counts.count / levels
        var out = [Double](repeating: 0, count: rows)
        counts.withUnsafeBufferPointer { c in
            for i in 0 ..< rows {
                var s = 0.0
                for l in 0 ..< levels { let x = c[i * levels + l]; if !x.isNaN { s += x * w[l] } }
                out[i] = s
            }
        }
        return out
    }
}
