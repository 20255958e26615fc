import Foundation
import Testing
import TouchstoneCore
import TouchstoneStats
@testable import TouchstoneReports

/// Shared pieces of the report tests: the branch dataset, a panel with a hostile unit name, temporary
/// folders and running external tools (Chromium, nbformat, pdfinfo) with a time limit.
enum ReportFixtures {
    static let root = ChartBuilderTests.root
    static let hostile = "<script>alert(1)</script>"
    static let escapedHostile = "&lt;script&gt;alert(1)&lt;/script&gt;"

    static func branches(_ language: String = "en", year: Int? = nil) throws -> Report {
        try Report(result: try ChartBuilderTests.branches(), settings: ReportSettings(language: language, projectPath: "datasets/branches", year: year))
    }

    /// Three units over six years with a funnel indicator; the first is named `<script>alert(1)</script>`
    /// (and its id carries markup too), so every place a name or id is written can be checked.
    static func hostileReport(_ language: String = "en") throws -> Report {
        let yaml = """
        title: {en: "Test <b>index</b> & co", zh: "测试 <b>指数</b>"}
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {id_column: u, size_column: n, group_columns: [g]}
        framework:
          id: index
          label: {en: "Index <i>", zh: "指数 <i>"}
          children:
            - id: a
              label: {en: "Dimension | A"}
              children: [{id: x, label: {en: "X *bold*"}}, {id: v, direction: lower, funnel: {model: poisson, denominator: size}}]
            - id: b
              children: [{id: z, label: {en: "Z [link](http://example.com)"}}]
        """
        let project = try ProjectReader.parse(text: yaml, file: "/tmp/hostile.yaml")
        let units = [UnitInfo(id: "<u1>", names: ["en": hostile, "zh": hostile], groups: ["g": "<g>"], size: 10),
                     UnitInfo(id: "u2", names: ["en": "Second & \"quoted\""], groups: ["g": "<g>"], size: 20),
                     UnitInfo(id: "u3", groups: ["g": "<g>"], size: 30),
                     UnitInfo(id: "u4", groups: ["g": "<g>"], size: 25)]
        var rows: [Panel.Key] = [], x: [Double] = [], v: [Double] = [], z: [Double] = []
        for u in 0 ..< units.count {
            for y in 2019 ... 2024 {
                rows.append(.init(unit: u, year: y))
                // Unit 0 declines steadily, so it is flagged and gets a full section.
                x.append(u == 0 ? Double(60 - 8 * (y - 2019)) : Double(u * 10 + y - 2019))
                v.append(Double((u + y) % 3))
                z.append(u == 0 && y == 2021 ? .nan : Double(y - 2019 + 3 * u))
            }
        }
        let panel = Panel(units: units, indicatorIds: ["x", "v", "z"], rows: rows, values: Matrix(columns: [x, v, z]))
        let result = try IndexPipeline(project: project).compute(panel: panel)
        return try Report(result: result, settings: ReportSettings(language: language, projectPath: "projects/<evil> dir"))
    }

    static func temporaryFolder(_ name: String = "report") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ files: [Report.File], to folder: URL) throws {
        for f in files {
            let url = folder.appendingPathComponent(f.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(f.contents.utf8).write(to: url)
        }
    }

    static func executable(_ names: [String]) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") + ":/usr/bin:/usr/local/bin:/snap/bin"
        for dir in path.split(separator: ":") {
            for name in names {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    static var chromium: String? { executable(["chromium", "chromium-browser", "google-chrome"]) }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a program, killing it after `timeout` seconds (status 124 then).
    static func run(_ program: String, _ arguments: [String], timeout: TimeInterval = 180, in directory: URL? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        nonisolated(unsafe) let process = p
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        timer.cancel()
        let killed = p.terminationReason == .uncaughtSignal
        return Run(status: killed ? 124 : p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func size(_ url: URL) -> Int { ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0 }

    /// Pages of a PDF by `pdfinfo` (Debian poppler-utils), nil when it is not installed.
    static func pages(_ pdf: URL) throws -> Int? {
        guard let tool = executable(["pdfinfo"]) else { return nil }
        let r = try run(tool, [pdf.path], timeout: 30)
        let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }
}
