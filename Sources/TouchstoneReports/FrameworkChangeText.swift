import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// The words for framework changes over the years (`FrameworkChange`, `FrameworkEffect`): the warning that
/// a change touches the series, and the table splitting a unit's yearly changes into framework and
/// performance effects. Used by `validate`, `trend` and the report.
public struct FrameworkChangeText: Sendable {
    public let result: IndexResult
    public let words: Words

    public init(_ result: IndexResult, language: String) {
        self.result = result
        self.words = Words(language)
    }

    func t(_ en: String, _ zh: String) -> String { words.t(en, zh) }
    func label(_ id: String) -> String { result.node(id)?.label.text(for: words.language, fallback: id) ?? id }
    func number(_ v: Double) -> String { NumberFormat.full(v) }

    /// One line per change: "Framework change in 2023: weight of Political leadership 0.3 → 0.4; …".
    public func lines() -> [String] {
        let asPublished = result.project.history == .asPublished
        return result.frameworkChanges.map { c in
            guard c.kind == .weight else { return kindLine(c, asPublished: asPublished) }
            let what = t("Framework change in \(c.year): weight of \(label(c.nodeId)) \(number(c.before)) → \(number(c.after))",
                         "\(c.year)年框架调整：\(label(c.nodeId))权重 \(number(c.before)) → \(number(c.after))")
            return what + (asPublished
                ? t("; history: as-published — the years before \(c.year) keep the earlier weight, and changes across \(c.year) are split into framework and performance effects (trend --unit)",
                    "；history: as-published——\(c.year)年以前各年沿用原权重，跨年变化分解为框架影响与工作成效（trend --unit）")
                : t("; history: current — every year, including those already published, is recomputed under the newest weight",
                    "；history: current——包括已发布年份在内的各年均按最新权重重新计算"))
        }
    }

    /// `validate`'s warnings, at the project file.
    public func diagnostics() -> [Diagnostic] {
        lines().map { Diagnostic(.warning, $0, at: SourceLocation(file: result.project.file)) }
    }

    /// A unit's year-over-year changes of the index split into framework and performance effects.
    public func effectsTable(unit: Int, decimals: Int) -> TextTable {
        let years = result.panel.years
        let root = result.root.id
        let rows = zip(years, years.dropFirst()).compactMap { a, b -> [String]? in
            guard let e = FrameworkEffect.split(result: result, unit: unit, node: root, from: a, to: b) else { return nil }
            return ["\(a)→\(b)", NumberFormat.signed(e.total, decimals: decimals), NumberFormat.signed(e.framework, decimals: decimals), NumberFormat.signed(e.performance, decimals: decimals)]
        }
        let u = result.panel.units[unit]
        return TextTable(title: t("Framework and performance effects: \(u.id) \(u.name(words.language))", "框架影响与工作成效：\(u.id) \(u.name(words.language))"),
                         header: [t("Years", "年份"), t("Index change", "指数变化"), t("Framework effect", "框架影响"), t("Performance effect", "工作成效")],
                         rows: rows, rightAligned: [1, 2, 3])
    }
}
