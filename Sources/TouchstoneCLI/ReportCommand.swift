import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

enum ReportFormatOption: String, ExpressibleByArgument, CaseIterable {
    case html, markdown, ipynb, all
}

/// `touchstone report`: the yearly report as HTML (print-ready), Markdown with SVG charts, one-page briefs
/// per unit and a Jupyter notebook, written into a folder all at once.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the yearly report: report.html (prints on A4), report.md with its SVG charts, briefs/UNIT.html and report.ipynb.",
        discussion: """
        Formats: html writes report.html and briefs/UNIT.html (one printable page per unit); markdown writes report.md \
        and its SVG charts in the same folder; ipynb writes report.ipynb (Jupyter, nbformat 4) with the narrative, tables \
        and charts as saved outputs; all (the default) writes everything.

        The report is first written to a temporary folder beside DIR and moved into place only when complete. Files \
        that an earlier report of the same format left behind (charts, briefs) are removed; other files in DIR are \
        left alone.
        """
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: ArgumentHelp("Folder to write the report into (created if needed).", valueName: "dir"))
    var output: String

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: ArgumentHelp(LocaleCheck.help, valueName: "locale"))
    var locale: String?

    @Option(help: "What to write: html, markdown, ipynb or all.")
    var format: ReportFormatOption = .all

    @Flag(inversion: .prefixedNo, help: "With html: also write the one-page briefs (briefs/UNIT.html).")
    var briefs = true

    @Flag(help: "Also print report.html to report.pdf with headless Chromium (needs chromium and pdftotext); the table of contents then gives page numbers.")
    var pdf = false

    @Option(help: ArgumentHelp("The project path written in the commands the report shows (default: the project relative to DIR).", valueName: "path"))
    var commandsPath: String?

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        try LocaleCheck.validate(locale)
        try OutputPath.validate(output, folder: true)
        if pdf && (format == .markdown || format == .ipynb) { throw ValidationError("--pdf prints report.html: use it with --format html or all.") }
    }

    func run() throws {
        try reportingProblems {
            let project = DirectionGuard.judged(try ProtectedInputs.readProject(options.project), language: locale)
            let result = try IndexPipeline(project: project).run(checkingYear: year)
            if let y = year ?? result.panel.years.last, result.panel.years.contains(y) { try result.requireUnitsToCompare(year: y) }
            let language = locale ?? project.defaults.language
            let shown = commandsPath ?? ReportFolder.relativePath(of: options.project, from: output)
            var settings = ReportSettings(language: language, projectPath: shown, year: year, version: TouchstoneVersion.current)
            // Quarterly or monthly data with key targets: a "progress" chapter as of the report year's latest period.
            if project.data.period != .year, let spec = project.targets, let periods = try PanelLoader(project: project).load().periods,
               let asOf = periods.latest(inYear: year ?? result.panel.years.last!) {
                let targets = try TargetTableReader.read(spec, project: project, units: periods.raw.units)
                if targets.contains(where: { $0.year == asOf.year }) {
                    let progress = ProgressAssessment(project: project, periods: periods).assess(targets, asOf: asOf)
                    settings.progress = ProgressReport(project: project, periods: periods, progress: progress, asOf: asOf, language: language)
                }
            }
            let printed = pdf ? try ReportPrinter.print({ try Report(result: result, settings: $0) }, settings: settings) : nil
            let report = try printed?.report ?? Report(result: result, settings: settings)
            var formats: Report.Formats
            switch format {
            case .html: formats = [.html, .briefs]
            case .markdown: formats = .markdown
            case .ipynb: formats = .notebook
            case .all: formats = .all
            }
            if !briefs { formats.remove(.briefs) }
            let files = report.files(formats)
            for d in report.diagnostics where d.severity == .warning { Console.note(d.line(ProblemLanguage.current())) }
            // The PDF is a print of report.html: written with it, in the same step, and listed under html in
            // the folder's manifest, so an html report written later without --pdf removes the stale PDF.
            let pdfFile = printed.map { [ReportFolder.BinaryFile(path: "report.pdf", data: $0.pdf, format: "html")] } ?? []
            try ReportFolder.write(files, binary: pdfFile, to: output)
            let main = files.map(\.path).filter { !$0.hasPrefix("briefs/") && !$0.hasSuffix(".svg") } + (printed == nil ? [] : ["report.pdf"])
            let figures = files.filter { $0.path.hasSuffix(".svg") }.count, briefCount = files.filter { $0.path.hasPrefix("briefs/") }.count
            var summary = "Wrote the \(report.year) report to \(output)/: " + main.joined(separator: ", ")
            if figures > 0 { summary += ", \(figures) SVG charts" }
            if briefCount > 0 { summary += ", \(briefCount) briefs in briefs/" }
            Console.out(summary + "\n")
            if let html = main.first(where: { $0 == "report.html" }) {
                Console.out(URL(fileURLWithPath: output).appendingPathComponent(html).standardizedFileURL.path + "\n")
            }
        }
    }
}

/// Writes a report's files into a folder as one step: everything goes to a temporary folder beside the
/// target first; only when all is written are the files moved into place (each by an atomic rename), so an
/// error leaves the folder as it was. A manifest (`.touchstone-report`) remembers which files each format
/// wrote, so that charts or briefs a previous report left behind are removed when that format is written
/// again, while other files in the folder are never touched.
enum ReportFolder {
    static let manifestName = ".touchstone-report"

    /// A file whose contents are bytes, not text (the printed `report.pdf`), recorded under `format`.
    struct BinaryFile { var path: String; var data: Data; var format: String }

    static func write(_ files: [Report.File], binary: [BinaryFile] = [], to path: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
        let trash = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        var isDirectory: ObjCBool = false
        if (try? fm.destinationOfSymbolicLink(atPath: target.path)) != nil {
            throw OutputError(description: "\(path): error: --output refuses to write into a symbolic link; it only writes into a real folder. Fix: give the path of a folder or a new folder name")
        }
        if fm.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw OutputError(description: "\(path): error: exists and is not a folder. Fix: choose a folder for --output")
        }
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "\(path): error: cannot create the folder \(parent.path). Fix: check the path and your permissions")
        }
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: trash)
        defer {
            try? fm.removeItem(at: staging)
            try? fm.removeItem(at: trash)
        }
        // 1. Everything into the staging folder.
        let old = readManifest(target)
        let written = Set(files.map(\.format) + binary.map(\.format))
        var manifest = old.filter { !written.contains($0.format) }
        for file in files { manifest.append((file.format, topLevel(file.path))) }
        for file in binary { manifest.append((file.format, topLevel(file.path))) }
        var seen: Set<String> = []
        manifest = manifest.filter { seen.insert("\($0.format)\t\($0.entry)").inserted }
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
            for file in binary {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            let text = manifest.map { "\($0.format)\t\($0.entry)" }.sorted().joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: staging.appendingPathComponent(manifestName))
        } catch {
            throw OutputError(description: "\(path): error: cannot write the report (\(error.localizedDescription)). Fix: check the path, free space and your permissions")
        }
        // 2. Into place.
        do {
            if !fm.fileExists(atPath: target.path) {
                try rename(staging, target)
                return
            }
            try fm.createDirectory(at: trash, withIntermediateDirectories: true)
            let newEntries = Set(manifest.map(\.entry) + [manifestName])
            let stale = old.filter { written.contains($0.format) && !newEntries.contains($0.entry) }.map(\.entry)
            for entry in try fm.contentsOfDirectory(atPath: staging.path).sorted() {
                let destination = target.appendingPathComponent(entry)
                if fm.fileExists(atPath: destination.path) { try rename(destination, trash.appendingPathComponent(entry)) }
                try rename(staging.appendingPathComponent(entry), destination)
            }
            for entry in Set(stale) where !entry.contains("/") && entry != ".." && entry != "." {
                let url = target.appendingPathComponent(entry)
                if fm.fileExists(atPath: url.path) { try rename(url, trash.appendingPathComponent(entry)) }
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(description: "\(path): error: cannot move the report into place (\(error.localizedDescription)). Fix: check the path and your permissions")
        }
    }

    static func topLevel(_ path: String) -> String { String(path.split(separator: "/").first ?? Substring(path)) }

    static func readManifest(_ folder: URL) -> [(format: String, entry: String)] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    static func rename(_ from: URL, _ to: URL) throws {
        if Foundation.rename(from.path, to.path) != 0 {
            throw OutputError(description: "\(to.path): error: cannot move into place (\(String(cString: strerror(errno)))). Fix: check the path and your permissions")
        }
    }

    /// `project` as seen from `folder` (both relative to the current directory, or absolute), e.g.
    /// `../datasets/branches` for the report folder `out` and the project `datasets/branches`.
    static func relativePath(of project: String, from folder: String) -> String {
        let a = URL(fileURLWithPath: project).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        var k = 0
        while k < a.count && k < b.count && a[k] == b[k] { k += 1 }
        let parts = Array(repeating: "..", count: b.count - k) + a[k...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
