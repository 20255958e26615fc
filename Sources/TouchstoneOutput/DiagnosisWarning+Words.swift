import TouchstoneCore
import TouchstoneText

extension DiagnosisWarning {
    /// The finding in `language`, with its ids in backticks and its number (r and alpha to two decimals,
    /// shares in whole percent):
    ///
    /// | kind | en | zh |
    /// |---|---|---|
    /// | weak reliability | Cronbach's alpha of `discipline` is 0.43 (below 0.5) | `discipline` 的 Cronbach α 为 0.43（低于 0.5） |
    /// | near duplicate | `a` and `b` are near duplicates (r = 0.95) | `a` 与 `b` 几乎重复（r = 0.95） |
    public func message(_ language: String) -> String {
        let w = Words(language)
        let node = "`\(node)`", a = "`\(involved.first ?? "")`", b = "`\(involved.dropFirst().first ?? "")`"
        switch (kind, detail) {
        case (.negativeCorrelation, .correlation(let r)):
            return w.t("\(a) and \(b) in \(node) correlate negatively (r = \(Self.two(r)))", "\(node) 中的 \(a) 与 \(b) 呈负相关（r = \(Self.two(r))）")
        case (.nearDuplicate, .correlation(let r)):
            return w.t("\(node) and \(a) are near duplicates (r = \(Self.two(r)))", "\(node) 与 \(a) 几乎重复（r = \(Self.two(r))）")
        case (.directionMistake, .correlation(let r)):
            return w.t("\(node) correlates negatively with its own aggregate \(a) (r = \(Self.two(r)))", "\(node) 与其上级 \(a) 呈负相关（r = \(Self.two(r))）")
        case (.dominated, let .share(percent, byCorrelation)):
            let x = NumberFormat.significant(percent.rounded())
            let why = byCorrelation
                ? w.t("carries \(x)% of the squared correlations with it", "与其相关系数平方之和的 \(x)% 来自该项")
                : w.t("has \(x)% of the weight", "其权重占 \(x)%")
            return w.t("\(node) is dominated by \(a), which \(why)", "\(node) 几乎由 \(a) 决定：\(why)")
        case (.weakReliability, let .alpha(alpha, threshold)):
            let t = NumberFormat.significant(threshold)
            return w.t("Cronbach's alpha of \(node) is \(Self.two(alpha)) (below \(t))", "\(node) 的 Cronbach α 为 \(Self.two(alpha))（低于 \(t)）")
        case (.zeroInGeometric, let .nonPositive(method, leftMissing)):
            let list = involved.map { "`\($0)`" }.joined(separator: w.t(", ", "、"))
            let missing = leftMissing ? w.t(" (such unit-years are left missing: `nonpositive: missing`)", "（这些单位年份的得分留作缺失：`nonpositive: missing`）") : ""
            return w.t("\(node) uses a \(method.rawValue) mean over \(list), which can score 0 or less", "\(node) 对 \(list) 采用 \(method.rawValue) 平均，而它们的得分可能为 0 或更低") + missing
        case (.perYearScaling, .years(let years)):
            let more = involved.count > 6 ? w.t(" and \(involved.count - 6) more", " 等另 \(involved.count - 6) 项") : ""
            let list = involved.prefix(6).map { "`\($0)`" }.joined(separator: w.t(", ", "、")) + more
            return w.t("\(list) \(involved.count == 1 ? "is" : "are") scaled, weighted or compared within each year, but the data has \(years) years: scores only rank units within a year, so a unit can improve and lose points",
                       "\(list)（共 \(involved.count) 项）按年分别缩放、加权或比较，但数据有 \(years) 年：得分只能在同一年内给单位排序，单位有进步也可能失分")
        default:
            return "\(kind.rawValue) \(node)"
        }
    }

    /// What to do about the finding, in `language`.
    public func fix(_ language: String) -> String {
        let w = Words(language)
        switch kind {
        case .negativeCorrelation:
            return w.t("check both directions; if the trade-off is real, consider separate dimensions or a non-compensatory aggregation (geometric, MPI, Copeland)",
                       "检查两者的方向；若确为此消彼长，可拆分为不同维度，或采用非补偿性汇总（几何平均、MPI、Copeland）")
        case .nearDuplicate:
            return w.t("they double-count one aspect: keep one, or halve their weights", "两者重复计量同一方面：保留其一，或将两者权重减半")
        case .directionMistake:
            return w.t("check its `direction` (lower is better?) and its data", "检查其 `direction`（是否越低越好？）及数据")
        case .dominated:
            return w.t("check the other children's variation and weights; rebalance the weights or merge the weak children",
                       "检查其他下级的变异与权重；重新平衡权重，或合并作用微弱的下级")
        case .weakReliability:
            return w.t("its children hardly measure one thing: check directions and negative correlations, or regroup them",
                       "其下级几乎不在度量同一件事：检查方向与负相关，或重新分组")
        case .zeroInGeometric:
            let missing: Bool
            if case .nonPositive(_, let m) = detail { missing = m } else { missing = false }
            return w.t("normalise to a range above 0 (e.g. `range: [1, 100]`, as COINr does), set `shift:`, or use `aggregation: arithmetic`",
                       "归一化到 0 以上的区间（如 `range: [1, 100]`，COINr 即如此），设置 `shift:`，或改用 `aggregation: arithmetic`")
                + (missing ? w.t("; keep `nonpositive: missing` only if a missing score is the right answer there (UNDP's choice for the HDI)",
                                 "；仅当此处得分缺失确属应有结果时才保留 `nonpositive: missing`（UNDP 对 HDI 的做法）") : "")
        case .perYearScaling:
            return w.t("use `scope: panel` (the default) for anything read as a trend; keep `scope: year` for single-year league tables",
                       "凡要看趋势的，使用 `scope: panel`（默认）；`scope: year` 只用于单年排名表")
        }
    }

    /// r and alpha as the warnings print them: rounded to two decimals, without trailing zeros.
    static func two(_ v: Double) -> String { NumberFormat.significant((v * 100).rounded() / 100) }
}
