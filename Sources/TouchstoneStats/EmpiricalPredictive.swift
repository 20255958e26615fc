/// A predictive distribution read off past prediction errors ("scores"): split conformal prediction.
///
/// Given n calibration scores s₁…sₙ (e.g. log(year-end ÷ year-to-date) of past unit-years), sorted
/// s₍₁₎ ≤ … ≤ s₍ₙ₎, the equal-tailed interval at level 1 − α is
/// ```
/// [ s₍⌊(n+1)·α/2⌋₎ ,  s₍⌈(n+1)·(1−α/2)⌉₎ ]      (−∞ / +∞ when the index falls outside 1…n)
/// ```
/// which covers a new exchangeable score with probability at least 1 − α (and at most 1 − α + 2/(n+1)
/// without ties). The point prediction is the median score; `share(_:)` is the share of calibration scores
/// satisfying a condition (the probability of reaching a target). Scores that are NaN are dropped.
///
/// Example: scores 1…19, α = 0.1 → indices ⌊1⌋ = 1 and ⌈19⌉ = 19 → [1, 19]; with 9 scores the upper
/// index ⌈9.5⌉ = 10 > 9 → [−∞ … +∞).
///
/// Reference: Vovk, Gammerman & Shafer (2005), *Algorithmic Learning in a Random World*, ch. 2;
/// Lei, G'Sell, Rinaldo, Tibshirani & Wasserman (2018), "Distribution-free predictive inference for
/// regression", JASA 113:1094–1111, §2.2 (split conformal), Theorem 2.2.
public struct EmpiricalPredictive: Sendable, Equatable {
    /// The calibration scores, sorted ascending, without NaN.
    public let scores: [Double]

    public init(scores: [Double]) {
        self.scores = scores.filter { !$0.isNaN }.sorted()
    }

    public var count: Int { scores.count }

    /// The median score (`NaN` without scores).
    public var median: Double {
        guard !scores.isEmpty else { return .nan }
        let n = scores.count
        return n % 2 == 1 ? scores[n / 2] : (scores[n / 2 - 1] + scores[n / 2]) / 2
    }

    /// The equal-tailed split-conformal interval at level `level` (= 1 − α).
    public func interval(level: Double) -> (lower: Double, upper: Double) {
        precondition(level > 0 && level < 1, "level must lie strictly between 0 and 1")
        let n = Double(scores.count), alpha = 1 - level
        // A hair of tolerance so that (n+1)·α/2 = 2.0000000000000004 still reads as 2.
        let lo = Int(((n + 1) * alpha / 2 + 1e-9).rounded(.down))
        let hi = Int(((n + 1) * (1 - alpha / 2) - 1e-9).rounded(.up))
        return (lo >= 1 ? scores[lo - 1] : -.infinity, hi <= scores.count ? scores[hi - 1] : .infinity)
    }

    /// The share of scores for which `condition` holds (`NaN` without scores).
    public func share(_ condition: (Double) -> Bool) -> Double {
        guard !scores.isEmpty else { return .nan }
        return Double(scores.lazy.filter(condition).count) / Double(scores.count)
    }
}
