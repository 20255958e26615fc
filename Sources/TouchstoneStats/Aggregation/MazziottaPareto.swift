/// The Mazziotta–Pareto index (MPI) and its adjusted, time-comparable variant (AMPI): a mean penalised by
/// the unevenness of the unit's indicator values (non-compensatory aggregation).
///
/// ```
/// MPI standardisation (per column, over the rows of the scope):  z_ij = 100 + 10 · (x_ij − μ_j) / σ_j
///     μ_j, σ_j = mean and population sd (divide by n) of column j
/// AMPI rescaling (goalposts around a reference):                 r_ij = 100 + 30 · (x_ij − Ref_j) / Δ_j
///     Ref_j = mean of column j in the reference year;  Δ_j = (max_j − min_j)/2 over all rows and years,
///     i.e. r = 70 + 60·(x − Inf)/(Sup − Inf) with goalposts Inf, Sup = Ref ∓ Δ (100 = the reference)
/// composite, per row over the present columns (weights w̃ renormalised, equal weights by default):
///     M_i = Σ w̃_j z_ij;   S_i = √(Σ w̃_j (z_ij − M_i)²);   cv_i = S_i / M_i
///     MPI± = M_i ∓ S_i · cv_i     (− : "positive" phenomena, higher is better; + : "negative")
/// ```
/// Edge cases: a constant column (σ = 0 or Δ = 0) carries no information: every unit gets 100 on it.
/// A row whose mean M ≤ 0 has no coefficient of variation; callers report it (it cannot happen after the
/// standardisation unless an indicator is 10 sd below its mean).
/// Example: z = [100, 100] → MPI 100; z = [90, 110] → M 100, S 10, cv 0.1, MPI⁻ 99.
/// Reference: Mazziotta & Pareto (2016), "On a generalized non-compensatory composite index for measuring
/// socio-economic phenomena", *Social Indicators Research* 127(3); Mazziotta & Pareto (2018), "Measuring
/// well-being over time: the adjusted Mazziotta–Pareto index versus other non-compensatory indices", *SIR*
/// 136(3); R Compind `ci_mpi`, `ci_ampi`.
public enum MazziottaPareto {
    public enum Penalty: String, Sendable, CaseIterable { case positive, negative }

    /// MPI standardisation of one column (population sd); constant → 100 everywhere; missing stays missing.
    public static func standardise(_ column: [Double]) -> [Double] {
        let present = column.filter { !$0.isNaN }
        guard !present.isEmpty else { return column }
        let n = Double(present.count)
        let mean = present.reduce(0, +) / n
        let sd = (present.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
        return column.map { $0.isNaN ? .nan : (sd > 0 ? 100 + 10 * ($0 - mean) / sd : 100) }
    }

    /// AMPI rescaling of one column with reference value `reference` and half-range from the column's
    /// present values (all years); constant → 100.
    public static func rescale(_ column: [Double], reference: Double) -> [Double] {
        let present = column.filter { !$0.isNaN }
        guard let lo = present.min(), let hi = present.max() else { return column }
        let delta = (hi - lo) / 2
        return column.map { $0.isNaN ? .nan : (delta > 0 ? 100 + 30 * ($0 - reference) / delta : 100) }
    }

    public struct RowResult: Sendable {
        public var mean: Double
        public var standardDeviation: Double
        public var index: Double
    }

    /// The composite of one row (present columns only, weights renormalised); `nil` if nothing present or M ≤ 0.
    public static func composite(_ values: [Double], weights: [Double], penalty: Penalty) -> RowResult? {
        var sw = 0.0, swx = 0.0
        for (v, w) in zip(values, weights) where !v.isNaN { sw += w; swx += w * v }
        guard sw > 0 else { return nil }
        let m = swx / sw
        var ss = 0.0
        for (v, w) in zip(values, weights) where !v.isNaN { ss += w * (v - m) * (v - m) }
        let s = (ss / sw).squareRoot()
        guard m > 0 else { return nil }
        let cv = s / m
        return RowResult(mean: m, standardDeviation: s, index: penalty == .positive ? m - s * cv : m + s * cv)
    }
}
