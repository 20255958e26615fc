/// A selection rule as a commission writes it: "the top 10% are exemplars" (排名前10%), "three exemplars per
/// peer group", "the bottom 10% get targeted help" (后10%). `flags.exemplars` and `flags.needs_help`:
///
/// ```yaml
/// flags:
///   exemplars:  {top_share: 0.1, per_group: false, rounding: half-up, require: [not flagged, not declining]}
///   needs_help: {bottom_count: 3, per_group: true, combine: add}
/// ```
/// The quota of a share `s` over `n` ranked units is `s · n` rounded as stated:
///
/// | rounding | 0.1 × 34 = 3.4 | 0.2 × 34 = 6.8 | 0.15 × 30 = 4.5 |
/// |---|---|---|---|
/// | `half-up` (四舍五入, default) | 3 | 7 | 5 |
/// | `down` | 3 | 6 | 4 |
/// | `up` | 4 | 7 | 5 |
///
/// (a relative 1e-9 guards the float products, so 0.1 × 34 is 3.4, not 3.4000000000000004.) A count is taken as
/// written. With `per_group` the quota is worked out in each peer group over its own ranked units. Units
/// are taken best (or worst) first; a unit failing a requirement is passed over and the next one taken, and
/// the pass-over is reported. When the last unit taken is tied (`Ties`) with the next, all of them are named
/// and the tie is reported — never broken silently. `combine: replace` (default): the quota alone decides the
/// list (for needs help, the statistical rules' needs-help signals move to the watch list); `add`: a unit is
/// on the list by either. Exempt, new and observer units (`status`) are never counted nor named.
///
/// Not to be confused with `flags.bottom_share`, which only raises the severity of the low-level rule.
public struct SelectionRule: Sendable, Equatable {
    public enum Size: Sendable, Equatable { case share(Double), count(Int) }
    public enum Rounding: String, Sendable, CaseIterable { case halfUp = "half-up", down, up }
    public enum Requirement: String, Sendable, CaseIterable {
        case notFlagged = "not flagged", notWatched = "not watched", notDeclining = "not declining"
    }
    public enum Combine: String, Sendable, CaseIterable { case replace, add }

    public var size: Size
    public var perGroup = false
    public var rounding: Rounding = .halfUp
    public var require: [Requirement] = []
    public var combine: Combine = .replace

    public init(size: Size) { self.size = size }

    /// The number of units named out of `n` ranked ones, and the unrounded `s · n` (`nil` for a count).
    public func quota(of n: Int) -> (k: Int, exact: Double?) {
        switch size {
        case .count(let c): return (min(c, n), nil)
        case .share(let s):
            let x = s * Double(n), eps = 1e-9 * max(1, x)
            let k: Double
            switch rounding {
            case .halfUp: k = (x + 0.5 + eps).rounded(.down)
            case .down: k = (x + eps).rounded(.down)
            case .up: k = (x - eps).rounded(.up)
            }
            return (min(n, max(0, Int(k))), x)
        }
    }
}
