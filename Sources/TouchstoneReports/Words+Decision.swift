import TouchstoneOutput

/// Texts of the decision page: who needs help, what they share, what to do and whom to learn from.
extension Words {
    var decisionTitle: String { t("Decision summary", "决策摘要") }
    func needsHelpLine(_ n: Int, _ list: String) -> String {
        n == 0 ? t("No unit needs targeted help this year.", "本年度没有需要针对性帮扶的单位。")
               : t("Need help (\(n)): \(list).", "需帮扶（\(n) 个）：\(list)。")
    }
    func watchLine(_ n: Int, _ list: String) -> String { t("To watch (\(n)): \(list).", "需关注（\(n) 个）：\(list)。") }
    func unresolvedLine(year: String, _ list: String) -> String {
        t("Unresolved from \(year), no data since: \(list).", "\(year)预警未解决（此后无数据）：\(list)。")
    }
    func notAssessedLine(_ heading: String, _ list: String) -> String { heading + t(": \(list).", "：\(list)。") }
    func sharedDriverLine(_ driver: String, count: Int, of n: Int, organisationWide: Bool) -> String {
        organisationWide
            ? t("Shared driver: \(driver) comes first for \(count) of the \(n) units that need help — an organisation-wide issue, not one unit's.",
                "共性短板：\(n) 个需帮扶单位中有 \(count) 个首先要补\(driver)——这是全局性问题，而非个别单位的问题。")
            : t("Main driver: \(driver) (\(count) of the \(n) units that need help).", "主要短板：\(driver)（\(n) 个需帮扶单位中的 \(count) 个）。")
    }
    func actionsLine(_ list: String) -> String { t("Recommended first steps: \(list).", "建议首先：\(list)。") }
    func medianMovesLine(index: String, from: String, to: String, change: String, year: String, dimensions: String) -> String {
        t("Organisation: the median \(index) moved \(from) → \(to) (\(change)) since \(year); dimension medians moved most in \(dimensions).",
          "全局：\(index)中位数自\(year)的 \(from) 变为 \(to)（\(change)）；变动最大的维度中位数：\(dimensions)。")
    }
    func partnerOf(_ n: Int) -> String { t(n == 1 ? "partner of 1" : "partner of \(n)", "\(n) 个单位的学习对象") }
    func learnFromLine(_ list: String) -> String { t("Learn from: \(list).", "学习对象：\(list)。") }
    var noExemplarsToLearnFrom: String { t("Learn from: no peer leads where the units that need help are weak.", "学习对象：暂无在其薄弱处领先的同组单位。") }
    func forUnits(_ units: String) -> String { t(" for \(units)", "（\(units)）") }
    func decisionAlt(_ index: String, _ year: String) -> String {
        t("\(index) of every unit in \(year) by peer group, coloured by whether it needs help", "\(year)各单位\(index)，按组别排列，按是否需帮扶着色")
    }
    func andMore(_ n: Int) -> String { t(" and \(n) more", " 等，另有 \(n) 个") }
    func raise(_ indicator: String) -> String { t("raise \(indicator)", "提升\(indicator)") }
    func focusNote(shown: Int, of n: Int) -> String {
        t("With \(n) units this report shows \(shown) of them one by one: those that need help, to watch, exemplars, and the top and bottom ten. Every unit's row is in index.csv beside this report.",
          "共 \(n) 个单位，本报告逐一列出其中 \(shown) 个：需帮扶、需关注、标杆单位及排名前十与后十。全部单位见本报告旁的 index.csv。")
    }
    func sectionsNote(shown: Int, of n: Int) -> String {
        t("Sections for the \(shown) most severe of the \(n) units that need help; the others are in the table of the summary and in index.csv.",
          "以下为 \(n) 个需帮扶单位中最严重的 \(shown) 个；其余见概况中的表格及 index.csv。")
    }
    var seeChapter: String { t("(see their chapter)", "（详见标杆单位一章）") }
    var tierNeedsHelp: String { t("needs help", "需帮扶") }
    var distributionAppendixTitle: String { t("Distribution of the index", "指数分布") }
}
