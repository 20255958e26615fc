import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

/// COINr 1.1.14 (R 4.2.2) on its ASEM example, script `d_impute_treat.R` (../shared/data/coinr_asem/reference):
///
/// - `d1_imean`: Impute `i_mean` → Treat (defaults) → min-max [0, 100] → arithmetic mean
///   (Touchstone: `impute: mean`, `outliers: coinr`);
/// - `d2_imeangrp`: Impute `i_mean_grp` by EurAsia_group → the same
///   (`impute: group-mean, group: EurAsia_group`);
/// - `d3_example`: `build_example_coin()`: Denominate → `i_mean_grp` → Screen(dat_thresh 0.9) on the imputed
///   set → Treat(winmax 5) → min-max → arithmetic mean (`denominator:` per indicator from iMeta,
///   `screen: {min_unit_coverage: 0.9, basis: imputed}`).
///
/// Each is checked at every stage: the imputed cells, the treated values, **which** points were winsorised
/// (`winhi`/`winlo`), skew/kurtosis before and after and the number of points (`_treat_details`), the
/// normalised values and the scores of all 60 nodes — to 1e-9 (relative for values above 1).
@Suite("COINr ASEM imputation and treatment reference")
struct TreatmentReferenceTests {
    static let reference = "coinr_asem/reference/"

    /// The ASEM project with a `treatment:` mapping in `defaults` and, per indicator, extra settings.
    static func project(defaults treatment: String, units: String = "{id_column: uCode, group_columns: [EurAsia_group]}",
                        indicator: (String) -> String = { _ in "" }) throws -> Project {
        var text = try ASEMReferenceTests.projectText()
        text = text.replacingOccurrences(of: "units: {id_column: uCode, group_columns: [EurAsia_group]}", with: "units: \(units)")
        text = text.replacingOccurrences(of: "min_coverage: 0}", with: "min_coverage: 0, treatment: \(treatment)}")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("  - {id: "), line.contains("direction:") else { return String(line) }
            let id = String(line.dropFirst(9).prefix { $0 != "," })
            let extra = indicator(id)
            return extra.isEmpty ? String(line) : String(line.dropLast()) + ", \(extra)}"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("asem-treat.yaml").path
        return try ProjectReader.parse(text: lines.joined(separator: "\n"), file: path)
    }

    static func table(_ name: String) throws -> CSVTable {
        try CSVReader.read(path: SharedData.path(reference + name))
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    /// Compares a wide reference (uCode + indicator columns) with `value(row, indicator)`.
    static func compareWide(_ name: String, _ result: IndexResult, columns: [String]? = nil, _ value: (Int, String) -> Double) throws -> Int {
        let t = try table(name)
        var compared = 0
        for row in t.rows {
            let r = try #require(result.panel.rows.firstIndex { result.panel.units[$0.unit].id == row[0] }, "\(name): unit \(row[0]) missing")
            for (c, id) in t.header.enumerated().dropFirst() where columns?.contains(id) ?? true {
                let ours = value(r, id)
                if row[c].isEmpty || row[c] == "NA" {
                    #expect(ours.isNaN, "\(name) \(row[0]) \(id): COINr missing, Touchstone \(ours)")
                } else {
                    let theirs = try #require(Double(row[c]))
                    #expect(close(ours, theirs), "\(name) \(row[0]) \(id): Touchstone \(ours), COINr \(theirs)")
                }
                compared += 1
            }
        }
        return compared
    }

    /// Checks a pipeline's every stage against the `prefix` reference files.
    static func checkStages(_ prefix: String, _ result: IndexResult, imputedFrom base: String? = nil) throws {
        let record = try #require(result.treatment)
        let j = Dictionary(uniqueKeysWithValues: result.panel.indicatorIds.enumerated().map { ($1, $0) })
        // Imputed: the values before outlier treatment are the treated ones except at changed points.
        let imputedCells = Dictionary(record.cells(.impute).map { ("\($0.unit)/\($0.indicator)", $0.new) }, uniquingKeysWith: { a, _ in a })
        let denominated = Dictionary(record.cells(.denominate).map { ("\($0.unit)/\($0.indicator)", $0.new) }, uniquingKeysWith: { a, _ in a })
        _ = try compareWide("\(prefix)_imputed.csv", result) { r, id in
            let key = "\(result.panel.units[result.panel.rows[r].unit].id)/\(id)"
            return imputedCells[key] ?? denominated[key] ?? result.panel.values[r, j[id]!]
        }
        // Treated values.
        #expect(try compareWide("\(prefix)_treated.csv", result) { r, id in record.values[r, j[id]!] } == 51 * 49)
        // Which points were winsorised, and at which end.
        let points = try table("\(prefix)_treat_points.csv")
        var expected = Set<String>(), ours = Set<String>()
        for row in points.rows {
            for (c, id) in points.header.enumerated().dropFirst() where !row[c].isEmpty { expected.insert("\(row[0])/\(id)/\(row[c])") }
        }
        for cell in record.cells(.winsorise) { ours.insert("\(cell.unit)/\(cell.indicator)/\(cell.new < cell.old ? "winhi" : "winlo")") }
        #expect(!expected.isEmpty)
        #expect(ours == expected, "only COINr: \(expected.subtracting(ours).sorted()); only Touchstone: \(ours.subtracting(expected).sorted())")
        #expect(record.cells(.logCT).isEmpty)
        // Skew and kurtosis before and after, points per indicator.
        let details = try table("\(prefix)_treat_details.csv")
        let c = { (name: String) in details.columnIndex(name)! }
        #expect(details.rows.count == 49)
        for row in details.rows {
            let id = row[0]
            let o = try #require(record.outliers.first { $0.indicator == id }, "no outlier record for \(id)")
            #expect((row[c("check_SkewKurt0.Pass")] == "TRUE") == o.before.pass, "\(id) pass")
            #expect(close(o.before.skewness!, Double(row[c("check_SkewKurt0.Skew")])!), "\(id) skew \(o.before.skewness!)")
            #expect(close(o.before.kurtosis!, Double(row[c("check_SkewKurt0.Kurt")])!), "\(id) kurtosis \(o.before.kurtosis!)")
            if row[c("winsorise.nwin")].isEmpty {
                #expect(o.winsorised == 0 && o.afterWinsorising == nil, "\(id)")
            } else {
                #expect(o.winsorised == Int(row[c("winsorise.nwin")])!, "\(id) nwin \(o.winsorised)")
                let after = try #require(o.afterWinsorising)
                #expect((row[c("check_SkewKurt1.Pass")] == "TRUE") == after.pass, "\(id) pass after")
                #expect(close(after.skewness!, Double(row[c("check_SkewKurt1.Skew")])!), "\(id) skew after")
                #expect(close(after.kurtosis!, Double(row[c("check_SkewKurt1.Kurt")])!), "\(id) kurtosis after")
            }
        }
        // Normalised values and every score.
        #expect(try compareWide("\(prefix)_normalised.csv", result) { r, id in result.scores[id]![r] } == 51 * 49)
        #expect(try compareWide("\(prefix)_scores.csv", result) { r, id in result.scores[id]![r] } == 51 * 60)
    }

    @Test("d1: i_mean → Treat → min-max → mean reproduces COINr at every stage to 1e-9",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func d1() throws {
        let result = try IndexPipeline(project: Self.project(defaults: "{impute: mean, outliers: coinr}")).run()
        #expect(result.treatments.filter { $0.step == .impute }.count == 63)
        try Self.checkStages("d1_imean", result)
        // mean-all is the same on a single year.
        let all = try IndexPipeline(project: Self.project(defaults: "{impute: mean-all, outliers: coinr}")).run()
        #expect(all.scores["Index"]! == result.scores["Index"]!)
        #expect(result.diagnostics.contains { if case .treatmentSummary(let s)? = $0.kind { s.imputed?.cells == 63 } else { false } })
    }

    @Test("d2: i_mean_grp by EurAsia_group → Treat → min-max → mean reproduces COINr at every stage to 1e-9",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func d2() throws {
        let result = try IndexPipeline(project: Self.project(defaults: "{impute: group-mean, group: EurAsia_group, outliers: coinr}")).run()
        try Self.checkStages("d2_imeangrp", result)
    }

    @Test("d3: Denominate → i_mean_grp → Screen 0.9 → Treat winmax 5 → min-max → mean reproduces build_example_coin() to 1e-9",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func d3() throws {
        // The unit table: COINr's denominators (asem_units.csv) beside the groups of asem_raw.csv.
        let units = try Self.table("asem_units.csv"), raw = try Self.table("asem_raw.csv")
        let group = Dictionary(uniqueKeysWithValues: raw.rows.map { ($0[0], $0[raw.columnIndex("EurAsia_group")!]) })
        var csv = "uCode,EurAsia_group,Area,Energy,GDP,Population\n"
        for row in units.rows { csv += "\(row[0]),\(group[row[0]]!),\(row[2]),\(row[3]),\(row[4]),\(row[5])\n" }
        let unitFile = FileManager.default.temporaryDirectory.appendingPathComponent("asem-d3-units.csv")
        try csv.write(to: unitFile, atomically: true, encoding: .utf8)
        let meta = try Self.table("asem_meta.csv")
        let denominators = Dictionary(uniqueKeysWithValues: meta.rows.compactMap { row -> (String, String)? in
            let d = row[meta.columnIndex("Denominator")!]
            return d.isEmpty || d == "NA" ? nil : (row[0], d)
        })
        #expect(denominators.count == 17)
        let project = try Self.project(
            defaults: "{impute: group-mean, group: EurAsia_group, outliers: coinr, winmax: 5, screen: {min_unit_coverage: 0.9, basis: imputed}}",
            units: "{file: \"\(unitFile.path)\", id_column: uCode, group_columns: [EurAsia_group], attribute_columns: [Area, Energy, GDP, Population]}",
            indicator: { id in denominators[id].map { "treatment: {denominator: \($0)}" } ?? "" })
        let result = try IndexPipeline(project: project).run()
        let record = try #require(result.treatment)
        // Denominated: every present cell of the 17 indicators; LAO has no Energy, so Elec and Gas go missing.
        let j = Dictionary(uniqueKeysWithValues: result.panel.indicatorIds.enumerated().map { ($1, $0) })
        let denominated = Dictionary(record.cells(.denominate).map { ("\($0.unit)/\($0.indicator)", $0.new) }, uniquingKeysWith: { a, _ in a })
        _ = try Self.compareWide("d3_example_denominated.csv", result) { r, id in
            denominated["\(result.panel.units[result.panel.rows[r].unit].id)/\(id)"] ?? result.panel.values[r, j[id]!]
        }
        #expect(record.cells(.denominate).filter { $0.new.isNaN }.map { "\($0.unit)/\($0.indicator)" }.sorted() == ["LAO/Elec", "LAO/Gas"])
        // Screening on the imputed set keeps all 51 units (`_screened` = `_imputed`).
        #expect(record.screening?.droppedRows.isEmpty == true && result.panel.units.count == 51)
        try Self.checkStages("d3_example", result)
    }

    @Test("screening on observed data (Touchstone's default basis) drops the 5 units with less than 90% of the data",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func observedScreening() throws {
        let result = try IndexPipeline(project: Self.project(defaults: "{impute: mean, screen: {min_unit_coverage: 0.9}}")).run()
        let dropped = try #require(result.treatment?.screening).droppedRows.map(\.unit).sorted()
        #expect(dropped == ["BGD", "BRN", "KHM", "LAO", "MMR"])
        #expect(result.panel.units.count == 46)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.text("en").contains("screening dropped 5 unit-years") })
        // The means used for imputation come from the 46 units kept.
        let raw = try Self.table("asem_raw.csv")
        let kept = raw.rows.filter { !dropped.contains($0[0]) }
        let c = raw.columnIndex("ConSpeed")!
        let mean = Descriptive.mean(kept.map { Double($0[c]) ?? .nan })!
        let filled = result.treatments.filter { $0.indicator == "ConSpeed" && $0.step == .impute }
        #expect(!filled.isEmpty && filled.allSatisfy { Self.close($0.new, mean) })
    }
}
