/// Scores that are equal in exact arithmetic but differ in the last bits are **tied**: the rule every
/// comparison that decides something (ranks, percentiles, cut-offs, medians used as targets, learning
/// partners, exemplars) goes through.
///
/// ```
/// τ = 1e-9 · max(max_v − min_v, max |v|)          over the finite values compared together
/// sort the values from high to low; a value within τ of the highest value of the current group joins it,
/// otherwise it starts a new group; every member of a group is replaced by the group's highest value
/// ```
/// Why: different components with the same exact total round differently (1/3 + 2/3 vs 2/3 + 1/3), so two
/// units with identical results can differ by 1e-14 and would otherwise get different ranks and flags. A
/// relative 1e-9 is far below any difference that can be published (scores are shown with at most 3–4
/// significant decimals) and far above accumulated rounding (≈ 1e-15 per operation).
///
/// The groups depend only on the set of values, never on their order, so snapping is invariant to the order
/// of rows. `NaN` (missing) stays `NaN`. Example: [41.666666666666664, 41.66666666666666, 40] →
/// [41.666666666666664, 41.666666666666664, 40].
public enum Ties {
    /// The relative tolerance: scores closer than this share of the scale are tied.
    public static let relativeTolerance = 1e-9

    /// τ for a set of values (0 when there is nothing to compare).
    public static func tolerance(_ values: [Double]) -> Double {
        var lo = Double.infinity, hi = -Double.infinity, big = 0.0
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
            big = max(big, abs(v))
        }
        guard lo <= hi else { return 0 }
        return relativeTolerance * max(hi - lo, big)
    }

    /// `values` with every group of tied values replaced by the group's highest value.
    public static func snap(_ values: [Double]) -> [Double] {
        let tau = tolerance(values)
        guard tau > 0 else { return values }
        let (rows, keys) = DescendingOrder.sorted(values)
        let starts = DescendingOrder.groupStarts(values, rows: rows, keys: keys, tolerance: tau)
        var out = values
        for (q, r) in rows.enumerated() where values[Int(r)].isFinite { out[Int(r)] = values[Int(rows[starts[q]])] }
        return out
    }

    /// Snaps the values of each group of rows (e.g. the rows of one year) on their own.
    public static func snap(_ values: [Double], groups: [[Int]]) -> [Double] {
        var out = values
        for rows in groups {
            let snapped = snap(rows.map { values[$0] })
            for (k, row) in rows.enumerated() { out[row] = snapped[k] }
        }
        return out
    }
}
