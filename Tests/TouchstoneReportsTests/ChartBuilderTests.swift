import Foundation
import Testing
import TouchstoneCore
@testable import TouchstoneReports

@Suite("Charts built from results")
struct ChartBuilderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func branches() throws -> IndexResult {
        try IndexPipeline(project: try ProjectReader.read(path: root.appendingPathComponent("datasets/branches").path)).run()
    }

    @Test("the ranking chart has every unit once, with its group median")
    func ranking() throws {
        let result = try Self.branches()
        let chart = ChartBuilder(result: result, language: "zh").ranking(year: 2024, highlighted: [0])
        #expect(chart.items.count == 34)
        #expect(chart.items.filter(\.highlighted).count == 1)
        #expect(chart.groupMedians.keys.sorted() == ["审查调查室", "巡察机构", "派驻纪检监察组", "职能部门"])
    }
}
