import TouchstoneCore
import TouchstoneText

/// The words of the treatment findings of `MethodFinding` (screening, imputation), called from its one
/// switch (`Diagnostic+Words+Methods.swift`).
extension MethodFinding {
    /// A coverage as the screening lines print it: a whole percent.
    static func percent(_ c: Double) -> String { "\(Int((100 * c).rounded()))%" }

    static func screenedIndicators(minCoverage: Double, report: ScreeningReport, _ w: Words) -> String {
        let n = report.droppedIndicators.count, key = "`min_indicator_coverage: \(NumberFormat.full(minCoverage))`"
        let list = report.droppedIndicators.map { w.t("`\($0.indicator)` (\(percent($0.coverage)))", "`\($0.indicator)`（\(percent($0.coverage))）") }
            .joined(separator: w.t(", ", "、"))
        let removed = report.droppedNodes.isEmpty ? "" : w.t("; emptied and removed: ", "；因此清空并删除：") + w.codeList(report.droppedNodes)
        return w.t("screening dropped \(n) indicator\(n == 1 ? "" : "s") below \(key): ", "筛选剔除了 \(n) 个低于 \(key) 的指标：") + list + removed
    }

    static func screenedUnitYears(minCoverage: Double, observed: Bool, report: ScreeningReport, _ w: Words) -> String {
        let n = report.droppedRows.count, key = "`min_unit_coverage: \(NumberFormat.full(minCoverage))`"
        let list = report.droppedRows.prefix(20).map { w.t("\($0.unit) \($0.year) (\(percent($0.coverage)))", "\($0.unit) \($0.year)（\(percent($0.coverage))）") }
            .joined(separator: w.t(", ", "、"))
        let more = n > 20 ? w.t(", and \(n - 20) more", "，另有 \(n - 20) 个") : ""
        let data = observed ? w.t("observed", "按观测数据") : w.t("imputed", "按插补后数据")
        let units = report.droppedUnits.isEmpty ? "" : w.t("; units left with no year: ", "；不再有任何年份的单位：") + report.droppedUnits.joined(separator: ", ")
        return w.t("screening dropped \(n) unit-year\(n == 1 ? "" : "s") below \(key) (\(data) data): ", "筛选剔除了 \(n) 个低于 \(key)（\(data)）的单位年份：")
            + list + more + units
    }

    static func notImputed(indicator: String, cells: Int, method: ImputationMethod, _ w: Words) -> String {
        let reason: String
        switch method {
        case .locf: reason = w.t("no earlier observation of the unit", "该单位此前没有观测值")
        case .interpolate: reason = w.t("no observation of the unit on both sides (no extrapolation)", "该单位前后两侧没有都观测到（不外推）")
        case .groupMean, .groupMedian: reason = w.t("no value in the unit's group that year", "该单位所在组当年没有数值")
        case .meanAll: reason = w.t("no value at all", "全无数值")
        case .none, .mean, .median: reason = w.t("no value that year", "当年没有数值")
        }
        return w.t("`\(indicator)`: \(cells) missing cell\(cells == 1 ? "" : "s") could not be imputed with `\(method.rawValue)` (\(reason)); \(cells == 1 ? "it stays" : "they stay") missing",
                   "`\(indicator)`：\(cells) 个缺失单元格无法用 `\(method.rawValue)` 插补（\(reason)），仍为缺失")
    }
}
