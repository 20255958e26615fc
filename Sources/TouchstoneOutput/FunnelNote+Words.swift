import TouchstoneCore

extension FunnelNote {
    /// The note in `language`:
    ///
    /// | note | en | zh |
    /// |---|---|---|
    /// | `.notACount("b03", 2.5)` | b03: 2.5 is not a count | b03：2.5 不是计数 |
    /// | `.noDenominator("b03")` | b03: no denominator | b03：没有分母 |
    public func text(_ language: String) -> String {
        let w = Words(language)
        switch self {
        case let .notACount(unit, value): return w.t("\(unit): \(value) is not a count", "\(unit)：\(value) 不是计数")
        case let .noDenominator(unit): return w.t("\(unit): no denominator", "\(unit)：没有分母")
        case let .moreEventsThanDenominator(unit): return w.t("\(unit): more events than the denominator", "\(unit)：事件数多于分母")
        }
    }
}
