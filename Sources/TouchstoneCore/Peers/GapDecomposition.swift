import Foundation
import TouchstoneStats

/// How much each dimension and indicator contributes to a unit's gap to a reference profile (by default
/// the median of its peer group on every indicator, the same year).
///
/// The reference's aggregate scores are built bottom-up from the reference indicator scores with the
/// **unit's** weights (the children present for the unit, renormalised), so unit and reference are
/// aggregated alike and the split is exact:
/// ```
/// arithmetic node:  S − R = Σ_c w̃_c (s_c − r_c)                         → child c contributes w̃_c (s_c − r_c)
/// geometric node:   ln S − ln R = Σ_c w̃_c (ln s_c − ln r_c)             → child c contributes
///                   (S − R) · w̃_c (ln s_c − ln r_c) / (ln S − ln R)     (log-based split; 0 when S = R)
/// ```
/// Contributions are propagated to the root, so the indicator contributions sum to the index gap and
/// each dimension's contribution is the sum of its indicators'. Note that the reference index is the
/// index *of the median profile*, not the median of the peers' indices (the median is not additive).
/// Indicators the unit lacks contribute nothing (their weight went to the siblings present).
/// Reference: Ang (2004), "Decomposition analysis for policymaking in energy", *Energy Policy* 32 — the
/// logarithmic mean split used here for geometric nodes.
public struct GapDecomposition: Sendable {
    public var row: Int
    /// Unit and reference score of every node (reference aggregated with the unit's weights).
    public var unitScores: [String: Double]
    public var referenceScores: [String: Double]
    /// Contribution of every node to the root's gap (`unit − reference`); missing for absent nodes.
    public var contributions: [String: Double]

    public var gap: Double { contributions[rootId] ?? .nan }
    let rootId: String

    /// Decomposes `row`'s gap to `reference` (normalised indicator scores by indicator id).
    ///
    /// Each node n carries a multiplier m_n with contribution C_n = m_n·(s_n − r_n); m_root = 1. For a child c
    /// of an arithmetic node, m_c = m_n·w̃_c; of a geometric node, m_c = m_n·w̃_c·L(S+h, R+h)/L(s_c+h, r_c+h)
    /// with L the logarithmic mean (L(a, b) = (a − b)/(ln a − ln b), L(a, a) = a) and h the shift. This is
    /// the split above written so that it stays exact when a node's own gap is zero.
    ///
    /// - Parameter plan: `result.plan`, when the caller already has it (it is resolved from the project otherwise).
    public init(result: IndexResult, row: Int, reference: [String: Double], plan: AggregationPlan? = nil) {
        self.row = row
        self.rootId = result.root.id
        var unit: [String: Double] = [:], ref: [String: Double] = [:], weightOf: [String: Double] = [:]
        let plan = plan ?? result.plan
        func visit(_ node: FrameworkNode) -> Bool {
            if node.isIndicator {
                let s = result.scores[node.id]![row], r = reference[node.id] ?? .nan
                guard !s.isNaN, !r.isNaN else { return false }
                unit[node.id] = s
                ref[node.id] = r
                return true
            }
            let present = node.children.map { visit($0) }
            guard let step = plan[node.id], let rule = step.rule, !result.scores[node.id]![row].isNaN else { return false }
            let weights = zip(step.weights, present).map { $1 ? $0 : 0 }
            let total = weights.reduce(0, +)
            guard present.contains(true), total > 0 else { return false }
            // A sum counts each child at its weight (scaled up over missing children, as `NodeMean` does).
            let scale = rule.isSum ? step.weights.reduce(0, +) / total : 1 / total
            for (c, w) in zip(node.children, weights) where unit[c.id] != nil { weightOf[c.id] = w * scale }
            // Unit and reference through the one kernel, over the children both have, with no coverage rule.
            let both = NodeMean.Rule(exponent: rule.exponent, shift: rule.shift, sum: rule.isSum)
            let u = NodeMean.evaluate(row: node.children.map { unit[$0.id] ?? .nan }, weights: weights, rule: both).value
            let r = NodeMean.evaluate(row: node.children.map { ref[$0.id] ?? .nan }, weights: weights, rule: both).value
            guard !u.isNaN, !r.isNaN else { return false }
            unit[node.id] = u
            ref[node.id] = r
            return true
        }
        var contributions: [String: Double] = [:]
        // Nodes that compare units (TOPSIS, MPI, …) or weigh per year or unit cannot be split: no decomposition.
        let decomposable = result.nodes.allSatisfy { $0.isIndicator || $0.scoresUnitByUnit(result.project.defaults) }
        if decomposable, visit(result.root) {
            func push(_ node: FrameworkNode, multiplier m: Double) {
                contributions[node.id] = m * (unit[node.id]! - ref[node.id]!)
                let rule = plan[node.id]?.rule ?? NodeMean.Rule(exponent: 1)
                let geometric = rule.exponent == 0, arithmetic = rule.exponent == 1
                let h = rule.shift
                for c in node.children where unit[c.id] != nil {
                    let w = weightOf[c.id]!
                    let mc = geometric
                        ? m * w * Self.logMean(unit[node.id]! + h, ref[node.id]! + h) / Self.logMean(unit[c.id]! + h, ref[c.id]! + h)
                        : arithmetic ? m * w
                        : m * w * Self.powerSlope(unit[c.id]! + h, ref[c.id]! + h, rule.exponent)
                            / Self.powerSlope(unit[node.id]! + h, ref[node.id]! + h, rule.exponent)
                    push(c, multiplier: mc)
                }
            }
            push(result.root, multiplier: 1)
        }
        self.unitScores = unit
        self.referenceScores = ref
        self.contributions = contributions
    }

    /// (a^r − b^r)/(a − b), with its limit r·a^(r−1) when a = b: splits a power-mean node's gap exactly
    /// (the power-mean analogue of the logarithmic mean below).
    static func powerSlope(_ a: Double, _ b: Double, _ r: Double) -> Double {
        if abs(a - b) <= 1e-12 * max(abs(a), abs(b)) { return r * pow((a + b) / 2, r - 1) }
        return (pow(a, r) - pow(b, r)) / (a - b)
    }

    /// The logarithmic mean (a − b)/(ln a − ln b), with L(a, a) = a.
    static func logMean(_ a: Double, _ b: Double) -> Double {
        if abs(a - b) <= 1e-12 * max(abs(a), abs(b)) { return (a + b) / 2 }
        return (a - b) / (log(a) - log(b))
    }

    /// The reference profile: the median of each indicator's score among `rows`.
    public static func medianProfile(result: IndexResult, rows: [Int]) -> [String: Double] {
        var profile: [String: Double] = [:]
        for id in result.panel.indicatorIds {
            if let m = Descriptive.median(rows.map { result.scores[id]![$0] }) { profile[id] = m }
        }
        return profile
    }
}
