/// Fixed texts of charts and reports in English and Chinese. Labels of units, groups and framework nodes
/// come from the project file; everything else a reader sees comes from here.
public struct Words: Sendable {
    public let language: String
    public var zh: Bool { language.hasPrefix("zh") }

    public init(_ language: String) { self.language = language }

    func t(_ en: String, _ zh: String) -> String { self.zh ? zh : en }

    var flagged: String { t("flagged", "预警") }
    var groupMedian: String { t("peer-group median", "同组中位数") }
    var allMedian: String { t("median of all units", "全体中位数") }
    var interquartile: String { t("middle half of all units", "全体中间 50%") }
    var score: String { t("score", "得分") }
    var rank: String { t("rank", "排名") }
    var rising: String { t("rose", "上升") }
    var falling: String { t("fell", "下降") }
    var unchanged: String { t("unchanged", "持平") }
    var missing: String { t("missing", "缺失") }
    var higherThanPeers: String { t("lifts", "拉高") }
    var lowerThanPeers: String { t("drags", "拖累") }
    var contributionAxis: String { t("contribution to the gap to the peer median (index points)", "对与同组中位水平差距的贡献（指数分）") }
    var rate: String { t("rate", "比率") }
    var target: String { t("overall rate", "总体比率") }
    var rankRange: String { t("range of ranks over the years", "历年排名区间") }
    var latestRank: String { t("latest rank", "最新排名") }
    var source: String { t("Source: Touchstone", "来源：Touchstone") }

    func year(_ y: Int) -> String { zh ? "\(y)年" : String(y) }
}
