import Foundation
import Testing
import TouchstoneCore

/// `touchstone init`: a project written from a table validates and indexes without editing.
@Suite("touchstone init")
struct InitCommandTests {
    static let panels = ["state_fragility_csp/state_fragility.csv", "human_freedom_index/hfi_cc_2019.csv",
                         "sdg_index/sdg_index_2000-2022.csv", "world_happiness/world-happiness-report.csv"]

    static var sharedAvailable: Bool {
        let present = panels.allSatisfy { FileManager.default.fileExists(atPath: CLI.sharedData.appendingPathComponent($0).path) }
        if !present { print("notice: ../shared/data panels are not all present; the init test on the public panels is skipped") }
        return present
    }

    @Test("init --from on each of the four public panels writes a project that validates and indexes without editing",
          .enabled(if: sharedAvailable, "needs ../shared/data"))
    func publicPanels() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for panel in Self.panels {
            let target = folder.appendingPathComponent(panel.split(separator: "/")[0] + ".yaml").path
            let initRun = try CLI.run(["init", "--from", CLI.sharedData.appendingPathComponent(panel).path, "--output", target])
            #expect(initRun.status == 0, "\(panel): \(initRun.stderr)")
            #expect(initRun.stderr.contains("Next steps:"))
            let validate = try CLI.run(["validate", target])
            #expect(validate.status == 0, "\(panel): \(validate.stderr)")
            let index = try CLI.run(["index", target, "--format", "csv"])
            #expect(index.status == 0, "\(panel): \(index.stderr)")
            #expect(index.stdout.split(separator: "\n").count > 50, "\(panel): one row per country of the latest year")
        }
    }

    @Test("init on the branch workbook finds the wide layout, unit and year columns, 14 numbers and 2 ratings best first")
    func branchWorkbook() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("datasets/branches/indicators.xlsx"),
                                         to: folder.appendingPathComponent("indicators.xlsx"))
        let run = try CLI.run(["init"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("Wrote ./touchstone.yaml: wide layout, units in `branch_id` (34), years in `year`, 14 numeric indicators, ratings: political_rating (优秀 > 良好 > 一般 > 较差)"))
        let yaml = try String(contentsOf: folder.appendingPathComponent("touchstone.yaml"), encoding: .utf8)
        #expect(yaml.contains("  file: \"indicators.xlsx\"\n  sheet: \"indicators\"\n"))
        #expect(yaml.contains("type: ordinal, scale: {\"优秀\": 4, \"良好\": 3, \"一般\": 2, \"较差\": 1}"))
        let validate = try CLI.run(["validate", "."], in: folder)
        #expect(validate.status == 0, "\(validate.stderr)")
        let index = try CLI.run(["index", "."], in: folder)
        #expect(index.status == 0)
        #expect(!index.stdout.contains("Name"), "names equal to the ids are not printed twice")
        let again = try CLI.run(["init"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("the project file already exists. Fix: pass --force"))
        #expect(try CLI.run(["init", "--force"], in: folder).status == 0)
    }
}
