import TouchstoneStats

/// Redraws the raters of indicators with `raters:` for one replication: each unit-year's raters are
/// resampled with replacement (the bootstrap over raters) and combined again with the indicator's method,
/// so a unit scored by 3 raters moves more than one scored by 9 with the same disagreement.
///
/// ```
/// scores s_1 … s_m of a unit-year  →  s*_1 … s*_m drawn with replacement  →  RaterScores.combine(s*, method)
/// ```
/// Unit-years with fewer than two scores keep their value. Draws come from the replication's own stream.
/// Reference: Efron & Tibshirani, *An Introduction to the Bootstrap* (1993) ch. 6.
enum RaterResampler {
    static func redraw(_ panel: inout Panel, seed: UInt64, stream: UInt64) {
        var g = SeededGenerator.stream(seed: seed &+ 0x7A7E5, index: stream)
        for id in panel.raters.keys.sorted() {
            guard let table = panel.raters[id], let j = panel.indicatorIds.firstIndex(of: id) else { continue }
            for row in 0 ..< panel.rows.count {
                let present = table.scores(row: row).filter { !$0.isNaN }
                guard present.count >= 2 else { continue }
                let drawn = present.indices.map { _ in present[min(present.count - 1, Int(g.uniform() * Double(present.count)))] }
                panel.values[row, j] = RaterScores.combine(drawn, method: table.method)
            }
        }
    }
}
