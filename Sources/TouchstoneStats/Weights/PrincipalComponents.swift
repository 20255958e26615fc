/// Principal components of the correlation matrix of complete data (R `prcomp(center = TRUE, scale. = TRUE)`).
///
/// ```
/// R = correlation matrix of the columns;  R = V Λ Vᵀ  (LAPACK dsyevd), λ₁ ≥ λ₂ ≥ …
/// sdev_k = √λ_k;  share of variance_k = λ_k / Σλ (Σλ = number of non-constant columns)
/// loadings of PC k = column k of V (unit length), sign chosen so that Σ_j v_jk > 0
///   (if the sum is 0, so that the first non-zero loading is positive)
/// ```
/// The sign of an eigenvector is arbitrary (R and LAPACK may differ); fixing it by the sum makes results
/// reproducible. COINr's `get_PCA` uses the PC1 loadings as weights without a sign rule.
/// Edge cases: fewer than 2 columns or 3 rows, or a constant column, give no result (`nil`) — callers
/// drop constant columns first.
/// Reference: Jolliffe (2002), *Principal Component Analysis*; OECD/JRC Handbook (2008) §6.1 (factor
/// analysis weights); COINr `get_PCA`.
public enum PrincipalComponents {
    public struct Result: Sendable {
        /// Eigenvalues of the correlation matrix, largest first.
        public var eigenvalues: [Double]
        /// Loadings, one column per component (sign-fixed).
        public var loadings: Matrix
        public var standardDeviations: [Double] { eigenvalues.map { max($0, 0).squareRoot() } }
        public var varianceShares: [Double] {
            let total = eigenvalues.reduce(0) { $0 + max($1, 0) }
            return eigenvalues.map { max($0, 0) / total }
        }
        public func loadings(component k: Int) -> [Double] { loadings.column(k) }
    }

    public static func compute(_ x: Matrix) -> Result? {
        guard x.columns >= 2, x.rows >= 3 else { return nil }
        let r = Correlation.pearson(x)
        guard !r.values.contains(where: \.isNaN), let eig = Eigen.symmetric(r) else { return nil }
        var loadings = eig.vectors
        for k in 0 ..< loadings.columns {
            var v = loadings.column(k)
            let sum = v.reduce(0, +)
            let negative = abs(sum) > 1e-12 ? sum < 0 : (v.first { abs($0) > 1e-12 } ?? 0) < 0
            if negative { v = v.map { -$0 } }
            loadings.setColumn(k, v)
        }
        return Result(eigenvalues: eig.values, loadings: loadings)
    }
}
