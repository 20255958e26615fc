#if canImport(Glibc)
import Glibc
#endif

/// Pearson and Spearman correlations between the columns of matrices with missing cells (`NaN`), each pair
/// over the rows where both are present ("pairwise complete", R's `cor(use = "pairwise.complete.obs")`).
///
/// ```
/// r_jk = Σ (x_ij − x̄_j)(x_ik − x̄_k) / sqrt(Σ (x_ij − x̄_j)² · Σ (x_ik − x̄_k)²)     over rows with both present
/// Spearman ρ_jk = Pearson r of the average ranks, the ranks taken within each pair's common rows
/// ```
/// Without missing cells (the weight kernels' case) one standardisation and one `dsyrk` suffice
/// (`Correlation+Complete.swift`). With gaps, the sums for all pairs at once are matrix products through
/// BLAS `dgemm` (four for a matrix with itself, six for two matrices): with M the presence mask
/// and X₀ the data (missing cells 0, each column first centred and scaled by its own mean and sd, which
/// keeps the one-pass formula free of cancellation), `n = MᵀM`, `Σx = X₀ᵀM`, `Σx² = (X₀∘X₀)ᵀM`,
/// `Σxy = X₀ᵀX₀`. Then `r = (nΣxy − ΣxΣy) / sqrt((nΣx² − (Σx)²)(nΣy² − (Σy)²))`.
///
/// Edge cases: a pair with fewer than 2 common rows, or a column constant over the common rows, has no
/// correlation (`NaN`), as R gives `NA`. The diagonal is 1 for every column with a correlation.
/// References: R `stats::cor`; COINr `get_corr` (with `pval = 0`).
public enum Correlation {
    /// Pearson correlations between the columns of `x` (k × k, symmetric).
    public static func pearson(_ x: Matrix) -> Matrix {
        if !x.values.contains(where: \.isNaN) { return completePearson(x, moments: columnMoments(x)) }
        let r = selfCross(x)
        var out = r
        for j in 0 ..< x.columns {
            out[j, j] = r[j, j].isNaN ? .nan : 1
            for k in 0 ..< j { out[k, j] = out[j, k] }
        }
        return out
    }

    /// Pearson correlations between the columns of `x` (rows of the result) and of `y` (columns).
    /// `x` and `y` must have the same rows.
    public static func pearson(_ x: Matrix, _ y: Matrix) -> Matrix {
        precondition(x.rows == y.rows, "Both matrices need the same rows")
        return cross(x, y)
    }

    /// Pearson correlation of two arrays over the positions where both are present.
    public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count, "Arrays of equal length")
        var xs: [Double] = [], ys: [Double] = []
        for i in a.indices where !a[i].isNaN && !b[i].isNaN { xs.append(a[i]); ys.append(b[i]) }
        return twoPass(xs, ys)
    }

    /// Spearman rank correlations between the columns of `x` (k × k). Without missing cells the columns are
    /// ranked once and correlated through BLAS; with missing cells each pair is ranked on its common rows.
    public static func spearman(_ x: Matrix) -> Matrix {
        if !x.values.contains(where: \.isNaN) {
            var ranked = x
            for j in 0 ..< x.columns { ranked.setColumn(j, averageRanks(x.column(j))) }
            return pearson(ranked)
        }
        var out = Matrix(rows: x.columns, columns: x.columns, repeating: .nan)
        let columns = (0 ..< x.columns).map { x.column($0) }
        for j in 0 ..< x.columns {
            for k in 0 ... j {
                let r = spearman(columns[j], columns[k])
                out[j, k] = r
                out[k, j] = r
            }
            if !out[j, j].isNaN { out[j, j] = 1 }
        }
        return out
    }

    /// Spearman correlation of two arrays: Pearson r of the average ranks over the positions where both are
    /// present.
    public static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count, "Arrays of equal length")
        var xs: [Double] = [], ys: [Double] = []
        for i in a.indices where !a[i].isNaN && !b[i].isNaN { xs.append(a[i]); ys.append(b[i]) }
        return twoPass(averageRanks(xs), averageRanks(ys))
    }

    /// Ranks 1…n with ties given their average rank (R's `rank(ties.method = "average")`); missing stays `NaN`.
    ///
    /// ```
    /// [10, 30, 20, 20, NaN]  →  [1, 4, 2.5, 2.5, NaN]
    /// ```
    public static func averageRanks(_ v: [Double]) -> [Double] {
        let order = v.indices.filter { !v[$0].isNaN }.sorted { v[$0] < v[$1] || (v[$0] == v[$1] && $0 < $1) }
        var ranks = [Double](repeating: .nan, count: v.count)
        var p = 0
        while p < order.count {
            var e = p
            while e + 1 < order.count && v[order[e + 1]] == v[order[p]] { e += 1 }
            let r = Double(p + e) / 2 + 1
            for q in p ... e { ranks[order[q]] = r }
            p = e + 1
        }
        return ranks
    }

    // MARK: Kernels

    /// Two-pass Pearson r of complete arrays; `NaN` when n < 2 or a side is constant.
    static func twoPass(_ x: [Double], _ y: [Double]) -> Double {
        let n = x.count
        guard n >= 2 else { return .nan }
        let mx = x.reduce(0, +) / Double(n), my = y.reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0 ..< n {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Each column centred and scaled by its own present values (a constant column is only centred), missing
    /// cells set to 0, with the presence mask.
    static func standardised(_ x: Matrix) -> (data: [Double], mask: [Double]) {
        var data = [Double](repeating: 0, count: x.rows * x.columns)
        var mask = [Double](repeating: 0, count: x.rows * x.columns)
        for j in 0 ..< x.columns {
            let column = x.column(j)
            let m = Descriptive.mean(column) ?? 0
            let s = Descriptive.standardDeviation(column) ?? 0
            let scale = s > 0 ? 1 / s : 1
            for i in 0 ..< x.rows where !column[i].isNaN {
                data[j * x.rows + i] = (column[i] - m) * scale
                mask[j * x.rows + i] = 1
            }
        }
        return (data, mask)
    }

    /// `aᵀb` for column-major `a` (n × p) and `b` (n × q) through `dgemm`.
    static func transposeTimes(_ a: [Double], _ p: Int, _ b: [Double], _ q: Int, rows n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: p * q)
        guard n > 0, p > 0, q > 0 else { return c }
        BLAS.gemm(.transposed, .asStored, m: p, n: q, k: n, a: a, b: b, c: &c)
        return c
    }

    static func cross(_ x: Matrix, _ y: Matrix) -> Matrix {
        let n = x.rows, p = x.columns, q = y.columns
        let (xd, xm) = standardised(x)
        let (yd, ym) = standardised(y)
        let count = transposeTimes(xm, p, ym, q, rows: n)
        let sumX = transposeTimes(xd, p, ym, q, rows: n)          // Σ x_j over rows where y_k present
        let sumY = transposeTimes(xm, p, yd, q, rows: n)          // Σ y_k over rows where x_j present
        let sumXX = transposeTimes(xd.map { $0 * $0 }, p, ym, q, rows: n)
        let sumYY = transposeTimes(xm, p, yd.map { $0 * $0 }, q, rows: n)
        let sumXY = transposeTimes(xd, p, yd, q, rows: n)
        return combine(p: p, q: q, count: count, sumX: sumX, sumY: sumY, sumXX: sumXX, sumYY: sumYY, sumXY: sumXY)
    }

    /// `cross(x, x)` with four products instead of six: one standardisation, and Σy = (Σx)ᵀ, Σy² = (Σx²)ᵀ
    /// (the sum of column k over the rows where j is present is entry (k, j) of X₀ᵀM).
    static func selfCross(_ x: Matrix) -> Matrix {
        let n = x.rows, p = x.columns
        let (d, m) = standardised(x)
        let count = transposeTimes(m, p, m, p, rows: n)
        let sumX = transposeTimes(d, p, m, p, rows: n)
        let sumXX = transposeTimes(d.map { $0 * $0 }, p, m, p, rows: n)
        let sumXY = transposeTimes(d, p, d, p, rows: n)
        func transposed(_ a: [Double]) -> [Double] {
            var t = a
            for k in 0 ..< p { for j in 0 ..< p { t[k * p + j] = a[j * p + k] } }
            return t
        }
        return combine(p: p, q: p, count: count, sumX: sumX, sumY: transposed(sumX), sumXX: sumXX,
                       sumYY: transposed(sumXX), sumXY: sumXY)
    }

    /// r from the pairwise sums (p × q, column-major), `NaN` where a pair has < 2 rows or a constant side.
    static func combine(p: Int, q: Int, count: [Double], sumX: [Double], sumY: [Double], sumXX: [Double],
                        sumYY: [Double], sumXY: [Double]) -> Matrix {
        var out = Matrix(rows: p, columns: q, repeating: .nan)
        for k in 0 ..< q {
            for j in 0 ..< p {
                let t = k * p + j
                let m = count[t]
                guard m >= 2 else { continue }
                let vx = m * sumXX[t] - sumX[t] * sumX[t]
                let vy = m * sumYY[t] - sumY[t] * sumY[t]
                // Relative threshold: a column constant over the common rows has vx ≈ 0 up to rounding.
                guard vx > 1e-12 * m * max(sumXX[t] * m, 1e-300), vy > 1e-12 * m * max(sumYY[t] * m, 1e-300) else { continue }
                out[j, k] = max(-1, min(1, (m * sumXY[t] - sumX[t] * sumY[t]) / (vx * vy).squareRoot()))
            }
        }
        return out
    }
}
