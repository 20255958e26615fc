import Foundation
import Testing
@testable import TouchstoneCLI
import TouchstoneCore

/// One test per class of README's exit-code table: 0 ok, 1 input, 64 usage, 70 internal, 74 output.
@Suite("Exit codes: one per class of failure, as README's table says")
struct ExitCodeTests {
    @Test("0: the command did its work")
    func ok() throws {
        #expect(try CLI.run(["validate", "datasets/branches"]).status == 0)
    }

    @Test("1: the project or its data is wrong (the message names the file)")
    func badInput() throws {
        let fixture = try ProjectFixture(files: ["data.csv": Array("unit,year,a,b\nu1,2019,12%,2\nu2,2019,1,2\n".utf8)])
        defer { fixture.remove() }
        let run = try CLI.run(["index", "."], in: fixture.folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("data.csv:2:") && run.stderr.contains("Fix:"), "\(run.stderr)")
        let missing = try CLI.run(["index", "/nonexistent/touchstone-project"])
        #expect(missing.status == 1, "\(missing.stderr)")
    }

    @Test("64: the command line is wrong")
    func usage() throws {
        for arguments in [["frobnicate"], ["index", "datasets/branches", "--level", "deep"], ["index", "datasets/branches", "--format", "xml"],
                          ["flag", "datasets/branches", "--format", "csv"], ["index", "--no-such-option"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.isEmpty)
        }
    }

    @Test("74: the output cannot be written (full disk, output onto a device), and nothing computed is lost silently")
    func output() throws {
        let full = Process()
        full.executableURL = URL(fileURLWithPath: "/bin/sh")
        full.arguments = ["-c", "\"$0\" index datasets/branches > /dev/full", CLI.executable.path]
        full.currentDirectoryURL = CLI.packageRoot
        full.standardError = FileHandle.nullDevice
        try full.run()
        full.waitUntilExit()
        #expect(full.terminationStatus == 74)
        let device = try CLI.run(["index", "datasets/branches", "--output", "/dev/null"])
        #expect(device.status == 74 && device.stderr.contains("refuses to replace a device"), "\(device.stderr)")
    }

    /// An error no layer expects cannot be provoked from the command line of a correct program, so the
    /// classification `main` applies is checked directly, with each class beside it.
    @Test("70: an unexpected error is an internal error asking for a report; the other classes keep their codes")
    func internalError() throws {
        struct Unexpected: Error {}
        let unexpected = ExitStatus.classify(Unexpected())
        #expect(unexpected.code == 70)
        #expect(unexpected.message?.hasPrefix("touchstone: internal error:") == true)
        #expect(unexpected.message?.contains("please report it") == true)
        let decoding = ExitStatus.classify(DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "bad")))
        #expect(decoding.code == 70)
        #expect(ExitStatus.classify(OutputError(description: "x: error: cannot write")).code == 74)
        #expect(ExitStatus.classify(InputProblem(SourceLocation(file: "p.yaml"), "bad", fix: "fix it")).code == 1)
        // Usage errors (64) and the codes commands set themselves (1, 74) are checked through the CLI above.
    }
}
