/// Grey relational grade: the weighted mean closeness of each unit's profile to the reference profile
/// (the best value of every column).
///
/// ```
/// y_ij = (x_ij − min_j) / (max_j − min_j)          (grey relational generating; constant column → 1)
/// Δ_ij = 1 − y_ij                                   (distance to the reference sequence y₀ = 1)
/// ξ_ij = (Δmin + ρ Δmax) / (Δ_ij + ρ Δmax)          Δmin, Δmax over every present cell; ρ ∈ (0, 1], 0.5 usual
/// grade_i = Σ_j w̃_ij ξ_ij                           (weights renormalised over the present columns)
/// ```
/// Edge cases: missing cells are skipped; a constant column puts every unit at the reference (ξ = 1); if
/// every cell is at the reference (Δmax = 0) every grade is 1. Grades lie in (0, 1] and depend on the set
/// of units compared.
/// Example: one column [0, 1] with ρ = 0.5 → Δ = [1, 0], ξ = [1/3, 1].
/// Reference: Deng (1989), "Introduction to grey system theory", *The Journal of Grey System* 1(1);
/// Kuo, Yang & Huang (2008), "The use of grey relational analysis in solving multiple attribute decision-
/// making problems", *Computers & Industrial Engineering* 55(1).
public enum GreyRelational {
    public static func grades(_ x: Matrix, weights: [Double], rho: Double = 0.5) -> [Double] {
        precondition(rho > 0 && rho <= 1, "rho in (0, 1]")
        let n = x.rows, k = x.columns
        var delta = Matrix(rows: n, columns: k, repeating: .nan)
        for j in 0 ..< k {
            let c = x.column(j)
            let present = c.filter { !$0.isNaN }
            guard let lo = present.min(), let hi = present.max() else { continue }
            for i in 0 ..< n where !c[i].isNaN { delta[i, j] = hi > lo ? 1 - (c[i] - lo) / (hi - lo) : 0 }
        }
        let cells = delta.values.filter { !$0.isNaN }
        guard let dMin = cells.min(), let dMax = cells.max() else { return [Double](repeating: .nan, count: n) }
        var out = [Double](repeating: .nan, count: n)
        for i in 0 ..< n {
            var sw = 0.0, s = 0.0
            for j in 0 ..< k where !delta[i, j].isNaN {
                let xi = dMax > 0 ? (dMin + rho * dMax) / (delta[i, j] + rho * dMax) : 1
                sw += weights[j]
                s += weights[j] * xi
            }
            if sw > 0 { out[i] = s / sw }
        }
        return out
    }
}
