import TouchstoneStats
import TouchstoneText

/// One flag rule: its id, its label in both languages, how many years of index scores it needs, and the test
/// itself. `FlagEngine` (with explanations) and the Monte Carlo probe (`FlagProbe`) both run this table, so a
/// new rule is one entry here.
struct FlagRule: Sendable {
    let rule: UnitFlag.Rule
    let label: LocalizedText
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

    /// Fixed-decimal text for reasons.
    static func f(_ v: Double, _ ctx: FlagContext) -> String { NumberFormat.fixed(v, decimals: ctx.result.project.scoreDecimals) }
    static func sd(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }
    static func pText(_ p: Double) -> String { NumberFormat.fixed(p, decimals: 3) }

    // MARK: Level

    static let lowLevel = FlagRule(
        rule: .lowLevel, label: LocalizedText(["en": "low level", "zh": "水平偏低"]),
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
            let tail = bottom.map { b in (en: " and in the bottom \(pct)% (cut-off \(f(b.cutoff, ctx)))", zh: "，处于后 \(pct)%（分界 \(f(b.cutoff, ctx))）") }
            let clear = m + (help ? s.robustZ : s.watchZ) * spread
            return [UnitFlag(
                rule: .lowLevel, severity: !help ? .low : bottom != nil || z <= 1.5 * s.robustZ ? .high : .medium, nodeId: ctx.result.root.id,
                numbers: numbers,
                reason: LocalizedText([
                    "en": "index \(f(x, ctx)) is \(sd(-z)) robust SD below the peer median \(f(m, ctx))\(tail?.en ?? "")",
                    "zh": "指数 \(f(x, ctx)) 低于同组中位数 \(f(m, ctx)) 达 \(sd(-z)) 个稳健标准差\(tail?.zh ?? "")"]),
                tier: help ? .needsHelp : .watch, effect: -z, pValue: NormalDistribution.cdf(z), clearsAt: clear)]
        })

    // MARK: Decline

    static let decline = FlagRule(
        rule: .decline, label: LocalizedText(["en": "decline", "zh": "持续下滑"]),
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
                reason: LocalizedText([
                    "en": "index fell from \(f(c.first.value, ctx)) (\(Int(c.first.time))) to \(f(c.last.value, ctx)) (\(Int(c.last.time))), \(f(slope, ctx)) a year, \(sd(effect)) robust SD in all (Mann–Kendall p = \(pText(p)))",
                    "zh": "指数由 \(f(c.first.value, ctx))（\(Int(c.first.time))年）降至 \(f(c.last.value, ctx))（\(Int(c.last.time))年），年均 \(f(slope, ctx))，累计 \(sd(effect)) 个稳健标准差（Mann–Kendall p = \(pText(p))）"]),
                tier: .needsHelp, effect: effect, pValue: p / 2, clearsAt: nil)]
        })

    // MARK: No substantive progress

    static let stagnant = FlagRule(
        rule: .stagnant, label: LocalizedText(["en": "no substantive progress", "zh": "无实质性进展"]),
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
            let pNote = p.map { (en: " (Mann–Kendall p = \(pText($0)))", zh: "（Mann–Kendall p = \(pText($0))）") }
            return [UnitFlag(
                rule: .stagnant, severity: .medium, nodeId: ctx.result.root.id, numbers: numbers,
                reason: LocalizedText([
                    "en": "below the peer median in each of the last \(k) years, by \(sd(-mean)) robust SD on average, with no significant improvement\(pNote?.en ?? "")",
                    "zh": "近 \(k) 年均低于同组中位数，平均低 \(sd(-mean)) 个稳健标准差，且无显著进步\(pNote?.zh ?? "")"]),
                tier: .needsHelp, effect: -mean, pValue: NormalDistribution.cdf(mean), clearsAt: m)]
        })

    // MARK: On-off

    static let volatile = FlagRule(
        rule: .volatile, label: LocalizedText(["en": "on-off", "zh": "时好时坏"]),
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
                reason: LocalizedText([
                    "en": "direction reversed \(t) times in \(possible + 1) yearly changes (turning-point p = \(pText(p))), mean swing \(f(swing, ctx)) a year, \(sd(ratio))× the typical \(f(typical, ctx))",
                    "zh": "\(possible + 1) 次年度变化中方向反转 \(t) 次（转折点检验 p = \(pText(p))），年均波动 \(f(swing, ctx))，为一般水平 \(f(typical, ctx)) 的 \(sd(ratio)) 倍"]),
                tier: .needsHelp, effect: ratio, pValue: p, clearsAt: nil)]
        })

    // MARK: Funnel

    static let funnel = FlagRule(
        rule: .funnel, label: LocalizedText(["en": "funnel", "zh": "漏斗图异常"]),
        minimumYears: { _ in 1 }, enabled: { $0.funnel },
        evaluate: { ctx, row in
            ctx.funnels.compactMap { funnel -> UnitFlag? in
                guard let point = ctx.funnelPoints[funnel.indicatorId]?[row], point.beyond95 else { return nil }
                let node = ctx.result.node(funnel.indicatorId)!
                let alarm = point.beyond998
                let level = alarm ? "99.8%" : "95%"
                let limit = alarm ? point.limits[1] : point.limits[0]
                let above = funnel.badSide == .above
                let bound = above ? limit.upper : limit.lower
                let rate = { (v: Double) in NumberFormat.fixed(v, decimals: 3) }
                return UnitFlag(
                    rule: .funnel, severity: alarm ? .high : .low, nodeId: funnel.indicatorId,
                    numbers: ["events": Double(point.events), "denominator": point.denominator, "rate": point.value,
                              "target": funnel.target, "limit": bound, "z": point.zScore ?? .nan, "p": point.pValue],
                    reason: LocalizedText([
                        "en": "\(node.label.text(for: "en", fallback: node.id)) \(point.events) in \(NumberFormat.full(point.denominator)) (rate \(rate(point.value))) is \(above ? "above" : "below") the \(level) control limit \(rate(bound)) (overall rate \(rate(funnel.target)); p = \(pText(point.pValue)))",
                        "zh": "\(node.label.text(for: "zh", fallback: node.id)) \(point.events)/\(NumberFormat.full(point.denominator))（比率 \(rate(point.value))）\(above ? "高于" : "低于") \(level) 控制限 \(rate(bound))（总体比率 \(rate(funnel.target))；p = \(pText(point.pValue))）"]),
                    tier: alarm ? .needsHelp : .watch, effect: point.zScore.map { abs($0) }, pValue: point.pValue, clearsAt: bound)
            }
        })

    // MARK: Weak dimension

    static let weakDimension = FlagRule(
        rule: .weakDimension, label: LocalizedText(["en": "weak dimension", "zh": "维度短板"]),
        minimumYears: { _ in 1 }, enabled: { _ in true },
        evaluate: { ctx, row in
            let s = ctx.settings
            return ctx.result.root.children.filter { !$0.isIndicator }.compactMap { dim -> UnitFlag? in
                guard let values = ctx.dimensions[dim.id] else { return nil }
                let v = values[row]
                guard !v.isNaN else { return nil }
                let floor: Double, what: (String, String), z: Double?
                let m = ctx.dimensionMedian[dim.id]?[ctx.peers.group(ofRow: row)]
                let spread = ctx.dimensionSpread[dim.id] ?? 0
                z = m.flatMap { spread > 0 ? (v - $0) / spread : nil }
                if let fixed = s.dimensionFloor {
                    (floor, what) = (fixed, ("the floor", "下限"))
                } else if let pct = s.dimensionPercentile {
                    guard let q = ctx.dimensionPercentiles[dim.id] else { return nil }
                    let n = Int((pct * 100).rounded())
                    (floor, what) = (q, ("the \(n)th percentile of all units", "全体第 \(n) 百分位"))
                } else {
                    guard let m, spread > 0 else { return nil }
                    (floor, what) = (m + s.dimensionZ * spread, ("the floor of \(sd(-s.dimensionZ)) robust SD under the peer median", "同组中位数以下 \(sd(-s.dimensionZ)) 个稳健标准差的下限"))
                }
                guard v < floor else { return nil }
                var numbers: [String: Double] = ["score": v, "floor": floor]
                if let z { numbers["robust_z"] = z }
                return UnitFlag(
                    rule: .weakDimension, severity: .low, nodeId: dim.id, numbers: numbers,
                    reason: LocalizedText([
                        "en": "\(dim.label.text(for: "en", fallback: dim.id)) \(f(v, ctx)) is below \(what.0) (\(f(floor, ctx)))",
                        "zh": "\(dim.label.text(for: "zh", fallback: dim.id)) \(f(v, ctx)) 低于\(what.1)（\(f(floor, ctx))）"]),
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
