import Foundation
import Testing
import TouchstoneCharts
import TouchstoneCore
@testable import TouchstoneReports

/// The ranking chart above 40 units names the flagged units and the top and bottom five, and keeps to a page.
@Suite("Ranking chart of many units, from results")
struct RankingNamingReportTests {
    static var hdiData: Bool {
        FileManager.default.fileExists(atPath: ChartBuilderTests.root.deletingLastPathComponent().appendingPathComponent("shared/data/undp_hdr").path)
    }

    @Test("up to 40 units every unit of the ranking is named")
    func branchesAllNamed() throws {
        let result = try ChartBuilderTests.branches()
        let chart = ChartBuilder(result: result, language: "en").ranking(year: result.panel.years.last!, highlighted: [0, 1])
        #expect(chart.items.count == 34)
        #expect(chart.items.allSatisfy { $0.labelled })
    }

    @Test("the HDI ranking (195 units) names every flagged unit, the top and bottom five and the units without a score, and fits a printed page",
          .enabled(if: hdiData, "needs ../shared/data/undp_hdr"))
    func hdiNamed() throws {
        let result = try IndexPipeline(project: try ProjectReader.read(path: ChartBuilderTests.root.appendingPathComponent("datasets/hdi").path)).run()
        let year = result.panel.years.last!
        let flagged = Set(FlagEngine(result: result, year: year).assess().filter { $0.status == .flagged }.map(\.unit))
        #expect(!flagged.isEmpty)
        for language in ["en", "zh"] {
            let b = ChartBuilder(result: result, language: language)
            let chart = b.ranking(year: year, highlighted: flagged)
            #expect(chart.items.count == 195)
            let named = chart.items.filter(\.labelled)
            let sorted = chart.items.filter { !$0.value.isNaN }.sorted { $0.value > $1.value }
            let expected = Set(chart.items.filter { $0.highlighted || $0.value.isNaN }.map(\.label))
                .union(sorted.prefix(5).map(\.label)).union(sorted.suffix(5).map(\.label))
            #expect(Set(named.map(\.label)) == expected)
            #expect(named.count < 40)
            let svg = chart.svg()
            let t = TextBoxes.read(svg)
            // 232 mm of an A4 page at the report's 182 mm text width: 720 px wide → 918 px high.
            #expect(t.height < 918, "\(language): \(t.height) px")
        }
    }
}
