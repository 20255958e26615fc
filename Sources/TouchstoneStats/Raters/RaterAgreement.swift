import Foundation

/// Agreement among raters who each scored the same units: intraclass correlations and Kendall's W.
///
/// `x` is `n` targets (units) × `k` raters, complete (rows with a missing score are dropped by the caller).
/// With the two-way ANOVA mean squares
/// ```
/// MSR = k·Σ_i (x̄_i· − x̄)² / (n−1)      (targets)     MSC = n·Σ_j (x̄_·j − x̄)² / (k−1)   (raters)
/// MSE = Σ_ij (x_ij − x̄_i· − x̄_·j + x̄)² / ((n−1)(k−1))
/// ICC(2,1) = (MSR − MSE) / (MSR + (k−1)·MSE + k·(MSC − MSE)/n)     two-way random, absolute agreement, one rater
/// ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE)/n)                    … of the mean of the k raters
/// ICC(3,1) = (MSR − MSE) / (MSR + (k−1)·MSE)                        two-way mixed, consistency
/// W = 12·S / (k²(n³ − n) − k·Σ T),  S = Σ_i (R_i − k(n+1)/2)²,  T = Σ (t³ − t) over tie groups of each rater
/// ```
/// (Kendall's W with the tie correction; ranks are mid-ranks within each rater.) `nil` when n < 2 or k < 2,
/// or when a denominator is 0 (every score equal).
///
/// Reference: Shrout & Fleiss (1979) Psychol. Bull. 86(2); McGraw & Wong (1996) Psychol. Methods 1(1);
/// Kendall & Babington Smith (1939). Matches `pingouin.intraclass_corr` (ICC2, ICC2k, ICC3) and R
/// `irr::kendall(correct = TRUE)`; checked in `RaterAgreementTests` against a committed scipy/pingouin run.
public struct RaterAgreement: Sendable, Equatable {
    public var targets: Int
    public var raters: Int
    public var icc21: Double?
    public var icc2k: Double?
    public var icc31: Double?
    public var kendallW: Double?

    public init?(_ x: [[Double]]) {
        let n = x.count
        guard n >= 2, let k = x.first?.count, k >= 2, x.allSatisfy({ $0.count == k && !$0.contains(where: \.isNaN) }) else { return nil }
        targets = n
        raters = k
        let grand = x.joined().reduce(0, +) / Double(n * k)
        let rowMeans = x.map { $0.reduce(0, +) / Double(k) }
        let colMeans = (0 ..< k).map { j in x.reduce(0) { $0 + $1[j] } / Double(n) }
        let msr = Double(k) * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) } / Double(n - 1)
        let msc = Double(n) * colMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) } / Double(k - 1)
        var sse = 0.0
        for i in 0 ..< n { for j in 0 ..< k { let e = x[i][j] - rowMeans[i] - colMeans[j] + grand; sse += e * e } }
        let mse = sse / Double((n - 1) * (k - 1))
        let kk = Double(k), nn = Double(n)
        func ratio(_ num: Double, _ den: Double) -> Double? { den != 0 ? num / den : nil }
        icc21 = ratio(msr - mse, msr + (kk - 1) * mse + kk * (msc - mse) / nn)
        icc2k = ratio(msr - mse, msr + (msc - mse) / nn)
        icc31 = ratio(msr - mse, msr + (kk - 1) * mse)
        // Kendall's W: mid-ranks of the targets within each rater.
        var rankSums = [Double](repeating: 0, count: n)
        var ties = 0.0
        for j in 0 ..< k {
            let column = (0 ..< n).map { x[$0][j] }
            let order = column.indices.sorted { column[$0] < column[$1] }
            var start = 0
            while start < n {
                var end = start
                while end + 1 < n && column[order[end + 1]] == column[order[start]] { end += 1 }
                let mid = Double(start + end) / 2 + 1
                for p in start ... end { rankSums[order[p]] += mid }
                let t = Double(end - start + 1)
                ties += t * t * t - t
                start = end + 1
            }
        }
        let meanSum = kk * (nn + 1) / 2
        let s = rankSums.reduce(0) { $0 + ($1 - meanSum) * ($1 - meanSum) }
        kendallW = ratio(12 * s, kk * kk * (nn * nn * nn - nn) - kk * ties)
    }
}
