import Foundation
import TouchstoneReports

/// `report --pdf`: prints report.html to PDF with headless Chromium and puts the printed page numbers into
/// its table of contents.
///
/// Chromium cannot number a table of contents itself (no CSS `target-counter()`), so the report is printed,
/// each page's text is read back with `pdftotext` (poppler-utils), the page of every chapter heading is found
/// (`PrintedPages`), and the report is built and printed again with those numbers — until the numbers no
/// longer change (at most `maxPasses` prints; adding the numbers can move a chapter only when the contents
/// line grows by a line on the first page). The returned settings give the HTML with the same numbers as
/// the PDF.
enum ReportPrinter {
    static let maxPasses = 3

    struct Printed {
        var settings: ReportSettings
        var report: Report
        var pdf: Data
    }

    static func print(_ make: (ReportSettings) throws -> Report, settings start: ReportSettings) throws -> Printed {
        let chromium = try tool(["chromium", "chromium-browser", "google-chrome"], what: "headless Chromium")
        let pdftotext = try tool(["pdftotext"], what: "pdftotext (poppler-utils)")
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("touchstone-print-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        var settings = start
        for pass in 1 ... maxPasses {
            let report = try make(settings)
            guard let html = report.files([.html]).first(where: { $0.path == "report.html" }) else { break }
            let page = folder.appendingPathComponent("report.html"), pdf = folder.appendingPathComponent("report-\(pass).pdf")
            try html.contents.write(to: page, atomically: true, encoding: .utf8)
            try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                               "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", page.absoluteString])
            guard let bytes = try? Data(contentsOf: pdf), !bytes.isEmpty else {
                throw OutputError(description: "report --pdf: error: \(chromium) wrote no PDF. Fix: check that it runs headless (\(chromium) --headless --print-to-pdf=x.pdf file.html)")
            }
            let text = try run(pdftotext, ["-layout", pdf.path, "-"])
            let pages = PrintedPages.chapters(report.chapters, pages: text.components(separatedBy: "\u{0C}"))
            if pages == settings.chapterPages || pass == maxPasses { return Printed(settings: settings, report: report, pdf: bytes) }
            settings.chapterPages = pages
        }
        throw OutputError(description: "report --pdf: error: the report has no HTML to print")
    }

    static func tool(_ names: [String], what: String) throws -> String {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for dir in path where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        }
        throw OutputError(description: "report --pdf: error: \(what) was not found on PATH (looked for \(names.joined(separator: ", "))). "
            + "Fix: install it (Debian: apt-get install chromium poppler-utils) or leave out --pdf and print report.html from a browser")
    }

    /// Runs a tool, returns its standard output; a non-zero exit is an error with the end of its standard error.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        // Standard error goes to a file, so that a chatty tool cannot fill a pipe nobody reads.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-print-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let out = Pipe(), err = try FileHandle(forWritingTo: log)
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try? err.close()
        let errors = (try? Data(contentsOf: log)) ?? Data()
        guard p.terminationStatus == 0 else {
            throw OutputError(description: "report --pdf: error: \((tool as NSString).lastPathComponent) failed (exit \(p.terminationStatus)): "
                + String(decoding: errors.suffix(400), as: UTF8.self) + " Fix: run it by hand to see why, or leave out --pdf")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
