import TouchstoneStats

extension UnitFlag.Rule {
    /// Whether the rule tests the index level against peers (low level, or the year-to-date index behind
    /// peers): a weak dimension is then not reported on its own, and the improvement path aims at the level.
    var isLevel: Bool { self == .lowLevel || self == .behindPeers }
}

extension FlagRules {
    /// The early-warning rules of `touchstone progress`, run by `FlagEngine(result:year:keyTargets:)` on the
    /// year-to-date index (every year cut at the same period): the yearly table with the low-level test
    /// named for what it is during the year, "year-to-date index behind peers", and "off track on a key
    /// target" added. The yearly `flag` runs `all` and is unchanged. False-alarm rates: the yearly ones on
    /// the year-to-date index (`PeriodicFlagCalibrationTests`), the off-track rates of `ProgressTests`.
    static let periodic: [FlagRule] = [behindPeers, decline, stagnant, volatile, funnel, weakDimension, quota, offTrack]

    // MARK: Year-to-date index behind peers

    /// The low-level test (robust z against the peer median, `robust_z` / `watch_z`) on the year-to-date
    /// index: nine months against the peers' nine months.
    static let behindPeers = FlagRule(
        rule: .behindPeers,
        minimumYears: lowLevel.minimumYears, enabled: lowLevel.enabled,
        evaluate: { ctx, row in
            lowLevel.evaluate(ctx, row).map { flag in
                var f = flag
                f.rule = .behindPeers
                return f
            }
        })

    // MARK: Off track on a key target

    /// One signal per key target the unit is off track on (`ProgressAssessment`: probability of reaching the
    /// target < `ProgressSettings.offTrack`, 10 %): needs help, severity high when even the top of the
    /// projection interval misses the target, else medium. Effect: the projected shortfall as a share of
    /// the target, `|target − projection| / |target|`; p-value: the probability of reaching the target;
    /// clears at: the value expected by now. Units without targets, or at risk / on track, give none.
    static let offTrack = FlagRule(
        rule: .offTrack,
        minimumYears: { _ in 1 }, enabled: { _ in true },
        evaluate: { ctx, row in
            let unit = ctx.result.panel.rows[row].unit
            return (ctx.keyTargets[unit] ?? []).filter { $0.status == .offTrack }.map { p in
                let indicator = FlagReason.NodeName(id: p.target.indicator, label: ctx.result.node(p.target.indicator)?.label ?? LocalizedText())
                let projection = p.projection ?? p.valueToDate
                let best = p.direction == .higher ? p.upper : p.lower
                var numbers: [String: Double] = ["target": p.target.target, "to_date": p.valueToDate, "expected": p.expected, "projection": projection]
                if p.lower.isFinite { numbers["lower"] = p.lower }
                if p.upper.isFinite { numbers["upper"] = p.upper }
                if let prob = p.probability { numbers["p_reach"] = prob }
                return UnitFlag(
                    rule: .offTrack, severity: p.reaches(best) ? .medium : .high, nodeId: p.target.indicator, numbers: numbers,
                    reason: reason(.offTrack(FlagReason.OffTrackPosition(
                        indicator: indicator, toDate: p.valueToDate, expected: p.expected, asOf: p.asOf.label, projection: projection,
                        target: p.target.target, probability: p.probability)), ctx),
                    tier: .needsHelp, effect: p.target.target == 0 ? nil : abs(p.target.target - projection) / abs(p.target.target),
                    pValue: p.probability, clearsAt: p.expected)
            }
        })
}
