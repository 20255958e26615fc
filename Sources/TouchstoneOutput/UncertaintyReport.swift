import TouchstoneCore
import TouchstoneText

/// Tables of `touchstone sensitivity`: rank intervals and flag robustness per unit; Sobol indices.
public struct UncertaintyReport {
    public let analysis: UncertaintyAnalysis
    public let flags: [Int: [UnitFlag]]
    public var language: String

    public init(analysis: UncertaintyAnalysis, flags: [Int: [UnitFlag]], language: String) {
        self.analysis = analysis
        self.flags = flags
        self.language = language
    }

    var zh: Bool { Words(language).zh }

    static func percent(_ p: Double) -> String { "\(Int((p * 100).rounded()))%" }

    public static func gradeLabel(_ g: UncertaintyAnalysis.Robustness, zh: Bool) -> String {
        switch g {
        case .robust: return zh ? "稳健" : "robust"
        case .fragile: return zh ? "不稳" : "fragile"
        case .notSupported: return zh ? "不成立" : "not supported"
        }
    }

    /// "low-level robust (97%)" for each of the unit's nominal flags.
    public func robustness(unit: Int) -> String {
        guard let s = analysis.summaries.first(where: { $0.unit == unit }) else { return "" }
        return (flags[unit] ?? []).filter { $0.rule != .funnel }.map { f in
            let p = s.flagProbability[f.rule] ?? 0
            return "\(f.rule.rawValue) \(Self.gradeLabel(UncertaintyAnalysis.grade(p), zh: zh)) (\(Self.percent(p)))"
        }.joined(separator: ", ")
    }

    public func table() -> TextTable {
        let r = analysis.result
        let s = analysis.settings
        let header = zh ? ["名义排名", "编号", "名称", "中位排名", "5–95% 区间", "前 \(s.topK) 概率", "后 \(s.bottomK) 概率", "预警及稳健性"]
                        : ["Rank", "Unit", "Name", "Median rank", "5–95% interval", "P(top \(s.topK))", "P(bottom \(s.bottomK))", "Flags and robustness"]
        let fmt = { (v: Double) in v == v.rounded() ? String(Int(v)) : NumberFormat.fixed(v, decimals: 1) }
        let ranked = analysis.summaries.sorted { ($0.nominalRank ?? .max, $0.unit) < ($1.nominalRank ?? .max, $1.unit) }.map { u -> [String] in
            let unit = r.panel.units[u.unit]
            return [u.nominalRank.map(String.init) ?? "–", unit.id, unit.name(language), fmt(u.medianRank), "\(fmt(u.lowRank))–\(fmt(u.highRank))",
                    Self.percent(u.probabilityTop), Self.percent(u.probabilityBottom), robustness(unit: u.unit)]
        }
        // Units with a status (exempt, new, observer) are shown, not ranked.
        let shown = r.panel.rows(inYear: analysis.year).filter { r.panel.status(row: $0) != nil }.map { row -> [String] in
            let unit = r.panel.units[r.panel.rows[row].unit]
            return [r.panel.status(row: row)!.label(language), unit.id, unit.name(language), "–", "–", "–", "–", ""]
        }
        let body = ranked + shown
        let title = (zh ? "排名的不确定性" : "Rank uncertainty") + " — \(analysis.year) (\(analysis.runs) \(zh ? "次模拟" : "replications")"
            + (analysis.failedRuns > 0 ? (zh ? "，\(analysis.failedRuns) 次失败" : ", \(analysis.failedRuns) failed") : "") + ")"
        var t = TextTable(title: title, header: header, rows: body, rightAligned: [0, 3, 4, 5, 6])
        t.maxWidths[2] = 30
        // No name column when the names are the ids (no "Syria  Syria"), as in `peers`.
        return r.panel.units.allSatisfy({ $0.name(language) == $0.id }) ? t.removingColumn(2) : t
    }

    public static func sobolTable(_ s: SensitivityAnalysis, title: String, zh: Bool) -> TextTable? {
        guard let o = s.overall else { return nil }
        let f = { (v: Double) in NumberFormat.fixed(v, decimals: 3) }
        let header = zh ? ["输入", "一阶 Si", "Si 5–95%", "总效应 STi", "STi 5–95%"] : ["Input", "First order Si", "Si 5–95%", "Total STi", "STi 5–95%"]
        let body = s.inputs.indices.map { i in
            [s.inputs[i], f(o.firstOrder[i].value), "\(f(o.firstOrder[i].low))–\(f(o.firstOrder[i].high))", f(o.total[i].value), "\(f(o.total[i].low))–\(f(o.total[i].high))"]
        }
        return TextTable(title: title + (zh ? "（\(s.runs) 次运行）" : " (\(s.runs) runs)"), header: header, rows: body, rightAligned: [1, 2, 3, 4])
    }
}
