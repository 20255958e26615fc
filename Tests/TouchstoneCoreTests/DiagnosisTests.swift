import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats

@Suite("touchstone diagnose")
struct DiagnosisTests {
    static func asemDefault() throws -> IndexResult {
        let project = try ProjectReader.parse(text: try ASEMReferenceTests.projectText(),
                                              file: FileManager.default.temporaryDirectory.appendingPathComponent("asem-diagnose.yaml").path)
        return try IndexPipeline(project: project).run()
    }

    @Test("indicator statistics match COINr get_stats on the ASEM raw data (n, min, max, mean, sd, skew, kurtosis, outlier flag)",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func statistics() throws {
        let d = Diagnosis(result: try Self.asemDefault(), year: 2018)
        for r in try ASEMProjects.records(SharedData.path("coinr_asem/reference/asem_raw_stats.csv")) {
            let s = try #require(d.indicator(r["iCode"]!))
            #expect(s.n == Int(r["N.Avail"]!)!)
            #expect(abs(s.missingShare - (1 - Double(r["Frc.Avail"]!)!)) < 1e-12)
            for (ours, key) in [(s.minimum, "Min"), (s.maximum, "Max"), (s.mean, "Mean"), (s.standardDeviation, "Std"), (s.skewness, "Skew"), (s.kurtosis, "Kurt")] {
                let theirs = Double(r[key]!)!
                #expect(abs(try #require(ours) - theirs) <= 1e-12 * max(1, abs(theirs)), "\(s.id) \(key)")
            }
            #expect(s.outliers == (r["Flag.SkewKurt"] == "OUT"), "\(s.id) outlier flag")
            #expect(s.zeros == Int(r["N.Avail"]!)! - Int(r["N.NonZero"]!)!)
        }
    }

    @Test("correlations within pillars, between indicators and pillars, and Cronbach's alpha match COINr (1e-9)",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func correlationsAndAlpha() throws {
        let result = try Self.asemDefault()
        let d = Diagnosis(result: result, year: 2018)
        for kind in ["pearson", "spearman"] {
            let ref = try CSVReader.read(path: SharedData.path("coinr_asem/reference/f_corr_a_L1_\(kind).csv"))
            for s in d.nodes where s.depth == 2 {
                let m = kind == "pearson" ? s.within.pearson : s.within.spearman
                for (a, x) in s.children.enumerated() {
                    let row = try #require(ref.rows.first { $0[0] == x })
                    for (b, y) in s.children.enumerated() {
                        let c = try #require(ref.columnIndex(y))
                        let theirs = try #require(Double(row[c]))
                        #expect(abs(m[a, b] - theirs) < 1e-9, "\(kind) \(x)–\(y)")
                    }
                }
            }
        }
        let between = try #require(d.between[3])     // indicators (depth 3) against pillars (depth 2)
        var compared = 0
        for r in try ASEMProjects.records(SharedData.path("coinr_asem/reference/f_corr_a_L1vsL2_pearson_long.csv")) {
            let i = try #require(between.rows.firstIndex(of: r["Var2"]!))
            let j = try #require(between.columns.firstIndex(of: r["Var1"]!))
            #expect(abs(between.pearson[i, j] - Double(r["Correlation"]!)!) < 1e-9, "\(r["Var2"]!) vs \(r["Var1"]!)")
            compared += 1
        }
        #expect(compared == 392)
        for r in try ASEMProjects.records(SharedData.path("coinr_asem/reference/f_cronbach_alpha.csv")) where r["base"] == "a" {
            let group = r["group"] == "Index(sub-indices)" ? "Index" : r["group"]!
            guard (r["dset"] == "Normalised" && r["Level"] == "1") || r["dset"] == "Aggregated", let s = d.node(group) else { continue }
            #expect(abs(try #require(s.cronbachAlpha) - Double(r["alpha"]!)!) < 1e-9, "\(s.id)")
        }
    }

    @Test("PCA variance explained per pillar matches COINr get_PCA on the complete d1 data (1e-9)",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func pcaVariance() throws {
        let result = try ASEMProjects.run(ASEMProjects.text(data: "d1_imean_normalised.csv",
            defaults: "normalisation: {method: min-max, range: [0, 100], scope: year}", directions: false))
        let d = Diagnosis(result: result, year: 2018)
        for r in try ASEMProjects.records(SharedData.path("coinr_asem/reference/e_pca_L1_bygroup_variance.csv")) {
            let s = try #require(d.node(r["group"]!))
            let k = Int(r["PC"]!.dropFirst(2))! - 1
            #expect(abs(s.varianceShares[k] - Double(r["prop_var"]!)!) < 1e-9, "\(s.id) \(r["PC"]!)")
        }
    }

    @Test("the traps in the ASEM example are found: negative correlations, a direction mistake, near duplicates, weak reliability",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func asemWarnings() throws {
        let d = Diagnosis(result: try Self.asemDefault(), year: 2018)
        func has(_ kind: DiagnosisWarning.Kind, _ node: String, _ involved: [String] = []) -> Bool {
            d.warnings.contains { $0.kind == kind && $0.node == node && Set(involved).isSubset(of: Set($0.involved)) }
        }
        #expect(has(.negativeCorrelation, "Instit", ["TBTs", "RTAs"]))
        #expect(has(.negativeCorrelation, "Instit", ["CostImpEx", "TBTs"]))
        #expect(has(.negativeCorrelation, "SusEcFin", ["PrivDebt", "NEET"]))
        #expect(has(.directionMistake, "TBTs", ["Instit"]))
        #expect(has(.nearDuplicate, "Goods", ["CultGood"]))
        #expect(has(.weakReliability, "SusEcFin"))
        #expect(has(.weakReliability, "Instit"))
        #expect(!d.warnings.contains { $0.kind == .zeroInGeometric }, "arithmetic means only")
        #expect(!d.warnings.contains { $0.kind == .perYearScaling }, "a single year")
        #expect(d.warnings.filter { $0.kind == .directionMistake }.map(\.node) == ["TBTs"])
    }

    @Test("per-year scaling on a panel and a geometric mean over scores that can be 0 are flagged")
    func scalingAndZeros() throws {
        let text = """
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            defaults: {normalisation: {method: min-max, range: [0, 100], scope: year}}
            framework: {id: index, aggregation: geometric, nonpositive: missing, children: [{id: a}, {id: b, normalisation: {method: goalposts, range: [0, 100]}, goalposts: {lower: 0, upper: 100}}]}
            """
        let project = try ProjectReader.parse(text: text, file: "touchstone.yaml")
        let rows = [0, 1, 2].flatMap { u in [2020, 2021].map { Panel.Key(unit: u, year: $0) } }
        let panel = Panel(units: ["A", "B", "C"].map { UnitInfo(id: $0) }, indicatorIds: ["a", "b"], rows: rows,
                          values: Matrix(columns: [[1, 2, 3, 4, 5, 6], [50, 60, 70, 80, 90, 95]]))
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let d = Diagnosis(result: result, year: 2021)
        let zero = try #require(d.warnings.first { $0.kind == .zeroInGeometric })
        #expect(zero.involved == ["a", "b"], "a reaches 0 (min-max [0,100]); b can (goalposts from 0)")
        let scaling = try #require(d.warnings.first { $0.kind == .perYearScaling })
        #expect(scaling.involved == ["a"])
    }

    @Test("the branch dataset diagnoses with one finding: the discipline dimension's weak reliability")
    func branches() throws {
        let (project, panel) = try FlagEngineTests.loaded()
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let d = Diagnosis(result: result, year: 2024)
        #expect(d.indicators.count == 16 && d.nodes.count == 5)
        #expect(d.warnings.map(\.kind) == [.weakReliability])
        #expect(d.warnings.first?.node == "discipline")
        let json = try DiagnoseReport(diagnosis: d, result: result).json()
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(doc.keys) == ["project", "fingerprint", "year", "rows", "warnings", "indicators", "aggregates", "between", "effective_weights", "fitted_weights"])
        #expect(DiagnoseReport(diagnosis: d, result: result).terminal().contains("Cronbach's alpha of `discipline`"))
    }
}
