import Foundation
import Testing
import TouchstoneCore
import TouchstoneOutput
@testable import TouchstoneReports

@Suite("Printed report")
struct PrintedReportTests {
    /// Prints report.html of `report` into `dir` with headless Chromium; returns the PDF.
    static func printPDF(_ report: Report, chromium: String, to dir: URL, name: String) throws -> URL {
        try ReportFixtures.write(report.files([.html]), to: dir)
        let pdf = dir.appendingPathComponent(name + ".pdf")
        let printed = try ReportFixtures.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                                                        "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
                                                        "--print-to-pdf=\(pdf.path)", dir.appendingPathComponent("report.html").absoluteString])
        #expect(printed.status == 0, "chromium failed: \(printed.stderr.suffix(1000))")
        return pdf
    }

    @Test("printed by headless Chromium (branches and HDI, zh and en): page 1 names the units that need help beside the decision chart, every page has its number, the contents give each chapter's page, and no page holds only a stray table or chart")
    func printed() throws {
        guard let chromium = ReportFixtures.chromium, let pdftotext = ReportFixtures.executable(["pdftotext"]) else {
            print("notice: chromium or pdftotext not found (installed by make test); the printed-page check is skipped")
            return
        }
        let branches = try ChartBuilderTests.branches()
        var cases: [(String, IndexResult, String)] = [("branches", branches, "en"), ("branches", branches, "zh")]
        let hdi = ChartBuilderTests.root.deletingLastPathComponent().appendingPathComponent("shared/data/undp_hdr")
        if FileManager.default.fileExists(atPath: hdi.path) {
            let hdiResult = try IndexPipeline(project: try ProjectReader.read(path: ChartBuilderTests.root.appendingPathComponent("datasets/hdi").path)).run()
            cases += [("hdi", hdiResult, "en"), ("hdi", hdiResult, "zh")]
        } else {
            print("notice: ../shared/data/undp_hdr is absent; the printed HDI report is not checked")
        }
        let folder = try ReportFixtures.temporaryFolder("print")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, result, language) in cases {
            let help = FlagEngine(result: result, year: result.panel.years.last!).assess().filter { $0.status == .flagged }
            let dir = folder.appendingPathComponent(name + "-" + language)
            var settings = ReportSettings(language: language, projectPath: "datasets/\(name)", uncertaintyRuns: 50)
            // First print: find each chapter's page; second print: with those pages in the contents (as report --pdf does).
            let first = try Report(result: result, settings: settings)
            let chapters = first.chapters
            func layout(_ pdf: URL) throws -> [PrintedLayout.Page] {
                PrintedLayout.read(try ReportFixtures.run(pdftotext, ["-bbox-layout", pdf.path, "-"]).stdout)
            }
            func pageTexts(_ pdf: URL) throws -> [String] {
                try ReportFixtures.run(pdftotext, ["-layout", pdf.path, "-"]).stdout.components(separatedBy: "\u{0C}")
            }
            settings.chapterPages = PrintedPages.chapters(chapters, pages: try pageTexts(try Self.printPDF(first, chromium: chromium, to: dir, name: "first")))
            #expect(settings.chapterPages.count == chapters.count, "\(name) \(language): chapters not found in the print: \(Set(chapters.map(\.anchor)).subtracting(settings.chapterPages.keys))")
            let report = try Report(result: result, settings: settings)
            let pdf = try Self.printPDF(report, chromium: chromium, to: dir, name: "report")
            let pages = try layout(pdf)
            let found = PrintedPages.chapters(chapters, pages: try pageTexts(pdf))
            #expect(found == settings.chapterPages, "\(name) \(language): the contents give \(settings.chapterPages), the print has \(found)")
            let firstPage = try ReportFixtures.run(pdftotext, ["-f", "1", "-l", "1", "-layout", pdf.path, "-"]).stdout.replacingOccurrences(of: "\n", with: " ")
            for a in help.prefix(ReportBuilder.namesListed) {
                let unitName = result.panel.units[a.unit].name(language)
                #expect(firstPage.contains(unitName.prefix(12)), "\(language): page 1 does not name \(unitName)")
            }
            // The decision chart stands beside the five lines on page 1 (its title is text in the printed SVG).
            let decisionTitle = ChartBuilder(result: result, language: language).decision(year: result.panel.years.last!, assessments: []).text.title
            #expect(firstPage.contains(decisionTitle.prefix(8)), "\(name) \(language): the decision chart is not on page 1")
            let method = try #require(settings.chapterPages["method"])
            #expect(firstPage.contains(Words(language).onPage(method).trimmingCharacters(in: .whitespaces)), "\(name) \(language): page 1 does not give the page of the method chapter")
            let count = try #require(try ReportFixtures.pages(pdf))
            #expect(pages.count == count)
            let text = try ReportFixtures.run(pdftotext, ["-layout", pdf.path, "-"]).stdout
            for (k, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(count).enumerated() {
                #expect(page.contains("\(k + 1) / \(count)"), "\(name) \(language): page \(k + 1) has no page number")
            }
            let sections = report.document().flatBlocks.compactMap { b -> String? in
                if case let .heading(level, text, _, _) = b, level == 3 { return text }
                return nil
            }
            let stray = PrintedLayout.strayPages(pages, chapters: chapters.map(\.text), sections: sections)
            #expect(stray.isEmpty, "\(name) \(language): pages \(stray) hold only a stray table or chart: \(stray.map { pages[$0 - 1].firstLine ?? "" })")
        }
    }

    @Test("the stray-page check finds a short page that neither starts a chapter nor continues a table")
    func strayCheck() {
        func page(_ lines: [(String, Double)]) -> PrintedLayout.Page {
            PrintedLayout.Page(height: 842, lines: lines.map { PrintedLayout.Line(text: $0.0, top: $0.1 - 10, bottom: $0.1) })
        }
        let pages = [page([("Title", 60), ("Body", 800)]),
                     page([("Chapter two", 60), ("text", 100)]),                // a chapter's first page: short is fine
                     page([("Unit Name Score", 60), ("b01 Alpha 3", 780)]),     // a full page of a table
                     page([("Unit Name Score", 60), ("b09 Omega 1", 120)]),     // its continuation: header repeated
                     page([("Profile of b04", 60), ("chart text", 200)])]       // a chart alone
        #expect(PrintedLayout.strayPages(pages, chapters: ["Chapter two"]) == [5])
        // A short last page is fine when it opens with a whole section, not when it holds a chart alone.
        let ending = [page([("Title", 60), ("Body", 800)]), page([("Reproduce", 60), ("command", 120)])]
        #expect(PrintedLayout.strayPages(ending, chapters: [], sections: ["Reproduce"]).isEmpty)
        #expect(PrintedLayout.strayPages(ending, chapters: [], sections: []) == [2])
        #expect(PrintedLayout.strayPages(pages, chapters: ["Chapter two"], sections: ["Profile of b04"]) == [], "the last page opening with a section")
    }
}
