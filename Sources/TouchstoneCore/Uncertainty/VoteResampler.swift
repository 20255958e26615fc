import TouchstoneStats

/// Redraws the vote shares of `type: votes` indicators for one replication, so that the number of voters
/// drives the uncertainty of their scores.
///
/// ```
/// p ~ Dirichlet(n_1 + ½, …, n_L + ½)          (the posterior of the shares under Jeffreys' prior)
/// value = VoteShares summary of p              (score Σ p_l v_l, or a share × 100)
/// ```
/// The spread of a share is ≈ √(p(1−p)/(N + L/2 + 1)): a unit with 8 voters moves about √5 times as much as
/// one with 40. Unit-years without counts stay missing. Draws come from the replication's own stream of the
/// project seed (`SeededGenerator.stream`), independent of thread count and of other replications.
///
/// Reference: Gelman et al., *Bayesian Data Analysis* (3rd ed. 2013) §3.4 (multinomial–Dirichlet); Jeffreys'
/// prior for the multinomial, Berger, Bernardo & Sun (2015) Bayesian Analysis 10(1).
enum VoteResampler {
    static let prior = 0.5

    static func redraw(_ panel: inout Panel, seed: UInt64, stream: UInt64) {
        var g = SeededGenerator.stream(seed: seed &+ 0x70735, index: stream)
        for id in panel.votes.keys.sorted() {
            guard let table = panel.votes[id], let j = panel.indicatorIds.firstIndex(of: id) else { continue }
            let levels = table.levelCount
            var drawn = [Double](repeating: .nan, count: table.counts.count)
            for row in 0 ..< panel.rows.count where table.voters(row: row) > 0 {
                for (l, n) in table.counts(row: row).enumerated() {
                    drawn[row * levels + l] = Gamma.sample(shape: (n.isNaN ? 0 : n) + prior, &g)
                }
            }
            let values = VoteShares.summarise(drawn, values: table.spec.levels.map(\.value), summary: table.spec.summary)
            for row in 0 ..< panel.rows.count where table.voters(row: row) > 0 { panel.values[row, j] = values[row] }
        }
    }
}
