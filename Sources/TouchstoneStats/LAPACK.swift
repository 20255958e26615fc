import CLapack

/// The one door to LAPACK (LAPACKE over OpenBLAS): the eigen-solvers `Eigen` uses, with the sizes checked by
/// ``BLAS/dimension(_:_:)`` and the pointers confined here. Column-major, leading dimension = n.
///
/// Reference: Anderson et al., *LAPACK Users' Guide*, 3rd ed. (SIAM 1999), §2.3.4 (`dsyevd`, `dgeev`).
enum LAPACK {
    /// `dsyevd` (jobz "V", lower triangle): on return `a` holds the eigenvectors (columns, ascending
    /// eigenvalues) and `values` the eigenvalues, ascending. Returns LAPACK's `info` (0 = success).
    static func symmetricEigen(_ a: inout [Double], n: Int, values: inout [Double]) -> Int32 {
        let cn = BLAS.dimension(n, "n")
        precondition(a.count >= n * n && values.count >= n, "dsyevd: arrays shorter than \(n)×\(n) and \(n)")
        guard n > 0 else { return 0 }
        return a.withUnsafeMutableBufferPointer { pa in
            values.withUnsafeMutableBufferPointer { pw in
                LAPACKE_dsyevd(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "L")), cn,
                               pa.baseAddress, cn, pw.baseAddress)
            }
        }
    }

    /// `dgeev` (right eigenvectors only): eigenvalues `real + i·imaginary`, right eigenvectors in the columns
    /// of `vectors` (n × n; a complex pair shares two columns, as LAPACK stores them). `a` is overwritten.
    /// Returns LAPACK's `info` (0 = success).
    static func generalEigen(_ a: inout [Double], n: Int, real: inout [Double], imaginary: inout [Double],
                             vectors: inout [Double]) -> Int32 {
        let cn = BLAS.dimension(n, "n")
        precondition(a.count >= n * n && real.count >= n && imaginary.count >= n && vectors.count >= n * n,
                     "dgeev: arrays shorter than \(n)×\(n), \(n), \(n) and \(n)×\(n)")
        guard n > 0 else { return 0 }
        var unusedLeft = [Double](repeating: 0, count: 1)
        return a.withUnsafeMutableBufferPointer { pa in
            real.withUnsafeMutableBufferPointer { pwr in
                imaginary.withUnsafeMutableBufferPointer { pwi in
                    unusedLeft.withUnsafeMutableBufferPointer { pvl in
                        vectors.withUnsafeMutableBufferPointer { pvr in
                            LAPACKE_dgeev(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), CChar(UInt8(ascii: "V")), cn,
                                          pa.baseAddress, cn, pwr.baseAddress, pwi.baseAddress,
                                          pvl.baseAddress, 1, pvr.baseAddress, cn)
                        }
                    }
                }
            }
        }
    }
}
