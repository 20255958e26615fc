/// CRITIC weights (CRiteria Importance Through Intercriteria Correlation): an indicator gets more weight
/// when it varies more and agrees less with the others.
///
/// ```
/// σ_j = sample sd of column j (n − 1)
/// C_j = σ_j · Σ_k (1 − r_jk)                 (r = Pearson correlation of the columns, complete rows)
/// w_j = C_j / Σ_k C_k
/// ```
/// Edge cases: a constant column (σ = 0) has no correlation with the others; it is left out of every sum
/// and gets weight 0; a single varying column gets all the weight. With no varying column or fewer than 3
/// rows there are no weights (`nil`).
/// Missing cells: with complete data σ and r come from one standardisation and one `dsyrk`
/// (`Correlation.completePearson`); with gaps σ is over each column's present values and r pairwise complete.
/// CRITIC weights depend on the normalisation through σ (columns on a common scale are assumed).
///
/// Reference: Diakoulaki, Mavrotas & Papayannakis (1995), "Determining objective weights in multiple
/// criteria problems: the CRITIC method", *Computers & Operations Research* 22(7); pymcdm
/// `weights.critic_weights`, scikit-criteria `CRITIC`.
public enum CriticWeights {
    public struct Result: Sendable {
        public var standardDeviation: [Double]
        /// Σ_k (1 − r_jk) over the non-constant columns (0 for a constant column).
        public var conflict: [Double]
        public var information: [Double]
        public var weights: [Double]
    }

    public static func compute(_ x: Matrix) -> Result? {
        guard x.rows >= 3 else { return nil }
        // Complete data (the usual case: callers pass complete rows): one pass gives σ and the standardised
        // columns, one dsyrk every r, and no column is copied. A constant column's r row is NaN and unused.
        let complete = !x.values.contains(where: \.isNaN)
        let moments = complete ? Correlation.columnMoments(x) : nil
        let sd = (0 ..< x.columns).map { j in
            moments.map { $0.standardDeviation(j, rows: x.rows) } ?? Descriptive.standardDeviation(x.column(j)) ?? 0
        }
        let active = (0 ..< x.columns).filter { sd[$0] > 0 && !(moments?.constant[$0] ?? false) }
        guard !active.isEmpty else { return nil }
        if active.count == 1 {
            // One varying column: it alone carries information (no correlation to speak of).
            let weights = (0 ..< x.columns).map { $0 == active[0] ? 1.0 : 0 }
            return Result(standardDeviation: sd, conflict: [Double](repeating: 0, count: x.columns), information: weights.map { $0 * sd[active[0]] }, weights: weights)
        }
        // r over the active columns, indexed by their position in the full matrix.
        let r: Matrix, position: [Int]
        if let moments {
            r = Correlation.completePearson(x, moments: moments)
            position = active
        } else {
            r = Correlation.pearson(Matrix(columns: active.map { x.column($0) }))
            position = Array(active.indices)
        }
        var conflict = [Double](repeating: 0, count: x.columns)
        for (a, j) in active.enumerated() {
            var s = 0.0
            for b in active.indices { s += 1 - r[position[a], position[b]] }
            conflict[j] = s
        }
        let information = (0 ..< x.columns).map { sd[$0] * conflict[$0] }
        let total = information.reduce(0, +)
        guard total > 0 else { return nil }
        return Result(standardDeviation: sd, conflict: conflict, information: information,
                      weights: information.map { $0 / total })
    }
}
