/// Competition ranks ("1, 2, 2, 4"): rank 1 is the best; tied values share the best rank of their group and
/// the next distinct value skips the tied places; missing values get no rank.
///
/// Matches R's `rank(-x, ties.method = "min", na.last = "keep")`, COINr's ranking convention, after the
/// scores are tied at the documented tolerance (`Ties`): scores within 1e-9 of the scale share a rank, so
/// the ranks do not depend on the last bits of the arithmetic (CPU, BLAS kernel, summation order).
///
/// ```
/// scores  [70, 85, 85, 60, NaN]   higherIsBetter
/// ranks   [ 3,  1,  1,  4, nil]
/// ```
public enum Ranking {
    public static func competitionRanks(_ scores: [Double], higherIsBetter: Bool = true) -> [Int?] {
        let (rows, keys) = DescendingOrder.sorted(scores)
        let starts = DescendingOrder.groupStarts(scores, rows: rows, keys: keys, tolerance: Ties.tolerance(scores))
        var ranks = [Int?](repeating: nil, count: scores.count)
        let m = rows.count
        var q = 0
        while q < m {
            var e = q
            while e + 1 < m && starts[e + 1] == starts[q] { e += 1 }
            // Highest first: the group's first position; lowest first: the values below the group, plus one.
            let rank = higherIsBetter ? q + 1 : m - e
            for k in q ... e { ranks[Int(rows[k])] = rank }
            q = e + 1
        }
        return ranks
    }
}
