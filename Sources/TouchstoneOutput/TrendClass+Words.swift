import TouchstoneCore

/// The words of `TrendClass` in English and Chinese.
extension TrendClass {
    public func label(_ language: String) -> String {
        let zh = Words(language).zh
        switch self {
        case .improving: return zh ? "持续向好" : "improving"
        case .declining: return zh ? "持续下滑" : "declining"
        case .stable: return zh ? "基本稳定" : "stable"
        case .stagnantBelowPeers: return zh ? "低于同组且无实质进步" : "stagnant below peers"
        case .volatile: return zh ? "时好时坏" : "volatile (on-off)"
        case .insufficientData: return zh ? "数据不足" : "insufficient data"
        }
    }
}
