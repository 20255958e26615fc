import Foundation
import TouchstoneStats

/// Competition ranks ("1, 2, 2, 4"; 1 = highest; missing = 0) of one run's scores: `DescendingOrder`'s
/// radix sort and tie groups at the documented tolerance, exactly as `Ranking.competitionRanks` (see `Ties`).
/// At 100,000 units it took ~0.7 ms per run against ~6 ms for the standard library's sort of (score, row)
/// pairs (benchmark `weights_1000`).
enum FastRanks {
    static func competition(_ x: [Double], into ranks: inout [Int32]) {
        let (rows, keys) = DescendingOrder.sorted(x)
        let starts = DescendingOrder.groupStarts(x, rows: rows, keys: keys, tolerance: Ties.tolerance(x))
        for (q, row) in rows.enumerated() { ranks[Int(row)] = Int32(starts[q] + 1) }
    }
}
