import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TouchstoneCharts
import TouchstoneCore
@testable import TouchstoneReports

/// Reads the text boxes of a chart from its SVG geometry: position, anchor, baseline shift and font size
/// (inherited from enclosing groups), with widths measured as the chart layer measures them.
final class TextBoxes: NSObject, XMLParserDelegate {
    struct Box: CustomStringConvertible {
        var text: String
        var x0, y0, x1, y1: Double
        func overlaps(_ o: Box, slack: Double = 1) -> Bool {
            x0 + slack < o.x1 && o.x0 + slack < x1 && y0 + slack < o.y1 && o.y0 + slack < y1
        }
        var description: String { "'\(text)' [\(Int(x0))…\(Int(x1)) × \(Int(y0))…\(Int(y1))]" }
    }

    var width = 0.0, height = 0.0
    var boxes: [Box] = []
    private var inherited: [[String: String]] = [[:]]
    private var current: [String: String]?
    private var content = ""

    static func read(_ svg: String) -> TextBoxes {
        let t = TextBoxes()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = t
        parser.parse()
        return t
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        if name == "svg" { width = Double(a["width"] ?? "") ?? 0; height = Double(a["height"] ?? "") ?? 0 }
        var merged = inherited.last!
        for key in ["font-size", "text-anchor"] { if let v = a[key] { merged[key] = v } }
        inherited.append(merged)
        if name == "text" {
            current = merged.merging(a) { $1 }
            content = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if current != nil { content += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        inherited.removeLast()
        guard name == "text", let a = current else { return }
        current = nil
        // Rotated labels (heatmap columns) are left out; their box is not axis-aligned.
        guard a["transform"] == nil, !content.isEmpty else { return }
        let size = Double(a["font-size"] ?? "") ?? 10
        let x = Double(a["x"] ?? "") ?? 0, y = Double(a["y"] ?? "") ?? 0
        let em = Double((a["dy"] ?? "0em").replacingOccurrences(of: "em", with: "")) ?? 0
        let baseline = y + em * size
        let w = TextMeasure.width(content, fontSize: size) * (a["font-weight"] == "bold" ? 1.05 : 1)
        let x0 = a["text-anchor"] == "middle" ? x - w / 2 : a["text-anchor"] == "end" ? x - w : x
        boxes.append(Box(text: content, x0: x0, y0: baseline - 0.8 * size, x1: x0 + w, y1: baseline + 0.2 * size))
    }

    /// Pairs of boxes that overlap.
    var overlaps: [(Box, Box)] {
        var out: [(Box, Box)] = []
        let sorted = boxes.sorted { $0.y0 < $1.y0 }
        for i in sorted.indices {
            for j in sorted.index(after: i) ..< sorted.endIndex {
                if sorted[j].y0 >= sorted[i].y1 { break }
                if sorted[i].overlaps(sorted[j]) { out.append((sorted[i], sorted[j])) }
            }
        }
        return out
    }

    /// Boxes that leave the canvas (by more than half a pixel).
    var outside: [Box] { boxes.filter { $0.x0 < -0.5 || $0.y0 < -0.5 || $0.x1 > width + 0.5 || $0.y1 > height + 0.5 } }
}

@Suite("Chart text geometry")
struct ChartGeometryTests {
    static func check(_ charts: [String: String], _ where_: String) {
        for (name, svg) in charts.sorted(by: { $0.key < $1.key }) {
            let t = TextBoxes.read(svg)
            #expect(t.width > 0 && !t.boxes.isEmpty, "\(where_) \(name): no text read")
            let overlaps = t.overlaps
            #expect(overlaps.isEmpty, "\(where_) \(name): \(overlaps.count) overlapping texts, e.g. \(overlaps.prefix(3).map { "\($0.0) × \($0.1)" })")
            #expect(t.outside.isEmpty, "\(where_) \(name): texts leave the canvas: \(t.outside.prefix(3))")
        }
    }

    @Test("no two texts overlap and none leaves the canvas in any chart kind of the branches (34 units), zh and en")
    func branches() throws {
        let result = try ChartBuilderTests.branches()
        for language in ["en", "zh"] {
            Self.check(ChartKindsTests.allCharts(result, language: language, unit: result.panel.unitIndex("b21")!, funnel: "violations"), "branches \(language)")
        }
    }

    @Test("no two texts overlap and none leaves the canvas in any chart kind of the HDI (195 units), zh and en")
    func hdi() throws {
        let data = ChartBuilderTests.root.deletingLastPathComponent().appendingPathComponent("shared/data/undp_hdr")
        guard FileManager.default.fileExists(atPath: data.path) else {
            print("notice: ../shared/data/undp_hdr is absent; the HDI chart geometry check is skipped")
            return
        }
        let result = try IndexPipeline(project: try ProjectReader.read(path: ChartBuilderTests.root.appendingPathComponent("datasets/hdi").path)).run()
        for language in ["en", "zh"] {
            // The ranking as the report draws it: the flagged units highlighted (and named with the top and bottom five).
            let flagged = Set(FlagEngine(result: result, year: result.panel.years.last!).assess().filter { $0.status == .flagged }.map(\.unit))
            var charts = ChartKindsTests.allCharts(result, language: language, unit: result.panel.unitIndex("CHN")!, funnel: nil)
            charts["ranking-flagged"] = ChartBuilder(result: result, language: language).ranking(year: result.panel.years.last!, highlighted: flagged).svg()
            Self.check(charts, "HDI \(language)")
        }
    }

    @Test("the text-box reader finds an overlap and a text off the canvas")
    func readerCatchesProblems() {
        let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><g font-size="10"><text x="10" y="20">Hello world</text>\
        <text x="20" y="22">overlap</text><text x="95" y="40">off the edge</text></g></svg>
        """
        let t = TextBoxes.read(svg)
        #expect(t.boxes.count == 3)
        #expect(t.overlaps.count == 1)
        #expect(t.outside.map(\.text) == ["off the edge"])
    }
}
