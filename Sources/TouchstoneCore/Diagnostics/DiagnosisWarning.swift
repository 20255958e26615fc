import TouchstoneStats

/// A known trap found in a project: what, where, and the number that fired it (`detail`); the words (the
/// finding and what to do, in English or Chinese) are `message(_:)` and `fix(_:)` of TouchstoneOutput.
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
public struct DiagnosisWarning: Sendable, Equatable {
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
    /// The number the warning states.
    public var detail: Detail

    /// The number a warning states, by kind.
    public enum Detail: Sendable, Equatable {
        /// Pearson r of the pair (negative correlation, near duplicate) or with the aggregate (direction).
        case correlation(Double)
        /// The dominating child's share, in percent: of the squared correlations with the aggregate
        /// (`byCorrelation`), else of the nominal weight.
        case share(percent: Double, byCorrelation: Bool)
        /// Cronbach's alpha of the aggregate, and the threshold it is below.
        case alpha(Double, below: Double)
        /// The mean that needs positive children (`method`), and whether such unit-years are left missing
        /// (`nonpositive: missing`).
        case nonPositive(method: AggregationMethod, leftMissing: Bool)
        /// The number of years of the data (per-year scaling).
        case years(Int)
    }

    static let negativeThreshold = -0.3
    static let duplicateThreshold = 0.9
    static let alphaThreshold = 0.5

    static func checks(_ d: Diagnosis, result: IndexResult) -> [DiagnosisWarning] {
        var out: [DiagnosisWarning] = []
        for s in d.nodes {
            let k = s.children.count
            for a in 0 ..< k {
                for b in (a + 1) ..< max(k, a + 1) {
                    let r = s.within.pearson[a, b]
                    if !r.isNaN && r <= negativeThreshold {
                        out.append(DiagnosisWarning(kind: .negativeCorrelation, node: s.id, involved: [s.children[a], s.children[b]],
                                                    detail: .correlation(r)))
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
                    let byCorrelation = share > limit
                    out.append(DiagnosisWarning(kind: .dominated, node: s.id, involved: [s.children[j]],
                                                detail: .share(percent: 100 * (byCorrelation ? share : weights[j]), byCorrelation: byCorrelation)))
                }
            }
            if let alpha = s.cronbachAlpha, k >= 3, alpha < alphaThreshold {
                out.append(DiagnosisWarning(kind: .weakReliability, node: s.id, involved: s.children,
                                            detail: .alpha(alpha, below: alphaThreshold)))
            }
            for (j, child) in s.children.enumerated() where result.node(child)?.isIndicator == true {
                let r = s.childCorrelation[j]
                if !r.isNaN && r < 0 {
                    out.append(DiagnosisWarning(kind: .directionMistake, node: child, involved: [s.id],
                                                detail: .correlation(r)))
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
                                            detail: .correlation(r[a, b])))
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
            out.append(DiagnosisWarning(kind: .zeroInGeometric, node: node.id, involved: risky,
                                        detail: .nonPositive(method: method, leftMissing: node.nonPositive == .missing)))
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
        return [DiagnosisWarning(kind: .perYearScaling, node: result.root.id, involved: ids, detail: .years(result.panel.years.count))]
    }
}
