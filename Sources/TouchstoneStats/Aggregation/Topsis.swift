/// TOPSIS closeness: how near each unit is to the ideal (best on every column) and how far from the
/// anti-ideal (worst on every column). Columns are "higher is better" (Touchstone scores always are).
///
/// ```
/// vector normalisation:  r_ij = x_ij / √(Σ_i x_ij²)            (none: r_ij = x_ij)
/// w̃_ij = w_j / Σ_{l present for i} w_l               (weights renormalised over the row's present columns)
/// d⁺_i = √(Σ_j w̃_ij² (r_ij − max_k r_kj)²)            (distance to the ideal, weighted v = w̃·r)
/// d⁻_i = √(Σ_j w̃_ij² (r_ij − min_k r_kj)²)            (distance to the anti-ideal)
/// C_i  = d⁻_i / (d⁺_i + d⁻_i)  ∈ [0, 1]
/// ```
/// Edge cases: missing cells are skipped (the row's weights renormalised); a column with all values 0 has
/// no vector norm and contributes nothing; if every unit ties on every column (d⁺ = d⁻ = 0) the closeness
/// is undefined (`NaN`). Closeness depends on the set of units compared (adding a unit can reorder others).
/// Example: two columns, units (1, 0) and (0, 1) and (1, 1): closeness 0.5, 0.5, 1.
/// Reference: Hwang & Yoon (1981), *Multiple Attribute Decision Making*, Springer; pymcdm `TOPSIS`,
/// scikit-criteria `TOPSIS`.
public enum Topsis {
    public enum Normalisation: String, Sendable, CaseIterable { case vector, none }

    public struct Result: Sendable {
        public var closeness: [Double]
        public var distanceToIdeal: [Double]
        public var distanceToAntiIdeal: [Double]
    }

    public static func compute(_ x: Matrix, weights: [Double], normalisation: Normalisation = .vector) -> Result {
        let n = x.rows, k = x.columns
        var r = x
        var usable = [Bool](repeating: true, count: k)
        if normalisation == .vector {
            for j in 0 ..< k {
                let c = x.column(j)
                let norm = c.reduce(0.0) { $1.isNaN ? $0 : $0 + $1 * $1 }.squareRoot()
                if norm > 0 { r.setColumn(j, c.map { $0 / norm }) } else { usable[j] = false }
            }
        }
        var best = [Double](repeating: .nan, count: k), worst = [Double](repeating: .nan, count: k)
        for j in 0 ..< k where usable[j] {
            let c = r.column(j).filter { !$0.isNaN }
            best[j] = c.max() ?? .nan
            worst[j] = c.min() ?? .nan
        }
        var closeness = [Double](repeating: .nan, count: n)
        var dPlus = closeness, dMinus = closeness
        for i in 0 ..< n {
            var sw = 0.0
            for j in 0 ..< k where usable[j] && !r[i, j].isNaN { sw += weights[j] }
            guard sw > 0 else { continue }
            var p = 0.0, m = 0.0
            for j in 0 ..< k where usable[j] && !r[i, j].isNaN {
                let w = weights[j] / sw
                p += w * w * (r[i, j] - best[j]) * (r[i, j] - best[j])
                m += w * w * (r[i, j] - worst[j]) * (r[i, j] - worst[j])
            }
            dPlus[i] = p.squareRoot()
            dMinus[i] = m.squareRoot()
            if dPlus[i] + dMinus[i] > 0 { closeness[i] = dMinus[i] / (dPlus[i] + dMinus[i]) }
        }
        return Result(closeness: closeness, distanceToIdeal: dPlus, distanceToAntiIdeal: dMinus)
    }
}
