/// Eigen-decompositions through LAPACK (OpenBLAS): symmetric matrices by the divide-and-conquer solver
/// `dsyevd`, general real matrices by `dgeev` (both through `LAPACK`, which checks the sizes) (for the principal eigenvector of an AHP comparison matrix).
public enum Eigen {
    /// Eigenvalues (largest first) and unit-length eigenvectors (the columns of `vectors`, same order).
    public struct Symmetric: Sendable {
        public var values: [Double]
        public var vectors: Matrix
    }

    /// Decomposes a symmetric matrix (only its lower triangle is read). `nil` if LAPACK reports failure.
    ///
    /// Eigenvectors are defined up to sign; callers that need a deterministic sign choose it themselves
    /// (see `PrincipalComponents`).
    public static func symmetric(_ a: Matrix) -> Symmetric? {
        precondition(a.rows == a.columns, "A square matrix")
        let n = a.rows
        guard n > 0 else { return Symmetric(values: [], vectors: Matrix(rows: 0, columns: 0)) }
        var work = a.values
        var w = [Double](repeating: 0, count: n)
        guard LAPACK.symmetricEigen(&work, n: n, values: &w) == 0 else { return nil }
        // dsyevd returns ascending order; reverse to largest first.
        var vectors = Matrix(rows: n, columns: n)
        for j in 0 ..< n {
            let source = n - 1 - j
            vectors.setColumn(j, Array(work[source * n ..< (source + 1) * n]))
        }
        return Symmetric(values: w.reversed(), vectors: vectors)
    }

    /// The real eigenvalue of largest real part of a general square matrix and its eigenvector (scaled to
    /// unit Euclidean length by LAPACK). `nil` if LAPACK fails or that eigenvalue is complex.
    public static func principal(_ a: Matrix) -> (value: Double, vector: [Double])? {
        precondition(a.rows == a.columns, "A square matrix")
        let n = a.rows
        guard n > 0 else { return nil }
        var work = a.values
        var wr = [Double](repeating: 0, count: n), wi = [Double](repeating: 0, count: n)
        var vr = [Double](repeating: 0, count: n * n)
        guard LAPACK.generalEigen(&work, n: n, real: &wr, imaginary: &wi, vectors: &vr) == 0 else { return nil }
        guard let best = (0 ..< n).max(by: { wr[$0] < wr[$1] }), abs(wi[best]) <= 1e-12 * max(1, abs(wr[best])) else { return nil }
        return (wr[best], Array(vr[best * n ..< (best + 1) * n]))
    }
}
