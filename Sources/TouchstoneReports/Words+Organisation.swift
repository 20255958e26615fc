import TouchstoneOutput
/// Texts of the "what moved and what to do" chapter: the organisation's change by dimension and indicator,
/// the drivers the units that need help share, and the recommendations.
extension Words {
    var organisationTitle: String { t("What moved and what to do", "变化原因与建议") }
    func organisationMovedTitle(_ since: String) -> String { t("What moved the organisation since \(since)", "较\(since)全局变化的来源") }
    func organisationChange(units: Int, from: String, to: String, meanChange: String, medianFrom: String, medianTo: String, index: String) -> String {
        t("Across the \(units) units with an index score in both \(from) and \(to), the mean \(index) changed by \(meanChange) (the median moved \(medianFrom) → \(medianTo)). Each unit's change is split into the contributions of its dimensions and indicators (as in touchstone trend --unit) and averaged over the units; the contributions add up to the change of the mean.",
          "在\(from)与\(to)均有指数得分的 \(units) 个单位中，\(index)均值变化 \(meanChange)（中位数 \(medianFrom) → \(medianTo)）。每个单位的变化按维度和指标分解（同 touchstone trend --unit），再对各单位取平均；各项贡献之和等于均值的变化。")
    }
    var contributionHeader: String { t("Contribution to the mean change", "对均值变化的贡献") }
    var movedMostHeader: String { t("Indicator that moved it most", "贡献最大的指标") }
    var coverageRow: String { t("Indicators reported in one year only", "仅一年有数据的指标") }
    var totalRow: String { t("Change of the mean", "均值变化") }
    func sharedDriversTitle(_ n: Int) -> String { t("Drivers shared by the \(n) units that need help", "\(n) 个需帮扶单位的共性短板") }
    func driverLine(_ indicator: String, count: Int, of n: Int, units: String, organisationWide: Bool, moved: String?) -> String {
        let movedEn = moved.map { "; it moved the organisation's mean by \($0)" } ?? "", movedZh = moved.map { "；该指标使全局均值变化 \($0)" } ?? ""
        return organisationWide
            ? t("\(indicator): the first step for \(count) of the \(n) (\(units)) — organisation-wide, not one unit's issue\(movedEn).",
                "\(indicator)：\(n) 个中有 \(count) 个首先要补（\(units)）——属全局性问题，而非个别单位的问题\(movedZh)。")
            : t("\(indicator): the first step for \(count) of the \(n) (\(units))\(movedEn).", "\(indicator)：\(n) 个中有 \(count) 个首先要补（\(units)）\(movedZh)。")
    }
    var recommendationsTitle: String { t("Recommendations", "建议") }
    var recommendationsNote: String {
        t("Generated from the flags, the improvement paths (the smallest steps, within what peers already achieve, that close the gap) and the learning partners; the unit sections give the details.",
          "根据预警、改进路径（在同组已达到的水平之内、缩小差距的最小改进）和学习对象生成；详见各单位小节。")
    }
    func organisationWideAction(_ indicator: String, count: Int, of n: Int) -> String {
        t("Organisation-wide: raise \(indicator) through one central measure (guidance, training or resources for all units) — it is the first step for \(count) of the \(n) units that need help.",
          "全局层面：以统一措施（指导、培训或资源）提升\(indicator)——\(n) 个需帮扶单位中有 \(count) 个首先要补这一项。")
    }
    func unitAction(_ unit: String, severity: String, steps: String, partners: String?) -> String {
        let en = partners.map { "; learn from \($0)" } ?? "", zh = partners.map { "；学习\($0)" } ?? ""
        return t("\(unit) (\(severity)): \(steps)\(en).", "\(unit)（\(severity)）：\(steps)\(zh)。")
    }
    var noStepsWithinPeers: String { t("no step within what peers achieve closes the gap — review with the unit", "在同组已达到的水平之内无法缩小差距——需与该单位共同研究") }
    func watchAction(_ n: Int, _ list: String) -> String {
        t("Watch (\(n)): \(list) — check again with the next data; no action yet.", "持续关注（\(n) 个）：\(list)——下次数据更新时复核，暂不采取措施。")
    }
    func shareAction(_ list: String) -> String {
        t("Share what works: ask \(list) to present their practice to their peer groups.", "推广经验：请\(list)向同组单位介绍做法。")
    }
    var noRecommendations: String { t("No unit needs targeted help this year: keep the yearly review.", "本年度无需针对性帮扶的单位：保持年度评估。") }
}
