import Foundation
import Testing

@Suite("--quiet")
struct QuietOptionTests {
    /// `b` is the same for every unit and year: min-max warns that it gives everyone the middle of the range.
    static let constant = "unit,year,a,b\n" + (1 ... 4).flatMap { u in (2019 ... 2022).map { y in "u\(u),\(y),\(u + y - 2019),5\n" } }.joined()

    @Test("-q and --quiet drop notes and warnings from standard error and leave standard output as it was",
          arguments: [["index", "."], ["trend", "."], ["validate", "."], ["diagnose", "."]])
    func silencesNotes(_ arguments: [String]) throws {
        let fixture = try ProjectFixture(files: ["data.csv": Array(Self.constant.utf8)])
        defer { fixture.remove() }
        let loud = try fixture.run(arguments)
        #expect(loud.status == 0, "\(loud.stderr)")
        #expect(loud.stderr.contains("constant"), "\(arguments[0]) printed no warning to silence:\n\(loud.stderr)")
        for flag in ["-q", "--quiet"] {
            let quiet = try fixture.run(arguments + [flag])
            #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(arguments[0]) \(flag) still wrote: \(quiet.stderr)")
            #expect(quiet.stdout == loud.stdout)
        }
    }

    @Test("errors are never silenced: message on standard error and exit code 1 (64 for usage errors) with --quiet")
    func keepsErrors() throws {
        let missing = try CLI.run(["index", "no-such-project", "--quiet"])
        #expect(missing.status == 1 && missing.stderr.contains("no such file or folder"), "\(missing.stderr)")
        let usage = try CLI.run(["index", "datasets/branches", "--quiet", "--format", "nonsense"])
        #expect(usage.status == 64 && !usage.stderr.isEmpty, "\(usage.status) \(usage.stderr)")
    }
}
