import TouchstoneCore

/// The words of `UnitStatus` in English and Chinese.
extension UnitStatus {
    public func label(_ language: String) -> String {
        let zh = Words(language).zh
        switch self {
        case .exempt: return zh ? "免于考核" : "exempt"
        case .new: return zh ? "新组建" : "new"
        case .observer: return zh ? "列席" : "observer"
        case .inherited: return zh ? "承继历史" : "inherited"
        }
    }

    /// "exempt: shown, not ranked, not counted in medians or cut-offs, never flagged (unit table status)".
    public func reason(_ language: String) -> String {
        Words(language).zh ? "\(label(language))：列示但不排名，不计入中位数与分界，不予预警（单位表状态）"
                                 : "\(label(language)): shown, not ranked, not counted in medians or cut-offs, never flagged (unit table status)"
    }
}
