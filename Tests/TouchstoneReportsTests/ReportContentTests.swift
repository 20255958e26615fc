import Foundation
import Testing
import TouchstoneCore
@testable import TouchstoneReports

@Suite("Report content and escaping")
struct ReportContentTests {
    @Test("the report has every section, the flagged units and the method appendix, in both languages")
    func sections() throws {
        for language in ["en", "zh"] {
            let files = try ReportFixtures.branches(language).files(.all)
            let html = try #require(files.first { $0.path == "report.html" }?.contents)
            for anchor in ["summary", "index", "heatmap", "trends", "peers", "flagged", "exemplars", "method", "framework", "coverage", "warnings", "reproduce", "unit-b21"] {
                #expect(html.contains("id=\"\(anchor)\""), "\(language): no section \(anchor)")
            }
            #expect(html.contains("0.1.0"))
            let fingerprint = try ChartBuilderTests.branches().project.fingerprint
            #expect(html.contains(fingerprint), "\(language): the project fingerprint is missing")
            #expect(files.filter { $0.path.hasPrefix("briefs/") }.count == 34)
            #expect(files.contains { $0.path == "report.md" } && files.contains { $0.path == "report.ipynb" })
            // Every SVG the Markdown links to is written.
            let md = try #require(files.first { $0.path == "report.md" }?.contents)
            let svgs = Set(files.filter { $0.path.hasSuffix(".svg") }.map(\.path))
            let linked = md.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("!["), let open = line.lastIndex(of: "("), line.hasSuffix(")") else { return nil }
                return String(line[line.index(after: open) ..< line.index(before: line.endIndex)])
            }
            #expect(!linked.isEmpty && Set(linked) == svgs)
            if language == "zh" { #expect(html.contains("预警单位") && html.contains("方法说明") && !html.contains("Flagged units")) }
        }
    }

    @Test("every missing value of the data is listed in the method appendix")
    func missingValues() throws {
        let md = try #require(try ReportFixtures.branches().files(.markdown).first { $0.path == "report.md" }?.contents)
        #expect(md.contains("Every missing value (5)"))
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        for language in ["en", "zh"] {
            let a = try ReportFixtures.branches(language).files(.all), b = try ReportFixtures.branches(language).files(.all)
            #expect(a == b)
        }
    }

    @Test("an earlier year is reported without later data, and an unknown year is refused")
    func years() throws {
        let files = try ReportFixtures.branches(year: 2022).files([.markdown])
        let md = try #require(files.first { $0.path == "report.md" }?.contents)
        #expect(md.contains("Summary of 2022") && md.contains("Biggest movers since 2021") && md.contains("Trends by peer group, 2019–2022"))
        // Later years appear only where the appendix describes the data as read.
        let beforeMethod = try #require(md.components(separatedBy: "<a id=\"method\"></a>").first)
        #expect(!beforeMethod.contains("2023") && !beforeMethod.contains("2024"))
        for file in files where file.path.hasSuffix(".svg") { #expect(!file.contents.contains(">2024<"), "\(file.path) shows 2024") }
        #expect(throws: InputProblem.self) { try ReportFixtures.branches(year: 2030) }
    }

    @Test("report.html is one self-contained file without scripts or external resources")
    func selfContained() throws {
        let files = try ReportFixtures.branches().files(.all)
        for file in files where file.path.hasSuffix(".html") {
            let lower = file.contents.lowercased()
            #expect(!lower.contains("<script"), "\(file.path) has a script")
            #expect(!lower.contains("<link") && !lower.contains("<img") && !lower.contains("@import") && !lower.contains("<iframe"), "\(file.path) loads something")
            #expect(!lower.replacingOccurrences(of: "url(#", with: "").contains("url("), "\(file.path) refers to an outside resource")
            #expect(!lower.contains("http://") && !lower.contains("https://") || lower.contains("xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(lower.contains("@page"))
        }
    }

    @Test("a unit named <script>alert(1)</script> appears escaped and inert in HTML, briefs, Markdown and the notebook")
    func hostileName() throws {
        for language in ["en", "zh"] {
            let files = try ReportFixtures.hostileReport(language).files(.all)
            for file in files {
                #expect(!file.path.contains("<") && !file.path.contains(">"), "unsafe file name \(file.path)")
                #expect(!file.contents.lowercased().contains("<script"), "\(file.path) (\(language)) carries a raw script tag")
                #expect(!file.contents.contains("<b>") && !file.contents.contains("<i>") && !file.contents.contains("<evil>"), "\(file.path) carries raw markup")
            }
            let html = try #require(files.first { $0.path == "report.html" }?.contents)
            #expect(html.contains(ReportFixtures.escapedHostile))
            let md = try #require(files.first { $0.path == "report.md" }?.contents)
            #expect(md.contains(ReportFixtures.escapedHostile))
            #expect(md.contains("Dimension \\| A") && md.contains("X \\*bold\\*") && md.contains("Z \\[link\\](http://example.com)"))
            let brief = try #require(files.first { $0.path.hasPrefix("briefs/") && $0.contents.contains(ReportFixtures.escapedHostile) })
            #expect(!brief.path.contains("<"))

            // The notebook, parsed: markdown cells, HTML tables and SVG charts carry the escaped name; the
            // plain-text fallbacks carry it as text (never rendered as markup).
            let notebook = try #require(files.first { $0.path == "report.ipynb" }?.contents)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(notebook.utf8)) as? [String: Any])
            let cells = try #require(json["cells"] as? [[String: Any]])
            var markdownText = "", htmlText = "", svgText = ""
            func joined(_ v: Any?) -> String { (v as? [String])?.joined() ?? (v as? String) ?? "" }
            for cell in cells {
                if cell["cell_type"] as? String == "markdown" { markdownText += joined(cell["source"]) }
                for output in cell["outputs"] as? [[String: Any]] ?? [] {
                    let data = output["data"] as? [String: Any] ?? [:]
                    htmlText += joined(data["text/html"])
                    svgText += joined(data["image/svg+xml"])
                }
            }
            #expect(markdownText.contains(ReportFixtures.escapedHostile))
            #expect(htmlText.contains(ReportFixtures.escapedHostile))
            #expect(svgText.contains("&lt;script&gt;"))
            for (what, text) in [("markdown", markdownText), ("html", htmlText), ("svg", svgText)] {
                #expect(!text.lowercased().contains("<script"), "notebook \(what) carries a raw script tag")
            }
        }
    }

    @Test("Markdown escaping neutralises markup and table breaks; slugs are safe and unique")
    func escaping() {
        #expect(ReportEscaping.markdown("<b>a*b*</b> | `x` [y](z) _w_ & #") == "&lt;b&gt;a\\*b\\*&lt;/b&gt; \\| \\`x\\` \\[y\\](z) \\_w\\_ &amp; \\#")
        #expect(ReportEscaping.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(ReportEscaping.slug("b21") == "b21")
        let s = ReportEscaping.slug("<script>")
        #expect(s.hasPrefix("script-") && s.count == "script-".count + 8)
        #expect(ReportEscaping.slug("中文").hasPrefix("u-"))
        let slugs = ReportEscaping.slugs(["a", "A", "a!"])
        #expect(Set(slugs.map { $0.lowercased() }).count == 3)
        #expect(ReportEscaping.shell("datasets/branches") == "datasets/branches")
        #expect(ReportEscaping.shell("my dir/it's") == "'my dir/it'\\''s'")
    }

    @Test("year ranges are joined")
    func yearRanges() {
        #expect(ReportBuilder.yearRanges([2019, 2020, 2021, 2023]) == "2019–2021, 2023")
        #expect(ReportBuilder.yearRanges([2020]) == "2020")
    }
}
