import TouchstoneStats

/// One indicator on a funnel plot in one year: each unit's rate against its denominator, with 95% and 99.8%
/// control limits around the pooled target (Spiegelhalter 2005), optionally widened for overdispersion.
///
/// Events are the indicator's raw values and must be whole numbers ≥ 0 (a unit with another value, or
/// without a denominator, is left out with a note). The denominator is the unit's size (`denominator: size`)
/// or another indicator's raw value. On a vote indicator (`type: votes`) the events are the voters who chose
/// the lowest level out of all voters (binomial), and the bad side is above. The "bad side" is below the lower limit for higher-is-better
/// indicators and above the upper limit for lower-is-better ones (violations per member).
///
/// **Which units are beyond a limit** is decided by a p-value on the bad side, so that the nominal rate holds
/// for small counts (the interpolated exact limits alone let ~9% of in-control units with small expected
/// counts past the 95% limit):
/// ```
/// no overdispersion applied:  mid-p = P(X > x) + ½ P(X = x)   (bad side above; P(X < x) + ½P(X = x) below)
///                             X ~ Poisson(θ·E) or Binomial(n, θ), θ the pooled target
/// overdispersion applied:     p = Φ(−|z|/√φ) (multiplicative) or Φ(−|y − θ|/√(s² + τ²)) (additive), bad side only
/// beyond95  ⇔ p < 0.025 ("alert"),   beyond998 ⇔ p < 0.001 ("alarm")
/// ```
/// (Lancaster 1961 for the mid-p; Seaman et al. 2012, BMC Med Res Methodol 12:98 on nominal rates.) Without
/// overdispersion the drawn limits are the mid-p limits (`MidPLimits`), so chart and flag agree exactly.
public struct FunnelAnalysis: Sendable {
    public struct Point: Sendable {
        public var row: Int
        public var events: Int
        public var denominator: Double
        public var value: Double
        public var zScore: Double?
        /// Limits at this unit's denominator: [95%, 99.8%].
        public var limits: [FunnelLimits]
        public var positions: [FunnelPosition]
        /// Beyond the 99.8% (or only the 95%) limit on the bad side: p < 0.001 (or < 0.025).
        public var beyond998: Bool
        public var beyond95: Bool
        /// One-sided p-value on the bad side (mid-p, or normal with the overdispersion applied).
        public var pValue: Double
    }

    public let indicatorId: String
    public let year: Int
    public let spec: FunnelSpec
    public var target: Double = .nan
    public var points: [Point] = []
    /// Limits over a grid of denominators, for drawing the funnel: [95%, 99.8%] per grid point.
    public var grid: [(denominator: Double, limits: [FunnelLimits])] = []
    public var overdispersion: FunnelOverdispersion?
    /// Rows left out of the funnel, and why (words: `FunnelNote.text(_:)` of TouchstoneOutput).
    public var notes: [FunnelNote] = []
    /// The bad side: above for lower-is-better indicators and for the lowest level of a vote indicator.
    public var badSide: FunnelPosition = .below

    public init?(result: IndexResult, indicatorId: String, year: Int) {
        guard let node = result.node(indicatorId), let spec = node.indicator?.funnel else { return nil }
        self.indicatorId = indicatorId
        self.year = year
        self.spec = spec
        let panel = result.panel
        let j = panel.indicatorIds.firstIndex(of: indicatorId)!
        let denominatorColumn = panel.indicatorIds.firstIndex(of: spec.denominator)
        var rows: [Int] = [], events: [Int] = [], denominators: [Double] = []
        let votes = panel.votes[indicatorId]
        for row in panel.rows(inYear: year) {
            var raw = panel.values[row, j]
            var d = spec.denominator == "size" ? panel.units[panel.rows[row].unit].size : denominatorColumn.map { panel.values[row, $0] }
            if let votes {
                // A vote indicator: voters choosing the lowest level (不满意) out of all voters.
                raw = raw.isNaN ? raw : votes.counts(row: row).last!
                d = votes.voters(row: row)
            }
            guard !raw.isNaN else { continue }
            let unit = panel.units[panel.rows[row].unit].id
            guard raw >= 0, raw == raw.rounded() else { notes.append(.notACount(unit: unit, value: raw)); continue }
            guard let d, !d.isNaN, d > 0 else { notes.append(.noDenominator(unit: unit)); continue }
            if spec.model == .proportion && raw > d { notes.append(.moreEventsThanDenominator(unit: unit)); continue }
            rows.append(row)
            events.append(Int(raw))
            denominators.append(d)
        }
        guard !rows.isEmpty else { return }
        let levels = FunnelLevel.standard
        let bad: FunnelPosition = node.indicator!.direction == .lower || votes != nil ? .above : .below
        badSide = bad
        let adjustment: FunnelAdjustment? = spec.overdispersion == .additive ? .additive : spec.overdispersion == .none ? nil : .multiplicative
        let odSettings = FunnelOverdispersionSettings(requireSignificance: spec.overdispersion == .auto)
        // The two models share every step; only the family differs.
        let limitsAt: (Double, FunnelLevel) -> FunnelLimits?
        let assessments: [FunnelUnitAssessment]
        /// (P(X < x), P(X > x)) of the k-th unit's count under the target, and its standard error at the target.
        let tail: (Int, Int) -> (Double, Double)
        let se: (Int) -> Double?
        switch spec.model {
        case .poisson:
            guard let f = PoissonFunnel(pooling: events, exposures: denominators) else { return }
            target = f.target
            assessments = f.assess(events: events, exposures: denominators, levels: levels)
            let fitted = adjustment == nil ? nil : f.overdispersion(events: events, exposures: denominators, settings: odSettings).value
            overdispersion = fitted
            let od = fitted?.isApplied == true ? fitted : nil
            tail = { k, x in
                let d = PoissonDistribution(mean: f.target * denominators[k])
                let (below, above) = (d.cdf(x - 1), d.survival(x))
                return (below, above)
            }
            se = { k in f.standardError(exposure: denominators[k]).value }
            limitsAt = { d, level in
                // With overdispersion applied, the p-values are normal with φ or τ²: so are the limits.
                if let o = od, let a = adjustment { return f.adjustedLimits(exposure: d, level: level, overdispersion: o, adjustment: a).value }
                guard spec.exact, d > 0 else { return f.limits(exposure: d, level: level, method: .normal).value }
                // Mid-p limits: a count is beyond them exactly when its mid-p is below the level (see `MidPLimits`).
                let dist = PoissonDistribution(mean: f.target * d)
                let c = MidPLimits.counts(alpha: level.tailProbability, center: Int(f.target * d)) { k in (dist.cdf(k - 1), dist.survival(k)) }
                return FunnelLimits(lower: c.lower / d, upper: c.upper / d, level: level)
            }
        case .proportion:
            let n = denominators.map { Int($0.rounded()) }
            guard let f = ProportionFunnel(pooling: events, n: n) else { return }
            target = f.target
            assessments = f.assess(events: events, n: n, levels: levels)
            let fitted = adjustment == nil ? nil : f.overdispersion(events: events, n: n, settings: odSettings).value
            overdispersion = fitted
            let od = fitted?.isApplied == true ? fitted : nil
            tail = { k, x in
                let d = BinomialDistribution(trials: n[k], probability: f.target)
                return (d.cdf(x - 1), d.survival(x))
            }
            se = { k in f.standardError(n: n[k]).value }
            limitsAt = { d, level in
                let m = Int(d.rounded())
                if let o = od, let a = adjustment { return f.adjustedLimits(n: m, level: level, overdispersion: o, adjustment: a).value }
                guard spec.exact, m > 0 else { return f.limits(n: m, level: level, method: .normal).value }
                let dist = BinomialDistribution(trials: m, probability: f.target)
                let c = MidPLimits.counts(alpha: level.tailProbability, center: Int(f.target * Double(m)), maximum: m) { k in (dist.cdf(k - 1), dist.survival(k)) }
                return FunnelLimits(lower: c.lower / Double(m), upper: c.upper / Double(m), level: level)
            }
        }
        for (k, row) in rows.enumerated() {
            let limits = levels.compactMap { limitsAt(denominators[k], $0) }
            guard limits.count == levels.count, let value = assessments[k].value.value else { continue }
            let positions = limits.map { $0.position(of: value) }
            let p: Double
            if let o = overdispersion, o.isApplied, let s = se(k), s > 0 {
                let scale = adjustment == .additive ? (s * s + o.appliedTau2).squareRoot() : s * o.multiplier
                let z = (value - target) / scale
                p = NormalDistribution.cdf(bad == .above ? -z : z)
            } else {
                let (below, above) = tail(k, events[k])
                let mass = max(0, 1 - below - above)
                p = (bad == .above ? above : below) + 0.5 * mass
            }
            points.append(Point(row: row, events: events[k], denominator: denominators[k], value: value,
                                zScore: assessments[k].zScore.value, limits: limits, positions: positions,
                                beyond998: p < 0.001, beyond95: p < 0.025, pValue: p))
        }
        let lo = denominators.min()!, hi = denominators.max()!
        let grid = lo == hi ? [lo] : FunnelGrid.geometric(from: max(lo / 2, 0.5), to: hi * 1.5, count: 60)
        self.grid = grid.compactMap { d in
            let l = levels.compactMap { limitsAt(d, $0) }
            return l.count == levels.count ? (d, l) : nil
        }
    }
}
