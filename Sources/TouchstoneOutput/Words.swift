/// The catalogue of fixed texts in English and Chinese: every word of the tables, CSV headers, charts and
/// reports, one `t(en, zh)` pair per entry, grouped in `Words+Area.swift` extensions (here, in the reports and
/// in the CLI). Labels of units, groups and framework nodes come from the project file; everything else a
/// reader sees comes from here. `WordsCatalogueTests` checks that every entry has both languages and that
/// both say the same numbers and ids (the same interpolations).
public struct Words: Sendable {
    public let language: String
    public var zh: Bool { language.hasPrefix("zh") }

    public init(_ language: String) { self.language = language }

    public func t(_ en: String, _ zh: String) -> String { self.zh ? zh : en }

    public var flagged: String { t("flagged", "预警") }
    public var groupMedian: String { t("peer-group median", "同组中位数") }
    public var allMedian: String { t("median of all units", "全体中位数") }
    public var interquartile: String { t("middle half of all units", "全体中间 50%") }
    public var score: String { t("score", "得分") }
    public var rank: String { t("rank", "排名") }
    public var rising: String { t("rose", "上升") }
    public var falling: String { t("fell", "下降") }
    public var unchanged: String { t("unchanged", "持平") }
    public var missing: String { t("missing", "缺失") }
    public var higherThanPeers: String { t("lifts", "拉高") }
    public var lowerThanPeers: String { t("drags", "拖累") }
    public var contributionAxis: String { t("contribution to the gap to the peer median (index points)", "对与同组中位水平差距的贡献（指数分）") }
    public var rate: String { t("rate", "比率") }
    public var target: String { t("overall rate", "总体比率") }
    public var rankRange: String { t("range of ranks over the years", "历年排名区间") }
    public var latestRank: String { t("latest rank", "最新排名") }
    public var source: String { t("Source: Touchstone", "来源：Touchstone") }

    public func year(_ y: Int) -> String { zh ? "\(y)年" : String(y) }
}
