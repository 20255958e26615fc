import Foundation
import Testing

@Suite("report --pdf")
struct ReportPDFTests {
    static var hasPrintTools: Bool {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        func found(_ names: [String]) -> Bool { names.contains { n in path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(n)") } } }
        return found(["chromium", "chromium-browser", "google-chrome"]) && found(["pdftotext"])
    }

    @Test("report --pdf writes report.pdf and puts the printed page numbers into the contents of report.html")
    func printsWithPageNumbers() throws {
        guard Self.hasPrintTools else {
            print("notice: chromium or pdftotext not found (installed by make test); report --pdf is not checked")
            return
        }
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.run(["report", "datasets/branches", "--format", "html", "--no-briefs", "--pdf", "--output", dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("report.pdf"))
        let pdf = try Data(contentsOf: dir.appendingPathComponent("report.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        let numbers = html.components(separatedBy: " (p. ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(numbers.count == 9, "the contents list 9 chapters with their pages: \(numbers)")
        #expect(numbers == numbers.sorted() && (numbers.first ?? 0) >= 2, "pages in reading order, after page 1: \(numbers)")
    }

    @Test("report.pdf belongs to the html report: a later html report without --pdf removes it, a markdown report leaves it")
    func stalePDFRemoved() throws {
        guard Self.hasPrintTools else {
            print("notice: chromium or pdftotext not found (installed by make test); report --pdf is not checked")
            return
        }
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("report.pdf").path
        #expect(try CLI.run(["report", "datasets/branches", "--format", "html", "--no-briefs", "--pdf", "--output", dir.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: pdf))
        #expect(try CLI.run(["report", "datasets/branches", "--format", "markdown", "--output", dir.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: pdf), "a markdown report leaves the html report's PDF")
        #expect(try CLI.run(["report", "datasets/branches", "--format", "html", "--no-briefs", "--output", dir.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: pdf), "the html report rewritten without --pdf leaves no stale PDF")
    }

    @Test("report --pdf with --format markdown is refused before anything is written")
    func pdfNeedsHTML() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.run(["report", "datasets/branches", "--format", "markdown", "--pdf", "--output", dir.appendingPathComponent("r").path])
        #expect(out.status != 0)
        #expect(out.stderr.contains("--pdf prints report.html"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r").path))
    }
}
