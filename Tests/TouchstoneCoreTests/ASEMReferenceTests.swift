import Foundation
import Testing
@testable import TouchstoneCore

/// COINr 1.1.14 (R 4.2.2) on its ASEM example: `new_coin` → `Normalise` min-max [0, 100] → `Aggregate`
/// arithmetic mean, no imputation (see ../shared/data/coinr_asem/reference/README.md, script `a_default.R`).
/// Missing children are dropped and the remaining weights renormalised, which is Touchstone's rule with
/// `min_coverage: 0`.
@Suite("COINr ASEM reference")
struct ASEMReferenceTests {
    /// A project in the flat framework form, built from COINr's iMeta table.
    static func projectText() throws -> String {
        let meta = try CSVReader.read(path: SharedData.path("coinr_asem/reference/asem_meta.csv"))
        let c = { (name: String) in meta.columnIndex(name)! }
        var lines = [
            "data: {file: \"\(SharedData.path("coinr_asem/reference/asem_raw.csv"))\", layout: wide, unit_column: uCode, year: 2018}",
            "units: {id_column: uCode, group_columns: [EurAsia_group]}",
            "defaults: {normalisation: {method: min-max, range: [0, 100], scope: year}, aggregation: arithmetic, min_coverage: 0}",
            "framework:",
        ]
        for row in meta.rows {
            var node = "  - {id: \(row[c("iCode")]), weight: \(row[c("Weight")])"
            if !row[c("Parent")].isEmpty { node += ", parent: \(row[c("Parent")])" }
            if row[c("Type")] == "Indicator" { node += ", direction: \(row[c("Direction")] == "-1" ? "lower" : "higher")" }
            lines.append(node + "}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("min-max [0,100] and arithmetic means reproduce COINr at every level to 1e-9",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func defaultPipeline() throws {
        let project = try ProjectReader.parse(text: try Self.projectText(), file: FileManager.default.temporaryDirectory.appendingPathComponent("asem.yaml").path)
        let result = try IndexPipeline(project: project).run()
        let reference = try CSVReader.read(path: SharedData.path("coinr_asem/reference/a_default_scores.csv"))
        #expect(reference.rows.count == 51)
        #expect(reference.header.count == 61)
        var compared = 0, missingBoth = 0
        for row in reference.rows {
            let unit = row[0]
            let r = try #require(result.panel.rows.firstIndex { result.panel.units[$0.unit].id == unit })
            for (c, id) in reference.header.enumerated().dropFirst() {
                let ours = try #require(result.scores[id], "node \(id) missing from the result")[r]
                if row[c].isEmpty {
                    #expect(ours.isNaN, "COINr has no \(id) for \(unit), Touchstone has \(ours)")
                    missingBoth += 1
                } else {
                    let theirs = try #require(Double(row[c]))
                    #expect(abs(ours - theirs) <= 1e-9, "\(unit) \(id): Touchstone \(ours), COINr \(theirs)")
                    compared += 1
                }
            }
        }
        #expect(compared + missingBoth == 51 * 60)
        #expect(missingBoth == 63)   // the raw data's 63 missing values; no aggregate is missing
    }

    @Test("ranks follow COINr: rank(-score, ties.method = \"min\")",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data/coinr_asem"))
    func ranks() throws {
        let project = try ProjectReader.parse(text: try Self.projectText(), file: FileManager.default.temporaryDirectory.appendingPathComponent("asem.yaml").path)
        let result = try IndexPipeline(project: project).run()
        let reference = try CSVReader.read(path: SharedData.path("coinr_asem/reference/a_default_ranks.csv"))
        for id in ["Index", "Conn", "Sust", "Physical", "Environ", "LPI", "CO2"] {
            let ranks = result.ranks(of: id)
            let c = try #require(reference.columnIndex(id))
            for row in reference.rows {
                let r = try #require(result.panel.rows.firstIndex { result.panel.units[$0.unit].id == row[0] })
                #expect(ranks[r].map(String.init) ?? "" == row[c], "\(row[0]) \(id)")
            }
        }
    }
}
