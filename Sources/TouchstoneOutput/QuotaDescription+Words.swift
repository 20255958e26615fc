import Foundation
import TouchstoneCore
import TouchstoneText

extension QuotaDescription {
    /// How the quota was worked out, in `language`:
    ///
    /// | quota | en | zh |
    /// |---|---|---|
    /// | top share 0.1 of 34, half-up | top 10% of 34 = 3.4, rounded half-up to 3 | 前 10%：34 × 10% = 3.4，四舍五入为 3 |
    /// | bottom count 5 of 3 | bottom 5 of 3 (all 3) | 后 5 名（共 3） |
    public func text(for language: String) -> String {
        let w = Words(language)
        let side = top ? w.t("top", "前") : w.t("bottom", "后")
        switch size {
        case .count(let c):
            return w.t("\(side) \(c) of \(n)\(c > n ? " (all \(n))" : "")", "\(side) \(c) 名（共 \(n)）")
        case .share(let s):
            let pct = NumberFormat.fixed(s * 100, decimals: s * 100 == (s * 100).rounded() ? 0 : 1)
            let x = NumberFormat.fixed(exact ?? s * Double(n), decimals: 2).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
            let how = rounding.label(language)
            return w.t("\(side) \(pct)% of \(n) = \(x), rounded \(how) to \(quota)", "\(side) \(pct)%：\(n) × \(pct)% = \(x)，\(how)为 \(quota)")
        }
    }
}

extension SelectionRule.Rounding {
    /// The rounding in `language`: half-up, down, up / 四舍五入, 向下取整, 向上取整.
    public func label(_ language: String) -> String {
        let w = Words(language)
        switch self {
        case .halfUp: return w.t("half-up", "四舍五入")
        case .down: return w.t("down", "向下取整")
        case .up: return w.t("up", "向上取整")
        }
    }
}

extension SelectionNote {
    /// How a quota named or passed over the unit, in `language`.
    ///
    /// | note | en | zh |
    /// |---|---|---|
    /// | passed over, not flagged | passed over for the exemplar quota: not flagged | 因不满足“not flagged”未列入标杆名额 |
    /// | named, group a, tie | top 2 of 9 in a; tied at the boundary: b03, b11, all named | a组前 2 名（共 9）；名额边界并列：b03, b11，均列入 |
    public func text(for language: String) -> String {
        let w = Words(language)
        switch self {
        case .passedOver(let requirement):
            return w.t("passed over for the exemplar quota: \(requirement.rawValue)", "因不满足“\(requirement.rawValue)”未列入标杆名额")
        case let .named(quota, group, tied):
            let tie = tied.map { FlagReason.tie($0, w) } ?? ""
            return w.t(quota.text(for: language) + (group.map { " in \($0)" } ?? ""), (group.map { "\($0)组" } ?? "") + quota.text(for: language)) + tie
        }
    }
}
