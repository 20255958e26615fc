import Foundation
import Testing
import TouchstoneCore
@testable import TouchstoneReports

@Suite("Printed report")
struct PrintedReportTests {
    @Test("printed by headless Chromium, page 1 names the units that need help and every page has its number, zh and en")
    func pageOne() throws {
        guard let chromium = ReportFixtures.chromium, let pdftotext = ReportFixtures.executable(["pdftotext"]) else {
            print("notice: chromium or pdftotext not found (installed by make test); the printed-page check is skipped")
            return
        }
        let result = try ChartBuilderTests.branches()
        let help = FlagEngine(result: result, year: result.panel.years.last!).assess().filter { $0.status == .flagged }
        let folder = try ReportFixtures.temporaryFolder("print")
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "zh"] {
            let dir = folder.appendingPathComponent(language)
            try ReportFixtures.write(try ReportFixtures.branches(language).files([.html]), to: dir)
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
