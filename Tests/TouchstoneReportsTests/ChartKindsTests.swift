import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TouchstoneCore
import TouchstoneStats
@testable import TouchstoneReports

/// Every chart kind drawn from real results: on the branch dataset, on the HDI, and with a hostile unit name.
/// Each SVG must parse as XML and, where `rsvg-convert` (Debian librsvg2-bin, installed by `make test`) is
/// present, render to PNG.
@Suite("Every chart kind from results")
struct ChartKindsTests {
    static func allCharts(_ result: IndexResult, language: String, unit: Int, funnel: String?) -> [String: String] {
        let b = ChartBuilder(result: result, language: language)
        let year = result.panel.years.last!
        let assessments = FlagEngine(result: result, year: year).assess()
        var charts: [String: String] = [
            "decision": b.decision(year: year, assessments: assessments).svg(),
            "ranking": b.ranking(year: year, highlighted: [unit]).svg(),
            "trend": b.trend(units: [unit, (unit + 1) % result.panel.units.count]).svg(),
            "small-multiples": b.trend(units: Array(result.panel.units.indices.prefix(12))).smallMultiplesSVG(),
            "slope": b.slope(from: result.panel.years.first!, to: year).svg(),
            "heatmap": b.heatmap(year: year).svg(),
            "profile": b.profile(unit: unit, year: year).svg(),
            "intervals": b.rankRanges(highlighted: [unit]).svg(),
        ]
        if let c = b.contributions(unit: unit, year: year) { charts["contributions"] = c.svg() }
        if let id = funnel, let c = b.funnel(indicatorId: id, year: year) { charts["funnel"] = c.svg() }
        return charts
    }

    static func parses(_ svg: String) -> Bool {
        let parser = XMLParser(data: Data(svg.utf8))
        return parser.parse()
    }

    static var rsvg: String? {
        ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Renders with rsvg-convert; returns the PNG size in bytes (nil when rsvg-convert is missing).
    static func render(_ svg: String, name: String) throws -> Int? {
        guard let tool = rsvg else {
            print("notice: rsvg-convert not found; SVG rendering check skipped (install librsvg2-bin)")
            return nil
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("\(name).svg"), output = dir.appendingPathComponent("\(name).png")
        try svg.write(to: input, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-o", output.path, input.path]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return 0 }
        return (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
    }

    @Test("all chart kinds on the branch dataset parse as XML and render, in both languages")
    func branches() throws {
        let result = try ChartBuilderTests.branches()
        for language in ["en", "zh"] {
            let charts = Self.allCharts(result, language: language, unit: result.panel.unitIndex("b21")!, funnel: "violations")
            #expect(charts.count == 10)
            for (name, svg) in charts.sorted(by: { $0.key < $1.key }) {
                #expect(Self.parses(svg), "\(name) (\(language)) is not well-formed XML")
                if let bytes = try Self.render(svg, name: name) { #expect(bytes > 1000, "\(name) (\(language)) did not render") }
            }
        }
    }

    @Test("all chart kinds on the HDI parse and render", .enabled(if: FileManager.default.fileExists(atPath: ChartBuilderTests.root.deletingLastPathComponent().appendingPathComponent("shared/data/undp_hdr").path), "needs ../shared/data/undp_hdr"))
    func hdi() throws {
        let result = try IndexPipeline(project: try ProjectReader.read(path: ChartBuilderTests.root.appendingPathComponent("datasets/hdi").path)).run()
        let charts = Self.allCharts(result, language: "en", unit: result.panel.unitIndex("CHN")!, funnel: nil)
        #expect(charts.count == 9)
        for (name, svg) in charts.sorted(by: { $0.key < $1.key }) {
            #expect(Self.parses(svg), "\(name) is not well-formed XML")
            if let bytes = try Self.render(svg, name: name) { #expect(bytes > 1000, "\(name) did not render") }
        }
    }

    @Test("a unit named <script>alert(1)</script> & \"Ω\" appears escaped and inert in every chart")
    func hostileName() throws {
        let hostile = "<script>alert(1)</script> & \"Ω\""
        let yaml = """
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {id_column: u, size_column: n}
        framework:
          id: index
          children:
            - id: a
              children: [{id: x}, {id: v, direction: lower, funnel: {model: poisson, denominator: size}}]
            - id: b
              children: [{id: z}]
        """
        let project = try ProjectReader.parse(text: yaml, file: "/tmp/hostile.yaml")
        let units = [UnitInfo(id: "u1", names: ["en": hostile], size: 10), UnitInfo(id: "u2", size: 20), UnitInfo(id: "u3", size: 30)]
        var rows: [Panel.Key] = [], x: [Double] = [], v: [Double] = [], z: [Double] = []
        for u in 0 ..< 3 { for y in 2019 ... 2024 {
            // u1 (the hostile name) has 4 events in 10 members: clearly beyond the 95% limit, so the funnel labels it.
            rows.append(.init(unit: u, year: y)); x.append(Double(u * 10 + y - 2019)); v.append(u == 0 ? 4 : Double((u + y) % 3)); z.append(Double(y - 2019 - u))
        } }
        let panel = Panel(units: units, indicatorIds: ["x", "v", "z"], rows: rows, values: Matrix(columns: [x, v, z]))
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let charts = Self.allCharts(result, language: "en", unit: 0, funnel: "v")
        #expect(charts.count == 10)
        for (name, svg) in charts {
            #expect(!svg.contains("<script"), "\(name) contains a raw script tag")
            #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ω&quot;") || svg.contains("&lt;script&gt;"), "\(name) lost the name")
            #expect(Self.parses(svg), "\(name) is not well-formed XML")
        }
    }
}
