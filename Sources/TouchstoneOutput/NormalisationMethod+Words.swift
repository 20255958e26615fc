import TouchstoneCore

/// How the report's method section describes each normalisation method, in English and Chinese, keyed by the
/// method's name (`NormalisationDescriptor.method`): `{range}`, `{scope}`, `{mean}`, `{sd}`, `{lower}`,
/// `{upper}`, `{target}` and `{option key}` are filled in by the report. A new method adds its line here;
/// `NormalisationWordsTests` fails for a registered method without one.
///
/// | method | en | zh |
/// |---|---|---|
/// | min-max | min-max to {range}, {scope} | 极差标准化至 {range}，{scope} |
/// | goalposts (declared on each indicator) | goalposts (declared on each indicator) → {range} | 阈值法（各指标自定阈值）→ {range} |
extension NormalisationMethod {
    /// One description: `(en, zh)`, and for the project default of a method whose values are declared on each
    /// indicator (goalposts, targets), `each`.
    struct Description {
        var en: String
        var zh: String
        var each: (en: String, zh: String)? = nil
    }

    static let descriptions: [String: Description] = [
        "min-max": .init(en: "min-max to {range}, {scope}", zh: "极差标准化至 {range}，{scope}"),
        "z-score": .init(en: "z-score (mean {mean}, sd {sd}), {scope}", zh: "Z 分数（均值 {mean}，标准差 {sd}），{scope}"),
        "goalposts": .init(en: "goalposts {lower} to {upper} → {range}", zh: "阈值法 {lower} 至 {upper} → {range}",
                           each: ("goalposts (declared on each indicator) → {range}", "阈值法（各指标自定阈值）→ {range}")),
        "distance-to-target": .init(en: "share of the target {target} → {range}", zh: "目标达成度（目标 {target}）→ {range}",
                                    each: ("share of each indicator's target → {range}", "目标达成度（各指标自定目标）→ {range}")),
        "rank": .init(en: "rank → {range}", zh: "rank → {range}"),
        "percentile-rank": .init(en: "percentile-rank → {range}", zh: "percentile-rank → {range}"),
        "borda": .init(en: "borda → {range}", zh: "borda → {range}"),
        "ratio-to-reference": .init(en: "ratio-to-reference → {range}", zh: "ratio-to-reference → {range}"),
        "bands": .init(en: "bands → {range}", zh: "bands → {range}"),
        "none": .init(en: "none → {range}", zh: "none → {range}"),
        "log-min-max": .init(en: "min-max of ln(x + {shift}) to {range}, {scope}", zh: "对 ln(x + {shift}) 极差标准化至 {range}，{scope}"),
    ]

    /// Whether the method has words (every registered method should: `NormalisationWordsTests`).
    public var hasDescription: Bool { Self.descriptions[rawValue] != nil }

    /// The method's description in `language`, with its {placeholders}; `each`: the form for a project default
    /// whose values are declared on each indicator, when the method has one. A method without words reads as
    /// its name.
    public func summary(_ language: String, each: Bool = false) -> String {
        let w = Words(language)
        guard let d = Self.descriptions[rawValue] else { return "\(rawValue) → {range}" }
        if each, let e = d.each { return w.t(e.en, e.zh) }
        return w.t(d.en, d.zh)
    }

    /// Whether the method has a separate description for values declared on each indicator.
    public var hasEachSummary: Bool { Self.descriptions[rawValue]?.each != nil }

    /// What a rank-based method gives a single value and a constant column, in `language` (`MethodFinding`).
    func degenerate(_ w: Words) -> (single: String, constant: String) {
        switch rawValue {
        case "rank": return (w.t("rank 1", "第 1 名"), w.t("all rank 1", "均为第 1 名"))
        case "borda": return ("0", w.t("all score 0", "均得 0 分"))
        case "percentile-rank": return (w.t("the middle of the range", "区间中点"), w.t("all get the bottom of the range", "均得区间下限"))
        default: return (w.t("the middle of the range", "区间中点"), w.t("the middle of the range", "区间中点"))
        }
    }
}

extension AggregationMethod {
    /// How the report's method section names the aggregation, in `language`: "weighted arithmetic mean" /
    /// "加权算术平均"; others "aggregation: power" / "汇总方法：power".
    public func summary(_ language: String) -> String {
        let w = Words(language)
        switch self {
        case .arithmetic: return w.t("weighted arithmetic mean", "加权算术平均")
        case .geometric: return w.t("weighted geometric mean", "加权几何平均")
        default: return w.t("aggregation: \(rawValue)", "汇总方法：\(rawValue)")
        }
    }
}
