import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

/// ASEM projects for the method references: COINr's iMeta framework (or a flat index over chosen
/// indicators) on one of the reference data files, with settings spliced in.
enum ASEMProjects {
    static let meta = try! CSVReader.read(path: SharedData.path("coinr_asem/reference/asem_meta.csv"))
    static func column(_ name: String) -> Int { meta.columnIndex(name)! }

    /// Indicator codes in iMeta order with their directions.
    static var indicators: [(code: String, lower: Bool)] {
        meta.rows.filter { $0[column("Type")] == "Indicator" }.map { ($0[column("iCode")], $0[column("Direction")] == "-1") }
    }

    /// - data: file under coinr_asem/reference; `year: 2018` unless `yearColumn` is given.
    /// - nodeSettings: extra YAML (`key: value, …`) per aggregate id; `flat`: a root `Index` over `only`
    ///   (default all 49) instead of the iMeta tree; `directions: false` declares every indicator higher.
    static func text(data: String, yearColumn: String? = nil, defaults: String, nodeSettings: [String: String] = [:],
                     flat: Bool = false, only: [String]? = nil, directions: Bool = true) -> String {
        let year = yearColumn.map { "year_column: \($0)" } ?? "year: 2018"
        var lines = [
            "data: {file: \"\(SharedData.path("coinr_asem/reference/\(data)"))\", layout: wide, unit_column: uCode, \(year)}",
            "units: {id_column: uCode}",
            "defaults: {\(defaults)}",
            "framework:",
        ]
        func extra(_ id: String) -> String { nodeSettings[id].map { ", \($0)" } ?? "" }
        if flat {
            lines.append("  - {id: Index\(extra("Index"))}")
            for (code, lower) in indicators where only?.contains(code) ?? true {
                lines.append("  - {id: \(code), parent: Index, direction: \(lower && directions ? "lower" : "higher")}")
            }
        } else {
            for row in meta.rows {
                let id = row[column("iCode")]
                var node = "  - {id: \(id), weight: \(row[column("Weight")])"
                if !row[column("Parent")].isEmpty { node += ", parent: \(row[column("Parent")])" }
                if row[column("Type")] == "Indicator" {
                    node += ", direction: \(row[column("Direction")] == "-1" && directions ? "lower" : "higher")"
                } else {
                    node += extra(id)
                }
                lines.append(node + "}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func run(_ text: String) throws -> IndexResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("asem-methods.yaml").path
        return try IndexPipeline(project: try ProjectReader.parse(text: text, file: file)).run()
    }

    /// Compares every node column of a wide COINr table (uCode + node ids) with the result; returns the count.
    @discardableResult
    static func compareWide(_ result: IndexResult, reference file: String, tolerance: Double = 1e-9, nodes: [String]? = nil) throws -> Int {
        let reference = try CSVReader.read(path: SharedData.path("coinr_asem/reference/\(file)"))
        var compared = 0
        for row in reference.rows {
            let r = try #require(result.panel.rows.firstIndex { result.panel.units[$0.unit].id == row[0] })
            for (c, id) in reference.header.enumerated().dropFirst() where nodes?.contains(id) ?? true {
                let ours = try #require(result.scores[id], "node \(id)")[r]
                if row[c].isEmpty {
                    #expect(ours.isNaN, "\(file) \(row[0]) \(id): COINr has none, Touchstone \(ours)")
                } else {
                    let theirs = try #require(Double(row[c]))
                    #expect(abs(ours - theirs) <= tolerance * max(1, abs(theirs)), "\(file) \(row[0]) \(id): Touchstone \(ours), reference \(theirs)")
                    compared += 1
                }
            }
        }
        return compared
    }

    /// A reference CSV as records keyed by column name.
    static func records(_ path: String) throws -> [[String: String]] {
        let t = try CSVReader.read(path: path)
        return t.rows.map { Dictionary(uniqueKeysWithValues: zip(t.header, $0)) }
    }

    static var methodsFolder: String { SharedData.packageRoot.appendingPathComponent("Tests/References/methods").path }
}

/// Touchstone pipelines against COINr 1.1.14 (ASEM `reference/`), the Python references in
/// `reference/python/` and the independent implementations in `Tests/References/methods/` (numpy/scipy).
@Suite("Method references on ASEM", .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
struct MethodReferenceTests {
    @Test("z-score (mean 0, sd 1) + arithmetic means reproduce COINr b_zscore at every level (1e-9)")
    func zScorePipeline() throws {
        let result = try ASEMProjects.run(ASEMProjects.text(data: "asem_raw.csv",
            defaults: "normalisation: {method: z-score, scope: year}, aggregation: arithmetic, min_coverage: 0"))
        #expect(try ASEMProjects.compareWide(result, reference: "b_zscore_scores.csv") == 51 * 60 - 63)
    }

    @Test("min-max [1,100] + geometric means reproduce COINr c_geometric at every level (1e-9)")
    func geometricPipeline() throws {
        let result = try ASEMProjects.run(ASEMProjects.text(data: "asem_raw.csv",
            defaults: "normalisation: {method: min-max, range: [1, 100], scope: year}, aggregation: geometric, min_coverage: 0"))
        #expect(try ASEMProjects.compareWide(result, reference: "c_geometric_scores.csv") == 51 * 60 - 63)
    }

    /// COINr `get_PCA` on the d1 coin's normalised data per pillar, then `Aggregate` with those weights. The
    /// raw PC1 loadings have arbitrary signs; an arithmetic mean Σw·x/Σw does not change when every weight of
    /// a group flips, so the re-aggregated scores are comparable digit for digit.
    @Test("PCA weights per pillar match COINr's loadings, and re-aggregating with them reproduces every score")
    func pcaPipeline() throws {
        let pillars = ["Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin"]
        let settings = Dictionary(uniqueKeysWithValues: pillars.map { ($0, "weights: {method: pca, negative: allow}") })
        let result = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_normalised.csv",
            defaults: "normalisation: {method: min-max, range: [0, 100], scope: year}, min_coverage: 0",
            nodeSettings: settings, directions: false))
        try ASEMProjects.compareWide(result, reference: "e_pca_L1_reaggregated_scores.csv")
        let loadings = try ASEMProjects.records(SharedData.path("coinr_asem/reference/e_pca_L1_bygroup_loadings.csv"))
        for pillar in pillars {
            let node = try #require(result.node(pillar))
            let fitted = try #require(result.fittedWeights[pillar]?.uniform)
            var theirs = node.children.map { c in Double(loadings.first { $0["iCode"] == c.id }!["PC1"]!)! }
            if theirs.reduce(0, +) < 0 { theirs = theirs.map { -$0 } }
            #expect(zip(fitted, theirs).allSatisfy { abs($0 - $1) < 1e-9 }, "\(pillar)")
            let share = try #require(result.fittedWeights[pillar]?.pca[nil]?.varianceShares.first)
            let variance = try ASEMProjects.records(SharedData.path("coinr_asem/reference/e_pca_L1_bygroup_variance.csv"))
            #expect(abs(share - Double(variance.first { $0["group"] == pillar && $0["PC"] == "PC1" }!["prop_var"]!)!) < 1e-9)
        }
        #expect(result.diagnostics.contains { $0.text("en").contains("`Instit`: `TBTs` enters with a negative PCA weight") })
    }

    @Test("PCA weights of the sub-indices and of all 49 indicators match COINr (1e-9)")
    func pcaLevels() throws {
        let sub = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_normalised.csv",
            defaults: "normalisation: {method: min-max, range: [0, 100], scope: year}, min_coverage: 0",
            nodeSettings: ["Conn": "weights: {method: pca, negative: allow}", "Sust": "weights: {method: pca, negative: allow}"], directions: false))
        let weights = try ASEMProjects.records(SharedData.path("coinr_asem/reference/e_pca_L2_bygroup_weights.csv"))
        for group in ["Conn", "Sust"] {
            let node = try #require(sub.node(group))
            var theirs = node.children.map { c in Double(weights.first { $0["iCode"] == c.id }!["Weight"]!)! }
            if theirs.reduce(0, +) < 0 { theirs = theirs.map { -$0 } }
            let ours = try #require(sub.fittedWeights[group]?.uniform)
            #expect(zip(ours, theirs).allSatisfy { abs($0 - $1) < 1e-9 }, "\(group): \(ours) vs \(theirs)")
        }
        let all = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_normalised.csv",
            defaults: "normalisation: {method: min-max, range: [0, 100], scope: year}",
            nodeSettings: ["Index": "weights: {method: pca, negative: allow}"], flat: true, directions: false))
        let ref = try ASEMProjects.records(SharedData.path("coinr_asem/reference/e_pca_L1_all_weights.csv"))
        var theirs = all.root.children.map { c in Double(ref.first { $0["iCode"] == c.id }!["Weight"]!)! }
        if theirs.reduce(0, +) < 0 { theirs = theirs.map { -$0 } }
        let ours = try #require(all.fittedWeights["Index"]?.uniform)
        #expect(zip(ours, theirs).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test("entropy and CRITIC weights fitted in the pipeline match the Python references (1e-12)")
    func entropyCritic() throws {
        for (method, file, column) in [("entropy", "entropy_d1_imputed_minmax.csv", "weight_direct"), ("critic", "critic_d1_imputed.csv", "weight_pymcdm")] {
            let result = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_imputed.csv",
                defaults: "normalisation: {method: min-max, range: [0, 100], scope: year}, weights: \(method)", flat: true))
            let ref = try ASEMProjects.records(SharedData.path("coinr_asem/reference/python/\(file)"))
            let ours = try #require(result.fittedWeights["Index"]?.uniform)
            for (j, child) in result.root.children.enumerated() {
                let theirs = Double(ref.first { $0["indicator"] == child.id }![column]!)!
                #expect(abs(ours[j] - theirs) < 1e-12, "\(method) \(child.id)")
            }
            // The index is the weighted mean with those weights.
            let r = 0
            let direct = zip(result.root.children, ours).reduce(0) { $0 + $1.1 * result.scores[$1.0.id]![r] }
            #expect(abs(result.scores["Index"]![r] - direct) < 1e-9)
        }
    }

    @Test("entropy on [1,100] data with gaps is fitted on the 31 complete units (1e-12)")
    func entropyCompleteRows() throws {
        let result = try ASEMProjects.run(ASEMProjects.text(data: "asem_raw.csv",
            defaults: "normalisation: {method: min-max, range: [1, 100], scope: year}, min_coverage: 0, weights: entropy", flat: true))
        #expect(result.fittedWeights["Index"]?.rowsUsed[nil] == 31)
        let ref = try ASEMProjects.records(SharedData.path("coinr_asem/reference/python/entropy_c_normalised_1_100.csv"))
        let ours = try #require(result.fittedWeights["Index"]?.uniform)
        for (j, child) in result.root.children.enumerated() {
            #expect(abs(ours[j] - Double(ref.first { $0["indicator"] == child.id }!["weight_direct"]!)!) < 1e-12, "\(child.id)")
        }
    }

    @Test("entropy weights per year on the ASEM panel (min-max per year) match the reference (1e-12)")
    func entropyPerYear() throws {
        let result = try ASEMProjects.run(ASEMProjects.text(data: "asem_panel_raw.csv", yearColumn: "Year",
            defaults: "normalisation: {method: min-max, range: [0, 1], scope: year}, weights: {method: entropy, scope: year}",
            flat: true, only: ["LPI", "Flights", "Ship", "CO2"]))
        let fitted = try #require(result.fittedWeights["Index"])
        #expect(fitted.uniform == nil)
        for r in try ASEMProjects.records(SharedData.path("coinr_asem/reference/python/entropy_panel_per_year.csv")) {
            let j = try #require(result.root.children.firstIndex { $0.id == r["indicator"] })
            let w = try #require(fitted.weights(year: Int(r["Year"]!)!))
            #expect(abs(w[j] - Double(r["weight_direct"]!)!) < 1e-12, "\(r["Year"]!) \(r["indicator"]!)")
        }
    }

    @Test("TOPSIS (no extra normalisation) and grey relational grades through the pipeline (1e-12)")
    func topsisGRA() throws {
        let base = "normalisation: {method: min-max, range: [0, 100], scope: year}"
        let topsis = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_imputed.csv", defaults: base,
            nodeSettings: ["Index": "aggregation: {method: topsis, normalise: none}"], flat: true))
        let gra = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_imputed.csv", defaults: base,
            nodeSettings: ["Index": "aggregation: gra"], flat: true))
        let t = try ASEMProjects.records(SharedData.path("coinr_asem/reference/python/topsis_d1_imputed.csv"))
        let g = try ASEMProjects.records(SharedData.path("coinr_asem/reference/python/gra_d1_imputed.csv"))
        for (i, key) in topsis.panel.rows.enumerated() {
            let unit = topsis.panel.units[key.unit].id
            #expect(abs(topsis.scores["Index"]![i] - Double(t.first { $0["unit"] == unit }!["closeness_minmax_pymcdm"]!)!) < 1e-12, "\(unit)")
            #expect(abs(gra.scores["Index"]![i] - Double(g.first { $0["unit"] == unit }!["grade"]!)!) < 1e-12, "\(unit)")
            #expect(topsis.ranks(of: "Index")[i] == Int(t.first { $0["unit"] == unit }!["rank_minmax"]!))
            #expect(gra.ranks(of: "Index")[i] == Int(g.first { $0["unit"] == unit }!["rank"]!))
        }
    }

    @Test("MPI (both penalties) matches the independent numpy implementation (1e-9), whatever the children's normalisation")
    func mpi() throws {
        let ref = try ASEMProjects.records(ASEMProjects.methodsFolder + "/mpi_d1.csv")
        for (normalisation, penalty, column) in [("min-max, range: [0, 100]", "positive", "mpi_positive"), ("z-score", "negative", "mpi_negative")] {
            let result = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_imputed.csv",
                defaults: "normalisation: {method: \(normalisation), scope: year}",
                nodeSettings: ["Index": "aggregation: {method: mpi, penalty: \(penalty)}"], flat: true))
            for (i, key) in result.panel.rows.enumerated() {
                let unit = result.panel.units[key.unit].id
                #expect(abs(result.scores["Index"]![i] - Double(ref.first { $0["uCode"] == unit }![column]!)!) < 1e-9, "\(penalty) \(unit)")
            }
        }
    }

    @Test("AMPI over the ASEM panel (reference 2018) matches the independent implementation (1e-9)")
    func ampi() throws {
        let codes = ["LPI", "Flights", "Ship", "Bord", "Elec", "Gas", "Cov4G", "Renew", "CO2", "MatCon", "Forest"]
        let ref = try ASEMProjects.records(ASEMProjects.methodsFolder + "/ampi_panel.csv")
        for penalty in ["positive", "negative"] {
            let result = try ASEMProjects.run(ASEMProjects.text(data: "asem_panel_raw.csv", yearColumn: "Year",
                defaults: "normalisation: {method: min-max, range: [0, 100], scope: panel}",
                nodeSettings: ["Index": "aggregation: {method: ampi, reference_year: 2018, penalty: \(penalty)}"], flat: true, only: codes))
            #expect(result.panel.rows.count == 255)
            for (i, key) in result.panel.rows.enumerated() {
                let unit = result.panel.units[key.unit].id
                let r = try #require(ref.first { $0["uCode"] == unit && $0["Year"] == String(key.year) })
                #expect(abs(result.scores["Index"]![i] - Double(r["ampi_\(penalty)"]!)!) < 1e-9, "\(unit) \(key.year)")
            }
        }
    }

    @Test("harmonic and power means (r = 0.5, 2) through the whole ASEM tree match scipy pmean/hmean (1e-9)")
    func generalisedMeans() throws {
        let ref = try ASEMProjects.records(ASEMProjects.methodsFolder + "/means_asem.csv")
        for (label, aggregation) in [("harmonic", "harmonic"), ("power0.5", "{method: power, r: 0.5}"), ("power2", "{method: power, r: 2}")] {
            let result = try ASEMProjects.run(ASEMProjects.text(data: "asem_raw.csv",
                defaults: "normalisation: {method: min-max, range: [1, 100], scope: year}, aggregation: \(aggregation), min_coverage: 0"))
            var compared = 0
            for r in ref where r["method"] == label {
                let row = try #require(result.panel.rows.firstIndex { result.panel.units[$0.unit].id == r["uCode"] })
                let ours = result.scores[r["node"]!]![row], theirs = Double(r["score"]!)!
                #expect(abs(ours - theirs) <= 1e-9 * max(1, abs(theirs)), "\(label) \(r["uCode"]!) \(r["node"]!)")
                compared += 1
            }
            #expect(compared == 51 * 11)
        }
    }

    @Test("Copeland and Borda scores match the independent numpy implementation (1e-12)")
    func outranking() throws {
        let ref = try ASEMProjects.records(ASEMProjects.methodsFolder + "/outranking_d1.csv")
        for method in ["copeland", "borda"] {
            let result = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_imputed.csv",
                defaults: "normalisation: {method: min-max, range: [0, 100], scope: year}",
                nodeSettings: ["Index": "aggregation: \(method)"], flat: true))
            for (i, key) in result.panel.rows.enumerated() {
                let unit = result.panel.units[key.unit].id
                #expect(abs(result.scores["Index"]![i] - Double(ref.first { $0["uCode"] == unit }![method]!)!) < 1e-12, "\(method) \(unit)")
            }
        }
    }

    @Test("benefit-of-the-doubt scores, free and with pie-share bounds, match scipy linprog (1e-9)")
    func benefitOfTheDoubt() throws {
        let physical = ["LPI", "Flights", "Ship", "Bord", "Elec", "Gas", "ConSpeed", "Cov4G"]
        let ref = try ASEMProjects.records(ASEMProjects.methodsFolder + "/bod_d1.csv")
        for (range, weights, column) in [("[0, 100]", "bod", "score_free"), ("[1, 100]", "{method: bod, lower: 0.05, upper: 0.4}", "score_bounded")] {
            let result = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_imputed.csv",
                defaults: "normalisation: {method: min-max, range: \(range), scope: year}",
                nodeSettings: ["Index": "weights: \(weights)"], flat: true, only: physical))
            let fitted = try #require(result.fittedWeights["Index"])
            for (i, key) in result.panel.rows.enumerated() {
                let unit = result.panel.units[key.unit].id
                #expect(abs(result.scores["Index"]![i] - Double(ref.first { $0["uCode"] == unit }![column]!)!) < 1e-9, "\(column) \(unit)")
                let shares = try #require(fitted.shares[i])
                if result.scores["Index"]![i] > 0 {
                    #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
                    if column == "score_bounded" { #expect(shares.allSatisfy { $0 >= 0.05 - 1e-9 && $0 <= 0.4 + 1e-9 }) }
                }
            }
            #expect(result.scores["Index"]!.contains { abs($0 - 1) < 1e-12 }, "some unit is on the frontier")
        }
    }
}
