import Foundation
import TouchstoneCore
import TouchstoneStats
import TouchstoneText

/// Renders a `Diagnosis` as terminal or Markdown tables, or as JSON (every number in full).
///
/// Tables: warnings first, then indicator statistics, aggregates (alpha, PCA), effective weights, and the
/// correlation matrix within each aggregate (Pearson or Spearman). JSON adds the between-level matrices.
public struct DiagnoseReport {
    public let diagnosis: Diagnosis
    public let result: IndexResult
    public var language = "en"
    public var spearman = false

    public init(diagnosis: Diagnosis, result: IndexResult) {
        self.diagnosis = diagnosis
        self.result = result
    }

    func label(_ id: String) -> String { result.node(id)?.label.text(for: language, fallback: id) ?? id }
    static func f(_ v: Double?, _ decimals: Int = 2) -> String { v.map { NumberFormat.fixed($0, decimals: decimals) } ?? "–" }
    static func g(_ v: Double?) -> String {
        guard let v, !v.isNaN else { return "–" }
        if v == 0 { return "0" }
        let a = abs(v)
        return NumberFormat.fixed(v, decimals: a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3)
    }

    var scopeText: String {
        let units = Set(diagnosis.rows.map { result.panel.rows[$0].unit }).count
        return (diagnosis.year.map(String.init) ?? "all years pooled") + " (\(diagnosis.rows.count) unit-years, \(units) units)"
    }

    public func tables() -> [TextTable] {
        var out: [TextTable] = []
        let title = result.project.title.text(for: language, fallback: result.root.label.text(for: language, fallback: result.root.id))
        let warnings = diagnosis.warnings.map { [$0.kind.rawValue, $0.message(language), $0.fix(language)] }
        out.append(TextTable(title: "Diagnosis — \(title) — \(scopeText)\n\n\(warnings.isEmpty ? "No warnings." : "Warnings (\(warnings.count))")",
                             header: ["Check", "Finding", "What to do"], rows: warnings))
        out.append(TextTable(title: "Indicators (raw values)",
                             header: ["Indicator", "In", "n", "Missing %", "Min", "Max", "Mean", "SD", "Skew", "Kurt", "Outliers", "Zeros", "Imputed"],
                             rows: diagnosis.indicators.map { s in
                                 [s.id, s.parent, String(s.n), NumberFormat.fixed(100 * s.missingShare, decimals: 1), Self.g(s.minimum), Self.g(s.maximum),
                                  Self.g(s.mean), Self.g(s.standardDeviation), Self.f(s.skewness), Self.f(s.kurtosis), s.outliers ? "yes" : "", String(s.zeros), String(s.imputed)]
                             }, rightAligned: Set(2 ... 12).subtracting([10])))
        out.append(TextTable(title: "Aggregates (scores of their children)",
                             header: ["Node", "Level", "Children", "Cronbach α", "PC1 share %", "Eigenvalues > 1", "Complete rows"],
                             rows: diagnosis.nodes.map { s in
                                 [s.id, String(s.depth), String(s.children.count), Self.f(s.cronbachAlpha),
                                  s.varianceShares.first.map { NumberFormat.fixed(100 * $0, decimals: 1) } ?? "–",
                                  s.eigenvalues.isEmpty ? "–" : String(s.eigenvalues.filter { $0 > 1 }.count), String(s.completeRows)]
                             }, rightAligned: Set(1 ... 6)))
        out.append(TextTable(title: "Effective weights in `\(result.root.id)` (nominal: product of the renormalised weights on the path; influence: r² with the index, normalised per level)",
                             header: ["Node", "Level", "Nominal %", "r with index", "Influence %"],
                             rows: diagnosis.effectiveWeights.map { e in
                                 [String(repeating: "  ", count: max(0, e.depth - 1)) + e.id, String(e.depth), NumberFormat.fixed(100 * e.nominal, decimals: 1),
                                  Self.f(e.correlation), NumberFormat.fixed(100 * e.influence, decimals: 1)]
                             }, rightAligned: [1, 2, 3, 4]))
        if !diagnosis.raters.isEmpty {
            out.append(TextTable(title: "Rater agreement (unit-years scored by every rater; ICC < 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, > 0.9 excellent)",
                                 header: ["Indicator", "Combined by", "Raters", "Per unit-year", "Complete", "Incomplete", "ICC(2,1)", "ICC(2,k)", "ICC(3,1)", "Kendall W"],
                                 rows: diagnosis.raters.map { r in
                                     [r.indicatorId, r.method.rawValue, String(r.raters.count), r.ratersPerRow.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" } ?? "–",
                                      String(r.completeRows), String(r.incompleteRows), Self.f(r.agreement?.icc21), Self.f(r.agreement?.icc2k), Self.f(r.agreement?.icc31), Self.f(r.agreement?.kendallW)]
                                 }, rightAligned: Set(2 ... 9)))
        }
        for s in diagnosis.nodes {
            let m = spearman ? s.within.spearman : s.within.pearson
            let rows = s.children.enumerated().map { a, id in
                [id] + s.children.indices.map { b in b <= a ? Self.f(m[a, b]) : "" } + [Self.f(s.childCorrelation[a])]
            }
            out.append(TextTable(title: "\(spearman ? "Spearman" : "Pearson") correlations within `\(s.id)`",
                                 header: [""] + s.children.indices.map { "\($0 + 1)" } + ["r with \(s.id)"],
                                 rows: rows.enumerated().map { i, r in ["\(i + 1) " + r[0]] + r.dropFirst() },
                                 rightAligned: Set(1 ... s.children.count + 1)))
        }
        return out
    }

    public func terminal() -> String { tables().map { $0.terminal() }.joined(separator: "\n") }
    public func markdown() -> String { tables().map { $0.markdown() }.joined(separator: "\n") }

    public func json() throws -> String {
        func num(_ v: Double?) -> Double? { v.flatMap { $0.isNaN || !$0.isFinite ? nil : $0 } }
        func matrix(_ m: Matrix) -> [[Double?]] { (0 ..< m.rows).map { i in (0 ..< m.columns).map { num(m[i, $0]) } } }
        let doc = DiagnosisJSON(
            project: result.project.title.values, fingerprint: result.project.fingerprint, year: diagnosis.year,
            rows: diagnosis.rows.count,
            warnings: diagnosis.warnings.map { .init(kind: $0.kind.rawValue, node: $0.node, involved: $0.involved, message: $0.message("en"), fix: $0.fix("en")) },
            indicators: diagnosis.indicators.map { s in
                .init(id: s.id, parent: s.parent, n: s.n, missing_share: s.missingShare, min: num(s.minimum), max: num(s.maximum), mean: num(s.mean),
                      sd: num(s.standardDeviation), skew: num(s.skewness), kurtosis: num(s.kurtosis), outliers: s.outliers, zeros: s.zeros, imputed: s.imputed)
            },
            aggregates: diagnosis.nodes.map { s in
                .init(id: s.id, depth: s.depth, children: s.children, cronbach_alpha: num(s.cronbachAlpha), eigenvalues: s.eigenvalues,
                      variance_shares: s.varianceShares, complete_rows: s.completeRows, pearson: matrix(s.within.pearson),
                      spearman: matrix(s.within.spearman), r_with_node: s.childCorrelation.map(num))
            },
            between: diagnosis.between.keys.sorted().map { d in
                let c = diagnosis.between[d]!
                return .init(depth: d, rows: c.rows, columns: c.columns, pearson: matrix(c.pearson), spearman: matrix(c.spearman))
            },
            effective_weights: diagnosis.effectiveWeights.map { .init(id: $0.id, depth: $0.depth, nominal: num($0.nominal), r_with_index: num($0.correlation), influence: num($0.influence)) },
            fitted_weights: result.fittedWeights.keys.sorted().map { id in
                let f = result.fittedWeights[id]!
                let children = result.node(id)?.children.map(\.id) ?? []
                return .init(node: id, method: f.method.rawValue, scope: f.scope.rawValue, children: children,
                             weights: f.sets.keys.sorted { ($0 ?? .min) < ($1 ?? .min) }.map { .init(year: $0, weights: f.sets[$0]!) },
                             ahp: f.ahp.map { .init(lambda_max: $0.lambdaMax, ci: $0.consistencyIndex, ri: $0.randomIndex, cr: $0.consistencyRatio) },
                             pca_variance_shares: f.pca[nil]?.varianceShares)
            },
            raters: diagnosis.raters.isEmpty ? nil : diagnosis.raters.map { r in
                .init(indicator: r.indicatorId, method: r.method.rawValue, raters: r.raters, complete_rows: r.completeRows, incomplete_rows: r.incompleteRows,
                      icc21: num(r.agreement?.icc21), icc2k: num(r.agreement?.icc2k), icc31: num(r.agreement?.icc31), kendall_w: num(r.agreement?.kendallW))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}

struct DiagnosisJSON: Encodable {
    struct Warning: Encodable { var kind, node: String; var involved: [String]; var message, fix: String }
    struct Indicator: Encodable {
        var id, parent: String; var n: Int; var missing_share: Double
        var min, max, mean, sd, skew, kurtosis: Double?; var outliers: Bool; var zeros, imputed: Int
    }
    struct Aggregate: Encodable {
        var id: String; var depth: Int; var children: [String]; var cronbach_alpha: Double?; var eigenvalues, variance_shares: [Double]
        var complete_rows: Int; var pearson, spearman: [[Double?]]; var r_with_node: [Double?]
    }
    struct Between: Encodable { var depth: Int; var rows, columns: [String]; var pearson, spearman: [[Double?]] }
    struct Rater: Encodable {
        var indicator, method: String; var raters: [String]; var complete_rows, incomplete_rows: Int; var icc21, icc2k, icc31, kendall_w: Double?
    }
    struct Effective: Encodable { var id: String; var depth: Int; var nominal, r_with_index, influence: Double? }
    struct WeightSet: Encodable { var year: Int?; var weights: [Double] }
    struct AHP: Encodable { var lambda_max, ci, ri, cr: Double }
    struct Fitted: Encodable {
        var node, method, scope: String; var children: [String]; var weights: [WeightSet]; var ahp: AHP?; var pca_variance_shares: [Double]?
    }
    var project: [String: String]; var fingerprint: String; var year: Int?; var rows: Int
    var warnings: [Warning]; var indicators: [Indicator]; var aggregates: [Aggregate]; var between: [Between]
    var effective_weights: [Effective]; var fitted_weights: [Fitted]; var raters: [Rater]?
}
