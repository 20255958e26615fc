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
    public static func competitionRanks(_ raw: [Double], higherIsBetter: Bool = true) -> [Int?] {
        let scores = Ties.snap(raw)
        let order = scores.indices.filter { !scores[$0].isNaN }.sorted { a, b in
            let (x, y) = (scores[a], scores[b])
            if x != y { return higherIsBetter ? x > y : x < y }
            return a < b
        }
        var ranks = [Int?](repeating: nil, count: scores.count)
        var position = 0
        while position < order.count {
            var end = position
            while end + 1 < order.count && scores[order[end + 1]] == scores[order[position]] { end += 1 }
            for p in position ... end { ranks[order[p]] = position + 1 }
            position = end + 1
        }
        return ranks
    }
}
