import Foundation
import Testing
import TouchstoneCore
import TouchstoneText
@testable import TouchstoneReports

/// The Chinese report says everything in Chinese: no English sentence (`EnglishSentences`: three or more
/// English words in a row outside code, ids, file names and the names the data itself gives) in report.md of
/// datasets/branches and datasets/hdi.
@Suite("Chinese report without English sentences")
struct ChineseReportTests {
    static func sentences(_ project: String) throws -> [String] {
        let result = try IndexPipeline(project: try ProjectReader.read(path: ChartBuilderTests.root.appendingPathComponent(project).path)).run()
        let report = try Report(result: result, settings: ReportSettings(language: "zh", projectPath: project))
        let md = try #require(report.files(.markdown).first { $0.path == "report.md" }?.contents)
        // Names from the data (unit names, group values, labels the project gives only in English) are the
        // project's words, not ours; the Markdown escapes them, so they are left out as printed.
        var names = result.panel.units.flatMap { Array($0.names.values) + Array($0.groups.values) }
        names += result.nodes.map { $0.label.text(for: "zh") }
        names = names.flatMap { [$0, MarkdownText.escape($0)] }
        return EnglishSentences.find(in: md, ignoring: names)
    }

    @Test("the zh report of datasets/branches has no English sentence")
    func branches() throws {
        let found = try Self.sentences("datasets/branches")
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    @Test("the zh report of datasets/hdi has no English sentence (missing-score reasons and loader notes in Chinese)",
          .enabled(if: FileManager.default.fileExists(atPath: ChartBuilderTests.root.appendingPathComponent("../shared/data/undp_hdr").path)))
    func hdi() throws {
        let found = try Self.sentences("datasets/hdi")
        #expect(found.isEmpty, "\(Set(found).sorted().prefix(10))")
    }
}
