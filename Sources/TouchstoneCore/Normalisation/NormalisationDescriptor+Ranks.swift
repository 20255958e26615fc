import TouchstoneStats
import TouchstoneText

/// Rank, percentile rank and Borda: scores from the position of a value among the values of its scope group.
///
/// ```
/// r = 1 + #{values worse than x}           (R's rank(ties.method = "min") on direction·x; 1 = worst)
/// rank             r                                              COINr n_rank
/// borda            r − 1  (units beaten)                           COINr n_borda
/// percentile-rank  l + (u − l)·(r − 1)/(n − 1)                     COINr n_prank, scaled to the range
/// ```
/// Ties share the lowest rank (so `[5, 5, 9]` ranks `[1, 1, 3]`). A constant column ties every unit: rank 1,
/// Borda 0, percentile rank l (COINr), with a warning. A single value: rank 1, Borda 0, percentile rank the
/// middle of the range (n − 1 = 0), with a warning. `n` counts the present values of the scope group.
/// References: COINr 1.1.14 `n_rank`, `n_prank`, `n_borda`; OECD/JRC Handbook (2008) §5.
extension NormalisationDescriptor {
    static let rank = ranked(.rank, usesRange: false, formula: "r = 1 + #{values below x}", reference: "COINr n_rank") { r, _, _ in r }
    static let borda = ranked(.borda, usesRange: false, formula: "r − 1", reference: "COINr n_borda") { r, _, _ in r - 1 }
    static let percentileRank = ranked(.percentileRank, usesRange: true, formula: "l + (u−l)·(r − 1)/(n − 1)", reference: "COINr n_prank") { r, n, m in
        guard n > 1 else { return (m.low + m.high) / 2 }
        return m.low + (m.high - m.low) * (r - 1) / Double(n - 1)
    }

    /// A rank-based method whose score is `score(r, n, mapping)`. What a single value or a constant column
    /// scores is said by TouchstoneOutput (`MethodFinding.singleValue`, `.constantScaling`).
    static func ranked(_ method: NormalisationMethod, usesRange: Bool, formula: String, reference: String,
                       score: @escaping @Sendable (Double, Int, Normaliser.Mapping) -> Double) -> NormalisationDescriptor {
        NormalisationDescriptor(
            method: method, usesRange: usesRange, bounded: usesRange, usesScope: true, usesRanks: true,
            formula: formula, reference: reference,
            fit: { present in
                let sorted = present.sorted()
                return Normaliser.Parameters(minimum: sorted.first, maximum: sorted.last, sorted: sorted)
            },
            fitSummary: { s in Normaliser.Parameters(minimum: s.minimum, maximum: s.maximum, sorted: s.sorted ?? []) },
            apply: { v, p, m, _ in
                guard let sorted = p.sorted, !sorted.isEmpty else { return .nan }
                return score(competitionRank(v, sorted: sorted, lowerIsBetter: m.lowerIsBetter), sorted.count, m)
            },
            warning: { p, _, id, year in
                guard let s = p.sorted, let first = s.first else { return nil }
                if s.count == 1 { return .singleValue(indicator: id, method: method, year: year) }
                if first == s.last! { return .constantScaling(indicator: id, method: method, value: first, year: year) }
                return nil
            })
    }

    /// `1 + #{values worse than v}` among `sorted` (ascending): below v, or above v when lower is better.
    static func competitionRank(_ v: Double, sorted: [Double], lowerIsBetter: Bool) -> Double {
        let below = SortedSearch.lowerBound(sorted, v), upTo = SortedSearch.upperBound(sorted, v)
        return Double(1 + (lowerIsBetter ? sorted.count - upTo : below))
    }
}
