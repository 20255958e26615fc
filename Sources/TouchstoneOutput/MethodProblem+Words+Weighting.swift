import TouchstoneCore
import TouchstoneText

/// The words of the weighting problems of `MethodProblem` (NodeWeighting), called from the one switch of
/// `MethodProblem.words(_:)`.
extension MethodProblem {
    static func weightsNeedCompleteRows(node: String, method: WeightingMethod, minimum: Int, year: Int?, found: Int, perYear: Bool,
                                        _ w: Words) -> (problem: String, fix: String) {
        (w.t("`\(node)` uses \(method.rawValue) weights, which need at least \(minimum) unit-years with every child present\(w.inYear(year)); found \(found)",
             "`\(node)` 采用 \(method.rawValue) 权重，需要至少 \(minimum) 个各下级齐全的单位年份\(w.inYear(year))，实有 \(found) 个"),
         perYear ? w.t("use `scope: panel` to fit on all years pooled, or explicit weights", "使用 `scope: panel` 合并所有年份拟合，或改用明确给定的权重")
                 : w.t("use explicit or equal weights, or impute missing values first", "改用明确给定的权重或等权，或先插补缺失值"))
    }

    static func entropyNeedsNonNegative(node: String, child: String, at: UnitYear, value: Double, _ w: Words) -> (problem: String, fix: String) {
        let x = NumberFormat.significant(value)
        return (w.t("`\(node)` uses entropy weights, but `\(child)` of \(at.text(w.language)) scores \(x); entropy needs scores >= 0",
                    "`\(node)` 采用熵权法，但\(at.text(w.language))的 `\(child)` 得分为 \(x)；熵权法要求得分 >= 0"),
                nonNegativeFix(w))
    }

    static func noWeights(node: String, year: Int?, method: WeightingMethod, _ w: Words) -> (problem: String, fix: String) {
        let problem: String
        switch method {
        case .entropy: problem = w.t("`\(node)`: every child is constant\(w.inYear(year)), so entropy gives no weights", "`\(node)`：各下级\(w.inYear(year))均为常数，熵权法无法给出权重")
        case .critic: problem = w.t("`\(node)`: no child varies\(w.inYear(year)), so CRITIC gives no weights", "`\(node)`：各下级\(w.inYear(year))均无变化，CRITIC 无法给出权重")
        default: problem = w.t("`\(node)`: PCA weights need at least 2 children that vary\(w.inYear(year))", "`\(node)`：PCA 权重至少需要 2 个有变化的下级\(w.inYear(year))")
        }
        return (problem, w.t("use explicit or equal weights", "改用明确给定的权重或等权"))
    }

    static func pcaNegativeLoadings(node: String, children: [String], loadings: [Double], year: Int?, _ w: Words) -> (problem: String, fix: String) {
        let list = zip(children, loadings).map { "`\($0)` (\(NumberFormat.significant($1)))" }.joined(separator: w.t(", ", "、"))
        let one = children.count == 1
        return (w.t("`\(node)`: \(list) load\(one ? "s" : "") negatively on the first principal component\(w.inYear(year)), so raw-loading weights would count \(one ? "it" : "them") against the index",
                    "`\(node)`：\(list) 在第一主成分上的载荷为负\(w.inYear(year))，按原始载荷定权会使\(one ? "该指标" : "这些指标")拉低指数"),
                w.t("check the direction of \(one ? "that indicator" : "those indicators"), use `loadings: squared` (OECD/JRC handbook), or `negative: allow` to keep COINr's raw loadings",
                    "检查\(one ? "该指标" : "这些指标")的方向，使用 `loadings: squared`（OECD/JRC 手册），或用 `negative: allow` 保留 COINr 的原始载荷"))
    }
}
