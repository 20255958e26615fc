import Foundation
import Testing
import TouchstoneCore
import TouchstoneOutput
import TouchstoneSynthetic
@testable import TouchstoneReports

@Suite("Reports at any size")
struct LargeReportTests {
    /// A seeded panel of 600 units with no story but a few planted laggards (`NoisePanelGenerator`).
    static func noise(units: Int, groups: Int? = nil) throws -> IndexResult {
        let generated = NoisePanelGenerator(units: units, groups: groups ?? units / 60, years: 2021 ... 2024, seed: 7).generate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try generated.write(to: folder)
        try NoisePanelGenerator.projectFile.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        return try IndexPipeline(project: try ProjectReader.read(path: folder.path)).run()
    }

    @Test("above 300 units the report shows a focus, at most 20 unit sections, few charts and briefs, and writes index.csv")
    func summarises() throws {
        let result = try Self.noise(units: 600)
        let report = try Report(result: result, settings: ReportSettings(language: "en", projectPath: "noise"))
        let files = report.files([.html, .markdown, .briefs])
        let md = try #require(files.first { $0.path == "report.md" }?.contents)
        let csv = try #require(files.first { $0.path == "index.csv" }?.contents)
        #expect(csv.split(separator: "\n").count == 601, "every unit's row is in index.csv")
        #expect(md.contains("Every unit's row is in index.csv"))
        #expect(md.contains(Words("en").rankingLeftOut(units: 600, above: ReportContext.summariseAbove)), "the report says why it has no ranking chart")
        let svgs = files.filter { $0.path.hasSuffix(".svg") }
        #expect(svgs.count <= 50, "\(svgs.count) charts")
        let briefs = files.filter { $0.path.hasPrefix("briefs/") }.count
        #expect(briefs > 0 && briefs <= 120, "\(briefs) briefs")
        let sections = md.components(separatedBy: "<a id=\"unit-").count - 1
        #expect(sections <= ReportContext.focusSections)
        let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
        #expect(bytes < 10_000_000, "\(bytes) bytes")
    }

    @Test("a summarised report of many groups draws the trends of the groups with most units that need help only, and keeps to 50 charts")
    func manyGroups() throws {
        let result = try Self.noise(units: 600, groups: 60)
        let report = try Report(result: result, settings: ReportSettings(language: "en", projectPath: "noise"))
        let files = report.files([.markdown])
        let trends = files.filter { $0.path.hasPrefix("trends-") }.count
        #expect(trends == ReportBuilder.maxTrendCharts)
        #expect(files.filter { $0.path.hasSuffix(".svg") }.count <= 50)
        let md = try #require(files.first { $0.path == "report.md" }?.contents)
        #expect(md.contains(Words("en").trendChartsNote(shown: ReportBuilder.maxTrendCharts)))
        // Every group shown keeps its table: one level-3 heading per group with a unit shown.
        let context = try ReportContext(result: result, settings: ReportSettings(language: "en", projectPath: "noise"))
        let shownGroups = context.groups.filter { $0.units.contains(where: context.shows) }.count
        #expect(shownGroups > ReportBuilder.maxTrendCharts)
        #expect(md.components(separatedBy: "<a id=\"trends-").count - 1 == shownGroups)
    }

    @Test("up to 300 units nothing is left out and no index.csv is written")
    func smallReportWhole() throws {
        let files = try ReportFixtures.branches().files([.html, .markdown])
        #expect(!files.contains { $0.path == "index.csv" })
    }
}
