/// Priority weights from a pairwise comparison matrix (the Analytic Hierarchy Process).
///
/// ```
/// A = [a_ij], a_ij = how much more important i is than j (Saaty's 1–9 scale), a_ji = 1/a_ij, a_ii = 1
/// eigenvector:     A w = λmax w, w > 0, Σ w = 1            (principal eigenvector, LAPACK dgeev)
/// geometric mean:  w_i ∝ (Π_j a_ij)^(1/n)                  (row geometric mean, Crawford & Williams 1985)
/// CI = (λmax − n) / (n − 1);   CR = CI / RI(n)
/// RI(n), Saaty (1980): 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1…10;
///                      1.51, 1.48, 1.56, 1.57, 1.59 for n = 11…15
/// ```
/// For n ≤ 2 every reciprocal matrix is consistent (CI = CR = 0). λmax is always computed from the
/// eigenvector, whichever priority method is chosen. The usual rule accepts CR ≤ 0.10.
///
/// Example: A = [[1, 5/3, 5/2], [3/5, 1, 3/2], [2/5, 2/3, 1]] (consistent) → w = [0.5, 0.3, 0.2], CR = 0.
/// Reference: Saaty (1980), *The Analytic Hierarchy Process*; Saaty (1987), "The analytic hierarchy
/// process — what it is and how it is used", *Mathematical Modelling* 9(3–5).
public enum AnalyticHierarchy {
    public enum Priority: String, Sendable, CaseIterable {
        case eigenvector
        case geometricMean = "geometric-mean"
    }

    public struct Result: Sendable {
        public var weights: [Double]
        public var lambdaMax: Double
        public var consistencyIndex: Double
        public var randomIndex: Double
        public var consistencyRatio: Double
    }

    public enum Problem: Error, Equatable, Sendable {
        case notSquare
        case tooLarge(Int)
        case notPositive(row: Int, column: Int)
        case diagonal(Int)
        case notReciprocal(row: Int, column: Int)
        case eigenFailed
    }

    public static let randomIndex: [Double] = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]

    /// Checks the matrix (square, ≤ 15, positive, unit diagonal, reciprocal within `tolerance` relative).
    public static func validate(_ a: Matrix, tolerance: Double = 1e-3) throws(Problem) {
        guard a.rows == a.columns else { throw .notSquare }
        guard a.rows <= randomIndex.count else { throw .tooLarge(a.rows) }
        for i in 0 ..< a.rows {
            for j in 0 ..< a.columns {
                guard a[i, j] > 0, a[i, j].isFinite else { throw .notPositive(row: i, column: j) }
            }
            guard abs(a[i, i] - 1) <= 1e-12 else { throw .diagonal(i) }
            for j in 0 ..< i where abs(a[i, j] * a[j, i] - 1) > tolerance { throw .notReciprocal(row: i, column: j) }
        }
    }

    public static func compute(_ a: Matrix, priority: Priority = .eigenvector) throws(Problem) -> Result {
        try validate(a)
        let n = a.rows
        let lambda: Double
        var eigenWeights: [Double]
        if n == 1 {
            lambda = 1
            eigenWeights = [1]
        } else {
            guard let (value, vector) = Eigen.principal(a) else { throw .eigenFailed }
            let s = vector.reduce(0, +)
            eigenWeights = vector.map { $0 / s }
            lambda = value
        }
        var weights = eigenWeights
        if priority == .geometricMean {
            let g = (0 ..< n).map { i in exp((0 ..< n).reduce(0.0) { $0 + log(a[i, $1]) } / Double(n)) }
            let s = g.reduce(0, +)
            weights = g.map { $0 / s }
        }
        let ci = n <= 2 ? 0 : max(0, (lambda - Double(n)) / Double(n - 1))
        let ri = randomIndex[n - 1]
        return Result(weights: weights, lambdaMax: n <= 2 ? Double(n) : lambda, consistencyIndex: ci, randomIndex: ri,
                      consistencyRatio: ri > 0 ? ci / ri : 0)
    }
}

#if canImport(Glibc)
import Glibc
#endif
