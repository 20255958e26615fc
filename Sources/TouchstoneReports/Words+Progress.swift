import TouchstoneCore
import TouchstoneOutput

/// Words of `touchstone progress` (key targets during the year) in English and Chinese.
extension Words {
    var keyTargets: String { t("Key targets", "重点目标任务") }
    var unitWord: String { t("Unit", "编号") }
    var nameWord: String { t("Name", "名称") }
    var groupWord: String { t("Group", "组别") }
    var indicatorWord: String { t("Key target", "目标指标") }
    var targetWord: String { t("Target", "目标值") }
    var toDateWord: String { t("To date", "累计完成") }
    var expectedWord: String { t("Expected by now", "应完成") }
    var projectionWord: String { t("Projected year-end", "预计全年") }
    func intervalWord(_ level: Double) -> String { t("\(Int((level * 100).rounded()))% interval", "\(Int((level * 100).rounded()))% 区间") }
    var probabilityWord: String { t("P(reach)", "达标概率") }
    var statusWord: String { t("Status", "状态") }
    var whyWord: String { t("Why", "原因") }
    var helpWord: String { t("What would help", "如何赶上进度") }
    var learnWord: String { t("Learn from", "可学习") }
    var none: String { t("none", "无") }
    /// `Why: ` / `原因：`.
    func lead(_ word: String) -> String { word + colon }

    func status(_ s: TargetStatus) -> String {
        switch s {
        case .onTrack: t("on track", "按进度")
        case .atRisk: t("at risk", "有风险")
        case .offTrack: t("off track", "落后进度")
        case .noData: t("no data", "无数据")
        }
    }

    func expectedSource(_ s: TargetProgress.ExpectedSource) -> String {
        switch s {
        case .milestone: t("milestone", "节点目标")
        case .profile: t("past years' pace", "往年进度")
        case .linear: t("even pace", "均匀进度")
        case .target: t("the target itself", "目标值本身")
        }
    }

    func progressTitle(_ period: String, units: Int, counts: [TargetStatus: Int]) -> String {
        let parts = [TargetStatus.offTrack, .atRisk, .onTrack, .noData].compactMap { s in counts[s].map { "\($0) \(status(s))" } }
        return zh ? "\(keyTargets) — 截至 \(period)（\(units) 个单位：\(parts.joined(separator: "，"))）"
            : "\(keyTargets) — as of \(period) (\(units) units: \(parts.joined(separator: ", ")))"
    }

    func progressNote(level: Double) -> String {
        zh ? "预计全年值为往年同期累计与全年之比（全体单位）所推算的中位数；\(Int((level * 100).rounded()))% 区间为分裂共形预测区间；达标概率为往年同期路径中达到目标的比例。按进度：概率 ≥ 50%；落后进度：概率 < 10%。"
            : "Projected year-end: the median of the outcomes that past years' ratios of year-end to the same period's value-to-date (all units) give; \(Int((level * 100).rounded()))% interval: split conformal; P(reach): the share of those outcomes that reach the target. On track: P ≥ 50%; off track: P < 10%."
    }

    func behind(_ toDate: String, _ expected: String, _ source: TargetProgress.ExpectedSource) -> String {
        zh ? "累计 \(toDate)，应完成 \(expected)（\(expectedSource(source))）" : "\(toDate) to date against \(expected) expected by now (\(expectedSource(source)))"
    }

    func projected(_ value: String, _ lower: String, _ upper: String, _ target: String, _ p: String) -> String {
        zh ? "预计全年 \(value)（\(lower)–\(upper)），目标 \(target)，达标概率 \(p)" : "projected \(value) [\(lower), \(upper)] against the target \(target); P(reach) \(p)"
    }

    func needs(_ amount: String, periods: Int, perPeriod: String, typical: String) -> String {
        zh ? "余下 \(periods) 期需完成 \(amount)（每期 \(perPeriod)；往年同期一般为 \(typical)）"
            : "needs \(amount) more in the remaining \(periods) period\(periods == 1 ? "" : "s") (\(perPeriod) each; past years' same periods typically gave \(typical))"
    }

    func yearToDateFlags(_ period: String) -> String {
        zh ? "年初至 \(period) 的指数预警（各年均取同期累计，与同组及自身往年同期比较）"
            : "Early warning on the year-to-date index through \(period) (every year cut at the same period: compared with peers and with the unit's own same period of past years)"
    }

    public var yearToDate: String { t("year to date, through {period}", "年初至 {period}") }

    func changeSincePeriod(_ period: String) -> String { t("Change since \(period)", "较 \(period) 变化") }
    var previousRank: String { t("Previous rank", "上期排名") }
    var rankChange: String { t("Rank change", "名次变化") }
    var previousIndex: String { t("Previous index", "上期指数") }
    var indexChange: String { t("Index change", "指数变化") }

    func needsLevel(_ target: String) -> String {
        zh ? "余下各期需保持在 \(target) 以上" : "the remaining periods need to run above \(target)"
    }
}

extension Words {
    func bulletTitle(_ period: String) -> String { t("Key targets behind schedule, as of \(period)", "截至 \(period) 未按进度的重点目标") }
    var bulletSubtitle: String { t("As % of the target: bar to date, ◆ expected by now, ○ projected year-end with its interval, | target", "占目标的百分比：条为累计完成，◆ 为应完成，○ 为预计全年及其区间，| 为目标") }
    var percentOfTarget: String { t("% of target", "占目标 %") }
    func matrixTitle(_ period: String) -> String { t("Key targets by unit, as of \(period)", "截至 \(period) 各单位重点目标状态") }
    var matrixSubtitle: String { t("Colour: status; number: probability of reaching the target", "颜色为状态，数字为达标概率") }
}
