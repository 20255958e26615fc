import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// What `touchstone progress` shows: every unit's key targets at a period of the year (table, CSV, JSON,
/// Markdown), then, for each unit off track or at risk, why, what would help and whom to learn from.
public struct ProgressReport: Sendable {
    public let project: Project
    public let periods: PeriodicPanel
    public let progress: [TargetProgress]
    public let asOf: Period
    public let settings: ProgressSettings
    public let language: String

    public init(project: Project, periods: PeriodicPanel, progress: [TargetProgress], asOf: Period, settings: ProgressSettings = ProgressSettings(), language: String) {
        self.project = project
        self.periods = periods
        self.progress = progress
        self.asOf = asOf
        self.settings = settings
        self.language = language
    }

    var words: Words { Words(language) }

    /// The heading of the year-to-date flags that `touchstone progress` prints after the targets.
    public var yearToDateFlagsHeading: String { words.yearToDateFlags(asOf.label) }
    var units: [UnitInfo] { periods.raw.units }

    /// Each unit's worst status, by unit index.
    public var unitStatus: [Int: TargetStatus] {
        var out: [Int: TargetStatus] = [:]
        for p in progress { out[p.unitIndex] = min(out[p.unitIndex] ?? .noData, p.status) }
        return out
    }

    /// Rows worst first (status, then probability, then unit order, then the framework's order).
    var ordered: [TargetProgress] {
        progress.enumerated().sorted { a, b in
            (a.element.status, a.element.probability ?? 2, a.offset) < (b.element.status, b.element.probability ?? 2, b.offset)
        }.map(\.element)
    }

    func label(_ indicator: String) -> String {
        project.framework.indicators.first { $0.id == indicator }?.label.text(for: language, fallback: indicator) ?? indicator
    }

    func number(_ v: Double?) -> String {
        guard let v, !v.isNaN else { return "–" }
        if v == .infinity { return "∞" }
        if v == -.infinity { return "−∞" }
        return NumberFormat.fixed(v, decimals: abs(v) >= 100 ? 0 : 1)
    }

    func percent(_ p: Double?) -> String { p.map { NumberFormat.fixed($0 * 100, decimals: 0) + "%" } ?? "–" }

    public func table() -> TextTable {
        let w = words
        let header = [w.unitWord, w.nameWord, w.indicatorWord, w.targetWord, w.toDateWord, w.expectedWord, w.projectionWord, w.intervalWord(settings.level), w.probabilityWord, w.statusWord]
        let rows = ordered.map { p -> [String] in
            let u = units[p.unitIndex]
            return [u.id, u.name(language), label(p.target.indicator), number(p.target.target), number(p.valueToDate), number(p.expected),
                    number(p.projection), p.projection == nil ? "–" : "\(number(p.lower)) – \(number(p.upper))", percent(p.probability), w.status(p.status)]
        }
        let counts = Dictionary(grouping: unitStatus.values, by: { $0 }).mapValues(\.count)
        var t = TextTable(title: w.progressTitle(asOf.label, units: unitStatus.count, counts: counts), header: header, rows: rows, rightAligned: [3, 4, 5, 6, 7, 8])
        t.maxWidths[1] = 30
        return t
    }

    /// Terminal text: the table, the note on the method, then the blocks of units off track or at risk.
    public func text() -> String {
        var out = table().terminal() + "\n" + words.progressNote(level: settings.level) + "\n"
        for block in blocks() { out += "\n" + block }
        return out
    }

    public func markdown() -> String {
        var out = table().markdown() + "\n" + MarkdownText.escape(words.progressNote(level: settings.level)) + "\n"
        for block in blocks() { out += "\n```text\n" + block + "```\n" }
        return out
    }

    /// One row per unit and key target; numbers in full, probabilities as fractions, statuses as ids.
    public func csv() -> String {
        let header = ["unit", "year", "as_of", "indicator", "target", "to_date", "expected", "expected_from", "projection", "lower", "upper", "p_reach", "status", "calibration_n"]
        let rows = progress.map { p in
            [units[p.unitIndex].id, String(p.target.year), asOf.label, p.target.indicator, NumberFormat.full(p.target.target), NumberFormat.full(p.valueToDate),
             NumberFormat.full(p.expected), p.expectedSource.rawValue, p.projection.map { NumberFormat.full($0) } ?? "", bound(p.lower), bound(p.upper),
             p.probability.map { NumberFormat.full($0) } ?? "", p.status.rawValue, String(p.calibrationSize)]
        }
        return TextTable(header: header, rows: rows).csv()
    }

    private func bound(_ v: Double) -> String { v.isFinite ? NumberFormat.full(v) : "" }

    public func json() throws -> String {
        struct Row: Encodable {
            var unit: String, year: Int, asOf: String, indicator: String, target: Double, toDate: Double?, expected: Double, expectedFrom: String
            var projection: Double?, lower: Double?, upper: Double?, pReach: Double?, status: String, calibrationN: Int, group: String?
            enum CodingKeys: String, CodingKey {
                case unit, year, asOf = "as_of", indicator, target, toDate = "to_date", expected, expectedFrom = "expected_from", projection, lower, upper
                case pReach = "p_reach", status, calibrationN = "calibration_n", group
            }
        }
        let rows = progress.map { p in
            Row(unit: units[p.unitIndex].id, year: p.target.year, asOf: asOf.label, indicator: p.target.indicator, target: p.target.target,
                toDate: p.valueToDate.isNaN ? nil : p.valueToDate, expected: p.expected, expectedFrom: p.expectedSource.rawValue, projection: p.projection,
                lower: p.lower.isFinite ? p.lower : nil, upper: p.upper.isFinite ? p.upper : nil, pReach: p.probability, status: p.status.rawValue,
                calibrationN: p.calibrationSize, group: p.target.group)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }

    /// For each unit off track or at risk (worst first): why (each target behind, with its projection),
    /// what would help (what the remaining periods must give) and whom to learn from (peers of its group on
    /// track on the same target, furthest ahead of their own target first).
    func blocks() -> [String] {
        let w = words
        let status = unitStatus
        let flagged = status.filter { $0.value == .offTrack || $0.value == .atRisk }.keys.sorted { (status[$0]!, $0) < (status[$1]!, $1) }
        let group = project.units.groupColumns.first
        return flagged.map { u in
            let unit = units[u]
            var out = "\(w.status(status[u]!).uppercased())  \(unit.id)  \(unit.name(language))\(group.map { " (\(project.groupName(of: unit, $0, language)))" } ?? "")\n"
            for p in progress where p.unitIndex == u && (p.status == .offTrack || p.status == .atRisk) {
                out += "        • " + w.lead(label(p.target.indicator)) + w.status(p.status) + "\n"
                out += "          " + w.lead(w.whyWord) + "\(w.behind(number(p.valueToDate), number(p.expected), p.expectedSource))"
                    + (language.hasPrefix("zh") ? "；" : "; ") + w.projected(number(p.projection), number(p.lower), number(p.upper), number(p.target.target), percent(p.probability)) + "\n"
                let remaining = asOf.kind.perYear - asOf.index
                let rollup = periods.rollups[periods.raw.indicatorIds.firstIndex(of: p.target.indicator)!]
                if rollup == .sum, remaining > 0, let projection = p.projection {
                    let need = p.target.target - p.valueToDate
                    out += "          " + w.lead(w.helpWord) + w.needs(number(need), periods: remaining, perPeriod: number(need / Double(remaining)), typical: number(projection - p.valueToDate)) + "\n"
                } else if remaining > 0 {
                    out += "          " + w.lead(w.helpWord) + w.needsLevel(number(p.target.target)) + "\n"
                }
                let peers = progress.filter { q in
                    q.target.indicator == p.target.indicator && q.unitIndex != u && q.status == .onTrack
                        && (group.map { units[q.unitIndex].groups[$0] == unit.groups[$0] } ?? true)
                }.sorted { ($1.probability ?? 0, $0.unitIndex) < ($0.probability ?? 0, $1.unitIndex) }.prefix(3)
                out += "          " + w.lead(w.learnWord) + (peers.isEmpty ? w.none : peers.map { "\(units[$0.unitIndex].id) \(units[$0.unitIndex].name(language)) (\(number($0.valueToDate)) / \(number($0.target.target)))" }.joined(separator: "; ")) + "\n"
            }
            return out
        }
    }
}
