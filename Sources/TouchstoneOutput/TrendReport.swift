import Foundation
import TouchstoneCore
import TouchstoneStats
import TouchstoneText

/// Renders a `TrendAnalysis` for `touchstone trend`.
///
/// CSV columns (one row per unit, node and series; stable, documented in README): `unit, node, series`
/// (`score` or `raw`), `n, first_year, first, last_year, last, change, pct_change, cagr, ols_slope, ols_se,
/// ols_ci_low, ols_ci_high, ols_p, sen_slope, sen_ci_low, sen_ci_high, mk_s, mk_tau, mk_p, mk_p_method,
/// hr_p, volatility, reversals, class, years_below_peer_median, rank_first, rank_last, rank_change,
/// rank_best, rank_worst` (the rank columns only on the index row). Missing = empty.
public struct TrendReport {
    public let analysis: TrendAnalysis
    public var language = "en"
    public var decimals = 1

    public init(analysis: TrendAnalysis, language: String = "en", decimals: Int = 1) {
        self.analysis = analysis
        self.language = language
        self.decimals = decimals
    }

    static let csvHeader = ["unit", "node", "series", "n", "first_year", "first", "last_year", "last", "change", "pct_change", "cagr",
                            "ols_slope", "ols_se", "ols_ci_low", "ols_ci_high", "ols_p", "sen_slope", "sen_ci_low", "sen_ci_high",
                            "mk_s", "mk_tau", "mk_p", "mk_p_method", "hr_p", "volatility", "reversals", "class",
                            "years_below_peer_median", "rank_first", "rank_last", "rank_change", "rank_best", "rank_worst"]

    public func csv() -> String {
        let f = { (v: Double) in NumberFormat.full(v) }
        let o: (Double?) -> String = { $0.map(f) ?? "" }
        let root = analysis.result.root.id
        let body = analysis.rows.map { r -> [String] in
            let s = r.series, c = s.change
            let traj = r.nodeId == root && !r.raw ? analysis.trajectories.first { $0.unit == r.unit } : nil
            let firstRank = traj?.ranks.compactMap { $0 }.first, lastRank = traj?.ranks.compactMap { $0 }.last
            return [analysis.result.panel.units[r.unit].id, r.nodeId, r.raw ? "raw" : "score", String(s.n),
                    c.map { String(Int($0.first.time)) } ?? "", o(c?.first.value), c.map { String(Int($0.last.time)) } ?? "", o(c?.last.value),
                    o(c?.absoluteChange), o(c?.percentChange.value), o(c?.cagr.value),
                    o(s.ols?.slope), o(s.ols?.inference?.standardError), o(s.ols?.inference?.confidenceInterval.lower),
                    o(s.ols?.inference?.confidenceInterval.upper), o(s.ols?.inference?.pValue),
                    o(s.theilSen?.slope), o(s.theilSen?.confidenceInterval.lower), o(s.theilSen?.confidenceInterval.upper),
                    s.mannKendall.map { String($0.s) } ?? "", o(s.mannKendall?.tau), o(s.mannKendall?.pValue),
                    s.mannKendall?.pMethod.rawValue ?? "", o(s.mannKendall?.hamedRao?.pValue),
                    o(c?.volatility.value), c.map { String($0.reversals) } ?? "", r.trendClass.rawValue,
                    r.raw ? "" : "\(r.evidence.yearsBelowPeerMedian)/\(r.evidence.yearsChecked)",
                    firstRank.map(String.init) ?? "", lastRank.map(String.init) ?? "", traj?.change.map(String.init) ?? "",
                    traj?.best.map(String.init) ?? "", traj?.worst.map(String.init) ?? ""]
        }
        return TextTable(header: Self.csvHeader, rows: body).csv()
    }

    /// One table per node (scores only): class, first → last, change, Sen slope with its interval, p, reversals, ranks.
    public func tables() -> [TextTable] {
        let result = analysis.result
        let zh = Words(language).zh
        let root = result.root.id
        let nodeIds = analysis.rows.filter { !$0.raw }.map(\.nodeId).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let fx = { (v: Double?) in v.map { NumberFormat.fixed($0, decimals: decimals) } ?? "–" }
        return nodeIds.map { id in
            let node = result.node(id)!
            let rows = analysis.rows.filter { $0.nodeId == id && !$0.raw }.sorted { a, b in
                let order = TrendClass.allCases
                let (ia, ib) = (order.firstIndex(of: a.trendClass)!, order.firstIndex(of: b.trendClass)!)
                if ia != ib { return ia < ib }
                return (a.series.theilSen?.slope ?? 0) > (b.series.theilSen?.slope ?? 0)
            }
            var header = zh ? ["编号", "名称", "组别", "趋势", "首年→末年", "变化", "年均变化 (Sen)", "95% 区间", "MK p", "反复"]
                            : ["Unit", "Name", "Group", "Trend", "First → last", "Change", "Per year (Sen)", "95% interval", "MK p", "Reversals"]
            if id == root { header += zh ? ["排名 首→末"] : ["Rank first → last"] }
            let body = rows.map { r -> [String] in
                let unit = result.panel.units[r.unit], s = r.series, c = s.change
                let ci = s.theilSen.map { "[\(fx($0.confidenceInterval.lower)), \(fx($0.confidenceInterval.upper))]" } ?? "–"
                let p = s.mannKendall.map { NumberFormat.fixed($0.pValue, decimals: 3) + ($0.pMethod == .exact ? "" : "ⁿ") } ?? "–"
                let signed = { (v: Double) -> String in NumberFormat.signed(v, decimals: decimals) }
                let group: String = analysis.peerGroup.map { analysis.result.project.groupName(of: unit, $0, language) } ?? ""
                let span: String = c.map { "\(fx($0.first.value)) → \(fx($0.last.value))" } ?? "–"
                let change: String = c.map { signed($0.absoluteChange) } ?? "–"
                let slope: String = s.theilSen.map { signed($0.slope) } ?? "–"
                let reversals: String = c.map { String($0.reversals) } ?? "–"
                var cells: [String] = [unit.id, unit.name(language), group, r.trendClass.label(language), span, change, slope, ci, p, reversals]
                if id == root {
                    let t = analysis.trajectories.first { $0.unit == r.unit }
                    let f = t?.ranks.compactMap { $0 }.first, l = t?.ranks.compactMap { $0 }.last
                    cells.append(f != nil && l != nil ? "\(f!) → \(l!)" : "–")
                }
                return cells
            }
            let years = analysis.years
            let span = years.isEmpty ? "" : "\(years.first!)–\(years.last!)"
            var table = TextTable(title: "\(node.label.text(for: language, fallback: id)) — \(span)", header: header, rows: body,
                                  rightAligned: Set([5, 6, 8, 9]))
            table.maxWidths[1] = 32
            return table
        }
    }

    /// Notes printed under the table: how p-values were computed and what the classes mean.
    public func footnote() -> String {
        let s = analysis.settings
        if Words(language).zh {
            return "MK p：Mann–Kendall 检验双侧 p 值；n ≤ \(s.exactMaximumN) 且无并列时为精确值，带 ⁿ 者为正态近似。显著性水平 α = \(NumberFormat.full(s.alpha))；少于 \(s.minimumPoints) 年数据判为“数据不足”。\n"
        }
        return "MK p: two-sided Mann–Kendall p-value, exact for n ≤ \(s.exactMaximumN) without ties; ⁿ marks the normal approximation. α = \(NumberFormat.full(s.alpha)); fewer than \(s.minimumPoints) years → insufficient data.\n"
    }

    /// Year-over-year decomposition of one unit's index, by dimension.
    public func decompositionTable(unit: Int) -> TextTable {
        let result = analysis.result
        let dims = result.root.children
        let zh = Words(language).zh
        let parts = ChangeDecomposition.yearOverYear(result: result, unit: unit, years: analysis.years)
        let header = (zh ? ["年份", "指数变化"] : ["Years", "Index change"]) + dims.map { $0.label.text(for: language, fallback: $0.id) } + (zh ? ["覆盖变化"] : ["Coverage"])
        let sign = { (v: Double) in NumberFormat.signed(v, decimals: self.decimals) }
        let body = parts.map { d in
            ["\(d.fromYear)→\(d.toYear)", sign(d.change)] + dims.map { d.contributions[$0.id].map(sign) ?? "–" } + [sign(d.coverageEffect)]
        }
        let unitInfo = result.panel.units[unit]
        return TextTable(title: (zh ? "逐年变化分解：" : "What moved the index, year by year: ") + "\(unitInfo.id) \(unitInfo.name(language))",
                         header: header, rows: body, rightAligned: Set(1 ..< header.count))
    }

    public func json() throws -> String {
        let result = analysis.result
        struct Row: Encodable {
            var unit: String; var node: String; var series: String; var n: Int; var trendClass: String
            var first: [Double]?; var last: [Double]?; var change: Double?; var pctChange: Double?; var cagr: Double?
            var olsSlope: Double?; var olsCI: [Double]?; var olsP: Double?; var senSlope: Double?; var senCI: [Double]?
            var mkS: Int?; var mkTau: Double?; var mkP: Double?; var mkPMethod: String?; var hamedRaoP: Double?
            var volatility: Double?; var reversals: Int?; var yearsBelowPeerMedian: Int?; var values: [Double?]
            enum CodingKeys: String, CodingKey {
                case unit, node, series, n, trendClass = "class", first, last, change, pctChange = "pct_change", cagr
                case olsSlope = "ols_slope", olsCI = "ols_ci", olsP = "ols_p", senSlope = "sen_slope", senCI = "sen_ci"
                case mkS = "mk_s", mkTau = "mk_tau", mkP = "mk_p", mkPMethod = "mk_p_method", hamedRaoP = "hr_p"
                case volatility, reversals, yearsBelowPeerMedian = "years_below_peer_median", values
            }
        }
        struct Trajectory: Encodable { var unit: String; var ranks: [Int?]; var groupRanks: [Int?]
            enum CodingKeys: String, CodingKey { case unit, ranks, groupRanks = "group_ranks" } }
        struct Decomposition: Encodable { var unit: String; var from: Int; var to: Int; var change: Double; var contributions: [String: Double]; var coverage: Double }
        struct Doc: Encodable { var years: [Int]; var peerGroup: String?; var rows: [Row]; var ranks: [Trajectory]; var decompositions: [Decomposition]; var diagnostics: [String]
            enum CodingKeys: String, CodingKey { case years, peerGroup = "peer_group", rows, ranks, decompositions, diagnostics } }
        let rows = analysis.rows.map { r -> Row in
            let s = r.series, c = s.change
            return Row(unit: result.panel.units[r.unit].id, node: r.nodeId, series: r.raw ? "raw" : "score", n: s.n, trendClass: r.trendClass.rawValue,
                       first: c.map { [$0.first.time, $0.first.value] }, last: c.map { [$0.last.time, $0.last.value] },
                       change: c?.absoluteChange, pctChange: c?.percentChange.value, cagr: c?.cagr.value,
                       olsSlope: s.ols?.slope, olsCI: s.ols?.inference.map { [$0.confidenceInterval.lower, $0.confidenceInterval.upper] }, olsP: s.ols?.inference?.pValue,
                       senSlope: s.theilSen?.slope, senCI: s.theilSen.map { [$0.confidenceInterval.lower, $0.confidenceInterval.upper] },
                       mkS: s.mannKendall?.s, mkTau: s.mannKendall?.tau, mkP: s.mannKendall?.pValue, mkPMethod: s.mannKendall?.pMethod.rawValue,
                       hamedRaoP: s.mannKendall?.hamedRao?.pValue, volatility: c?.volatility.value, reversals: c?.reversals,
                       yearsBelowPeerMedian: r.raw ? nil : r.evidence.yearsBelowPeerMedian, values: s.values.map { $0.isNaN ? nil : $0 })
        }
        let units = Set(analysis.rows.map(\.unit)).sorted()
        let doc = Doc(years: analysis.years, peerGroup: analysis.peerGroup, rows: rows,
                      ranks: analysis.trajectories.map { Trajectory(unit: result.panel.units[$0.unit].id, ranks: $0.ranks, groupRanks: $0.groupRanks) },
                      decompositions: units.flatMap { u in ChangeDecomposition.yearOverYear(result: result, unit: u, years: analysis.years).map {
                          Decomposition(unit: result.panel.units[u].id, from: $0.fromYear, to: $0.toYear, change: $0.change, contributions: $0.contributions, coverage: $0.coverageEffect) } },
                      diagnostics: (result.diagnostics + analysis.diagnostics).map(\.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}
