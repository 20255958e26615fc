import Foundation

/// Scores one unit-year through the framework from its indicator scores, by the same rules as
/// `IndexPipeline` (weights renormalised over present children, `min_coverage`, arithmetic or geometric
/// mean with shift; a geometric mean over a value `<= 0` gives a missing score here).
///
/// Used to ask "what if": improvement paths change a few indicator scores and re-score the unit without
/// recomputing the panel.
public struct UnitScorer: Sendable {
    public let project: Project

    public init(project: Project) { self.project = project }

    /// Scores of every node, given the indicator scores (`NaN` or absent = missing).
    public func score(_ indicators: [String: Double]) -> [String: Double] {
        var out: [String: Double] = [:]
        _ = visit(project.framework, indicators, &out)
        return out
    }

    private func visit(_ node: FrameworkNode, _ indicators: [String: Double], _ out: inout [String: Double]) -> Double {
        if node.isIndicator {
            let v = indicators[node.id] ?? .nan
            out[node.id] = v
            return v
        }
        let values = node.children.map { visit($0, indicators, &out) }
        let method = node.aggregation ?? project.defaults.aggregation
        // Methods that compare units, and weights per year or per unit, cannot score one unit alone.
        guard node.scoresUnitByUnit(project.defaults) else {
            out[node.id] = .nan
            return .nan
        }
        let r = node.meanExponent(project.defaults)
        let minCoverage = node.minCoverage ?? project.defaults.minCoverage
        let shift = node.geometricShift ?? 0
        var num = 0.0, den = 0.0, present = 0
        var undefined = false
        for (child, v) in zip(node.children, values) where !v.isNaN {
            present += 1
            switch method {
            case .arithmetic: num += child.weight * v
            case .geometric:
                if v + shift <= 0 { undefined = true } else { num += child.weight * log(v + shift) }
            default:
                if r <= 0 ? v + shift <= 0 : v + shift < 0 { undefined = true } else { num += child.weight * pow(v + shift, r) }
            }
            den += child.weight
        }
        var result = Double.nan
        if present > 0, !undefined, den > 0, Double(present) / Double(node.children.count) + 1e-12 >= minCoverage {
            result = method == .arithmetic ? num / den : method == .geometric ? exp(num / den) - shift : pow(num / den, 1 / r) - shift
        }
        out[node.id] = result
        return result
    }
}
