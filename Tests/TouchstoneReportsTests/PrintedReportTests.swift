import Foundation
import Testing
import TouchstoneCore
@testable import TouchstoneReports

@Suite("Printed report")
struct PrintedReportTests {
    @Test("printed by headless Chromium, page 1 names the units that need help and every page has its number: branches zh and en, HDI")
    func pageOne() throws {
        guard let chromium = ReportFixtures.chromium, let pdftotext = ReportFixtures.executable(["pdftotext"]) else {
            print("notice: chromium or pdftotext not found (installed by make test); the printed-page check is skipped")
            return
        }
        let branches = try ChartBuilderTests.branches()
        var cases: [(String, IndexResult, String)] = [("branches", branches, "en"), ("branches", branches, "zh")]
        let hdi = ChartBuilderTests.root.deletingLastPathComponent().appendingPathComponent("shared/data/undp_hdr")
        if FileManager.default.fileExists(atPath: hdi.path) {
            cases.append(("hdi", try IndexPipeline(project: try ProjectReader.read(path: ChartBuilderTests.root.appendingPathComponent("datasets/hdi").path)).run(), "en"))
        } else {
            print("notice: ../shared/data/undp_hdr is absent; the printed HDI report is not checked")
        }
        let folder = try ReportFixtures.temporaryFolder("print")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, result, language) in cases {
            let help = FlagEngine(result: result, year: result.panel.years.last!).assess().filter { $0.status == .flagged }
            let dir = folder.appendingPathComponent(name + "-" + language)
            let report = try Report(result: result, settings: ReportSettings(language: language, projectPath: "datasets/\(name)", uncertaintyRuns: 50))
            try ReportFixtures.write(report.files([.html]), to: dir)
            let pdf = dir.appendingPathComponent("report.pdf")
            let printed = try ReportFixtures.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                                                            "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
                                                            "--print-to-pdf=\(pdf.path)", dir.appendingPathComponent("report.html").absoluteString])
            #expect(printed.status == 0, "chromium failed (\(language)): \(printed.stderr.suffix(1000))")
            let first = try ReportFixtures.run(pdftotext, ["-f", "1", "-l", "1", "-layout", pdf.path, "-"]).stdout
            for a in help.prefix(ReportBuilder.namesListed) {
                let name = result.panel.units[a.unit].name(language)
                #expect(first.replacingOccurrences(of: "\n", with: " ").contains(name.prefix(12)), "\(language): page 1 does not name \(name)")
            }
            let pages = try #require(try ReportFixtures.pages(pdf))
            let text = try ReportFixtures.run(pdftotext, ["-layout", pdf.path, "-"]).stdout
            let perPage = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(pages)
            for (k, page) in perPage.enumerated() {
                #expect(page.contains("\(k + 1) / \(pages)"), "\(language): page \(k + 1) has no page number")
            }
        }
    }
}
