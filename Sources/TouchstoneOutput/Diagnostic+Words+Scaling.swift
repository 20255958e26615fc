import TouchstoneCore
import TouchstoneText

/// The words of the normalisation findings of `MethodFinding` (ratio to reference, frozen and base-year
/// scaling), called from its one switch (`Diagnostic+Words+Methods.swift`).
extension MethodFinding {
    static func referenceWithoutPositive(indicator: String, unit: String?, year: Int?, keys: [String], _ w: Words) -> String {
        let what: String
        if let unit {
            let years = keys.joined(separator: ", ")
            what = w.t("`\(unit)` has no positive value in \(years)", "`\(unit)` 在 \(years) 年没有正值")
        } else {
            let n = keys.count, y = year.map(String.init) ?? "", first = keys.prefix(10).joined(separator: ", ")
            what = w.t("\(n) unit\(n == 1 ? " has" : "s have") no positive value in \(y) (\(first))", "\(n) 个单位在 \(y) 年没有正值（\(first)）")
        }
        return w.t("`\(indicator)`: ratio to reference: \(what); those scores are missing", "`\(indicator)`：按基准比值：\(what)；这些得分缺失")
    }

    /// A constant scope group, a group without spread, a single value: what the method gives.
    static func degenerate(_ finding: MethodFinding, _ w: Words) -> String {
        let inYear = { (year: Int?) in year.map { w.t(" in year \($0)", "（\($0) 年）") } ?? "" }
        switch finding {
        case let .constantScaling(id, method, value, year):
            let v = NumberFormat.full(value)
            if method == .minMax {
                return w.t("`\(id)` is constant (\(v))\(inYear(year)); min-max gives every unit the middle of the range",
                           "`\(id)` 为常数（\(v)）\(inYear(year))；min-max 使每个单位都得区间中点")
            }
            return w.t("`\(id)` is constant (\(v))\(inYear(year)); every unit ties: \(method.degenerate(w).constant)",
                       "`\(id)` 为常数（\(v)）\(inYear(year))；各单位并列：\(method.degenerate(w).constant)")
        case let .noSpread(id, zMean, year):
            let m = NumberFormat.full(zMean)
            return w.t("`\(id)` has no spread\(inYear(year)); z-scores are all \(m)", "`\(id)` 没有离散\(inYear(year))；Z 分数均为 \(m)")
        case let .singleValue(id, method, year):
            return w.t("`\(id)` has a single value\(inYear(year)); \(method) gives it \(method.degenerate(w).single)",
                       "`\(id)` 只有一个值\(inYear(year))；\(method) 给它\(method.degenerate(w).single)")
        default:
            return ""
        }
    }

    static func referenceNonPositive(indicator: String, count n: Int, _ w: Words) -> String {
        w.t("`\(indicator)`: ratio to reference, lower is better: \(n) value\(n == 1 ? " is" : "s are") <= 0 and have no ratio; those scores are missing",
            "`\(indicator)`：按基准比值（越低越好）：\(n) 个值 <= 0，无法求比值；这些得分缺失")
    }

    /// "the frozen scaling", "the base year 2019", "the base years 2019–2021".
    static func scaling(_ base: ClosedRange<Int>?, _ w: Words) -> String {
        guard let base else { return w.t("the frozen scaling", "冻结的缩放参数") }
        return base.lowerBound == base.upperBound ? w.t("the base year \(base.lowerBound)", "基准年 \(base.lowerBound)")
            : w.t("the base years \(base.lowerBound)–\(base.upperBound)", "基准年 \(base.lowerBound)–\(base.upperBound)")
    }

    static func noValuesInFixedScaling(indicator: String, base: ClosedRange<Int>?, _ w: Words) -> String {
        w.t("`\(indicator)` has no values in \(scaling(base, w)); its scores are missing", "`\(indicator)` 在\(scaling(base, w))中没有数值，其得分缺失")
    }

    static func outsideFixedScaling(indicator: String, count n: Int, base: ClosedRange<Int>?, low: Double, high: Double, rows: [UnitYear],
                                    values: [Double], capped: Bool, _ w: Words) -> String {
        let range = "\(NumberFormat.full(low))–\(NumberFormat.full(high))"
        let listed = zip(rows, values).map { w.t("\($0.text(w.language)): \(NumberFormat.full($1))", "\($0.text(w.language))：\(NumberFormat.full($1))") }
            .joined(separator: w.t("; ", "；")) + (n > 5 ? w.t("; …", "；…") : "")
        let rule = capped ? w.t("capped at the range (freeze.outside: cap)", "已截断到该范围（freeze.outside: cap）")
            : w.t("scored beyond the range (freeze.outside: extend)", "按范围外延伸计分（freeze.outside: extend）")
        return w.t("`\(indicator)`: \(n) value\(n == 1 ? " lies" : "s lie") outside \(scaling(base, w)) \(range) (\(listed)); \(rule)",
                   "`\(indicator)`：\(n) 个值超出\(scaling(base, w)) \(range)（\(listed)）；\(rule)")
    }
}
