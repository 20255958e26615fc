import TouchstoneCore
import TouchstoneText

/// The words of the treatment problems of `MethodProblem` (screening, transforms), called from the one
/// switch of `MethodProblem.words(_:)`.
extension MethodProblem {
    static func screeningDroppedAll(key: String, minCoverage: Double, unitYears: Bool, _ w: Words) -> (problem: String, fix: String) {
        let x = "`\(key): \(NumberFormat.full(minCoverage))`"
        return (unitYears ? w.t("screening dropped every unit-year (none reaches \(x))", "筛选剔除了全部单位年份（没有单位年份达到 \(x)）")
                          : w.t("screening dropped every indicator (none reaches \(x))", "筛选剔除了全部指标（没有指标达到 \(x)）"),
                w.t("lower `\(key)`, or remove it", "调低 `\(key)`，或删去该项"))
    }

    static func screeningDroppedIndex(_ w: Words) -> (problem: String, fix: String) {
        (w.t("screening dropped every indicator of the index", "筛选剔除了指数的全部指标"),
         w.t("lower `min_indicator_coverage`", "调低 `min_indicator_coverage`"))
    }

    static func transformNeedsPositive(indicator: String, transform: TreatmentTransform, at: UnitYear, value: Double, _ w: Words) -> (problem: String, fix: String) {
        let t = transform.rawValue, x = NumberFormat.full(value)
        return (w.t("`\(indicator)` has `transform: \(t)` but \(at.text(w.language)) has the value \(x) (after the earlier treatment steps)",
                    "`\(indicator)` 设有 `transform: \(t)`，但\(at.text(w.language))的值为 \(x)（经前面各处理步骤之后）"),
                w.t("a \(t) transform needs values above 0: remove it, or use `outliers: coinr`, whose log_CT fallback shifts the values first",
                    "\(t) 变换要求数值大于 0：删去该变换，或使用 `outliers: coinr`（其 log_CT 回退会先平移数值）"))
    }
}
