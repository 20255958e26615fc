import Foundation
import Testing
import TouchstoneCore

@Suite("touchstone sensitivity")
struct SensitivityCommandTests {
    @Test("prints rank intervals and flag robustness; same seed, same bytes; Sobol indices with --sobol")
    func sensitivity() throws {
        let a = try CLI.run(["sensitivity", "datasets/branches", "--runs", "60", "--seed", "7"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.hasPrefix("Rank uncertainty — 2024 (60 replications)"))
        #expect(a.stdout.contains("decline robust (100%)"))
        let b = try CLI.run(["sensitivity", "datasets/branches", "--runs", "60", "--seed", "7"])
        #expect(a.stdout == b.stdout)
        let s = try CLI.run(["sensitivity", "datasets/branches", "--runs", "20", "--sobol", "16"])
        #expect(s.stdout.contains("What drives the ranking"))
        #expect(s.stdout.contains("normalisation") && s.stdout.contains("leave-one-out"))
        #expect(try CLI.run(["sensitivity", "datasets/branches", "--runs", "1"]).status == 64)
    }
}
