/// Benefit-of-the-doubt (BoD) scores: each unit is judged with the weights most favourable to it, under
/// the condition that no unit scores above 1 with those weights (data envelopment analysis with a single
/// constant input).
///
/// ```
/// for each unit i:  maximise   Σ_j w_j y_ij
///                   subject to Σ_j w_j y_kj ≤ 1        for every unit k of the reference set
///                              w_j ≥ 0
///                              L ≤ w_j y_ij / Σ_l w_l y_il ≤ U   (optional "pie-share" bounds, linear:
///                                  w_j y_ij − L·Σ_l w_l y_il ≥ 0,  w_j y_ij − U·Σ_l w_l y_il ≤ 0)
/// score_i = the optimum ∈ [0, 1] (1 = on the best-practice frontier); share_ij = w_j y_ij / score_i
/// ```
/// Every LP is solved by `LinearProgram` (dense two-phase simplex), with one constraint per unit of the
/// reference set that no other unit dominates (the others are implied). Data must be ≥ 0 and complete for the
/// units scored. Edge cases: a unit of zeros scores 0 (its weights are undetermined: shares `NaN`); with a
/// positive lower share bound a unit that has a 0 on some column can only score 0 (its pie cannot hold
/// that slice), so use normalised ranges above 0 (e.g. [1, 100]) with lower bounds. The optimal score is
/// unique; optimal weights need not be (degenerate LPs), so shares are one optimal choice.
/// Reference: Cherchye, Moesen, Rogge & Van Puyenbroeck (2007), "An introduction to 'benefit of the doubt'
/// composite indicators", *Social Indicators Research* 82(1); Melyn & Moesen (1991); R Compind `ci_bod`.
public enum BenefitOfTheDoubt {
    public struct Result: Sendable {
        public var scores: [Double]
        /// Per unit (row) the optimal weights w_j (not normalised).
        public var weights: [[Double]]
        /// Per unit the share of each column in its score (sums to 1); `NaN` for a score of 0.
        public var shares: [[Double]]
    }

    public enum Problem: Error, Equatable, Sendable {
        case negative(row: Int, column: Int)
        case missing(row: Int, column: Int)
        case infeasible(row: Int)
        case unbounded(row: Int)
    }

    /// Scores every row of `evaluated` against the frontier of `reference` (both complete, ≥ 0, same columns).
    public static func compute(evaluated: Matrix, reference: Matrix, lowerShare: Double = 0, upperShare: Double = 1) throws(Problem) -> Result {
        precondition(evaluated.columns == reference.columns, "Same columns")
        let k = evaluated.columns
        for m in [evaluated, reference] {
            for j in 0 ..< k {
                for i in 0 ..< m.rows {
                    if m[i, j].isNaN { throw .missing(row: i, column: j) }
                    if m[i, j] < 0 { throw .negative(row: i, column: j) }
                }
            }
        }
        let frontier = paretoRows(reference)
        var scores: [Double] = [], weights: [[Double]] = [], shares: [[Double]] = []
        for i in 0 ..< evaluated.rows {
            let y = (0 ..< k).map { evaluated[i, $0] }
            var lp = LinearProgram(maximise: y)
            for row in frontier { lp.add(row, .lessOrEqual, 1) }
            if lowerShare > 0 || upperShare < 1 {
                for j in 0 ..< k {
                    if lowerShare > 0 {
                        lp.add((0 ..< k).map { l in (l == j ? y[l] : 0) - lowerShare * y[l] }, .greaterOrEqual, 0)
                    }
                    if upperShare < 1 {
                        lp.add((0 ..< k).map { l in (l == j ? y[l] : 0) - upperShare * y[l] }, .lessOrEqual, 0)
                    }
                }
            }
            let solution = lp.solve()
            switch solution.status {
            case .optimal: break
            case .infeasible, .iterationLimit: throw .infeasible(row: i)
            case .unbounded: throw .unbounded(row: i)
            }
            let score = solution.objective
            scores.append(score)
            weights.append(solution.x)
            shares.append(score > 0 ? (0 ..< k).map { solution.x[$0] * y[$0] / score } : [Double](repeating: .nan, count: k))
        }
        return Result(scores: scores, weights: weights, shares: shares)
    }

    /// The rows no other row dominates (≥ on every column, > on one), duplicates once. With w ≥ 0, a
    /// dominated unit's constraint Σ w y_k ≤ 1 follows from its dominator's, so dropping it changes no
    /// optimum and keeps the tableau small (one LP row per frontier candidate instead of per unit).
    static func paretoRows(_ m: Matrix) -> [[Double]] {
        let rows = (0 ..< m.rows).map { i in (0 ..< m.columns).map { m[i, $0] } }
        var kept: [[Double]] = []
        for (i, r) in rows.enumerated() {
            let dominated = rows.enumerated().contains { j, o in
                guard j != i else { return false }
                var strictly = false
                for c in r.indices {
                    if o[c] < r[c] { return false }
                    if o[c] > r[c] { strictly = true }
                }
                return strictly || (o == r && j < i)
            }
            if !dominated { kept.append(r) }
        }
        return kept
    }
}
