#if canImport(Glibc)
import Glibc
#endif

/// Shannon entropy weights: indicators whose values differ more across units get more weight.
///
/// ```
/// p_ij = x_ij / Σ_i x_ij                    (x ≥ 0, complete rows)
/// E_j  = −Σ_i p_ij ln p_ij / ln n           (0·ln 0 = 0; E_j ∈ [0, 1])
/// d_j  = 1 − E_j                            (degree of divergence)
/// w_j  = d_j / Σ_k d_k
/// ```
/// Edge cases: a column of zeros or a constant column has E = 1, d = 0 and weight 0; if every column is so,
/// there are no weights (`nil`). Negative values have no entropy (callers stop before). Needs n ≥ 2 rows.
/// Entropy weights depend on the normalisation (min-max [0,1] and [1,100] give different weights).
///
/// Example: columns [1, 1, 1] and [0, 0, 3] give E = [1, 0], weights [0, 1].
/// Reference: Shannon (1948); Zou, Yun & Sun (2006), "Entropy method for determination of weight of
/// evaluating indicators in fuzzy synthetic evaluation", *J. Environmental Sciences* 18(5); pymcdm
/// `weights.entropy_weights`, scikit-criteria `EntropyWeighter`.
public enum EntropyWeights {
    public struct Result: Sendable {
        public var entropy: [Double]
        public var divergence: [Double]
        public var weights: [Double]
    }

    /// Weights of the columns of a complete, non-negative matrix; `nil` when n < 2 or all d_j = 0.
    public static func compute(_ x: Matrix) -> Result? {
        let n = x.rows
        guard n >= 2 else { return nil }
        var entropy = [Double](repeating: 1, count: x.columns)
        x.values.withUnsafeBufferPointer { values in
            for j in 0 ..< x.columns {
                // Column j in place (no copy), summed in the same order as before.
                let column = UnsafeBufferPointer(rebasing: values[(j * n) ..< ((j + 1) * n)])
                let total = column.reduce(0, +)
                // A constant column has entropy exactly 1 (p = 1/n); computing it would leave a rounding residue.
                guard total > 0, column.contains(where: { $0 != column[0] }) else { continue }
                var h = 0.0
                for v in column where v > 0 {
                    let p = v / total
                    h -= p * log(p)
                }
                entropy[j] = min(1, h / log(Double(n)))
            }
        }
        let divergence = entropy.map { 1 - $0 }
        let sum = divergence.reduce(0, +)
        guard sum > 0 else { return nil }
        return Result(entropy: entropy, divergence: divergence, weights: divergence.map { $0 / sum })
    }
}
