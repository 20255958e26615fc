#if canImport(Glibc)
import Glibc
#endif

/// Weighted generalised (power) means across the columns of a matrix with missing cells, the weights
/// renormalised over the columns present in each row.
///
/// ```
/// M_r(x) = ( Σ_j w_j x_ij^r / Σ_j w_j )^(1/r)        r ≠ 0
/// M_0(x) = exp( Σ_j w_j ln x_ij / Σ_j w_j )          (geometric mean, the limit r → 0)
/// r = 1 arithmetic, r = −1 harmonic, r = 2 quadratic;  M_r ≤ M_s for r ≤ s (power mean inequality)
/// ```
/// Domain: for r ≤ 0 every present value must be > 0 (a zero makes the harmonic mean 0 and the geometric
/// mean undefined in logs); for r > 0 values must be ≥ 0 (x^r of a negative is undefined for non-integer
/// r). `firstOutsideDomain` finds the first offending cell so callers can report it or shift.
/// Evaluated by the one node kernel, `NodeMean` (fixed summation order, no coverage rule).
///
/// Example: x = [1, 4], equal weights: r = −1 → 1.6, r = 0 → 2, r = 1 → 2.5, r = 2 → √8.5 ≈ 2.915.
/// Reference: Hardy, Littlewood & Pólya (1952), *Inequalities*, ch. 2; COINr `a_genmean`;
/// `scipy.stats.pmean` / `hmean`.
public enum GeneralisedMean {
    public static func compute(_ x: Matrix, weights: [Double], power r: Double) -> MaskedWeightedMean.Result {
        let out = NodeMean.evaluate(x, weights: weights, rule: NodeMean.Rule(exponent: r))
        let k = Double(max(x.columns, 1))
        return MaskedWeightedMean.Result(means: out.values, coverage: out.presentCount.map { Double($0) / k }, presentCount: out.presentCount)
    }

    /// The first present cell outside the domain of `M_r` as `(row, column)`: `<= 0` for r ≤ 0, `< 0` for r > 0.
    public static func firstOutsideDomain(_ x: Matrix, power r: Double) -> (row: Int, column: Int)? {
        for j in 0 ..< x.columns {
            for i in 0 ..< x.rows {
                let v = x[i, j]
                if v.isNaN { continue }
                if r <= 0 ? v <= 0 : v < 0 { return (i, j) }
            }
        }
        return nil
    }
}
