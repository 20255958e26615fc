import Foundation
import TouchstoneStats

/// Scores every aggregate node for many weight sets at once.
///
/// For a node whose children are indicators, the masked weighted sums for all R weight sets are two matrix
/// products through BLAS `dgemm` (Touchstone's rule of renormalising weights over the children present):
/// ```
/// numerator (N×R)   = X0 (N×m) · W (m×R)      X0 = scores with missing cells set to 0 (ln x for geometric)
/// denominator (N×R) = M  (N×m) · W (m×R)      M  = presence mask
/// ```
/// Nodes above combine their children's N×R score matrices element by element the same way. Each node's
/// rule (exponent, shift, `min_coverage`) comes from `AggregationPlan` and its transform t, inverse and domain
/// from `NodeMean.Rule`, the same as the nominal kernel; only the products run through BLAS, so a weight set
/// equal to the nominal weights reproduces `NodeMean` to rounding (≈1e-15 relative, not bit for bit: BLAS
/// sums in a kernel-specific order). Ranks and flags of the replications are decided after the scores are
/// tied at the documented tolerance (`Ties`, 1e-9 of the scale), so they are the same on every BLAS kernel.
/// Coverage depends only on which children are present, not on the weights. A value outside the mean's
/// domain (e.g. ≤ −shift in a geometric mean) makes that unit-year missing for that weight set (counted by
/// the caller as a failure). Matrices are column-major with one column per weight set: `values[r * n + i]`.
struct WeightedTreeEvaluator {
    let project: Project
    /// Indicator scores, one column per indicator in `indicatorIds` order.
    let scores: Matrix
    let indicatorIds: [String]
    /// Aggregation used at every aggregate node (nil = as declared).
    let aggregationOverride: AggregationMethod?

    struct NodeScores {
        var values: [Double]      // N × R
        var present: [Bool]       // N (same for every weight set)
    }

    /// Scores of `keep` nodes for R weight sets; `weights[nodeId][r]` is the weight of that node in set r.
    func evaluate(weights: [String: [Double]], r: Int, keep: Set<String>) -> [String: [Double]] {
        var out: [String: [Double]] = [:]
        _ = node(project.framework, weights: weights, r: r, keep: keep, out: &out)
        return out
    }

    private func node(_ node: FrameworkNode, weights: [String: [Double]], r: Int, keep: Set<String>, out: inout [String: [Double]]) -> NodeScores {
        let n = scores.rows
        var planned = AggregationPlan.Node(node, defaults: project.defaults)
        if let override = aggregationOverride { planned.method = override }
        let exponent: Double = switch planned.method {
        case .geometric: 0
        case .harmonic: -1
        case .power: planned.options.power ?? 1
        default: 1
        }
        let base = planned.rule ?? NodeMean.Rule(exponent: 1)
        let rule = NodeMean.Rule(exponent: exponent, shift: node.geometricShift ?? 0, minCoverage: base.minCoverage, sum: planned.method == .sum)
        var numerator = [Double](repeating: 0, count: n * r)
        var denominator = [Double](repeating: 0, count: n * r)
        var count = [Int](repeating: 0, count: n)
        var invalid = [Bool](repeating: false, count: n)
        let leaves = node.children.filter(\.isIndicator)
        if !leaves.isEmpty {
            let m = leaves.count
            var x0 = [Double](repeating: 0, count: n * m), mask = [Double](repeating: 0, count: n * m)
            var w = [Double](repeating: 0, count: m * r)
            for (c, leaf) in leaves.enumerated() {
                let j = indicatorIds.firstIndex(of: leaf.id)!
                for i in 0 ..< n {
                    let v = scores.values[j * n + i]
                    guard !v.isNaN else { continue }
                    count[i] += 1
                    guard rule.inDomain(v) else { invalid[i] = true; continue }
                    x0[c * n + i] = rule.transform(v)
                    mask[c * n + i] = 1
                }
                let ws = weights[leaf.id]!
                for k in 0 ..< r { w[k * m + c] = ws[k] }
            }
            gemm(x0, w, into: &numerator, n: n, m: m, r: r)
            gemm(mask, w, into: &denominator, n: n, m: m, r: r)
        }
        for child in node.children where !child.isIndicator {
            let s = self.node(child, weights: weights, r: r, keep: keep, out: &out)
            let ws = weights[child.id]!
            for i in 0 ..< n where s.present[i] { count[i] += 1 }
            let arithmetic = rule.exponent == 1
            numerator.withUnsafeMutableBufferPointer { num in
                denominator.withUnsafeMutableBufferPointer { den in
                    s.values.withUnsafeBufferPointer { values in
                        for k in 0 ..< r {
                            let wk = ws[k], base = k * n
                            if arithmetic {
                                // The common case without the transform's branches: t(v) = v, every value in the domain.
                                for i in 0 ..< n where s.present[i] {
                                    let v = values[base + i]
                                    if v.isNaN { continue }
                                    num[base + i] += wk * v
                                    den[base + i] += wk
                                }
                                continue
                            }
                            for i in 0 ..< n where s.present[i] {
                                let v = values[base + i]
                                guard !v.isNaN else { continue }
                                guard rule.inDomain(v) else { invalid[i] = true; continue }
                                num[base + i] += wk * rule.transform(v)
                                den[base + i] += wk
                            }
                        }
                    }
                }
            }
        }
        var present = [Bool](repeating: false, count: n)
        for i in 0 ..< n {
            present[i] = count[i] > 0 && !invalid[i] && rule.covers(present: count[i], of: node.children.count)
        }
        var values = [Double](repeating: .nan, count: n * r)
        for k in 0 ..< r {
            var total = 0.0
            if rule.isSum { for child in node.children { total += weights[child.id]![k] } }
            if rule.exponent == 1 && !rule.isSum {
                // The weighted arithmetic mean: num / den, as `rule.value` gives it, without its branches.
                for i in 0 ..< n where present[i] {
                    let d = denominator[k * n + i]
                    if d > 0 { values[k * n + i] = numerator[k * n + i] / d }
                }
                continue
            }
            for i in 0 ..< n where present[i] {
                let d = denominator[k * n + i]
                guard d > 0 else { continue }
                values[k * n + i] = rule.value(num: numerator[k * n + i], den: d, total: total, allPresent: count[i] == node.children.count)
            }
        }
        if keep.contains(node.id) { out[node.id] = values }
        return NodeScores(values: values, present: present)
    }

    /// C (n×r) += A (n×m) · B (m×r), column-major, through BLAS.
    private func gemm(_ a: [Double], _ b: [Double], into c: inout [Double], n: Int, m: Int, r: Int) {
        BLAS.gemm(m: n, n: r, k: m, a: a, b: b, beta: 1, c: &c)
    }
}
