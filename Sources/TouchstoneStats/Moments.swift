#if canImport(Glibc)
import Glibc
#endif

/// Bias-adjusted sample skewness and excess kurtosis, covariance and Cronbach's alpha over the non-missing
/// (`!isNaN`) values.
///
/// With `d = x − mean`, `m2 = Σd²/n`, `m3 = Σd³/n`, `m4 = Σd⁴/n` (two passes, the mean compensated):
/// ```
/// skewness  G1 = g1 · √(n(n−1)) / (n−2),                      g1 = m3 / m2^(3/2)
/// kurtosis  G2 = ((n+1)(g2 − 3) + 6) · (n−1) / ((n−2)(n−3)),  g2 = m4 / m2²      (excess: 0 for a normal)
/// ```
/// These are e1071's `skewness(type = 2)` and `kurtosis(type = 2)` — the definitions of COINr's `skew()` and
/// `kurt()` (used by its outlier rule), of Excel's SKEW and KURT, and of
/// `scipy.stats.skew(bias=False)` / `scipy.stats.kurtosis(bias=False)`.
///
/// Edge cases: fewer than 3 values (skewness) or 4 values (kurtosis) give `nil` (COINr stops with an error);
/// a constant column (m2 = 0) gives `nil` (the moments are 0/0). Missing values are skipped.
///
/// ```
/// skewness([1, 2, 3, 10])         →  1.7636326148... (e1071 type 2; scipy bias=False)
/// excessKurtosis([1, 2, 3, 10])   →  3.228
/// ```
/// Reference: Joanes & Gill (1998), "Comparing measures of sample skewness and kurtosis", *The Statistician*
/// 47(1), 183–189 (G1, G2); Meyer et al., R package e1071; `Tests/References/treatment/moments_reference.py`.
public enum Moments {
    /// Central sums Σd², Σd³, Σd⁴ and the count, over the present values.
    public static func centralSums(_ x: [Double]) -> (n: Int, s2: Double, s3: Double, s4: Double)? {
        guard let m = Descriptive.mean(x) else { return nil }
        var s2 = 0.0, s3 = 0.0, s4 = 0.0, n = 0
        for v in x where !v.isNaN {
            let d = v - m, d2 = d * d
            s2 += d2
            s3 += d2 * d
            s4 += d2 * d2
            n += 1
        }
        return (n, s2, s3, s4)
    }

    /// The population central moments `(m2, m3, m4)` = `(Σd²/n, Σd³/n, Σd⁴/n)`; `nil` when empty.
    public static func centralMoments(_ x: [Double]) -> (Double, Double, Double)? {
        guard let c = centralSums(x), c.n > 0 else { return nil }
        let n = Double(c.n)
        return (c.s2 / n, c.s3 / n, c.s4 / n)
    }

    /// Sample skewness G1 (e1071 type 2); `nil` for fewer than 3 values or no spread.
    public static func skewness(_ x: [Double]) -> Double? {
        centralSums(x).flatMap(skewness)
    }

    /// Sample excess kurtosis G2 (e1071 type 2); `nil` for fewer than 4 values or no spread.
    public static func excessKurtosis(_ x: [Double]) -> Double? {
        centralSums(x).flatMap(excessKurtosis)
    }

    /// Skewness and excess kurtosis from one set of central sums (two passes instead of four; the same bits).
    public static func skewnessAndKurtosis(_ x: [Double]) -> (skewness: Double?, kurtosis: Double?) {
        guard let c = centralSums(x) else { return (nil, nil) }
        return (skewness(c), excessKurtosis(c))
    }

    static func skewness(_ c: (n: Int, s2: Double, s3: Double, s4: Double)) -> Double? {
        guard c.n >= 3, c.s2 > 0 else { return nil }
        let n = Double(c.n)
        let g1 = n.squareRoot() * c.s3 / pow(c.s2, 1.5)
        return g1 * (n * (n - 1)).squareRoot() / (n - 2)
    }

    static func excessKurtosis(_ c: (n: Int, s2: Double, s3: Double, s4: Double)) -> Double? {
        guard c.n >= 4, c.s2 > 0 else { return nil }
        let n = Double(c.n)
        let r = n * c.s4 / (c.s2 * c.s2)
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
    }

    /// The same as `excessKurtosis` (COINr's `kurt()`, e1071 type 2).
    public static func kurtosis(_ x: [Double]) -> Double? { excessKurtosis(x) }

    /// Sample covariance (n − 1) over the positions where both are present ("pairwise complete", R's
    /// `cov(use = "pairwise.complete.obs")`); `NaN` with fewer than 2 such positions.
    public static func covariance(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count, "covariance needs two arrays of the same length")
        let both = a.indices.filter { !a[$0].isNaN && !b[$0].isNaN }
        guard both.count >= 2 else { return .nan }
        let ma = Descriptive.mean(both.map { a[$0] })!, mb = Descriptive.mean(both.map { b[$0] })!
        var s = 0.0
        for i in both { s += (a[i] - ma) * (b[i] - mb) }
        return s / Double(both.count - 1)
    }

    /// Cronbach's alpha of the columns (items), from their pairwise-complete covariance matrix C (k × k):
    /// ```
    /// α = k/(k−1) · (1 − Σ diag C / Σ C)  =  k² · mean(off-diagonal C) / Σ C
    /// ```
    /// `nil` for fewer than 2 columns or when a covariance is undefined or Σ C = 0. Reference: Cronbach (1951);
    /// COINr `get_cronbach` (which uses `cov(use = "pairwise.complete.obs")`).
    public static func cronbachAlpha(_ columns: [[Double]]) -> Double? {
        let k = columns.count
        guard k >= 2 else { return nil }
        var total = 0.0, diagonal = 0.0
        for i in 0 ..< k {
            for j in i ..< k {
                let c = covariance(columns[i], columns[j])
                guard !c.isNaN else { return nil }
                if i == j { diagonal += c; total += c } else { total += 2 * c }
            }
        }
        guard total != 0 else { return nil }
        let kd = Double(k)
        return kd / (kd - 1) * (1 - diagonal / total)
    }
}
