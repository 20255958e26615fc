/// The published scores of a higher-is-worse index (`direction: lower`) beside the reversed scale it is
/// judged on (`Project.reversedForJudging()`), so that what a reader sees is the published number while
/// ranks, tiers and flags come from the reversed scale.
///
/// ```
/// shown score of a unit      published.scores[node][row]        (the `index` output, bit for bit)
/// shown derived level        c_node − v   for a level v on the reversed scale (a median, cut-off, target)
/// shown change               −d           for a difference d on the reversed scale (a gap, a slope)
/// ```
///
/// `c_node` is read off the two results: judged + published, the same for every row when the reversal is
/// an exact mirror (an arithmetic mean or a sum of children sharing the mirror constant, see
/// `Normaliser.mirrorConstant`; `0` for `normalisation: none`, `l + u` on an output range `[l, u]`). Rows
/// missing in either result are skipped. When a node's sum varies by more than 1e-6 of its scale (a
/// geometric mean or mixed ranges), there is no exact map back and `init` returns `nil`: the caller then
/// shows the reversed scores, labelled as such.
///
/// Example: State Fragility Index (`none`, sum): c = 0 at every node, a reversed median −9.0 shows as 9.0.
public struct PublishedScale: Sendable {
    public let published: IndexResult
    /// `c_node` by node id: published = c − reversed.
    public let mirror: [String: Double]

    public init?(published: IndexResult, judged: IndexResult) {
        var mirror: [String: Double] = [:]
        for node in published.root.preorder() {
            guard let p = published.scores[node.id], let j = judged.scores[node.id], p.count == j.count else { return nil }
            var sums: [Double] = [], scale = 1.0
            for r in p.indices where !p[r].isNaN && !j[r].isNaN {
                sums.append(p[r] + j[r])
                scale = max(scale, abs(p[r]), abs(j[r]))
            }
            guard let c = sums.first else { mirror[node.id] = 0; continue }
            guard sums.allSatisfy({ abs($0 - c) <= 1e-6 * scale }) else { return nil }
            mirror[node.id] = c
        }
        self.published = published
        self.mirror = mirror
    }

    /// The published score of `nodeId` in panel row `row` (NaN when missing).
    public func score(_ nodeId: String, row: Int) -> Double { published.scores[nodeId]?[row] ?? .nan }

    /// A level on the reversed scale (a median, cut-off, floor or target of `nodeId`) on the published scale.
    public func level(_ nodeId: String, _ reversed: Double) -> Double {
        guard let c = mirror[nodeId], !reversed.isNaN else { return reversed }
        return c - reversed
    }

    /// A difference on the reversed scale (a gap, a contribution, a change, a slope) on the published scale.
    public func change(_ reversed: Double) -> Double { -reversed }
}
