/// How one quota of the year (`flags.exemplars` or `flags.needs_help`) was worked out, for the flag output:
/// whether it names exemplars (top) or units needing help, whether it replaces the statistical rules, each
/// group's quota (with the rule's own description of share × n and rounding), and the ties at the boundary
/// (all named) with their score.
public struct QuotaSummary: Sendable {
    public var top: Bool
    public var replacesRules: Bool
    public var groups: [(group: String?, description: QuotaDescription)]
    public var ties: [(units: [String], score: Double)]
}
