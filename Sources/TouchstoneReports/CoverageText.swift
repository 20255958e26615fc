import Foundation
import TouchstoneCore
import TouchstoneOutput

/// The words for `AssessmentCoverage` in the reader's language: units not assessed for lack of data, the
/// flags they carry unresolved from the year before, and the years and units the project excludes with the
/// reason. One place, used by `validate`, `flag`, the other table outputs and the report.
public struct CoverageText: Sendable {
    public let coverage: AssessmentCoverage
    public let words: Words

    public init(_ coverage: AssessmentCoverage, language: String) {
        self.coverage = coverage
        self.words = Words(language)
    }

    var zh: Bool { words.zh }
    func t(_ en: String, _ zh: String) -> String { words.t(en, zh) }

    /// "b01 General Office branch", or the id alone when there is no name.
    public func idAndName(_ m: AssessmentCoverage.Missing) -> String {
        let name = m.names[words.language].flatMap { $0.isEmpty ? nil : $0 } ?? m.names["en"].flatMap { $0.isEmpty ? nil : $0 }
        return name.map { "\(m.id) \($0)" } ?? m.id
    }

    /// "Not assessed — no data for 2024" (the heading of the list).
    public var notAssessedHeading: String {
        t("Not assessed — no data for \(coverage.year)", "未评估 — \(coverage.year)年无数据")
    }

    /// One unit not assessed: "b01 General Office branch (last data 2023)".
    public func missingText(_ m: AssessmentCoverage.Missing) -> String {
        idAndName(m) + words.parenthesised(m.lastYear.map { t("last data \($0)", "最近数据为\($0)年") } ?? t("no data in any year", "各年均无数据"))
    }

    /// What a carried assessment said: "needs help (high): low level, decline".
    public func unresolvedText(_ a: UnitAssessment) -> String {
        let status = a.status == .flagged ? t("needs help", "需帮扶") : t("watch", "关注")
        let severity = a.status == .flagged ? (a.severity.map { words.parenthesised($0.label(words.language)) } ?? "") : ""
        return status + severity + words.colon + a.flags.map { words.ruleLabel($0.rule) }.joined(separator: words.listSeparator)
    }

    /// Why a year or unit is excluded: the filter's reason, else the rule itself.
    public func reasonText(_ e: Exclusion) -> String {
        let rule: String
        switch e.rule {
        case .yearWindow(let w):
            rule = t("outside data.years \(w.lowerBound)–\(w.upperBound)", "不在 data.years \(w.lowerBound)–\(w.upperBound) 之内")
        case .filter(let column, let test, let exclude):
            let condition: String
            switch test {
            case .equals(let values): condition = "\(column) = \(values.joined(separator: " / "))"
            case .prefix(let p): condition = t("\(column) starts with \(p)", "\(column) 以 \(p) 开头")
            }
            rule = exclude ? t("excluded: \(condition)", "排除：\(condition)") : t("not included: \(condition)", "未纳入：\(condition)")
        }
        guard let reason = e.reason?.text(for: words.language), !reason.isEmpty else { return rule }
        return reason + words.separator + rule
    }

    /// "2021 (census year; excluded: year = 2021)".
    public func exclusionText(_ e: Exclusion) -> String {
        let subject: String
        switch e.subject {
        case .year(let y): subject = words.year(y)
        case .unit(let u): subject = u
        }
        return subject + words.parenthesised(reasonText(e))
    }

    /// The lines for the top of a text output (empty when every expected unit has data and nothing is
    /// excluded): not assessed, unresolved from the previous year, excluded years, excluded units.
    public func lines() -> [String] {
        var out: [String] = []
        if !coverage.missing.isEmpty {
            out.append(notAssessedHeading + words.parenthesised(t("\(coverage.missing.count) units", "\(coverage.missing.count) 个单位")) + words.colon
                       + coverage.missing.map(missingText).joined(separator: words.listSeparator))
        }
        if !coverage.unresolved.isEmpty, let p = coverage.previousYear {
            out.append(t("Unresolved from \(p) (flags carried, no data since)", "\(p)年预警未解决（沿用上年结论，此后无数据）") + words.colon
                       + coverage.unresolved.map { "\(idAndName($0)) — \(unresolvedText($0.unresolved!))" }.joined(separator: words.separator))
        }
        out += lineageLines()
        out += exclusionLines()
        return out
    }

    /// One line per lineage event in effect ("b37, formerly b12 (renamed 2023)"), then the dissolved units.
    public func lineageLines() -> [String] {
        var out: [String] = coverage.lineage.map(line)
        if !coverage.dissolved.isEmpty {
            out.append(t("Dissolved (left out of the current tables)", "已撤销（不列入本年表格）") + words.colon
                       + coverage.dissolved.map { $0.id + words.parenthesised(words.year($0.year)) }.joined(separator: words.listSeparator))
        }
        return out
    }

    /// The lineage line of a unit that a rename, merge, split or creation produced (its brief says where its
    /// history comes from), or `nil`.
    public func lineageLine(unit id: String) -> String? {
        coverage.lineage.last { $0.kind != .dissolved && $0.to.contains(id) }.map(line)
    }

    /// "b37, formerly b12 (renamed 2023)", and the like for merges, splits and creations ("" for a dissolution).
    private func line(_ e: LineageEvent) -> String {
        let from = e.from.joined(separator: words.listSeparator), to = e.to.joined(separator: words.listSeparator)
        switch e.kind {
        case .renamed:
            return t("\(to), formerly \(from) (renamed \(e.year))", "\(to)（原 \(from)，\(e.year)年更名）")
        case .merged:
            let rule = e.rule == .mean ? t("mean", "简单平均") : t("size-weighted mean", "按规模加权平均")
            return t("\(to), formed \(e.year) from \(from); its history before \(e.year) is their \(rule) (inherited, not ranked)",
                     "\(to)（\(e.year)年由 \(from) 合并组建；此前历史取其\(rule)，为承继数据，不排名）")
        case .split:
            return t("\(to), split from \(from) in \(e.year), each inheriting its history (not ranked)",
                     "\(to)（\(e.year)年由 \(from) 分设，各自承继其历史，不排名）")
        case .created:
            return t("\(to), created \(e.year)", "\(to)（\(e.year)年新设）")
        case .dissolved:
            return ""
        }
    }

    /// "Excluded years: …" and "Excluded units: …", each when there is one; subjects left out for the same
    /// reason are listed together before it ("ZZA, ZZB (excluded: iso3 starts with ZZ)"), at most `limit`
    /// of them by name.
    public func exclusionLines(limit: Int = .max) -> [String] {
        var out: [String] = []
        // Written without a tuple-array `for … where` loop and a method reference: swiftc 6.3.1 crashed on those
        // in a release build (ownership verifier, "Found outside of lifetime use").
        let groups = [(t("Excluded years", "排除的年份"), coverage.excludedYears), (t("Excluded units", "排除的单位"), coverage.excludedUnits)]
        for group in groups where !group.1.isEmpty {
            let label = group.0
            var reasons: [String] = [], subjects: [String: [String]] = [:]
            for k in group.1.indices {
                let e = group.1[k]
                let r = reasonText(e)
                if subjects[r] == nil { reasons.append(r) }
                subjects[r, default: []].append(subjectName(e.subject))
            }
            let parts = reasons.map { r -> String in
                let names = subjects[r]!
                let shown = names.prefix(limit).joined(separator: words.listSeparator)
                return (names.count > limit ? shown + words.andMore(names.count - limit) : shown) + words.parenthesised(r)
            }
            out.append(label + words.colon + parts.joined(separator: words.separator))
        }
        return out
    }

    /// The year (in words) or unit id an exclusion names. (A separate function: with the switch inlined in
    /// `exclusionLines`, Swift 6.3.1's release optimiser crashed — "Found outside of lifetime use" in
    /// CopyPropagation — so `swift build -c release` failed.)
    @inline(never)
    private func subjectName(_ subject: Exclusion.Subject) -> String {
        switch subject {
        case .year(let y): return words.year(y)
        case .unit(let u): return u
        }
    }

    /// `validate`'s findings: a warning naming the data file and the units without data in the year, and a
    /// note per exclusion naming its file.
    public func diagnostics(dataFile: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if !coverage.missing.isEmpty {
            let ids = coverage.missing.map(\.id).joined(separator: ", ")
            let carried = coverage.unresolved.isEmpty ? "" : "; \(coverage.unresolved.map(\.id).joined(separator: ", ")) carry unresolved flags from \(coverage.previousYear!)"
            out.append(Diagnostic(.warning, "no data for \(coverage.year) for \(coverage.missing.count) expected units: \(ids) — they will be listed as not assessed\(carried). Fix: add their \(coverage.year) rows (a late submission?), or exclude them with `exclude:` and a `reason:`",
                                  at: SourceLocation(file: dataFile)))
        }
        for line in lineageLines() {
            out.append(Diagnostic(.note, "lineage: \(line)", at: SourceLocation(file: coverage.lineage.first?.location?.file ?? dataFile)))
        }
        for e in coverage.exclusions {
            out.append(Diagnostic(.note, "\(exclusionText(e)) is left out of every output", at: SourceLocation(file: e.file)))
        }
        return out
    }
}
