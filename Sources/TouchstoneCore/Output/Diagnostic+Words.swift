/// The words of `Diagnostic.Kind` in English and Chinese, and of a diagnostic as a reader sees it.
///
/// | kind | en | zh |
/// |---|---|---|
/// | `.unitWithoutData(unit: "b35")` | unit `b35` has no data and is left out | 单位 `b35` 没有数据，未纳入 |
extension Diagnostic.Kind {
    public func text(_ language: String) -> String {
        let zh = language.hasPrefix("zh")
        switch self {
        case .unitWithoutData(let unit):
            return zh ? "单位 `\(unit)` 没有数据，未纳入" : "unit `\(unit)` has no data and is left out"
        }
    }
}

extension Diagnostic {
    /// The diagnostic's text in `language`: its kind's words, or its `message` when it has no kind yet.
    public func text(_ language: String) -> String {
        kind?.text(language) ?? message
    }
}
