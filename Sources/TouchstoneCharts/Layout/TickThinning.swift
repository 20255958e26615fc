/// Chooses which tick labels to show so that none overlap: every k-th label, for the smallest k that works.
///
/// Each label occupies `[position − extent/2, position + extent/2]` along the axis (its width on a horizontal
/// axis, its height on a vertical one). Keeping every k-th label from the first (Vega-Lite's
/// `labelOverlap: "parity"` generalised from 2 to any k) leaves evenly spaced labels and keeps the first.
///
/// | positions        | extents | gap | kept          |
/// |------------------|---------|-----|---------------|
/// | 0, 10, 20, 30    | 8       | 1   | all           |
/// | 0, 10, 20, 30    | 15      | 1   | 0, 2          |
/// | 0, 10, 20, 30    | 25      | 1   | 0, 3          |
public enum TickThinning {
    /// Indices (ascending) of the labels to keep.
    public static func keep(positions: [Double], extents: [Double], gap: Double = 2) -> [Int] {
        precondition(positions.count == extents.count, "one extent per label")
        let n = positions.count
        guard n > 1 else { return Array(0..<n) }
        for k in 1...n {
            let kept = Array(stride(from: 0, to: n, by: k))
            if !overlaps(kept, positions, extents, gap) { return kept }
        }
        return [0]
    }

    static func overlaps(_ kept: [Int], _ p: [Double], _ e: [Double], _ gap: Double) -> Bool {
        for (a, b) in zip(kept, kept.dropFirst()) where abs(p[b] - p[a]) < (e[a] + e[b]) / 2 + gap {
            return true
        }
        return false
    }
}
