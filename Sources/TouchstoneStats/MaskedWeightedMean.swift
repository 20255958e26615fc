import CLapack
#if canImport(Glibc)
import Glibc
#endif

/// Weighted means across the columns of a matrix with missing cells, renormalising the weights over the
/// columns present in each row.
///
/// ```
/// arithmetic:  m_i = Σ_j w_j x_ij [x_ij present] / Σ_j w_j [x_ij present]
/// geometric:   m_i = exp( Σ_j w_j ln x_ij [present] / Σ_j w_j [present] )
/// ```
/// Both are computed as two matrix–vector products through BLAS `dgemv`: the data with missing cells set to
/// 0 (or ln x for the geometric mean) times `w`, over the presence mask times `w` (COINr's renormalisation of
/// weights over available children; OECD/JRC Handbook on Constructing Composite Indicators, 2008, §6).
///
/// - Missing values (`NaN`) are skipped. A row with no present column gets `NaN` and `coverage` 0.
/// - The geometric mean requires every present value to be `> 0`; callers check first (see
///   `firstNonPositive`) and report or shift, so no `-inf` leaks.
/// - `coverage[i]` is the share of columns present in row `i` (by count, not weight).
public enum MaskedWeightedMean {
    public enum Kind: Sendable { case arithmetic, geometric }

    public struct Result: Sendable {
        public var means: [Double]
        public var coverage: [Double]
        public var presentCount: [Int]
    }

    public static func compute(_ x: Matrix, weights: [Double], kind: Kind) -> Result {
        precondition(weights.count == x.columns, "One weight per column")
        let n = x.rows, k = x.columns
        var transformed = [Double](repeating: 0, count: n * k)
        var mask = [Double](repeating: 0, count: n * k)
        var presentCount = [Int](repeating: 0, count: n)
        x.values.withUnsafeBufferPointer { src in
            transformed.withUnsafeMutableBufferPointer { t in
                mask.withUnsafeMutableBufferPointer { m in
                    presentCount.withUnsafeMutableBufferPointer { count in
                        for j in 0 ..< k {
                            let base = j * n
                            for i in 0 ..< n {
                                let v = src[base + i]
                                if !v.isNaN {
                                    t[base + i] = kind == .arithmetic ? v : log(v)
                                    m[base + i] = 1
                                    count[i] += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        var numerator = [Double](repeating: 0, count: n)
        var denominator = [Double](repeating: 0, count: n)
        if n > 0 && k > 0 {
            transformed.withUnsafeBufferPointer { a in
                weights.withUnsafeBufferPointer { w in
                    numerator.withUnsafeMutableBufferPointer { y in
                        cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(n), Int32(k), 1.0,
                                    a.baseAddress, Int32(n), w.baseAddress, 1, 0.0, y.baseAddress, 1)
                    }
                }
            }
            mask.withUnsafeBufferPointer { a in
                weights.withUnsafeBufferPointer { w in
                    denominator.withUnsafeMutableBufferPointer { y in
                        cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(n), Int32(k), 1.0,
                                    a.baseAddress, Int32(n), w.baseAddress, 1, 0.0, y.baseAddress, 1)
                    }
                }
            }
        }
        var means = [Double](repeating: .nan, count: n)
        var coverage = [Double](repeating: 0, count: n)
        for i in 0 ..< n where presentCount[i] > 0 && denominator[i] > 0 {
            let m = numerator[i] / denominator[i]
            means[i] = kind == .arithmetic ? m : exp(m)
            coverage[i] = Double(presentCount[i]) / Double(k)
        }
        for i in 0 ..< n where presentCount[i] > 0 && denominator[i] <= 0 {
            coverage[i] = Double(presentCount[i]) / Double(k)
        }
        return Result(means: means, coverage: coverage, presentCount: presentCount)
    }

    /// The first present value `<= 0` as `(row, column)`, or `nil` when a geometric mean is safe.
    public static func firstNonPositive(_ x: Matrix) -> (row: Int, column: Int)? {
        for j in 0 ..< x.columns {
            for i in 0 ..< x.rows {
                let v = x[i, j]
                if !v.isNaN && v <= 0 { return (i, j) }
            }
        }
        return nil
    }
}
