import TouchstoneCore
import TouchstoneText

extension PathTarget {
    /// What the path aims at in `language`, its parts joined:
    ///
    /// | parts | en | zh |
    /// |---|---|---|
    /// | near 2.0, median | within 2.0 robust SD of the peer median, the peer-group median | 与同组中位数相差不超过 2.0 个稳健标准差，达到同组中位数 |
    /// | floor | the floor | 下限 |
    public func text(for language: String) -> String {
        let w = Words(language)
        return parts.map { part in
            switch part {
            case .nearPeerMedian(let sd):
                let x = NumberFormat.fixed(sd, decimals: 1)
                return w.t("within \(x) robust SD of the peer median", "与同组中位数相差不超过 \(x) 个稳健标准差")
            case .peerGroupMedian: return w.t("the peer-group median", "达到同组中位数")
            case .floor: return w.t("the floor", "下限")
            }
        }.joined(separator: w.t(", ", "，"))
    }

    /// Both languages, as JSON carries them.
    public var values: [String: String] { ["en": text(for: "en"), "zh": text(for: "zh")] }
}

extension PathNote {
    /// Why there is no path, in `language`: "no path: the index 61.2 is already at or above the peer-group
    /// median (58.1); what matters is to stop the trend".
    public func text(for language: String) -> String {
        let x = NumberFormat.fixed(index, decimals: decimals), t = NumberFormat.fixed(target, decimals: decimals)
        return Words(language).t(
            "no path: the index \(x) is already at or above \(description.text(for: "en")) (\(t)); what matters is to stop the trend",
            "无改进路径：指数 \(x) 已不低于\(description.text(for: "zh"))（\(t)），关键在于扭转趋势")
    }

    /// Both languages, as JSON carries them.
    public var values: [String: String] { ["en": text(for: "en"), "zh": text(for: "zh")] }
}
