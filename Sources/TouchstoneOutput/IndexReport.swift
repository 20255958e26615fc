import Foundation
import TouchstoneCore
import TouchstoneText

/// What `touchstone index` shows: which rows (years) and which nodes (levels), in which language.
public struct IndexSelection: Sendable {
    public enum Years: Sendable, Equatable { case latest, year(Int), all }
    public var years: Years = .latest
    /// Deepest framework level shown (0 = index only); `nil` = all levels down to the indicators.
    public var maxDepth: Int? = 1
    public var language: String = "en"
    /// Decimals in terminal and Markdown tables; `nil` picks 1 for ranges wider than 1, else 3.
    public var decimals: Int?
    /// How a year-to-date year is named in the table title, with `{period}` for the last period included
    /// (the CLI passes its words, e.g. "year to date, through {period}"); `nil` = `→ {period}`.
    public var yearToDateText: String?
    /// `--period`: the change since the previous period, added to the CSV (`since`, `previous_rank`,
    /// `rank_change`, `previous_index`, `index_change`) and JSON (`change`) rows of that year.
    public var change: PeriodChange?
    /// The year `change` describes.
    public var changeYear: Int?

    public init() {}
}

/// Builds the tables and JSON of `touchstone index` from an `IndexResult`.
///
/// CSV: one row per unit and year (unit order, then year), columns `unit`, `year`, one score column per node
/// id (pre-order), `rank` (of the index within the year), then `rank_<group column>` for each peer-group
/// column. Numbers in CSV and JSON are printed in full (shortest exact form); missing is empty / `null`.
public struct IndexReport {
    public let result: IndexResult
    public let selection: IndexSelection

    public init(result: IndexResult, selection: IndexSelection) {
        self.result = result
        self.selection = selection
    }

    /// Panel rows selected, in panel order (unit, then year).
    public func selectedRows() throws -> [Int] {
        let panel = result.panel
        switch selection.years {
        case .all: return Array(panel.rows.indices)
        case .latest:
            guard let y = panel.years.last else { return [] }
            return panel.rows(inYear: y)
        case .year(let y):
            guard panel.years.contains(y) else {
                throw InputProblem(SourceLocation(file: result.project.file), .table(.yearNotAmong(year: y, years: panel.years)))
            }
            return panel.rows(inYear: y)
        }
    }

    public var nodes: [FrameworkNode] {
        result.nodes(maxDepth: selection.maxDepth ?? Int.max)
    }

    var groupColumns: [String] { result.project.units.groupColumns }

    public func csv() throws -> String {
        let rows = try selectedRows()
        let rank = result.ranks(of: result.root.id)
        let groupRanks = groupColumns.map { result.groupRanks(of: result.root.id, groupColumn: $0) }
        // Data by quarter or month: a `through` column names the last period of a year-to-date year.
        let partial = result.panel.yearToDate
        let change = selection.change
        let shown = nodes  // computed: read once, with each node's scores, not once per row
        let scores = shown.map { result.scores[$0.id]! }
        let header = ["unit", "year"] + (partial.isEmpty ? [] : ["through"]) + shown.map(\.id) + ["rank"] + groupColumns.map { "rank_\($0)" }
            + (change == nil ? [] : ["since", "previous_rank", "rank_change", "previous_index", "index_change"])
        let body = rows.map { r -> [String] in
            let key = result.panel.rows[r]
            let id = result.panel.units[key.unit].id
            var cells: [String] = [id, String(key.year)]
            if !partial.isEmpty { cells.append(partial[key.year]?.label ?? "") }
            cells += scores.map { NumberFormat.full($0[r]) }
            cells.append(rank[r].map(String.init) ?? "")
            cells += groupRanks.map { $0[r].map(String.init) ?? "" }
            if let change { cells += changeCells(change, id: id, row: r, rank: rank[r]) }
            return cells
        }
        return TextTable(header: header, rows: body).csv()
    }

    /// The CSV cells of a row's change since the previous period (empty outside the period's year).
    func changeCells(_ change: PeriodChange, id: String, row r: Int, rank: Int?) -> [String] {
        guard result.panel.rows[r].year == selection.changeYear else { return ["", "", "", "", ""] }
        let c = change.of(unit: id, rank: rank, score: result.scores[result.root.id]![r])
        let full = { (v: Double?) in v.map { NumberFormat.full($0) } ?? "" }
        return [change.since, c.rank.map(String.init) ?? "", c.rankChange.map(String.init) ?? "", full(c.score), full(c.scoreChange)]
    }

    /// The human table: sorted by year (latest first when several), then rank.
    public func table() throws -> TextTable {
        let lang = selection.language
        let rows = try selectedRows()
        let rank = result.ranks(of: result.root.id)
        let groupRanks = groupColumns.map { result.groupRanks(of: result.root.id, groupColumn: $0) }
        let sorted = rows.sorted { a, b in
            let (ka, kb) = (result.panel.rows[a], result.panel.rows[b])
            if ka.year != kb.year { return ka.year > kb.year }
            return (rank[a] ?? Int.max, ka.unit) < (rank[b] ?? Int.max, kb.unit)
        }
        let multiYear = Set(rows.map { result.panel.rows[$0].year }).count > 1
        let decimals = selection.decimals ?? result.project.scoreDecimals
        let t = FixedText(lang)
        // No name column when every name is the id (no name column declared, or `name_column` = the id column).
        let showName = rows.contains { let u = result.panel.units[result.panel.rows[$0].unit]; return u.name(lang) != u.id }
        var header = [t.rank] + (multiYear ? [t.year] : []) + [t.unit] + (showName ? [t.name] : [])
        let groupLabel = { (c: String) in self.result.project.units.groupLabels[c]?.text(for: lang, fallback: c) ?? GroupNames.label(c, language: lang) }
        header += groupColumns.map(groupLabel)
        header += nodes.map { $0.label.text(for: lang, fallback: $0.id) }
        header += groupColumns.map { Words(lang).zh ? groupLabel($0) + t.rankIn : t.rankIn + groupLabel($0).lowercased() }
        let body = sorted.map { r -> [String] in
            let key = result.panel.rows[r]
            let unit = result.panel.units[key.unit]
            var cells = [rank[r].map(String.init) ?? result.panel.status(row: r)?.label(lang) ?? "–"] + (multiYear ? [String(key.year)] : []) + [unit.id] + (showName ? [unit.name(lang)] : [])
            cells += groupColumns.map { result.project.groupName(of: unit, $0, lang) }
            cells += nodes.map { NumberFormat.fixed(result.scores[$0.id]![r], decimals: decimals) }
            cells += groupRanks.map { $0[r].map(String.init) ?? "–" }
            return cells
        }
        let firstScore = (multiYear ? 3 : 2) + (showName ? 1 : 0) + groupColumns.count
        var right: Set<Int> = [0]
        if multiYear { right.insert(1) }
        for c in firstScore ..< header.count { right.insert(c) }
        let shownYears = Array(Set(rows.map { result.panel.rows[$0].year })).sorted()
        let partial = shownYears.compactMap { result.panel.yearToDate[$0] }.map { p in
            " (" + (selection.yearToDateText ?? "→ {period}").replacingOccurrences(of: "{period}", with: p.label) + ")"
        }.joined()
        let yearText = (multiYear ? yearList(shownYears) : (shownYears.first.map(String.init) ?? "")) + partial
        let title = "\(result.project.title.text(for: lang, fallback: result.root.label.text(for: lang, fallback: result.root.id))) — \(yearText) (\(Set(rows.map { result.panel.rows[$0].unit }).count) \(t.units))"
        var table = TextTable(title: title, header: header, rows: body, rightAligned: right)
        table.maxWidths[(multiYear ? 2 : 1) + (showName ? 1 : 0)] = 40
        return table
    }

    public func json() throws -> String {
        let rows = try selectedRows()
        let rank = result.ranks(of: result.root.id)
        let groupRanks = Dictionary(uniqueKeysWithValues: groupColumns.map { ($0, result.groupRanks(of: result.root.id, groupColumn: $0)) })
        let doc = IndexJSON(
            project: result.project.title.values, fingerprint: result.project.fingerprint,
            nodes: nodes.map { .init(id: $0.id, label: $0.label.values, depth: result.depth[$0.id]!, weight: $0.weight, indicator: $0.isIndicator) },
            rows: rows.map { r in
                let key = result.panel.rows[r]
                let unit = result.panel.units[key.unit]
                var scores: [String: Double?] = [:]
                var missing: [String: String] = [:]
                for n in nodes {
                    let v = result.scores[n.id]![r]
                    scores[n.id] = v.isNaN ? nil : v
                    if let reason = result.missingReasons[n.id]?[r] { missing[n.id] = reason.text("en") }
                }
                let change = selection.change.flatMap { c -> IndexJSON.Change? in
                    guard key.year == selection.changeYear else { return nil }
                    let v = c.of(unit: unit.id, rank: rank[r], score: result.scores[result.root.id]![r])
                    return .init(since: c.since, previousRank: v.rank, rankChange: v.rankChange, previousIndex: v.score, indexChange: v.scoreChange)
                }
                return .init(unit: unit.id, name: unit.names, groups: unit.groups, year: key.year, scores: scores,
                             rank: rank[r], groupRanks: groupRanks.mapValues { $0[r] }, missing: missing, status: result.panel.status(row: r)?.rawValue,
                             through: result.panel.yearToDate[key.year]?.label, change: change)
            },
            diagnostics: result.diagnostics.map(\.description), audit: TreatmentAuditJSON.entries(result, rows: rows),
            normalisation: NormalisationJSON.entries(result))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}

struct IndexJSON: Encodable {
    struct Node: Encodable { var id: String; var label: [String: String]; var depth: Int; var weight: Double; var indicator: Bool }
    struct Row: Encodable {
        var unit: String; var name: [String: String]; var groups: [String: String]; var year: Int
        var scores: [String: Double?]; var rank: Int?; var groupRanks: [String: Int?]; var missing: [String: String]
        /// `exempt`, `new` or `observer` for a unit shown but not ranked; absent otherwise.
        var status: String? = nil
        /// The last period included when the year is year to date (`2024-Q3`); absent for complete years.
        var through: String? = nil
        /// With `--period`: the change since the previous period; absent otherwise.
        var change: Change? = nil
        enum CodingKeys: String, CodingKey { case unit, name, groups, year, scores, rank, groupRanks = "group_ranks", missing, status, through, change }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(unit, forKey: .unit); try c.encode(name, forKey: .name); try c.encode(groups, forKey: .groups)
            try c.encode(year, forKey: .year); try c.encode(scores, forKey: .scores); try c.encode(rank, forKey: .rank)
            try c.encode(groupRanks, forKey: .groupRanks); try c.encode(missing, forKey: .missing)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(through, forKey: .through)
            try c.encodeIfPresent(change, forKey: .change)
        }
    }
    /// A row's change since the previous period (`PeriodChange`); `null` where the unit is absent from one.
    struct Change: Encodable {
        var since: String; var previousRank: Int?; var rankChange: Int?; var previousIndex: Double?; var indexChange: Double?
        enum CodingKeys: String, CodingKey { case since, previousRank = "previous_rank", rankChange = "rank_change", previousIndex = "previous_index", indexChange = "index_change" }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(since, forKey: .since); try c.encode(previousRank, forKey: .previousRank); try c.encode(rankChange, forKey: .rankChange)
            try c.encode(previousIndex, forKey: .previousIndex); try c.encode(indexChange, forKey: .indexChange)
        }
    }
    var project: [String: String]; var fingerprint: String; var nodes: [Node]; var rows: [Row]; var diagnostics: [String]
    /// Every cell the treatment stage changed in the rows shown (`TreatedCell`); empty without treatment.
    var audit: [TreatmentAuditJSON] = []
    /// The parameters every indicator was normalised with, by indicator id (`FittedNormalisation`).
    var normalisation: [String: NormalisationJSON] = [:]
}

func yearList(_ years: [Int]) -> String {
    guard let first = years.first, let last = years.last else { return "" }
    if years.count > 1 && last - first + 1 == years.count { return "\(first)–\(last)" }
    return years.map(String.init).joined(separator: ", ")
}
