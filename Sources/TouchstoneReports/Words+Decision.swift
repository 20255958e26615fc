/// Texts of the decision page: who needs help, what they share, what to do and whom to learn from.
extension Words {
    var decisionTitle: String { t("Decision summary", "决策摘要") }
    func needsHelpLine(_ n: Int, _ list: String) -> String {
        n == 0 ? t("No unit needs targeted help this year.", "本年度没有需要针对性帮扶的单位。")
               : t("Need help (\(n)): \(list).", "需帮扶（\(n) 个）：\(list)。")
    }
    func watchLine(_ n: Int, _ list: String) -> String { t("To watch (\(n)): \(list).", "需关注（\(n) 个）：\(list)。") }
    func sharedDriverLine(_ driver: String, count: Int, of n: Int, organisationWide: Bool) -> String {
        organisationWide
            ? t("Shared driver: \(driver) is the largest drag for \(count) of the \(n) units that need help — an organisation-wide issue, not one unit's.",
                "共性短板：\(driver)是 \(n) 个需帮扶单位中 \(count) 个的最大拖累项——这是全局性问题，而非个别单位的问题。")
            : t("Largest drag: \(driver) (\(count) of the \(n) units that need help).", "主要拖累项：\(driver)（\(n) 个需帮扶单位中的 \(count) 个）。")
    }
    func actionsLine(_ list: String) -> String { t("Recommended first steps: \(list).", "建议首先：\(list)。") }
    func learnFromLine(_ list: String) -> String { t("Learn from: \(list).", "学习对象：\(list)。") }
    var noExemplarsToLearnFrom: String { t("Learn from: no peer leads where the units that need help are weak.", "学习对象：暂无在其薄弱处领先的同组单位。") }
    func forUnits(_ units: String) -> String { t(" for \(units)", "（\(units)）") }
    func decisionAlt(_ index: String, _ year: String) -> String {
        t("\(index) of every unit in \(year) by peer group, coloured by whether it needs help", "\(year)各单位\(index)，按组别排列，按是否需帮扶着色")
    }
    func andMore(_ n: Int) -> String { t(" and \(n) more", " 等，另有 \(n) 个") }
    func raise(_ indicator: String) -> String { t("raise \(indicator)", "提升\(indicator)") }
    var tierNeedsHelp: String { t("needs help", "需帮扶") }
    var distributionAppendixTitle: String { t("Distribution of the index", "指数分布") }
}
