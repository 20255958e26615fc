import TouchstoneCore
import TouchstoneText

/// The words of the aggregation and normalisation problems of `MethodProblem` (NodeAggregator,
/// IndexPipeline, Normaliser, commands that compare units), called from the one switch of
/// `MethodProblem.words(_:)`.
extension MethodProblem {
    /// What to do about a mean over a score where it is undefined.
    static func meanFix(_ node: String, _ w: Words) -> String {
        w.t("normalise to a range above 0 (e.g. `range: [1, 100]`), set `shift:` or `nonpositive: missing` on `\(node)`, or use `aggregation: arithmetic`",
            "归一化到 0 以上的区间（如 `range: [1, 100]`），在 `\(node)` 上设置 `shift:` 或 `nonpositive: missing`，或改用 `aggregation: arithmetic`")
    }

    /// What to do about a weighting that needs scores >= 0 (entropy, benefit of the doubt).
    static func nonNegativeFix(_ w: Words) -> String {
        w.t("normalise its children to a range >= 0 (min-max, goalposts), or choose other weights",
            "将其下级归一化到 >= 0 的区间（min-max、goalposts），或改用其他权重")
    }

    static func meanUndefined(node: String, method: AggregationMethod, power r: Double, child: String, at: UnitYear, value: Double,
                              _ w: Words) -> (problem: String, fix: String) {
        let x = NumberFormat.full(value), place = at.text(w.language)
        let power = method == .power ? w.t(" (r = \(NumberFormat.full(r)))", "（r = \(NumberFormat.full(r))）") : ""
        let need = r <= 0 ? w.t("a value <= 0", "<= 0 的值") : w.t("a negative value", "负值")
        return (w.t("`\(node)` uses a \(method.rawValue) mean\(power), but `\(child)` of \(place) is \(x); it is undefined for \(need)",
                    "`\(node)` 采用 \(method.rawValue) 平均\(power)，但\(place)的 `\(child)` 为 \(x)；该平均对\(need)无定义"),
                meanFix(node, w))
    }

    static func geometricLogUndefined(node: String, child: String, at: UnitYear, value: Double, _ w: Words) -> (problem: String, fix: String) {
        let x = NumberFormat.full(value), place = at.text(w.language)
        return (w.t("`\(node)` uses a geometric mean, but `\(child)` of \(place) is \(x); the log of a value <= 0 is undefined",
                    "`\(node)` 采用几何平均，但\(place)的 `\(child)` 为 \(x)；<= 0 的值不能取对数"),
                meanFix(node, w))
    }

    static func ampi(_ problem: MethodProblem, _ w: Words) -> (problem: String, fix: String) {
        switch problem {
        case .ampiReferenceYearMissing(let node, let year, let years):
            return (w.t("`\(node)`: the AMPI reference year \(year) is not in the data", "`\(node)`：AMPI 基准年 \(year) 不在数据中"),
                    w.t("choose one of \(years.map(String.init).joined(separator: ", "))", "从以下年份中选择：\(years.map(String.init).joined(separator: ", "))"))
        case .ampiChildMissingInReference(let node, let child, let year):
            return (w.t("`\(node)`: `\(child)` has no value in the AMPI reference year \(year)", "`\(node)`：`\(child)` 在 AMPI 基准年 \(year) 没有数值"),
                    w.t("choose a reference year in which every child has data (`reference_year:`)", "选择各下级均有数据的基准年（`reference_year:`）"))
        default:
            let node: String
            if case .ampiNeedsPanelWeights(let n) = problem { node = n } else { node = "" }
            return (w.t("`\(node)` uses AMPI, which compares all years, with weights fitted per year", "`\(node)` 采用跨年比较的 AMPI，但权重按年分别拟合"),
                    w.t("fit the weights with `scope: panel`, or use `aggregation: mpi` with `scope: year`", "用 `scope: panel` 拟合权重，或改用 `aggregation: mpi` 并设 `scope: year`"))
        }
    }

    static func bodNeedsNonNegative(node: String, child: String, at: UnitYear, value: Double, _ w: Words) -> (problem: String, fix: String) {
        let x = NumberFormat.full(value), place = at.text(w.language)
        return (w.t("`\(node)` uses benefit-of-the-doubt weights, but `\(child)` of \(place) scores \(x); BoD needs scores >= 0",
                    "`\(node)` 采用“有利原则”（BoD）权重，但\(place)的 `\(child)` 得分为 \(x)；BoD 要求得分 >= 0"),
                nonNegativeFix(w))
    }

    static func bodNoSolution(node: String, detail: String, _ w: Words) -> (problem: String, fix: String) {
        (w.t("`\(node)`: the benefit-of-the-doubt programme has no solution (\(detail))", "`\(node)`：“有利原则”（BoD）线性规划无解（\(detail)）"),
         w.t("loosen `lower`/`upper`, or check the children's scores", "放宽 `lower`/`upper`，或检查各下级的得分"))
    }

    static func logTransformNeedsPositive(indicator: String, at: UnitYear, value: Double, _ w: Words) -> (problem: String, fix: String) {
        let x = NumberFormat.full(value), place = at.text(w.language)
        return (w.t("`\(indicator)` has a log transform but \(place) has the value \(x)", "`\(indicator)` 设有对数变换，但\(place)的值为 \(x)"),
                w.t("remove `transform: log`, or correct the value (a log needs values above 0)", "删去 `transform: log`，或更正该值（对数要求数值大于 0）"))
    }

    static func outsideMethodDomain(indicator: String, method: NormalisationMethod, at: UnitYear, value: Double, domain: NormalisationDomain?,
                                    _ w: Words) -> (problem: String, fix: String) {
        let x = NumberFormat.full(value), place = at.text(w.language), m = String(describing: method)
        let what: String, fix: String
        switch domain {
        case .logAfterShift(let shift)?:
            let s = NumberFormat.full(shift)
            what = w.t("has no logarithm after adding the shift \(s)", "加上平移量 \(s) 后无法取对数")
            fix = w.t("raise `shift` above the smallest value's distance below 0, or correct the value", "将 `shift` 调高到超过最小值低于 0 的幅度，或更正该值")
        case nil:
            what = w.t("is outside the domain of \(m)", "超出 \(m) 的定义域")
            fix = w.t("correct the value", "更正该值")
        }
        return (w.t("`\(indicator)` uses \(m) but \(place) has the value \(x), which \(what)", "`\(indicator)` 采用 \(m)，但\(place)的值为 \(x)，\(what)"), fix)
    }

    static func notEnoughUnitsToCompare(year: Int, count: Int, unit: String?, _ w: Words) -> (problem: String, fix: String) {
        let who = unit.map { w.t(" (`\($0)`)", "（`\($0)`）") } ?? ""
        return (w.t("not enough units to compare in \(year): \(count) unit\(count == 1 ? "" : "s")\(who) \(count == 1 ? "has" : "have") an index score, and flags, peers, comparisons, reports and rank uncertainty need at least 2",
                    "\(year) 年可比较的单位不足：仅 \(count) 个单位\(who)有指数得分，而预警、同组比较、单位对比、报告和排名不确定性分析至少需要 2 个"),
                w.t("add the other units to the data, or check the year, the row filters (`include`/`exclude`) and missing values; `touchstone index` and `touchstone trend` work with one unit",
                    "在数据中补充其他单位，或检查年份、行筛选（`include`/`exclude`）和缺失值；`touchstone index` 与 `touchstone trend` 只有一个单位也可运行"))
    }
}

/// Ratio to reference (`Normaliser+Reference`).
extension MethodProblem {
    static func referenceUnitWithoutData(indicator: String, unit: String, suggestion: String?, _ w: Words) -> (problem: String, fix: String) {
        (w.t("`\(indicator)`: the reference unit `\(unit)` has no data", "`\(indicator)`：基准单位 `\(unit)` 没有数据"),
         suggestion.map { w.t("did you mean `\($0)`? Name a unit of the panel", "是否指 `\($0)`？请填写面板中的单位") } ?? w.t("name a unit of the panel", "请填写面板中的单位"))
    }

    static func referenceYearMissing(indicator: String, year: Int, years: [Int], _ w: Words) -> (problem: String, fix: String) {
        let list = years.map(String.init).joined(separator: ", ")
        return (w.t("`\(indicator)`: the reference year \(year) is not in the data", "`\(indicator)`：基准年 \(year) 不在数据中"),
                w.t("use one of the years \(list)", "使用以下年份之一：\(list)"))
    }
}
