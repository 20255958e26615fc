import TouchstoneCore
import TouchstoneText

/// The words of `MethodFinding` (`Diagnostic.Kind.method`): findings of weighting, normalisation,
/// aggregation and treatment that do not stop a run.
///
/// | finding | en | zh |
/// |---|---|---|
/// | `.negativePCAWeights("Instit", ["TBTs"])` | `Instit`: `TBTs` enters with a negative PCA weight | `Instit`：`TBTs` 的 PCA 权重为负 |
extension MethodFinding {
    public func text(_ language: String) -> String {
        let w = Words(language)
        switch self {
        case let .constantChildWeightZero(child, node, rows, year, method):
            return w.t("`\(child)` is constant over the \(rows) complete unit-years\(w.inYear(year)) of `\(node)`: it gets \(method.rawValue) weight 0",
                       "`\(child)` 在 `\(node)` 的 \(rows) 个各下级齐全的单位年份\(w.inYear(year))中为常数：其 \(method.rawValue) 权重为 0")
        case let .pcaVarianceShare(node, percent, children, year):
            let x = NumberFormat.significant(percent)
            return w.t("`\(node)`: the first principal component explains \(x)% of the variance of its \(children) children\(w.inYear(year))",
                       "`\(node)`：第一主成分解释其 \(children) 个下级方差的 \(x)%\(w.inYear(year))")
        case let .negativePCAWeights(node, children):
            return w.t("`\(node)`: \(w.codeList(children)) enter\(children.count == 1 ? "s" : "") with a negative PCA weight",
                       "`\(node)`：\(w.codeList(children)) 的 PCA 权重为负")
        case let .screenedIndicators(minCoverage, report):
            return Self.screenedIndicators(minCoverage: minCoverage, report: report, w)
        case let .screenedUnitYears(minCoverage, observed, report):
            return Self.screenedUnitYears(minCoverage: minCoverage, observed: observed, report: report, w)
        case let .notImputed(indicator, cells, method):
            return Self.notImputed(indicator: indicator, cells: cells, method: method, w)
        case let .outlierCheckSkipped(indicator, year, values):
            let why = values.map { w.t("\($0) values; skew and kurtosis need at least 4", "仅 \($0) 个值；偏度与峰度至少需要 4 个") } ?? w.t("no spread", "数值无离散")
            return w.t("`\(indicator)`\(w.inYear(year)): outlier check skipped (\(why))", "`\(indicator)`\(w.inYear(year))：跳过离群值检查（\(why)）")
        case .constantScaling, .noSpread, .singleValue:
            return Self.degenerate(self, w)
        case let .referenceWithoutPositive(indicator, unit, year, keys):
            return Self.referenceWithoutPositive(indicator: indicator, unit: unit, year: year, keys: keys, w)
        case let .referenceNonPositive(indicator, count):
            return Self.referenceNonPositive(indicator: indicator, count: count, w)
        case let .noValuesInFixedScaling(indicator, base):
            return Self.noValuesInFixedScaling(indicator: indicator, base: base, w)
        case let .outsideFixedScaling(indicator, count, base, low, high, rows, values, capped):
            return Self.outsideFixedScaling(indicator: indicator, count: count, base: base, low: low, high: high, rows: rows, values: values,
                                            capped: capped, w)
        }
    }
}
