/// A small dense linear program solved by the two-phase simplex method on a full tableau, with Bland's
/// rule (smallest index enters and leaves), which cannot cycle on degenerate problems.
///
/// ```
/// maximise   cᵀx
/// subject to aᵢᵀx ≤ bᵢ,  aᵢᵀx = bᵢ  or  aᵢᵀx ≥ bᵢ   (each row its own relation)
///            x ≥ 0
/// ```
/// Rows with a negative right-hand side are negated first. Phase 1 drives artificial variables (for `=`
/// and `≥` rows) to zero, maximising `−Σ artificials`; a positive optimum means the problem is infeasible.
/// Phase 2 maximises `cᵀx` from that basis; an entering column with no positive entry means the problem is
/// unbounded. Redundant equality rows are dropped after phase 1.
///
/// Meant for the small problems of composite indicators (benefit-of-the-doubt weights: one LP per unit
/// with a few dozen variables and one row per unit): the tableau is dense, `(rows + 1) × (columns + 1)`
/// doubles. Pivot tolerance 1e-10 (relative to the row's largest entry is not needed at these scales).
/// Reference: Dantzig (1963), *Linear Programming and Extensions*; Bland (1977), "New finite pivoting rules
/// for the simplex method", *Mathematics of Operations Research* 2(2). Tested against
/// `scipy.optimize.linprog` (HiGHS), `Tests/References/methods/simplex_reference.py`.
public struct LinearProgram: Sendable {
    public enum Relation: Sendable { case lessOrEqual, equal, greaterOrEqual }

    public struct Constraint: Sendable {
        public var coefficients: [Double]
        public var relation: Relation
        public var bound: Double

        public init(_ coefficients: [Double], _ relation: Relation, _ bound: Double) {
            self.coefficients = coefficients
            self.relation = relation
            self.bound = bound
        }
    }

    public enum Status: Sendable, Equatable { case optimal, infeasible, unbounded, iterationLimit }

    public struct Solution: Sendable {
        public var status: Status
        /// The optimal point (empty unless `status == .optimal`).
        public var x: [Double]
        public var objective: Double
        public var pivots: Int
    }

    public var objective: [Double]
    public var constraints: [Constraint]
    public var tolerance = 1e-10
    public var maximumPivots = 100_000

    public init(maximise objective: [Double], constraints: [Constraint] = []) {
        self.objective = objective
        self.constraints = constraints
    }

    public mutating func add(_ coefficients: [Double], _ relation: Relation, _ bound: Double) {
        precondition(coefficients.count == objective.count, "One coefficient per variable")
        constraints.append(Constraint(coefficients, relation, bound))
    }

    public func solve() -> Solution {
        var t = Tableau(self)
        var pivots = 0
        if t.artificialCount > 0 {
            t.setPhaseOneObjective()
            guard t.run(tolerance: tolerance, limit: maximumPivots, pivots: &pivots) == .optimal else {
                return Solution(status: .iterationLimit, x: [], objective: .nan, pivots: pivots)
            }
            if t.objectiveValue < -1e-9 * max(1, t.rhsScale) {
                return Solution(status: .infeasible, x: [], objective: .nan, pivots: pivots)
            }
            t.driveOutArtificials(tolerance: tolerance)
        }
        t.setPhaseTwoObjective(objective)
        let status = t.run(tolerance: tolerance, limit: maximumPivots, pivots: &pivots)
        guard status == .optimal else { return Solution(status: status, x: [], objective: .nan, pivots: pivots) }
        let x = t.solution(variables: objective.count)
        var value = 0.0
        for j in x.indices { value += objective[j] * x[j] }
        return Solution(status: .optimal, x: x, objective: value, pivots: pivots)
    }
}

/// The simplex tableau: `m` constraint rows and one objective row, each `width` = columns + 1 (right-hand
/// side last). Columns: the original variables, then slack/surplus, then artificials.
private struct Tableau {
    var m: Int
    var columns: Int
    var width: Int { columns + 1 }
    var cells: [Double]
    var basis: [Int]
    var artificialStart: Int
    var artificialCount: Int
    /// Columns no longer allowed to enter (artificials in phase 2).
    var blocked: Set<Int> = []
    var rhsScale = 1.0

    init(_ lp: LinearProgram) {
        let n = lp.objective.count
        m = lp.constraints.count
        var slackCount = 0, artificialCount = 0
        for c in lp.constraints {
            let flip = c.bound < 0
            let relation = flip ? Self.flipped(c.relation) : c.relation
            if relation != .equal { slackCount += 1 }
            if relation != .lessOrEqual { artificialCount += 1 }
        }
        columns = n + slackCount + artificialCount
        artificialStart = n + slackCount
        self.artificialCount = artificialCount
        cells = [Double](repeating: 0, count: (m + 1) * (columns + 1))
        basis = [Int](repeating: -1, count: m)
        var slack = n, artificial = artificialStart
        let w = columns + 1
        for (i, c) in lp.constraints.enumerated() {
            precondition(c.coefficients.count == n, "One coefficient per variable")
            let sign = c.bound < 0 ? -1.0 : 1.0
            let relation = c.bound < 0 ? Self.flipped(c.relation) : c.relation
            for j in 0 ..< n { cells[i * w + j] = sign * c.coefficients[j] }
            cells[i * w + columns] = sign * c.bound
            rhsScale = max(rhsScale, abs(c.bound))
            switch relation {
            case .lessOrEqual:
                cells[i * w + slack] = 1
                basis[i] = slack
                slack += 1
            case .greaterOrEqual:
                cells[i * w + slack] = -1
                slack += 1
                cells[i * w + artificial] = 1
                basis[i] = artificial
                artificial += 1
            case .equal:
                cells[i * w + artificial] = 1
                basis[i] = artificial
                artificial += 1
            }
        }
    }

    static func flipped(_ r: LinearProgram.Relation) -> LinearProgram.Relation {
        switch r {
        case .lessOrEqual: return .greaterOrEqual
        case .greaterOrEqual: return .lessOrEqual
        case .equal: return .equal
        }
    }

    var objectiveValue: Double { cells[m * width + columns] }

    /// Maximise −Σ artificials: objective row = Σ artificial columns, then made canonical.
    mutating func setPhaseOneObjective() {
        let w = width
        for j in 0 ... columns { cells[m * w + j] = 0 }
        for j in artificialStart ..< columns { cells[m * w + j] = 1 }
        canonicalise()
    }

    /// Maximise cᵀx: objective row = −c, then made canonical for the current basis.
    mutating func setPhaseTwoObjective(_ c: [Double]) {
        let w = width
        for j in 0 ... columns { cells[m * w + j] = 0 }
        for j in c.indices { cells[m * w + j] = -c[j] }
        for j in artificialStart ..< columns { blocked.insert(j) }
        canonicalise()
    }

    mutating func canonicalise() {
        let w = width
        for i in 0 ..< m {
            let b = basis[i]
            let f = cells[m * w + b]
            if f != 0 { for j in 0 ... columns { cells[m * w + j] -= f * cells[i * w + j] } }
        }
    }

    mutating func run(tolerance: Double, limit: Int, pivots: inout Int) -> LinearProgram.Status {
        let w = width
        while true {
            // Bland: the smallest column with a negative reduced cost enters.
            var entering = -1
            for j in 0 ..< columns where !blocked.contains(j) && cells[m * w + j] < -tolerance {
                entering = j
                break
            }
            if entering < 0 { return .optimal }
            var leaving = -1
            var best = Double.infinity
            for i in 0 ..< m {
                let a = cells[i * w + entering]
                guard a > tolerance else { continue }
                let ratio = cells[i * w + columns] / a
                let slack = 1e-12 * max(1, abs(ratio))
                if leaving < 0 || ratio < best - slack || (abs(ratio - best) <= slack && basis[i] < basis[leaving]) {
                    best = ratio
                    leaving = i
                }
            }
            if leaving < 0 { return .unbounded }
            pivot(row: leaving, column: entering)
            pivots += 1
            if pivots >= limit { return .iterationLimit }
        }
    }

    mutating func pivot(row r: Int, column c: Int) {
        let w = width
        let p = cells[r * w + c]
        for j in 0 ... columns { cells[r * w + j] /= p }
        cells[r * w + c] = 1
        cells.withUnsafeMutableBufferPointer { t in
            for i in 0 ... m where i != r {
                let f = t[i * w + c]
                if f == 0 { continue }
                for j in 0 ... columns { t[i * w + j] -= f * t[r * w + j] }
                t[i * w + c] = 0
            }
        }
        basis[r] = c
    }

    /// After phase 1: pivot every artificial still basic (at level 0) out on any usable column; a row with
    /// none is redundant and removed.
    mutating func driveOutArtificials(tolerance: Double) {
        var i = 0
        while i < m {
            if basis[i] >= artificialStart {
                let w = width
                if let j = (0 ..< artificialStart).first(where: { abs(cells[i * w + $0]) > tolerance }) {
                    pivot(row: i, column: j)
                } else {
                    removeRow(i)
                    continue
                }
            }
            i += 1
        }
    }

    mutating func removeRow(_ r: Int) {
        let w = width
        cells.removeSubrange(r * w ..< (r + 1) * w)
        basis.remove(at: r)
        m -= 1
    }

    func solution(variables n: Int) -> [Double] {
        var x = [Double](repeating: 0, count: n)
        for i in 0 ..< m where basis[i] < n { x[basis[i]] = max(0, cells[i * width + columns]) }
        return x
    }
}
