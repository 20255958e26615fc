/// Non-compensatory outranking scores from pairwise comparisons of units on each column (higher is better).
///
/// ```
/// Borda:    b_i = Σ_j w̃_ij · (#{k: x_kj < x_ij} + ½ #{k ≠ i: x_kj = x_ij}) / (n_j − 1)      ∈ [0, 1]
///           (the weighted share of the other units beaten on each column; n_j = units present on j)
/// Copeland: unit i beats unit k when the columns present for both give i a weighted majority:
///           W_ik = Σ_j w_j ([x_ij > x_kj] + ½[x_ij = x_kj]) / Σ_j w_j  > ½  (= ½ is a tie)
///           c_i = (wins_i − losses_i) / (number of units compared with i)                    ∈ [−1, 1]
/// ```
/// Only the order of values matters, so these are invariant to any monotone rescaling of a column and a
/// large advantage on one column cannot buy back a loss on a majority of others (weights act as votes).
/// Edge cases: a column present for a single unit carries no comparison and is skipped for Borda; units
/// with no column in common are not compared. Ties count half. Copeland costs O(n² k).
/// Example: units (3, 1, 1), (2, 2, 2), (1, 3, 3) on three equally weighted columns: Copeland −1, 0, 1
/// (the third unit beats both others on two of three columns); Borda 1/3, 1/2, 2/3.
/// Reference: Munda & Nardo (2009), "Noncompensatory/nonlinear composite indicators for ranking countries:
/// a defensible setting", *Applied Economics* 41(12); OECD/JRC Handbook (2008) §6.2; Borda (1784),
/// Copeland (1951).
public enum Outranking {
    public static func borda(_ x: Matrix, weights: [Double]) -> [Double] {
        let n = x.rows, k = x.columns
        var points = Matrix(rows: n, columns: k, repeating: .nan)
        for j in 0 ..< k {
            let c = x.column(j)
            let present = (0 ..< n).filter { !c[$0].isNaN }
            guard present.count >= 2 else { continue }
            let ranks = Correlation.averageRanks(c)     // average rank r: beaten = r − 1 (ties count half)
            for i in present { points[i, j] = (ranks[i] - 1) / Double(present.count - 1) }
        }
        return (0 ..< n).map { i in
            var sw = 0.0, s = 0.0
            for j in 0 ..< k where !points[i, j].isNaN { sw += weights[j]; s += weights[j] * points[i, j] }
            return sw > 0 ? s / sw : .nan
        }
    }

    public static func copeland(_ x: Matrix, weights: [Double]) -> [Double] {
        let n = x.rows, k = x.columns
        var score = [Double](repeating: 0, count: n)
        var compared = [Int](repeating: 0, count: n)
        let rows = (0 ..< n).map { i in (0 ..< k).map { x[i, $0] } }
        for i in 0 ..< n {
            for l in (i + 1) ..< max(n, i + 1) {
                var total = 0.0, forI = 0.0
                for j in 0 ..< k {
                    let a = rows[i][j], b = rows[l][j]
                    if a.isNaN || b.isNaN { continue }
                    total += weights[j]
                    if a > b { forI += weights[j] } else if a == b { forI += weights[j] / 2 }
                }
                guard total > 0 else { continue }
                compared[i] += 1
                compared[l] += 1
                let share = forI / total
                if share > 0.5 + 1e-12 { score[i] += 1; score[l] -= 1 } else if share < 0.5 - 1e-12 { score[i] -= 1; score[l] += 1 }
            }
        }
        return (0 ..< n).map { compared[$0] > 0 ? score[$0] / Double(compared[$0]) : .nan }
    }
}
