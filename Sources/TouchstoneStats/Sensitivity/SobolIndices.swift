/// Variance-based sensitivity indices (Sobol) from a Saltelli design, with Jansen's estimators and
/// bootstrap confidence intervals.
///
/// Design: two independent N×k sample matrices A and B; for each input i, A_B⁽ⁱ⁾ is A with column i taken
/// from B. With outputs f_A, f_B and f_ABi (N each):
/// ```
/// V       = var(f_A ∪ f_B)                                   (2N values, population variance)
/// S_i     = (V − 1/(2N) Σ (f_B − f_ABi)²) / V                 first order, Jansen (1999)
/// ST_i    = 1/(2N) Σ (f_A − f_ABi)² / V                       total effect, Jansen (1999)
/// ```
/// Bootstrap: the N rows are resampled with replacement `bootstrap` times (seeded); the 5% and 95%
/// quantiles (R type 7) of the resampled indices give the interval. With few runs first-order estimates can
/// be negative; they are reported as computed. Reference: Saltelli et al. (2010), "Variance based sensitivity
/// analysis of model output", Computer Physics Communications 181; Jansen (1999), Computer Physics
/// Communications 117; as in COINr's `get_sensitivity` (SA_type = "SA").
public struct SobolIndices: Sendable {
    public struct Estimate: Sendable, Equatable {
        public var value: Double
        public var low: Double
        public var high: Double
    }

    public var firstOrder: [Estimate]
    public var total: [Estimate]
    public var variance: Double

    /// - Parameters:
    ///   - fA, fB: outputs of the A and B samples (N each).
    ///   - fAB: for each input i, the outputs of A_B⁽ⁱ⁾ (N each).
    public init(fA: [Double], fB: [Double], fAB: [[Double]], bootstrap: Int = 100, seed: UInt64 = 1) {
        let n = fA.count
        precondition(n > 1 && fB.count == n && fAB.allSatisfy { $0.count == n }, "N outputs for A, B and every A_B")
        func indices(_ rows: [Int]) -> (first: [Double], total: [Double], variance: Double) {
            var mean = 0.0
            for r in rows { mean += fA[r] + fB[r] }
            mean /= Double(2 * rows.count)
            var v = 0.0
            for r in rows { v += (fA[r] - mean) * (fA[r] - mean) + (fB[r] - mean) * (fB[r] - mean) }
            v /= Double(2 * rows.count)
            var first: [Double] = [], total: [Double] = []
            for f in fAB {
                var a = 0.0, b = 0.0
                for r in rows {
                    a += (fB[r] - f[r]) * (fB[r] - f[r])
                    b += (fA[r] - f[r]) * (fA[r] - f[r])
                }
                let m = Double(2 * rows.count)
                first.append(v > 0 ? (v - a / m) / v : .nan)
                total.append(v > 0 ? (b / m) / v : .nan)
            }
            return (first, total, v)
        }
        let point = indices(Array(0 ..< n))
        var generator = SeededGenerator(seed: seed)
        var bootFirst = [[Double]](repeating: [], count: fAB.count)
        var bootTotal = [[Double]](repeating: [], count: fAB.count)
        for _ in 0 ..< bootstrap {
            let rows = (0 ..< n).map { _ in Int(generator.next() % UInt64(n)) }
            let b = indices(rows)
            for i in fAB.indices {
                bootFirst[i].append(b.first[i])
                bootTotal[i].append(b.total[i])
            }
        }
        func estimate(_ value: Double, _ boot: [Double]) -> Estimate {
            let s = boot.filter { !$0.isNaN }.sorted()
            return Estimate(value: value, low: Quantile.type7(sorted: s, 0.05) ?? .nan, high: Quantile.type7(sorted: s, 0.95) ?? .nan)
        }
        firstOrder = fAB.indices.map { estimate(point.first[$0], bootFirst[$0]) }
        total = fAB.indices.map { estimate(point.total[$0], bootTotal[$0]) }
        variance = point.variance
    }

    /// The Saltelli design for `k` inputs: A, B and the A_B⁽ⁱ⁾ matrices as rows of values in [0, 1).
    public static func design(n: Int, k: Int, seed: UInt64) -> (a: [[Double]], b: [[Double]], ab: [[[Double]]]) {
        var g = SeededGenerator(seed: seed)
        let a = (0 ..< n).map { _ in (0 ..< k).map { _ in g.uniform() } }
        let b = (0 ..< n).map { _ in (0 ..< k).map { _ in g.uniform() } }
        let ab = (0 ..< k).map { i in (0 ..< n).map { r -> [Double] in var row = a[r]; row[i] = b[r][i]; return row } }
        return (a, b, ab)
    }
}
