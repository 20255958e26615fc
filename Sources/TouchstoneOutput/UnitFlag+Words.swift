import TouchstoneCore

extension UnitFlag.Severity {
    /// The severity in `language`: low, medium, high / 低, 中, 高.
    public func label(_ language: String) -> String {
        Words(language).t(name, ["", "低", "中", "高"][rawValue])
    }
}

extension UnitFlag.Rule {
    /// The rule's name in `language`, as the flag list and the report print it before a reason: low level,
    /// decline, … / 水平偏低, 显著下滑, ….
    public func label(_ language: String) -> String {
        let w = Words(language)
        switch self {
        case .lowLevel: return w.t("low level", "水平偏低")
        case .decline: return w.t("decline", "显著下滑")
        case .stagnant: return w.t("no substantive progress", "无实质进步")
        case .volatile: return w.t("on-off", "时好时坏")
        case .weakDimension: return w.t("weak dimension", "短板维度")
        case .funnel: return w.t("funnel outlier", "漏斗图异常")
        case .quota: return w.t("bottom quota", "排名靠后（名额）")
        case .behindPeers: return w.t("year-to-date index behind peers", "年初至今指数落后同组")
        case .offTrack: return w.t("off track on a key target", "重点目标落后进度")
        }
    }
}
