import Foundation
import Testing
import TouchstoneCore

@Suite("touchstone diagnose")
struct DiagnoseCommandTests {
    @Test("diagnoses the demo dataset: warnings first, then statistics, aggregates, effective weights, correlations")
    func table() throws {
        let run = try CLI.run(["diagnose", "datasets/branches"])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(out.hasPrefix("Diagnosis — Model organ building — party branches — 2024 (34 unit-years, 34 units)"))
        for section in ["Warnings (1)", "Indicators (raw values)", "Aggregates (scores of their children)", "Effective weights in `index`", "Pearson correlations within `discipline`"] {
            #expect(out.contains(section), "missing \(section)")
        }
        #expect(out.contains("weak-reliability"))
        let spearman = try CLI.run(["diagnose", "datasets/branches", "--spearman", "--year", "2019"])
        #expect(spearman.stdout.contains("Spearman correlations within `political`") && spearman.stdout.contains("— 2019 ("))
    }

    @Test("--format json carries warnings, statistics, matrices and effective weights; --all-years pools")
    func json() throws {
        let run = try CLI.run(["diagnose", "datasets/branches", "--format", "json", "--all-years"])
        #expect(run.status == 0, "\(run.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(doc["rows"] as? Int == 204)
        let indicators = try #require(doc["indicators"] as? [[String: Any]])
        #expect(indicators.count == 16)
        let aggregates = try #require(doc["aggregates"] as? [[String: Any]])
        #expect((aggregates.first?["pearson"] as? [[Any]])?.count == 4)
        #expect((doc["effective_weights"] as? [[String: Any]])?.count == 20)
    }

    @Test("a year not in the data stops with exit code 1")
    func badYear() throws {
        let run = try CLI.run(["diagnose", "datasets/branches", "--year", "1999"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the data has no year 1999"))
    }

    @Test("entropy weights and an inconsistent AHP matrix: diagnose shows fitted weights, validate names the problem")
    func methodsInProject() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = CLI.packageRoot.appendingPathComponent("datasets/branches").path
        let original = try String(contentsOfFile: root + "/touchstone.yaml", encoding: .utf8)
        let adjusted = original
            .replacingOccurrences(of: "file: indicators.csv", with: "file: \"\(root)/indicators.csv\"")
            .replacingOccurrences(of: "file: branches.csv", with: "file: \"\(root)/branches.csv\"")
            .replacingOccurrences(of: "  aggregation: arithmetic\n  min_coverage: 0.5", with: "  aggregation: arithmetic\n  min_coverage: 0.5\n  weights: entropy")
        try adjusted.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["diagnose", folder.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let fitted = try #require(doc["fitted_weights"] as? [[String: Any]])
        #expect(fitted.count == 5 && fitted.allSatisfy { $0["method"] as? String == "entropy" })
        let ahp = adjusted.replacingOccurrences(of: "  weights: entropy", with: "  weights: {method: ahp, matrix: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]}")
        try ahp.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let validate = try CLI.run(["validate", folder.path])
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("has 4 children but its AHP matrix is 3 × 3"))
    }
}
