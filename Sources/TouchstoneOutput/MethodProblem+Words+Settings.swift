import TouchstoneCore
import TouchstoneText

/// The words of the normalisation-settings problems of `MethodProblem` (the descriptors' checks), called from
/// the one switch of `MethodProblem.words(_:)`.
extension MethodProblem {
    static func settings(_ problem: MethodProblem, _ w: Words) -> (problem: String, fix: String) {
        switch problem {
        case .goalpostsMissing(let id):
            return (w.t("`\(id)` uses goalposts but declares none", "`\(id)` 采用阈值法，但未给出阈值"),
                    w.t("add e.g. `goalposts: {lower: 0, upper: 100}`", "添加如 `goalposts: {lower: 0, upper: 100}`"))
        case .targetNotPositive(let id, let found):
            return (w.t("`\(id)`: distance to target needs a positive target, found \(NumberFormat.full(found))", "`\(id)`：目标达成度需要正的目标值，实为 \(NumberFormat.full(found))"),
                    w.t("use a positive target, or `normalisation: {method: goalposts}` with goalposts", "使用正的目标值，或改用 `normalisation: {method: goalposts}` 并给出阈值"))
        case .targetMissing(let id):
            return (w.t("`\(id)` uses distance to target but has no `target`", "`\(id)` 采用目标达成度，但没有 `target`"),
                    w.t("add e.g. `target: 100`", "添加如 `target: 100`"))
        case .bandsMissing(let id):
            return (w.t("`\(id)` uses bands but gives no thresholds", "`\(id)` 采用分档法，但未给出分档阈值"),
                    w.t("add e.g. `bands: [60, 75, 90]` under `normalisation`", "在 `normalisation` 下添加如 `bands: [60, 75, 90]`"))
        case .bandScoresCount(let id, let thresholds, let scores):
            return (w.t("`\(id)`: \(thresholds) thresholds make \(thresholds + 1) bands, but `band_scores` has \(scores) scores",
                        "`\(id)`：\(thresholds) 个阈值分出 \(thresholds + 1) 档，但 `band_scores` 有 \(scores) 个分值"),
                    w.t("give one score per band, lowest band first", "每档给一个分值，从最低档开始"))
        default:
            let id: String
            if case .referenceMissing(let i) = problem { id = i } else { id = "" }
            return (w.t("`\(id)` uses ratio-to-reference but names no reference", "`\(id)` 采用 ratio-to-reference，但未指定基准"),
                    w.t("add `reference: {unit: ID}` (that unit's value in the same year scores 100) or `reference: {year: Y}` (the unit's own value in year Y) under `normalisation`",
                        "在 `normalisation` 下添加 `reference: {unit: ID}`（以该单位同年的值为 100）或 `reference: {year: Y}`（以本单位 Y 年的值为基准）"))
        }
    }
}
