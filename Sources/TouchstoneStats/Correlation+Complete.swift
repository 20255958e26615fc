/// The complete-data path of `Correlation.pearson(_:)`: no missing cell, so every pair shares all n rows and
/// one standardisation and one symmetric rank-k update (`cblas_dsyrk`) give every correlation.
///
/// ```
/// x̄_j  = mean of column j (compensated sum, as `Descriptive.mean`)
/// SS_j = Σ_i (x_ij − x̄_j)²                               (two-pass, as `Descriptive.standardDeviation`)
/// z_ij = (x_ij − x̄_j) / √SS_j                            (columns of unit length)
/// r    = ZᵀZ                                              (dsyrk: the upper triangle, k(k+1)/2 dot products)
/// ```
/// A column whose values are all equal (tested on the values, so 20 × 0.1 counts although its computed mean
/// is off by an ulp) has no correlation: its row and column are `NaN`, diagonal included, as the gapped path
/// and R's `cor` give. Every other diagonal is exactly 1 and every r is clamped to [−1, 1].
/// Needs n ≥ 2 rows (fewer: all `NaN`). Agrees with the pairwise path to ~1e−15 and with R `cor` /
/// `numpy.corrcoef` (see the COINr and pymcdm reference tests).
/// Reference: R `stats::cor`; BLAS `dsyrk` (Dongarra et al. 1990, "A set of level 3 BLAS").
extension Correlation {
    /// Column means and sums of squared deviations of a complete matrix, and whether each column is constant.
    struct ColumnMoments {
        var mean: [Double]
        var sumOfSquares: [Double]
        var constant: [Bool]

        /// The sample standard deviation √(SS/(n − 1)), the bits `Descriptive.standardDeviation` gives.
        func standardDeviation(_ j: Int, rows: Int) -> Double { (sumOfSquares[j] / Double(rows - 1)).squareRoot() }
    }

    /// Means and SS of every column of a matrix without `NaN` (the caller checked).
    static func columnMoments(_ x: Matrix) -> ColumnMoments {
        let n = x.rows
        var moments = ColumnMoments(mean: [Double](repeating: 0, count: x.columns),
                                    sumOfSquares: [Double](repeating: 0, count: x.columns),
                                    constant: [Bool](repeating: true, count: x.columns))
        x.values.withUnsafeBufferPointer { v in
            for j in 0 ..< x.columns {
                let c = UnsafeBufferPointer(rebasing: v[(j * n) ..< ((j + 1) * n)])
                let m = Descriptive.mean(c) ?? 0
                var ss = 0.0, constant = true
                for value in c {
                    ss += (value - m) * (value - m)
                    if value != c[0] { constant = false }
                }
                moments.mean[j] = m
                moments.sumOfSquares[j] = ss
                moments.constant[j] = constant
            }
        }
        return moments
    }

    /// r = ZᵀZ of a complete matrix; `moments` from `columnMoments(x)`.
    static func completePearson(_ x: Matrix, moments: ColumnMoments) -> Matrix {
        let n = x.rows, k = x.columns
        var out = Matrix(rows: k, columns: k, repeating: .nan)
        guard n >= 2, k > 0 else { return out }
        var z = [Double](repeating: 0, count: n * k)
        x.values.withUnsafeBufferPointer { v in
            z.withUnsafeMutableBufferPointer { zb in
                for j in 0 ..< k where !moments.constant[j] && moments.sumOfSquares[j] > 0 {
                    let m = moments.mean[j], scale = 1 / moments.sumOfSquares[j].squareRoot()
                    for i in (j * n) ..< ((j + 1) * n) { zb[i] = (v[i] - m) * scale }
                }
            }
        }
        var c = [Double](repeating: 0, count: k * k)
        BLAS.syrkUpperTransposed(n: k, k: n, a: z, c: &c)
        let defined = (0 ..< k).map { !moments.constant[$0] && moments.sumOfSquares[$0] > 0 }
        for j in 0 ..< k where defined[j] {
            out[j, j] = 1
            for i in 0 ..< j where defined[i] {
                let r = max(-1, min(1, c[j * k + i]))   // upper triangle: row i ≤ column j
                out[i, j] = r
                out[j, i] = r
            }
        }
        return out
    }
}
