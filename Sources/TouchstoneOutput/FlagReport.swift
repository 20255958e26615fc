import Foundation
import TouchstoneCore
import TouchstoneText

/// Renders the assessments of `FlagEngine` for `touchstone flag`: flagged units by severity with one-line
/// reasons, why (gap decomposition), what would help (improvement paths) and whom to learn from; then the
/// exemplars. `json()` carries every number.
public struct FlagReport {
    public let engine: FlagEngine
    public let assessments: [UnitAssessment]
    public var language: String
    /// Monte Carlo robustness of the flags, when the project declares `uncertainty:`.
    public var uncertainty: UncertaintyAnalysis?
    /// Expected units without data this year, their unresolved flags, and the project's exclusions; counted in
    /// the title and listed in JSON (`not_assessed`, `excluded`).
    public var coverage: AssessmentCoverage? = nil
    /// Lines shown right under the title (the CLI puts the coverage lines here, in the reader's language).
    public var preamble: [String] = []
    /// The period a year-to-date assessment runs through (`touchstone progress`): the title then says
    /// "year to date through 2024-Q3" / "年初至今，截至 2024-Q3"; `nil` for a whole year.
    public var throughPeriod: String? = nil
    /// A higher-is-worse index judged on its reversed scale: the published scores to show instead
    /// (`FlagReport+Published.swift`); `nil` shows the scores of `engine.result`.
    public var shown: PublishedScale? = nil

    public init(engine: FlagEngine, assessments: [UnitAssessment], language: String, uncertainty: UncertaintyAnalysis? = nil) {
        self.engine = engine
        self.assessments = assessments
        self.language = language
        self.uncertainty = uncertainty
    }

    /// "robust (97%)" for a flag of a unit, from the uncertainty analysis.
    func robustness(_ flag: UnitFlag, unit: Int) -> String? {
        guard flag.rule != .funnel, let s = uncertainty?.summaries.first(where: { $0.unit == unit }) else { return nil }
        let p = s.flagProbability[flag.rule] ?? 0
        return "\(UncertaintyReport.gradeLabel(UncertaintyAnalysis.grade(p), zh: zh)) \(UncertaintyReport.percent(p))"
    }

    var zh: Bool { Words(language).zh }
    var result: IndexResult { engine.result }
    func f(_ v: Double) -> String { NumberFormat.fixed(v, decimals: engine.decimals) }
    func label(_ id: String) -> String { (shown?.published ?? result).node(id)?.label.text(for: language, fallback: id) ?? id }
    func unitName(_ u: Int) -> String { result.panel.units[u].name(language) }
    /// "b21  Supervision Team …", or the id alone when the name is the id (no "Syria  Syria").
    func idAndName(_ u: Int, separator: String = "  ") -> String {
        let unit = result.panel.units[u]
        return unit.name(language) == unit.id ? unit.id : unit.id + separator + unit.name(language)
    }

    /// A raw value in the indicator's own units: whole numbers plainly, others with up to 2 decimals.
    func rawText(_ v: Double) -> String {
        if v == v.rounded() { return String(Int(v)) }
        var t = NumberFormat.fixed(v, decimals: 2)
        while t.hasSuffix("0") { t.removeLast() }
        return t
    }

    public func stepText(_ s: PathStep) -> String {
        let spec = result.node(s.indicatorId)!.indicator!
        let unitLabel = spec.unit.text(for: language)
        if let from = s.fromLabel, let to = s.toLabel {
            let name = { (level: String) in self.result.project.label(of: level, self.language) ?? level }
            return "\(label(s.indicatorId)) \(name(from)) → \(name(to))"
        }
        let delta = s.toRaw - s.fromRaw
        let sign = delta > 0 ? "+" : "−"
        let unitSuffix = unitLabel.isEmpty ? "" : (unitLabel == "%" ? "%" : " \(unitLabel)")
        let deltaText = unitLabel == "%" ? "\(sign)\(rawText(abs(delta))) \(zh ? "个百分点" : "points")" : "\(sign)\(rawText(abs(delta)))\(unitSuffix)"
        return "\(label(s.indicatorId)) \(rawText(s.fromRaw)) → \(rawText(s.toRaw))\(unitSuffix) " + (zh ? "（\(deltaText)）" : "(\(deltaText))")
    }

    public func text() -> String {
        let flagged = assessments.filter { $0.status == .flagged }
        let watch = assessments.filter { $0.status == .watch }
        let exemplars = assessments.filter { $0.status == .exemplar }
        let held = assessments.filter { $0.status == .insufficientData }
        let root = result.root.id
        var out: [String] = []
        let title = indexTitle
        let missing = coverage?.missing.count ?? 0
        let through = throughPeriod.map { (en: ", year to date through \($0)", zh: "年初至今，截至 \($0)") }
        out.append(zh ? "预警 — \(title)，\(engine.year)年\(through?.zh ?? "")（\(assessments.count + missing) 个单位：\(flagged.count) 个需帮扶，\(watch.count) 个关注，\(exemplars.count) 个标杆，\(held.count + missing) 个未评估）"
                      : "Flags — \(title), \(engine.year)\(through?.en ?? "") (\(assessments.count + missing) units: \(flagged.count) need help, \(watch.count) on watch, \(exemplars.count) exemplars, \(held.count + missing) not assessed)")
        if shown != nil { out.append(Words(language).higherIsWorseLine) }
        out += preamble
        let assessed = assessments.count - held.count
        if assessed > 0 {
            let chance = Double(assessed) * FlagRules.chanceRate
            out.append(zh ? "在无问题的单位中，按设定的规则每年约有 \(FlagRules.chancePercent) 会被误列为需帮扶：本次 \(assessed) 个单位中预计约 \(NumberFormat.fixed(chance, decimals: 1)) 个属偶然。"
                          : "By chance alone about \(FlagRules.chancePercent) of units with no problem land on the needs-help list each year: about \(NumberFormat.fixed(chance, decimals: 1)) of these \(assessed).")
        }
        out += engine.selectionLines(language: language)
        out.append("")
        let ranks = result.ranks(of: root)
        let colon = zh ? "：" : ": "
        let paren = { (t: String) in self.zh ? "（\(t)）" : "(\(t))" }
        for a in flagged {
            let row = a.row!
            let groupName = engine.peers.groupColumn.map { result.project.groupName(of: result.panel.units[a.unit], $0, language) } ?? ""
            let sev = a.severity!.label(language).uppercased()
            out.append("\(TextWidth.pad(sev, to: 8))\(idAndName(a.unit))\(groupName.isEmpty ? "" : zh ? paren(groupName) : " " + paren(groupName))  — \(zh ? "指数" : "index") \(f(shownScore(root, row: row)))\(zh ? "，" : ", ")\(zh ? "排名" : "rank") \(ranks[row].map(String.init) ?? "–")")
            for flag in a.flags {
                let grade = robustness(flag, unit: a.unit).map { " [\($0)]" } ?? ""
                out.append("        • \(ruleLabel(flag.rule))\(grade)\(colon)\(reasonText(flag, language: language))")
            }
            if let d = a.decomposition {
                let dims = result.root.children.compactMap { c in d.contributions[c.id].map { (c.id, $0) } }.sorted { $0.1 < $1.1 }
                let parts = dims.map { "\(label($0.0)) \(NumberFormat.signed(shownChange($0.1), decimals: engine.decimals))" }.joined(separator: zh ? "，" : ", ")
                out.append("        \(zh ? "原因（与同组中位水平差距" : "Why (gap to the peer median profile") \(NumberFormat.signed(shownChange(d.gap), decimals: engine.decimals))\(zh ? "）" : ")")\(colon)\(parts)")
                let leaves = result.root.indicators.compactMap { n in d.contributions[n.id].map { (n.id, $0) } }.filter { $0.1 < 0 }.sorted { $0.1 < $1.1 }.prefix(3)
                if !leaves.isEmpty {
                    out.append("        \(zh ? "主要拖累" : "Biggest drags")\(colon)" + leaves.map { "\(label($0.0)) \(NumberFormat.signed(shownChange($0.1), decimals: engine.decimals))" }.joined(separator: zh ? "，" : ", "))
                }
            }
            for path in a.paths {
                let node = label(path.nodeId)
                out.append("        \(zh ? "改进路径" : "What would help") \(paren("\(node) \(f(shownLevel(path.nodeId, path.start))) → \(f(shownLevel(path.nodeId, path.target)))\(zh ? "，" : ", ")\(path.targetDescription.text(for: language))"))\(colon)")
                if path.steps.isEmpty { out.append("           \(zh ? "（同组已达到的水平内无可改进之处）" : "(nothing within what peers achieve)")") }
                let shown = 5
                for (k, s) in path.steps.prefix(shown).enumerated() {
                    let peers = s.reachedBy.map { result.panel.units[$0].id }.joined(separator: ", ")
                    out.append("           \(k + 1). \(stepText(s))  → \(node) \(f(shownLevel(path.nodeId, s.targetAfter)))" + (peers.isEmpty ? "" : zh ? "（已做到：\(peers)）" : " (reached by \(peers))"))
                }
                if path.steps.count > shown, let last = path.steps.last {
                    out.append("           " + (zh ? "……另有 \(path.steps.count - shown) 步，至 \(node) \(f(shownLevel(path.nodeId, last.targetAfter)))" : "… \(path.steps.count - shown) more steps, to \(node) \(f(shownLevel(path.nodeId, last.targetAfter)))"))
                }
                if !path.reachesTarget && !path.steps.isEmpty {
                    let reached = f(shownLevel(path.nodeId, path.steps.last!.targetAfter))
                    out.append("           " + (path.stepCapped
                        ? (zh ? "一年内（每步不超过同行一年的提升）可达 \(reached)；其余需更长时间" : "within a year (each step at most what peers improved in one year) these reach \(reached); the rest takes longer")
                        : (zh ? "即使达到同组最好水平也不足以达到目标" : "even peers' best values do not reach the target")))
                }
            }
            if let note = pathNoteText(a, language: language) { out.append("        \(note)") }
            if !a.partners.isEmpty {
                let list = a.partners.map { p -> String in
                    let s = p.strengths.sorted { $0.key < $1.key }.map { "\(label($0.key)) \(f(shownLevel($0.key, $0.value[0]))) vs \(f(shownLevel($0.key, $0.value[1])))" }.joined(separator: zh ? "，" : ", ")
                    return idAndName(p.unit, separator: " ") + (zh ? "" : " ") + paren("\(s)\(p.sameGroup ? "" : zh ? "；其他组" : "; other group")")
                }
                out.append("        \(zh ? "学习对象" : "Learn from")\(colon)" + list.joined(separator: zh ? "；" : "; "))
            }
            out.append("")
        }
        if !watch.isEmpty {
            out.append(watchHeading)
            for a in watch {
                let row = a.row!
                out.append("        \(idAndName(a.unit)) — \(zh ? "指数" : "index") \(f(shownScore(root, row: row)))")
                for flag in a.flags {
                    out.append("          • \(ruleLabel(flag.rule))\(colon)\(reasonText(flag, language: language))")
                }
            }
            out.append("")
        }
        if !exemplars.isEmpty {
            out.append(exemplarHeading)
            for a in exemplars {
                let groupName = engine.peers.groupColumn.map { result.project.groupName(of: result.panel.units[a.unit], $0, language) } ?? ""
                let excel = a.excelsIn.map(label).joined(separator: zh ? "、" : ", ")
                // Without peer groups the whole organisation is the group.
                let leads = groupName.isEmpty ? (zh ? "全体" : "all units") : groupName
                let lead = a.selection.map { $0.text(for: language) } ?? "\(zh ? "领先" : "leads") \(leads)"
                out.append("        \(idAndName(a.unit)) — \(lead), \(a.trendClass!.label(language)), \(zh ? "指数" : "index") \(f(shownScore(root, row: a.row!)))\(excel.isEmpty ? "" : zh ? "；突出：\(excel)" : "; excels in \(excel)")")
            }
            out.append("")
        }
        if let u = uncertainty {
            out.append(zh ? "方括号内：\(u.runs) 次模拟（权重与方法不确定）中该预警成立的比例；≥ 90% 稳健，10–90% 不稳，< 10% 不成立。" : "In brackets: share of \(u.runs) replications with uncertain weights and methods in which the flag holds; ≥ 90% robust, 10–90% fragile, < 10% not supported.")
        }
        var notYet: [UnitFlag.Rule: (units: Int, from: Int)] = [:]
        for a in assessments {
            for (rule, from) in a.notYet {
                let previous = notYet[rule]
                notYet[rule] = ((previous?.units ?? 0) + 1, min(previous?.from ?? from, from))
            }
        }
        if !notYet.isEmpty {
            let list = UnitFlag.Rule.allCases.compactMap { r in notYet[r].map { (r, $0) } }.map { r, v in
                zh ? "\(ruleLabel(r))（\(v.units) 个单位，最早 \(v.from) 年起）" : "\(ruleLabel(r)) (\(v.units) units, from \(v.from))"
            }
            out.append((zh ? "因年份不足尚未运行的规则：" : "Rules not run yet (too few years): ") + list.joined(separator: zh ? "；" : "; "))
        }
        let shown = assessments.filter { $0.status == .notRanked }
        if !shown.isEmpty {
            out.append((zh ? "列示不排名：" : "Shown, not ranked: ") + shown.map { "\(result.panel.units[$0.unit].id) (\($0.unitStatus?.reason(language) ?? ""))" }.joined(separator: ", "))
        }
        if !held.isEmpty {
            out.append((zh ? "数据不足，未评估：" : "Not assessed (insufficient data): ") + held.map { "\(result.panel.units[$0.unit].id) (\($0.holdReason(language) ?? ""))" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The headings of the watch list and the exemplars (`text()` and `markdown()`).
    var watchHeading: String { zh ? "关注（信号较弱，不计入需帮扶名单）" : "Watch (weaker signals, not counted as flagged)" }
    var exemplarHeading: String { zh ? "标杆" : "Exemplars" }

    func ruleLabel(_ r: UnitFlag.Rule) -> String { r.label(language) }

    public func json() throws -> String {
        struct Step: Encodable { var indicator: String; var from: Double; var to: Double; var fromScore: Double; var toScore: Double; var after: Double; var fromLabel: String?; var toLabel: String?; var reachedBy: [String]; var text: String
            enum CodingKeys: String, CodingKey { case indicator, from, to, fromScore = "from_score", toScore = "to_score", after, fromLabel = "from_label", toLabel = "to_label", reachedBy = "reached_by", text } }
        struct Path: Encodable { var node: String; var start: Double; var target: Double; var reachesTarget: Bool; var target_description: [String: String]; var steps: [Step]
            enum CodingKeys: String, CodingKey { case node, start, target, reachesTarget = "reaches_target", target_description, steps } }
        struct Flag: Encodable { var rule: String; var tier: String; var severity: String; var node: String; var numbers: [String: Double]; var reason: [String: String]
            var effect: Double?; var pValue: Double?; var clearsAt: Double?; var probability: Double?; var robustness: String?
            enum CodingKeys: String, CodingKey { case rule, tier, severity, node, numbers, reason, effect, pValue = "p_value", clearsAt = "clears_at", probability, robustness } }
        struct NotYet: Encodable { var rule: String; var fromYear: Int
            enum CodingKeys: String, CodingKey { case rule, fromYear = "from_year" } }
        struct Partner: Encodable { var unit: String; var sameGroup: Bool; var strengths: [String: [Double]]
            enum CodingKeys: String, CodingKey { case unit, sameGroup = "same_group", strengths } }
        struct Unit: Encodable {
            var unit: String; var name: [String: String]; var group: String?; var status: String; var severity: String?; var holdReason: String?
            var index: Double?; var trendClass: String?; var flags: [Flag]; var gap: Double?; var contributions: [String: Double]?
            var paths: [Path]; var pathNote: [String: String]?; var partners: [Partner]; var excelsIn: [String]; var notYet: [NotYet]; var selection: [String: String]?
            enum CodingKeys: String, CodingKey { case unit, name, group, status, severity, holdReason = "hold_reason", index, trendClass = "trend_class", flags, gap, contributions, paths, pathNote = "path_note", partners, excelsIn = "excels_in", notYet = "not_yet", selection }
        }
        struct Doc: Encodable { var year: Int; var peerGroup: String?; var chanceRate: Double; var units: [Unit]
            var notAssessed: [CoverageJSON.Missing]?; var excluded: [CoverageJSON.Excluded]?; var bottomCutoff: Double?; var higherIsWorse: Bool?
            enum CodingKeys: String, CodingKey { case year, peerGroup = "peer_group", chanceRate = "chance_rate", units, notAssessed = "not_assessed", excluded, bottomCutoff = "bottom_cutoff", higherIsWorse = "higher_is_worse" } }
        let root = result.root.id
        let units = assessments.map { a -> Unit in
            let info = result.panel.units[a.unit]
            let x = a.row.map { shownScore(root, row: $0) }
            return Unit(unit: info.id, name: info.names, group: engine.peers.groupColumn.flatMap { info.groups[$0] }, status: a.status.rawValue,
                        severity: a.severity?.name, holdReason: a.holdReason("en"), index: x.flatMap { $0.isNaN ? nil : $0 }, trendClass: a.trendClass?.rawValue,
                        flags: a.flags.map { f in
                            let p = f.rule == .funnel ? nil : uncertainty?.summaries.first { $0.unit == a.unit }?.flagProbability[f.rule]
                            return Flag(rule: f.rule.rawValue, tier: f.tier.rawValue, severity: f.severity.name, node: f.nodeId, numbers: shownNumbers(f).filter { !$0.value.isNaN },
                                        reason: shownReasons(f), effect: f.effect, pValue: f.pValue, clearsAt: shownClearsAt(f),
                                        probability: p, robustness: p.map { UncertaintyAnalysis.grade($0).rawValue })
                        },
                        gap: a.decomposition.map { shownChange($0.gap) }, contributions: a.decomposition?.contributions.mapValues(shownChange),
                        paths: a.paths.map { p in Path(node: p.nodeId, start: shownLevel(p.nodeId, p.start), target: shownLevel(p.nodeId, p.target), reachesTarget: p.reachesTarget, target_description: p.targetDescription.values,
                                                       steps: p.steps.map { Step(indicator: $0.indicatorId, from: $0.fromRaw, to: $0.toRaw, fromScore: $0.fromScore, toScore: $0.toScore, after: shownLevel(p.nodeId, $0.targetAfter), fromLabel: $0.fromLabel, toLabel: $0.toLabel, reachedBy: $0.reachedBy.map { result.panel.units[$0].id }, text: stepText($0)) }) },
                        pathNote: a.pathNote.map { note in Dictionary(uniqueKeysWithValues: note.values.keys.map { ($0, pathNoteText(a, language: $0)!) }) },
                        partners: a.partners.map { Partner(unit: result.panel.units[$0.unit].id, sameGroup: $0.sameGroup, strengths: shownStrengths($0.strengths)) },
                        excelsIn: a.excelsIn, notYet: a.notYet.map { NotYet(rule: $0.rule.rawValue, fromYear: $0.fromYear) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Doc(year: engine.year, peerGroup: engine.peers.groupColumn, chanceRate: FlagRules.chanceRate, units: units,
                                                             notAssessed: coverage.map { CoverageJSON.missing($0, result: result) }, excluded: coverage.map { CoverageJSON.excluded($0.exclusions) }, bottomCutoff: engine.bottomCutoff.map { shownLevel(root, $0.cutoff) },
                                                             higherIsWorse: shown == nil ? nil : true)), as: UTF8.self) + "\n"
    }
}
