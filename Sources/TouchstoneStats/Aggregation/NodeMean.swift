#if canImport(Glibc)
import Glibc
#endif

/// The one kernel that scores an aggregate node: a weighted power mean of the children present, the weights
/// renormalised over those children, with a coverage rule and a domain check.
///
/// ```
/// P_i      = { j : x_ij present }                          (missing = NaN)
/// t(v)     = v + s          r = 1 (arithmetic)
///          = ln(v + s)      r = 0 (geometric)
///          = (v + s)^r      otherwise (r = −1 harmonic, any other r a power mean)
/// q_i      = Σ_{j∈P_i} w_j t(x_ij)  /  Σ_{j∈P_i} w_j        (sums in child order j = 0, 1, …, k−1)
/// m_i      = t⁻¹(q_i) − s, clamped to [min, max] of the present children with w_j > 0 when no present
///            weight is negative (data-driven weights such as PCA loadings can be)
/// ```
/// Rules, in the order they are applied to a row:
/// 1. **Domain**: for r ≤ 0 every present `x + s` must be > 0, for r ∉ {0, 1} ≥ 0; the first child outside
///    it is reported (`Status.outsideDomain`) and the row has no score.
/// 2. **No child**: no child present → `Status.noChild`.
/// 3. **Coverage**: |P_i| / k < `minCoverage` (by count, with a 1e-12 allowance) → `Status.belowCoverage`.
/// 4. **Weights**: Σ_{j∈P_i} w_j = 0 → `Status.zeroWeight`.
///
/// **Deterministic arithmetic.** Every row is summed in the same fixed order (children in framework order),
/// with plain multiplications and additions and no BLAS, so the result does not depend on the CPU's BLAS
/// kernel, on the thread count, or on the row's position in the matrix: two rows with equal children get
/// bit-identical scores, and `evaluate(row:)` (one unit) equals the matrix form bit for bit. The clamp keeps
/// a mean of values in [0, 100] from leaving [0, 100] by the last bit (`100.00000000000003`).
///
/// Example: children [40, NaN, 80], weights [1, 5, 3], r = 1 → (1·40 + 3·80)/(1 + 3) = 70.
///
/// **Sum** (`Rule.isSum`, `aggregation: sum`, as the State Fragility Index adds its components): the same
/// loop without the division, `Σ_{j∈P_i} w_j x_ij` when every child is present; with children missing (and
/// coverage met) the present children's weighted mean stands in for them, `q_i · Σ_j w_j` (the
/// renormalisation rule of the mean, so a gap does not read as a zero). No clamp. Example: [3, 5, 8],
/// weights 1 → 16; [3, NaN, 8] → 5.5 · 3 = 16.5.
///
/// Reference: OECD/JRC, *Handbook on Constructing Composite Indicators* (2008), §6 (linear and geometric
/// aggregation, weights renormalised over available sub-indicators as in COINr `a_amean`/`a_gmean`);
/// Hardy, Littlewood & Pólya (1952), *Inequalities*, ch. 2 for the power means.
public enum NodeMean {
    public enum Status: UInt8, Sendable {
        case ok, outsideDomain, noChild, belowCoverage, zeroWeight
    }

    /// The resolved rule of one node.
    public struct Rule: Sendable, Hashable {
        /// r: 1 arithmetic, 0 geometric, −1 harmonic, any other value a power mean.
        public var exponent: Double
        /// s, added before the mean and subtracted after (ignored for r = 1).
        public var shift: Double
        /// Minimum share of children present (0 = any child).
        public var minCoverage: Double
        /// A weighted sum instead of a mean (r = 1, no shift): see the type's doc comment.
        public var isSum: Bool

        public init(exponent: Double, shift: Double = 0, minCoverage: Double = 0, sum: Bool = false) {
            self.exponent = sum ? 1 : exponent
            self.shift = exponent == 1 || sum ? 0 : shift
            self.minCoverage = minCoverage
            self.isSum = sum
        }

        /// The score from `num` = Σ w·t(x) and `den` = Σ w over the present children: t⁻¹(num/den) − s for a
        /// mean; for a sum `num` when all children are present, else `num / den · total` (`total` = Σ w of all).
        @inline(__always) public func value(num: Double, den: Double, total: Double, allPresent: Bool) -> Double {
            if isSum { return allPresent ? num : num / den * total }
            return finish(num / den)
        }

        /// Whether a present child value can enter the mean.
        @inline(__always) public func inDomain(_ v: Double) -> Bool {
            if exponent == 1 { return true }
            return exponent <= 0 ? v + shift > 0 : v + shift >= 0
        }

        /// t(v), for a value in the domain.
        @inline(__always) public func transform(_ v: Double) -> Double {
            if exponent == 1 { return v }
            if exponent == 0 { return log(v + shift) }
            return pow(v + shift, exponent)
        }

        /// t⁻¹(q) − s.
        @inline(__always) public func finish(_ q: Double) -> Double {
            if exponent == 1 { return q }
            if exponent == 0 { return exp(q) - shift }
            return pow(q, 1 / exponent) - shift
        }

        /// Whether `present` of `k` children meet `minCoverage`.
        @inline(__always) public func covers(present: Int, of k: Int) -> Bool {
            Double(present) / Double(k) + 1e-12 >= minCoverage
        }
    }

    /// Scores of the rows of a column-major matrix (one column per child).
    public struct Result: Sendable {
        /// The node's score per row (`NaN` unless `status` is `.ok`).
        public var values: [Double]
        public var status: [Status]
        /// Children present per row.
        public var presentCount: [Int]
        /// For `.outsideDomain`, the first child (in child order) outside the domain; −1 otherwise.
        public var offendingChild: [Int]

        /// The first row outside the domain, ordered by child then row (the cell a column-by-column scan
        /// meets first), or `nil`.
        public var firstOutsideDomain: (row: Int, child: Int)? {
            var best: (row: Int, child: Int)? = nil
            for (i, j) in offendingChild.enumerated() where j >= 0 {
                if best == nil || j < best!.child { best = (i, j) }
            }
            return best
        }
    }

    /// One row: `values[j]` is child j (NaN = missing).
    public static func evaluate(row values: [Double], weights: [Double], rule: Rule) -> (value: Double, status: Status, offendingChild: Int) {
        precondition(values.count == weights.count, "One weight per child")
        return evaluate(weights: weights, rule: rule) { values[$0] }
    }

    /// One row whose child j is `child(j)` (NaN = missing), for callers that keep a unit's values in slots
    /// (`AggregationPlan.Slots`); the same arithmetic, in the same order, as `evaluate(row:weights:rule:)`.
    @inline(__always)
    public static func evaluate(weights: [Double], rule: Rule, child: (Int) -> Double) -> (value: Double, status: Status, offendingChild: Int) {
        var num = 0.0, den = 0.0, present = 0
        var lo = Double.infinity, hi = -Double.infinity
        let k = weights.count
        for j in 0 ..< k {
            let v = child(j)
            if v.isNaN { continue }
            present += 1
            guard rule.inDomain(v) else { return (.nan, .outsideDomain, j) }
            let w = weights[j]
            num += w * rule.transform(v)
            den += w
            if w > 0 { lo = min(lo, v); hi = max(hi, v) }
            if w < 0 { lo = -.infinity; hi = .infinity }
        }
        let status = classify(present: present, k: k, den: den, rule: rule)
        guard status == .ok else { return (.nan, status, -1) }
        if rule.isSum { return (rule.value(num: num, den: den, total: total(weights), allPresent: present == k), .ok, -1) }
        return (min(max(rule.finish(num / den), lo), hi), .ok, -1)
    }

    /// Every row of `x` (n rows × k children, column-major); bit-identical to `evaluate(row:)` per row.
    public static func evaluate(_ x: Matrix, weights: [Double], rule: Rule) -> Result {
        precondition(weights.count == x.columns, "One weight per child")
        let n = x.rows, k = x.columns
        var num = [Double](repeating: 0, count: n), den = [Double](repeating: 0, count: n)
        var lo = [Double](repeating: .infinity, count: n), hi = [Double](repeating: -.infinity, count: n)
        var count = [Int](repeating: 0, count: n), offending = [Int](repeating: -1, count: n)
        x.values.withUnsafeBufferPointer { src in
            for j in 0 ..< k {
                let w = weights[j], base = j * n
                for i in 0 ..< n {
                    let v = src[base + i]
                    if v.isNaN { continue }
                    count[i] += 1
                    if offending[i] >= 0 { continue }
                    guard rule.inDomain(v) else { offending[i] = j; continue }
                    num[i] += w * rule.transform(v)
                    den[i] += w
                    if w > 0 { lo[i] = min(lo[i], v); hi[i] = max(hi[i], v) }
                    if w < 0 { lo[i] = -.infinity; hi[i] = .infinity }
                }
            }
        }
        var values = [Double](repeating: .nan, count: n)
        var status = [Status](repeating: .ok, count: n)
        for i in 0 ..< n {
            status[i] = offending[i] >= 0 ? .outsideDomain : classify(present: count[i], k: k, den: den[i], rule: rule)
            guard status[i] == .ok else { continue }
            values[i] = rule.isSum ? rule.value(num: num[i], den: den[i], total: total(weights), allPresent: count[i] == k)
                : min(max(rule.finish(num[i] / den[i]), lo[i]), hi[i])
        }
        return Result(values: values, status: status, presentCount: count, offendingChild: offending)
    }

    /// Σ w in child order (the same order as the row sums).
    static func total(_ weights: [Double]) -> Double {
        var t = 0.0
        for w in weights { t += w }
        return t
    }

    @inline(__always) static func classify(present: Int, k: Int, den: Double, rule: Rule) -> Status {
        if present == 0 { return .noChild }
        if !rule.covers(present: present, of: k) { return .belowCoverage }
        if !(den > 0) { return .zeroWeight }
        return .ok
    }
}
