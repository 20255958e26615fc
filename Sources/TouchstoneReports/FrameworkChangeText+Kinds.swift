import TouchstoneText
import TouchstoneCore

/// The words for framework changes other than a weight (`FrameworkChange.Kind`): a target or goalposts
/// changed, an indicator added or dropped (`years:`), a column renamed.
///
/// | kind | en | zh |
/// |---|---|---|
/// | `.added` | Framework change in 2023: indicator Themed party days added — earlier years are computed without it … | 2023年框架调整：新增指标…… |
/// | `.renamed("a", "b")` | Framework change in 2022: column of … renamed a → b; read as one series, scaled together | 2022年框架调整：……数据列由 a 改为 b；按同一序列合并计算 |
extension FrameworkChangeText {
    func kindLine(_ c: FrameworkChange, asPublished: Bool) -> String {
        let name = label(c.nodeId)
        let head = t("Framework change in \(c.year): ", "\(c.year)年框架调整：")
        let history = asPublished
            ? t("; history: as-published — the years before \(c.year) keep the earlier value", "；history: as-published——\(c.year)年以前各年沿用原值")
            : t("; history: current — every year, including those already published, is recomputed under the newest value",
                "；history: current——包括已发布年份在内的各年均按最新值重新计算")
        switch c.kind {
        case .weight:
            return head + t("weight of \(name) \(number(c.before)) → \(number(c.after))", "\(name)权重 \(number(c.before)) → \(number(c.after))") + history
        case .target:
            return head + t("target of \(name) \(number(c.before)) → \(number(c.after))", "\(name)目标值 \(number(c.before)) → \(number(c.after))") + history
        case let .goalposts(before, after):
            return head + t("goalposts of \(name) \(goalposts(before)) → \(goalposts(after))", "\(name)阈值 \(goalposts(before)) → \(goalposts(after))") + history
        case .added:
            return head + t("indicator \(name) added — the years before are computed without it (weights renormalised over the indicators of each year; not missing values); its own series starts in \(c.year)",
                            "新增指标\(name)——此前各年不含该指标计算（权重在当年指标间重新归一，不计为缺失值）；该指标序列自\(c.year)年开始")
        case .dropped:
            return head + t("indicator \(name) dropped — from \(c.year) on the index is computed without it (weights renormalised; not missing values); its own series ends in \(c.year - 1)",
                            "取消指标\(name)——自\(c.year)年起指数不含该指标（权重重新归一，不计为缺失值）；该指标序列止于\(c.year - 1)年")
        case let .renamed(from, to):
            return head + t("column of \(name) renamed `\(from)` → `\(to)`; read as one series and scaled together",
                            "\(name)数据列由 `\(from)` 改为 `\(to)`；按同一序列读取并统一标准化")
        }
    }

    func goalposts(_ g: Goalposts) -> String { "[\(number(g.lower)), \(number(g.upper))]" }
}
