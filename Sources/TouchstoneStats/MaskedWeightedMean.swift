/// Weighted arithmetic or geometric means across the columns of a matrix with missing cells, renormalising
/// the weights over the columns present in each row: `NodeMean` with no coverage rule, kept as a short name
/// for callers that want only the means and the coverage.
///
/// ```
/// arithmetic:  m_i = Σ_j w_j x_ij [x_ij present] / Σ_j w_j [x_ij present]
/// geometric:   m_i = exp( Σ_j w_j ln x_ij [present] / Σ_j w_j [present] )
/// ```
/// - Missing values (`NaN`) are skipped. A row with no present column gets `NaN` and `coverage` 0.
/// - The geometric mean requires every present value to be `> 0` (the row is `NaN` otherwise); callers
///   check first (see `firstNonPositive`) and report or shift.
/// - `coverage[i]` is the share of columns present in row `i` (by count, not weight).
///
/// Reference: OECD/JRC Handbook on Constructing Composite Indicators (2008), §6; COINr `a_amean`/`a_gmean`.
public enum MaskedWeightedMean {
    public enum Kind: Sendable { case arithmetic, geometric }

    public struct Result: Sendable {
        public var means: [Double]
        public var coverage: [Double]
        public var presentCount: [Int]
    }

    public static func compute(_ x: Matrix, weights: [Double], kind: Kind) -> Result {
        GeneralisedMean.compute(x, weights: weights, power: kind == .arithmetic ? 1 : 0)
    }

    /// The first present value `<= 0` as `(row, column)`, or `nil` when a geometric mean is safe.
    public static func firstNonPositive(_ x: Matrix) -> (row: Int, column: Int)? {
        GeneralisedMean.firstOutsideDomain(x, power: 0)
    }
}
