/// One value from several raters' scores of the same unit, year and indicator (评委打分).
///
/// | method | 70, 80, 85, 90, 100 | 80, 90 |
/// |---|---|---|
/// | `mean` | 85 | 85 |
/// | `trimmed` (去掉一个最高分和一个最低分) | 85 (80, 85, 90) | 85 (fewer than 3: the mean) |
/// | `median` | 85 | 85 |
///
/// `trimmed` drops exactly one highest and one lowest score (one of each even when tied), as scoring
/// rules do, and needs at least 3 scores (else it is the mean, and the caller notes it). Missing scores
/// (`NaN`) are dropped first; no score gives `NaN`.
/// Reference: `scipy.stats.trim_mean(x, 1/n)` equals `trimmed` for n ≥ 3; `numpy.median`.
public enum RaterScores {
    public enum Method: String, Sendable, CaseIterable, Codable { case mean, trimmed, median }

    public static func combine(_ scores: [Double], method: Method) -> Double {
        let x = scores.filter { !$0.isNaN }.sorted()
        guard !x.isEmpty else { return .nan }
        switch method {
        case .mean: return x.reduce(0, +) / Double(x.count)
        case .trimmed:
            let kept = x.count >= 3 ? Array(x.dropFirst().dropLast()) : x
            return kept.reduce(0, +) / Double(kept.count)
        case .median:
            let n = x.count
            return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2
        }
    }
}
