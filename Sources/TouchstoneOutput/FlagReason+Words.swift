import TouchstoneCore
import TouchstoneText

extension FlagReason {
    /// The reason in `language`, one line with its numbers (index scores with `decimals`, robust SD with one
    /// decimal, p-values and rates with three):
    ///
    /// | kind | en | zh |
    /// |---|---|---|
    /// | low level | index 34.4 is 2.1 robust SD below the peer median 58.1 and in the bottom 15% (cut-off 49.6) | 指数 34.4 低于同组中位数 58.1 达 2.1 个稳健标准差，处于后 15%（分界 49.6） |
    /// | weak dimension | Self-discipline 40.2 is below the floor (45.0) | 自律建设 40.2 低于下限（45.0） |
    public func text(for language: String) -> String {
        let w = Words(language)
        let f = { (v: Double) in NumberFormat.fixed(v, decimals: decimals) }
        switch kind {
        case let .lowLevel(score, belowSD, median, bottom):
            let tail = bottom.map { b in w.t(" and in the bottom \(b.percent)% (cut-off \(f(b.cutoff)))", "，处于后 \(b.percent)%（分界 \(f(b.cutoff))）") } ?? ""
            return w.t("index \(f(score)) is \(Self.sd(belowSD)) robust SD below the peer median \(f(median))",
                       "指数 \(f(score)) 低于同组中位数 \(f(median)) 达 \(Self.sd(belowSD)) 个稳健标准差") + tail
        case let .decline(first, firstYear, last, lastYear, slope, fallSD, p):
            return w.t("index fell from \(f(first)) (\(firstYear)) to \(f(last)) (\(lastYear)), \(f(slope)) a year, \(Self.sd(fallSD)) robust SD in all (Mann–Kendall p = \(Self.p(p)))",
                       "指数由 \(f(first))（\(firstYear)年）降至 \(f(last))（\(lastYear)年），年均 \(f(slope))，累计 \(Self.sd(fallSD)) 个稳健标准差（Mann–Kendall p = \(Self.p(p))）")
        case let .stagnant(years, belowSD, p):
            let note = p.map { w.t(" (Mann–Kendall p = \(Self.p($0)))", "（Mann–Kendall p = \(Self.p($0))）") } ?? ""
            return w.t("below the peer median in each of the last \(years) years, by \(Self.sd(belowSD)) robust SD on average, with no significant improvement",
                       "近 \(years) 年均低于同组中位数，平均低 \(Self.sd(belowSD)) 个稳健标准差，且无显著进步") + note
        case let .volatile(reversals, changes, p, swing, ratio, typical):
            return w.t("direction reversed \(reversals) times in \(changes) yearly changes (turning-point p = \(Self.p(p))), mean swing \(f(swing)) a year, \(Self.sd(ratio))× the typical \(f(typical))",
                       "\(changes) 次年度变化中方向反转 \(reversals) 次（转折点检验 p = \(Self.p(p))），年均波动 \(f(swing))，为一般水平 \(f(typical)) 的 \(Self.sd(ratio)) 倍")
        case let .funnel(x):
            let name = x.indicator.label.text(for: language, fallback: x.indicator.id)
            let level = x.alarm ? "99.8%" : "95%"
            let n = NumberFormat.full(x.denominator)
            return w.t("\(name) \(x.events) in \(n) (rate \(Self.p(x.rate))) is \(x.above ? "above" : "below") the \(level) control limit \(Self.p(x.limit)) (overall rate \(Self.p(x.target)); p = \(Self.p(x.p)))",
                       "\(name) \(x.events)/\(n)（比率 \(Self.p(x.rate))）\(x.above ? "高于" : "低于") \(level) 控制限 \(Self.p(x.limit))（总体比率 \(Self.p(x.target))；p = \(Self.p(x.p))）")
        case let .weakDimension(dimension, score, floor, basis):
            let name = dimension.label.text(for: language, fallback: dimension.id)
            let what: String
            switch basis {
            case .fixed: what = w.t("the floor", "下限")
            case .percentile(let n): what = w.t("the \(n)th percentile of all units", "全体第 \(n) 百分位")
            case .peerMedian(let sd): what = w.t("the floor of \(Self.sd(sd)) robust SD under the peer median", "同组中位数以下 \(Self.sd(sd)) 个稳健标准差的下限")
            }
            return w.t("\(name) \(f(score)) is below \(what) (\(f(floor)))", "\(name) \(f(score)) 低于\(what)（\(f(floor))）")
        case let .quota(score, quota, group, tied):
            let inGroup = group.map { w.t(" of the peer group \($0)", "（同组 \($0)）") } ?? ""
            return w.t("index \(f(score)) is in the \(quota.text(for: language))", "指数 \(f(score)) 位列\(quota.text(for: language))")
                + inGroup + (tied.map { Self.tie($0, w) } ?? "")
        case let .offTrack(x):
            let name = x.indicator.label.text(for: language, fallback: x.indicator.id)
            let v = Self.targetValue
            let chance = x.probability.map { NumberFormat.fixed($0 * 100, decimals: 0) + "%" } ?? "–"
            return w.t("\(name) \(v(x.toDate)) to date against \(v(x.expected)) expected by \(x.asOf); projected \(v(x.projection)) against the target \(v(x.target)), P(reach) \(chance)",
                       "\(name) 截至 \(x.asOf) 累计 \(v(x.toDate))，应完成 \(v(x.expected))；预计全年 \(v(x.projection))，目标 \(v(x.target))，达标概率 \(chance)")
        }
    }

    /// The reason in both languages (`en`, `zh`), as JSON carries it.
    public var values: [String: String] { ["en": text(for: "en"), "zh": text(for: "zh")] }

    /// Robust SD and ratios: one decimal.
    static func sd(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }
    /// p-values and rates: three decimals.
    static func p(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 3) }
    /// A target's value as `progress` prints it: whole numbers from 100, else one decimal.
    static func targetValue(_ v: Double) -> String {
        v.isNaN ? "–" : NumberFormat.fixed(v, decimals: abs(v) >= 100 ? 0 : 1)
    }

    /// "; tied at the boundary: b03, b11, all named" after a quota.
    static func tie(_ units: [String], _ w: Words) -> String {
        let ids = units.joined(separator: ", ")
        return w.t("; tied at the boundary: \(ids), all named", "；名额边界并列：\(ids)，均列入")
    }
}
