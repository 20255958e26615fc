/// How an indicator's values for the periods of a year combine into the year's value (`rollup:` on an
/// indicator), and into the year-to-date value of an incomplete year.
///
/// ```
/// sum   Σ x_p            every period up to the cut-off must be present, else missing
/// mean  Σ x_p / n         over the n periods present
/// last  x_p of the latest period present
/// max   max_p x_p,  min   min_p x_p   over the periods present
/// ```
/// Sums add the periods in time order (left to right), so the same values always give the same bits.
/// A sum with a missing period would understate the year, so it is missing ("a period is missing"), not
/// a partial total. No period present → missing.
///
/// Defaults (`RollupMethod.default(for:)`): counts (`kind: count`) add up; ratings (`type: ordinal`) take
/// the last; everything else — rates, shares, percentages, scores — is averaged. A cumulative percentage
/// (completion rate to date, say) should declare `rollup: last`.
///
/// | values Q1–Q4 | sum | mean | last | max | min |
/// |---|---|---|---|---|---|
/// | 3, 5, 4, 6 | 18 | 4.5 | 6 | 6 | 3 |
/// | 3, —, 4, 6 | missing | 4.333… | 6 | 6 | 3 |
///
/// Reference: OECD/Eurostat, *Handbook on quarterly national accounts* (2013) §2: flows are summed over the
/// quarters of a year, stocks are taken at the year's end, averages of rates are averaged.
public enum RollupMethod: String, Sendable, CaseIterable, Codable {
    case sum, mean, last, max, min

    /// The default roll-up of an indicator (see the type's summary).
    public static func `default`(for spec: IndicatorSpec) -> RollupMethod {
        if spec.type == .ordinal { return .last }
        if spec.kind == .count { return .sum }
        return .mean
    }

    /// The rolled-up value of `values` (one per period up to the cut-off, in time order; `NaN` = missing).
    public func combine(_ values: [Double]) -> Double {
        let present = values.filter { !$0.isNaN }
        guard !present.isEmpty else { return .nan }
        switch self {
        case .sum:
            guard present.count == values.count else { return .nan }
            var total = 0.0
            for v in values { total += v }
            return total
        case .mean:
            var total = 0.0
            for v in present { total += v }
            return total / Double(present.count)
        case .last: return present.last!
        case .max: return present.max()!
        case .min: return present.min()!
        }
    }
}
