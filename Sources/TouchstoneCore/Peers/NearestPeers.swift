import Foundation
import TouchstoneStats

/// Peers by similarity rather than by declared group: the k units closest to a unit in size and in profile
/// (its dimension scores) in the same year.
///
/// ```
/// distance(a, b)² = Σ_d ((s_ad − s_bd) / sd_d)² + ((ln size_a − ln size_b) / sd_ln size)²
/// ```
/// Each dimension score and the log of the size are scaled by their standard deviation across the year's
/// units, so no dimension dominates by its spread. Units missing a dimension or (when sizes are declared) a
/// size are compared on what both have (the sum is rescaled by the share of terms used); units with nothing
/// in common are not neighbours. Ties in distance go to the earlier unit. Reference: the nearest-neighbour
/// "peer group" idea of benchmarking (e.g. the OECD/JRC Handbook, §1.8 on grouping).
public struct NearestPeers: Sendable {
    public let result: IndexResult
    public let year: Int
    public let k: Int
    private let rows: [Int]
    private let features: [[Double]]

    public init(result: IndexResult, year: Int, k: Int) {
        precondition(k >= 1, "k must be at least 1")
        self.result = result
        self.year = year
        self.k = k
        let rows = result.panel.rows(inYear: year)
        self.rows = rows
        let dims = result.root.children.filter { !$0.isIndicator }.map(\.id)
        var columns: [[Double]] = dims.map { d in rows.map { result.scores[d]![$0] } }
        let sizes = rows.map { result.panel.units[result.panel.rows[$0].unit].size }
        if sizes.contains(where: { $0 != nil }) {
            columns.append(sizes.map { s in s.map { $0 > 0 ? log($0) : .nan } ?? .nan })
        }
        let scaled = columns.map { c -> [Double] in
            guard let sd = Descriptive.standardDeviation(c), sd > 0 else { return c.map { $0.isNaN ? .nan : 0 } }
            return c.map { $0 / sd }
        }
        self.features = rows.indices.map { i in scaled.map { $0[i] } }
    }

    /// The `k` nearest units to `row` (same year), nearest first, with their distances.
    public func neighbours(of row: Int) -> [(row: Int, distance: Double)] {
        guard let i = rows.firstIndex(of: row) else { return [] }
        let a = features[i]
        var candidates: [(Int, Double)] = []
        for (j, b) in features.enumerated() where j != i {
            var sum = 0.0, used = 0
            for (x, y) in zip(a, b) where !x.isNaN && !y.isNaN {
                sum += (x - y) * (x - y)
                used += 1
            }
            guard used > 0 else { continue }
            candidates.append((rows[j], (sum * Double(a.count) / Double(used)).squareRoot()))
        }
        candidates.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return candidates.prefix(k).map { (row: $0.0, distance: $0.1) }
    }
}
