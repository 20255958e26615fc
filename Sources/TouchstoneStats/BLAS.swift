import CLapack

/// The one door to BLAS (OpenBLAS's cblas): every call of a BLAS routine in Touchstone goes through here,
/// so the unsafe pointers live in this file and `LAPACK.swift` only, and every size is checked.
///
/// Matrices are column-major `[Double]` arrays with no padding (the leading dimension is the number of rows
/// of the stored matrix). OpenBLAS's C interface takes 32-bit `int` sizes (no `INTERFACE64`): a dimension
/// above `Int32.max` stops with a message naming it (``dimension(_:_:)``), never a silent wrap-around, and an
/// array shorter than its stated shape stops before BLAS reads past it.
///
/// Reference: BLAS Technical Forum, *Basic Linear Algebra Subprograms Technical Standard* (2001), §2.8
/// (`dgemm`, `dsyrk`); OpenBLAS 0.3 `cblas.h`.
public enum BLAS {
    /// Whether an operand is used as stored or transposed (`CblasNoTrans` / `CblasTrans`).
    public enum Operand: Sendable { case asStored, transposed }

    /// `n` as the C interface's 32-bit `int`; stops with a clear message when it does not fit.
    ///
    /// ```
    /// dimension(1_000, "rows") = 1000
    /// dimension(3_000_000_000, "rows") → precondition failure: "BLAS/LAPACK dimension rows = 3000000000 …"
    /// ```
    public static func dimension(_ n: Int, _ name: String) -> Int32 {
        precondition(n >= 0 && n <= Int(Int32.max),
                     "BLAS/LAPACK dimension \(name) = \(n) is outside the 32-bit range 0…\(Int32.max) of the OpenBLAS C interface; split the work into smaller blocks")
        return Int32(n)
    }

    /// `c ← α · op(a) · op(b) + β · c` (`dgemm`), with op(a) m × k, op(b) k × n and c m × n, all column-major.
    ///
    /// `a` is stored m × k (or k × m when `.transposed`), `b` k × n (or n × k). With β = 0, `c`'s old values are
    /// not read (BLAS semantics). Any dimension 0: `c` is left as it is.
    public static func gemm(_ opA: Operand = .asStored, _ opB: Operand = .asStored, m: Int, n: Int, k: Int,
                            alpha: Double = 1, a: [Double], b: [Double], beta: Double = 0, c: inout [Double]) {
        let (cm, cn, ck) = (dimension(m, "m"), dimension(n, "n"), dimension(k, "k"))
        precondition(a.count >= m * k && b.count >= k * n && c.count >= m * n,
                     "gemm: arrays of \(a.count), \(b.count), \(c.count) values are shorter than \(m)×\(k), \(k)×\(n), \(m)×\(n)")
        guard m > 0, n > 0, k > 0 else { return }
        let lda = opA == .asStored ? cm : ck, ldb = opB == .asStored ? ck : cn
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasColMajor, opA == .asStored ? CblasNoTrans : CblasTrans,
                                opB == .asStored ? CblasNoTrans : CblasTrans, cm, cn, ck, alpha,
                                pa.baseAddress, lda, pb.baseAddress, ldb, beta, pc.baseAddress, cm)
                }
            }
        }
    }

    /// The upper triangle of `c ← α · aᵀa + β · c` (`dsyrk`, upper, transposed) for `a` stored k × n (k rows,
    /// n columns): c is n × n; its strict lower triangle is not touched.
    public static func syrkUpperTransposed(n: Int, k: Int, alpha: Double = 1, a: [Double], beta: Double = 0,
                                           c: inout [Double]) {
        let (cn, ck) = (dimension(n, "n"), dimension(k, "k"))
        precondition(a.count >= k * n && c.count >= n * n,
                     "syrk: arrays of \(a.count), \(c.count) values are shorter than \(k)×\(n), \(n)×\(n)")
        guard n > 0, k > 0 else { return }
        a.withUnsafeBufferPointer { pa in
            c.withUnsafeMutableBufferPointer { pc in
                cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, cn, ck, alpha, pa.baseAddress, ck, beta, pc.baseAddress, cn)
            }
        }
    }

    /// Sets the number of OpenBLAS threads (`openblas_set_num_threads`); results do not depend on it (see the
    /// reproducibility tests), only the speed does.
    public static func setThreads(_ count: Int) {
        precondition(count >= 1, "at least one BLAS thread")
        openblas_set_num_threads(dimension(count, "threads"))
    }
}
