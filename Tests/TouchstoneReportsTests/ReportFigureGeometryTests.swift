import Foundation
import Testing
import TouchstoneCore
@testable import TouchstoneReports

/// The charts as the report draws them (heatmap pages, the decision chart with rank intervals, contributions
/// and profiles of the flagged units and exemplars, the appendix histogram), not only the chart kinds one by one.
@Suite("Report figures: text geometry")
struct ReportFigureGeometryTests {
    static func figures(_ report: Report) -> [String: String] {
        var out: [String: String] = [:]
        for f in report.files(.markdown) where f.path.hasSuffix(".svg") { out[f.path] = f.contents }
        return out
    }

    @Test("no two texts overlap and none leaves the canvas in any figure of the branch report, zh and en")
    func branches() throws {
        for language in ["en", "zh"] {
            let figures = Self.figures(try ReportFixtures.branches(language))
            #expect(figures.count >= 10)
            ChartGeometryTests.check(figures, "branches report \(language)")
        }
    }

    @Test("no two texts overlap and none leaves the canvas in any figure of the HDI report (195 units), zh and en")
    func hdi() throws {
        let data = ChartBuilderTests.root.deletingLastPathComponent().appendingPathComponent("shared/data/undp_hdr")
        guard FileManager.default.fileExists(atPath: data.path) else {
            print("notice: ../shared/data/undp_hdr is absent; the HDI report figures are not checked")
            return
        }
        let result = try IndexPipeline(project: try ProjectReader.read(path: ChartBuilderTests.root.appendingPathComponent("datasets/hdi").path)).run()
        for language in ["en", "zh"] {
            let figures = Self.figures(try Report(result: result, settings: ReportSettings(language: language, projectPath: "datasets/hdi", uncertaintyRuns: 50)))
            #expect(figures.keys.contains { $0.hasPrefix("heatmap-") }, "the HDI heatmap is paginated")
            #expect(figures.keys.contains("ranking.svg"), "the HDI report has its ranking chart")
            ChartGeometryTests.check(figures, "HDI report \(language)")
        }
    }
}
