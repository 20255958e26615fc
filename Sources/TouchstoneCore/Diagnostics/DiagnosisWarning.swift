import TouchstoneStats
import TouchstoneText

/// A known trap found in a project: what, where, and what to do about it.
///
/// | kind | fires when |
/// |---|---|
/// | `negativeCorrelation` | two children of the same aggregate correlate at Pearson r ≤ −0.3 (they pull the dimension in opposite directions; a high score on one offsets a low score on the other) |
/// | `nearDuplicate` | two indicators correlate at \|r\| > 0.9 (double counting: together they carry about twice their intended weight) |
/// | `dominated` | one child carries more than half of its aggregate's variation: its share r²/Σr² of the squared correlations with the aggregate exceeds 0.5 (0.8 with two children), or its nominal weight share exceeds 0.5 with three or more children |
/// | `zeroInGeometric` | a geometric, harmonic or power (r ≤ 0) mean sits over a child that can score ≤ 0 — min-max or goalposts ranges starting at or below 0 (less the shift), z-scores, or observed values |
/// | `perYearScaling` | several years, and indicators normalised per year (min-max, z-score… with `scope: year`) or weights/comparisons fitted per year: scores then only rank units within each year, and trends read from them mislead |
/// | `directionMistake` | an indicator correlates negatively (r < 0) with its own aggregate: check its `direction` |
/// | `weakReliability` | Cronbach's alpha of an aggregate with three or more children is below 0.5 (its children hardly measure one thing) |
///
/// Thresholds follow the JRC/COINr audits (COINr `get_corr_flags` uses −0.4 and 0.9; the JRC's statistical
/// audits flag negative within-dimension correlations and collinearity above 0.9; OECD/JRC Handbook §4.1).
public struct DiagnosisWarning: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case negativeCorrelation = "negative-correlation"
        case nearDuplicate = "near-duplicate"
        case dominated
        case zeroInGeometric = "zero-in-geometric-mean"
        case perYearScaling = "per-year-scaling"
        case directionMistake = "direction-mistake"
        case weakReliability = "weak-reliability"
    }

    public var kind: Kind
    /// The aggregate (or indicator) concerned and the other nodes involved.
    public var node: String
    public var involved: [String]
    public var message: String
    public var fix: String

    public var description: String { "warning [\(kind.rawValue)] \(message). Fix: \(fix)" }

    static let negativeThreshold = -0.3
    static let duplicateThreshold = 0.9
    static let alphaThreshold = 0.5

    static func checks(_ d: Diagnosis, result: IndexResult) -> [DiagnosisWarning] {
        var out: [DiagnosisWarning] = []
        let n2 = { (v: Double) in NumberFormat.significant((v * 100).rounded() / 100) }
        for s in d.nodes {
            let k = s.children.count
            for a in 0 ..< k {
                for b in (a + 1) ..< max(k, a + 1) {
                    let r = s.within.pearson[a, b]
                    if !r.isNaN && r <= negativeThreshold {
                        out.append(DiagnosisWarning(kind: .negativeCorrelation, node: s.id, involved: [s.children[a], s.children[b]],
                                                    message: "`\(s.children[a])` and `\(s.children[b])` in `\(s.id)` correlate negatively (r = \(n2(r)))",
                                                    fix: "check both directions; if the trade-off is real, consider separate dimensions or a non-compensatory aggregation (geometric, MPI, Copeland)"))
                    }
                }
            }
            // Domination by correlation share or by nominal weight.
            let squares = s.childCorrelation.map { $0.isNaN ? 0 : $0 * $0 }
            let total = squares.reduce(0, +)
            let node = result.node(s.id)!
            let weights = result.childWeights(of: node, rows: d.rows)
            for j in 0 ..< k where k >= 2 {
                let share = total > 0 ? squares[j] / total : 0
                let limit = k == 2 ? 0.8 : 0.5
                if share > limit || (k >= 3 && weights[j] > 0.5) {
                    let why = share > limit ? "carries \(NumberFormat.significant((100 * share).rounded()))% of the squared correlations with it" : "has \(NumberFormat.significant((100 * weights[j]).rounded()))% of the weight"
                    out.append(DiagnosisWarning(kind: .dominated, node: s.id, involved: [s.children[j]],
                                                message: "`\(s.id)` is dominated by `\(s.children[j])`, which \(why)",
                                                fix: "check the other children's variation and weights; rebalance the weights or merge the weak children"))
                }
            }
            if let alpha = s.cronbachAlpha, k >= 3, alpha < alphaThreshold {
                out.append(DiagnosisWarning(kind: .weakReliability, node: s.id, involved: s.children,
                                            message: "Cronbach's alpha of `\(s.id)` is \(n2(alpha)) (below \(NumberFormat.significant(alphaThreshold)))",
                                            fix: "its children hardly measure one thing: check directions and negative correlations, or regroup them"))
            }
            for (j, child) in s.children.enumerated() where result.node(child)?.isIndicator == true {
                let r = s.childCorrelation[j]
                if !r.isNaN && r < 0 {
                    out.append(DiagnosisWarning(kind: .directionMistake, node: child, involved: [s.id],
                                                message: "`\(child)` correlates negatively with its own aggregate `\(s.id)` (r = \(n2(r)))",
                                                fix: "check its `direction` (lower is better?) and its data"))
                }
            }
        }
        // Near duplicates among all indicators.
        let ids = result.panel.indicatorIds
        let x = Matrix(columns: ids.map { id in d.rows.map { result.scores[id]![$0] } })
        let r = Correlation.pearson(x)
        for a in 0 ..< ids.count {
            for b in (a + 1) ..< max(ids.count, a + 1) where !r[a, b].isNaN && abs(r[a, b]) > duplicateThreshold {
                out.append(DiagnosisWarning(kind: .nearDuplicate, node: ids[a], involved: [ids[b]],
                                            message: "`\(ids[a])` and `\(ids[b])` are near duplicates (r = \(n2(r[a, b])))",
                                            fix: "they double-count one aspect: keep one, or halve their weights"))
            }
        }
        out += zeroInGeometric(result)
        out += perYear(result)
        return out
    }

    /// Whether a node's score can be ≤ `floor`: for indicators from the normalisation, for aggregates from
    /// their children (a mean of children that can reach the floor can too) or their method.
    static func canReach(_ node: FrameworkNode, floor: Double, result: IndexResult) -> Bool {
        if result.scores[node.id]?.contains(where: { !$0.isNaN && $0 <= floor }) == true { return true }
        if let spec = node.indicator {
            let n = spec.normalisation ?? result.project.defaults.normalisation
            if !n.method.descriptor.bounded { return true }
            return n.range.lowerBound <= floor
        }
        let (method, _, _) = NodeAggregator.settings(node, result.project.defaults)
        if method == .copeland { return true }
        if [.topsis, .borda].contains(method) { return floor >= 0 }
        return node.children.contains { canReach($0, floor: floor, result: result) }
    }

    static func zeroInGeometric(_ result: IndexResult) -> [DiagnosisWarning] {
        var out: [DiagnosisWarning] = []
        for node in result.nodes where !node.isIndicator {
            let (method, options, _) = NodeAggregator.settings(node, result.project.defaults)
            guard method.needsPositive(power: options.power) else { continue }
            let shift = node.geometricShift ?? 0
            let risky = node.children.filter { canReach($0, floor: -shift, result: result) }.map(\.id)
            guard !risky.isEmpty else { continue }
            let missing = node.nonPositive == .missing
            out.append(DiagnosisWarning(kind: .zeroInGeometric, node: node.id, involved: risky,
                                        message: "`\(node.id)` uses a \(method.rawValue) mean over \(risky.map { "`\($0)`" }.joined(separator: ", ")), which can score 0 or less\(missing ? " (such unit-years are left missing: `nonpositive: missing`)" : "")",
                                        fix: "normalise to a range above 0 (e.g. `range: [1, 100]`, as COINr does), set `shift:`, or use `aggregation: arithmetic`\(missing ? "; keep `nonpositive: missing` only if a missing score is the right answer there (UNDP's choice for the HDI)" : "")"))
        }
        return out
    }

    static func perYear(_ result: IndexResult) -> [DiagnosisWarning] {
        guard result.panel.years.count > 1 else { return [] }
        var ids: [String] = []
        for node in result.nodes {
            if let spec = node.indicator {
                let n = spec.normalisation ?? result.project.defaults.normalisation
                if n.scope == .year && n.method.usesScope { ids.append(node.id) }
            } else {
                let (method, options, weighting) = NodeAggregator.settings(node, result.project.defaults)
                if (weighting.method.isDataDriven && weighting.scope == .year) || (method.descriptor.comparesUnits(options) && options.scope == .year) {
                    ids.append(node.id)
                }
            }
        }
        guard !ids.isEmpty else { return [] }
        let list = ids.prefix(6).map { "`\($0)`" }.joined(separator: ", ") + (ids.count > 6 ? " and \(ids.count - 6) more" : "")
        return [DiagnosisWarning(kind: .perYearScaling, node: result.root.id, involved: ids,
                                 message: "\(list) \(ids.count == 1 ? "is" : "are") scaled, weighted or compared within each year, but the data has \(result.panel.years.count) years: scores only rank units within a year, so a unit can improve and lose points",
                                 fix: "use `scope: panel` (the default) for anything read as a trend; keep `scope: year` for single-year league tables")]
    }
}
