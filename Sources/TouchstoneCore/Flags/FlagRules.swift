import TouchstoneStats

/// One flag rule: its id, how many years of index scores it needs, and the test
/// itself. `FlagEngine` (with explanations) and the Monte Carlo probe (`FlagProbe`) both run this table, so a
/// new rule is one entry here.
struct FlagRule: Sendable {
    let rule: UnitFlag.Rule
    /// Years of index scores the rule needs (1 = any assessed unit).
    let minimumYears: @Sendable (FlagContext) -> Int
    /// Whether the project switched the rule on.
    let enabled: @Sendable (FlagSettings) -> Bool
    /// The signals the rule gives for one row (usually none or one; the funnel rule one per indicator).
    let evaluate: @Sendable (FlagContext, Int) -> [UnitFlag]
}

public enum FlagRules {
    /// The share of units with no story that the default rules put on the needs-help list in one year,
    /// measured by `FlagCalibrationTests` (README, *Peers, flags and what would help*).
    public static let chanceRate = 0.01
    public static let chancePercent = "1%"

    static let all: [FlagRule] = [lowLevel, decline, stagnant, volatile, funnel, weakDimension, quota]

    /// The yearly rules (`all`, in its order) that `settings` switch on.
    public static func enabled(_ settings: FlagSettings) -> [UnitFlag.Rule] {
        all.filter { $0.enabled(settings) }.map(\.rule)
    }

    static func rule(_ id: UnitFlag.Rule) -> FlagRule { (all + periodic).first { $0.rule == id }! }

    /// A reason with the decimals of the project's scores.
    static func reason(_ kind: FlagReason.Kind, _ ctx: FlagContext) -> FlagReason {
        FlagReason(kind, decimals: ctx.result.project.scoreDecimals)
    }

    /// A framework node as a reason names it.
    static func name(_ node: FrameworkNode) -> FlagReason.NodeName { FlagReason.NodeName(id: node.id, label: node.label) }

    // MARK: Level

    static let lowLevel = FlagRule(
        rule: .lowLevel,
        minimumYears: { _ in 1 }, enabled: { _ in true },
        evaluate: { ctx, row in
            let s = ctx.settings, x = ctx.index[row]
            guard let z = ctx.z(row: row, year: ctx.year), z <= s.watchZ,
                  let m = ctx.groupMedian[ctx.year]?[ctx.peers.group(ofRow: row)], let spread = ctx.spread[ctx.year] else { return [] }
            let bottom = ctx.inBottomShare(x)
            let help = z <= s.robustZ
            var numbers: [String: Double] = ["score": x, "robust_z": z, "group_median": m, "robust_sd": spread]
            if let b = bottom { numbers["cutoff"] = b.cutoff; numbers["bottom_share"] = s.bottomShare }
            let pct = Int((s.bottomShare * 100).rounded())
            let clear = m + (help ? s.robustZ : s.watchZ) * spread
            return [UnitFlag(
                rule: .lowLevel, severity: !help ? .low : bottom != nil || z <= 1.5 * s.robustZ ? .high : .medium, nodeId: ctx.result.root.id,
                numbers: numbers,
                reason: reason(.lowLevel(score: x, belowSD: -z, groupMedian: m,
                                         bottom: bottom.map { FlagReason.BottomShare(percent: pct, cutoff: $0.cutoff) }), ctx),
                tier: help ? .needsHelp : .watch, effect: -z, pValue: NormalDistribution.cdf(z), clearsAt: clear)]
        })

    // MARK: Decline

    static let decline = FlagRule(
        rule: .decline,
        minimumYears: { $0.trendSettings.minimumPoints }, enabled: { $0.decline },
        evaluate: { ctx, row in
            let unit = ctx.result.panel.rows[row].unit
            let trend = ctx.trendOfUnit[unit]
            guard let mk = trend.mannKendall, mk.s < 0, let p = trend.pValue(settings: ctx.trendSettings), p < ctx.trendSettings.alpha,
                  let slope = trend.theilSen?.slope, let c = trend.change, let spread = ctx.spread[ctx.year], spread > 0 else { return [] }
            let span = c.last.time - c.first.time
            let fall = -slope * span
            let effect = fall / spread
            guard effect >= ctx.settings.declineEffect else { return [] }
            let z = ctx.z(row: row, year: ctx.year) ?? 0
            return [UnitFlag(
                rule: .decline, severity: effect >= 1 && z <= -1 ? .high : .medium, nodeId: ctx.result.root.id,
                numbers: ["first": c.first.value, "last": c.last.value, "first_year": c.first.time, "last_year": c.last.time,
                          "sen_slope": slope, "p": p, "fall_sd": effect, "robust_z": z],
                reason: reason(.decline(first: c.first.value, firstYear: Int(c.first.time), last: c.last.value, lastYear: Int(c.last.time),
                                        slope: slope, fallSD: effect, p: p), ctx),
                tier: .needsHelp, effect: effect, pValue: p / 2, clearsAt: nil)]
        })

    // MARK: No substantive progress

    static let stagnant = FlagRule(
        rule: .stagnant,
        minimumYears: { $0.trendSettings.stagnantYears }, enabled: { $0.stagnant },
        evaluate: { ctx, row in
            let unit = ctx.result.panel.rows[row].unit, k = ctx.trendSettings.stagnantYears
            let recent = ctx.years.suffix(k)
            guard recent.count == k else { return [] }
            var zs: [Double] = []
            for y in recent {
                guard let r = ctx.result.panel.row(unit: unit, year: y), let z = ctx.z(row: r, year: y), z < 0 else { return [] }
                zs.append(z)
            }
            let mean = zs.reduce(0, +) / Double(k)
            guard -mean >= ctx.settings.stagnantMargin else { return [] }
            let trend = ctx.trendOfUnit[unit]
            let p = trend.pValue(settings: ctx.trendSettings)
            if let p, let mk = trend.mannKendall, mk.s > 0, p < ctx.trendSettings.alpha { return [] }   // improving
            let m = ctx.groupMedian[ctx.year]?[ctx.peers.group(ofRow: row)] ?? .nan
            var numbers: [String: Double] = ["years_below_peer_median": Double(k), "mean_robust_z": mean, "group_median": m]
            if let p { numbers["p"] = p }
            return [UnitFlag(
                rule: .stagnant, severity: .medium, nodeId: ctx.result.root.id, numbers: numbers,
                reason: reason(.stagnant(years: k, belowSD: -mean, p: p), ctx),
                tier: .needsHelp, effect: -mean, pValue: NormalDistribution.cdf(mean), clearsAt: m)]
        })

    // MARK: On-off

    static let volatile = FlagRule(
        rule: .volatile,
        minimumYears: { _ in 5 }, enabled: { $0.volatile },
        evaluate: { ctx, row in
            let unit = ctx.result.panel.rows[row].unit
            let values = ctx.series(unit: unit)
            let present = values.filter { !$0.isNaN }
            guard present.count >= 5, let typical = ctx.typicalSwing, typical > 0,
                  let swing = TrendAnalysis.meanAbsoluteYearlyChange(years: ctx.years, values: values) else { return [] }
            let t = TurningPoints.count(present), possible = present.count - 2
            let p = TurningPoints.upperTail(t, n: present.count)
            let ratio = swing / typical
            guard p <= ctx.settings.volatileP, ratio >= ctx.settings.volatileSwingRatio else { return [] }
            return [UnitFlag(
                rule: .volatile, severity: .medium, nodeId: ctx.result.root.id,
                numbers: ["reversals": Double(t), "possible_reversals": Double(possible), "mean_abs_change": swing,
                          "panel_median_abs_change": typical, "swing_ratio": ratio, "p": p],
                reason: reason(.volatile(reversals: t, changes: possible + 1, p: p, swing: swing, ratio: ratio, typical: typical), ctx),
                tier: .needsHelp, effect: ratio, pValue: p, clearsAt: nil)]
        })

    // MARK: Funnel

    static let funnel = FlagRule(
        rule: .funnel,
        minimumYears: { _ in 1 }, enabled: { $0.funnel },
        evaluate: { ctx, row in
            ctx.funnels.compactMap { funnel -> UnitFlag? in
                guard let point = ctx.funnelPoints[funnel.indicatorId]?[row], point.beyond95 else { return nil }
                let node = ctx.result.node(funnel.indicatorId)!
                let alarm = point.beyond998
                let limit = alarm ? point.limits[1] : point.limits[0]
                let above = funnel.badSide == .above
                let bound = above ? limit.upper : limit.lower
                return UnitFlag(
                    rule: .funnel, severity: alarm ? .high : .low, nodeId: funnel.indicatorId,
                    numbers: ["events": Double(point.events), "denominator": point.denominator, "rate": point.value,
                              "target": funnel.target, "limit": bound, "z": point.zScore ?? .nan, "p": point.pValue],
                    reason: reason(.funnel(FlagReason.FunnelPosition(
                        indicator: name(node), events: point.events, denominator: point.denominator, rate: point.value, above: above,
                        alarm: alarm, limit: bound, target: funnel.target, p: point.pValue)), ctx),
                    tier: alarm ? .needsHelp : .watch, effect: point.zScore.map { abs($0) }, pValue: point.pValue, clearsAt: bound)
            }
        })

    // MARK: Weak dimension

    static let weakDimension = FlagRule(
        rule: .weakDimension,
        minimumYears: { _ in 1 }, enabled: { _ in true },
        evaluate: { ctx, row in
            let s = ctx.settings
            return ctx.result.root.children.filter { !$0.isIndicator }.compactMap { dim -> UnitFlag? in
                guard let values = ctx.dimensions[dim.id] else { return nil }
                let v = values[row]
                guard !v.isNaN else { return nil }
                let floor: Double, basis: FlagReason.DimensionFloor, z: Double?
                let m = ctx.dimensionMedian[dim.id]?[ctx.peers.group(ofRow: row)]
                let spread = ctx.dimensionSpread[dim.id] ?? 0
                z = m.flatMap { spread > 0 ? (v - $0) / spread : nil }
                if let fixed = s.dimensionFloor {
                    (floor, basis) = (fixed, .fixed)
                } else if let pct = s.dimensionPercentile {
                    guard let q = ctx.dimensionPercentiles[dim.id] else { return nil }
                    let n = Int((pct * 100).rounded())
                    (floor, basis) = (q, .percentile(n))
                } else {
                    guard let m, spread > 0 else { return nil }
                    (floor, basis) = (m + s.dimensionZ * spread, .peerMedian(sd: -s.dimensionZ))
                }
                guard v < floor else { return nil }
                var numbers: [String: Double] = ["score": v, "floor": floor]
                if let z { numbers["robust_z"] = z }
                return UnitFlag(
                    rule: .weakDimension, severity: .low, nodeId: dim.id, numbers: numbers,
                    reason: reason(.weakDimension(dimension: name(dim), score: v, floor: floor, basis: basis), ctx),
                    tier: .watch, effect: z.map { -$0 }, pValue: z.map { NormalDistribution.cdf($0) }, clearsAt: floor)
            }
        })

    /// Every signal of one row: the rules the unit has enough years for; a weak dimension only when the index
    /// itself has no level signal.
    static func signals(_ ctx: FlagContext, row: Int, presentYears: Int) -> (flags: [UnitFlag], notYet: [(UnitFlag.Rule, Int)]) {
        var flags: [UnitFlag] = [], notYet: [(UnitFlag.Rule, Int)] = []
        for r in ctx.rules where r.enabled(ctx.settings) {
            let need = r.minimumYears(ctx)
            if presentYears < need { notYet.append((r.rule, ctx.year + need - presentYears)); continue }
            if r.rule == .weakDimension && flags.contains(where: { $0.rule.isLevel }) { continue }
            flags += r.evaluate(ctx, row)
        }
        if ctx.settings.needsHelp?.combine == .replace {
            // The commission's quota alone decides who needs help; the statistical signals are shown as watch.
            for k in flags.indices where flags[k].rule != .quota && flags[k].tier == .needsHelp { flags[k].tier = .watch }
        }
        return (flags, notYet)
    }
}
