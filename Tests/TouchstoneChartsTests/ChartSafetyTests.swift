import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TouchstoneCharts

/// Checks every chart kind for what must hold whatever the data: well-formed XML, inert escaped text,
/// byte-stable output, accessibility and no external references.
@Suite("Every chart kind")
struct ChartSafetyTests {
    static let hostile = #"<script>alert(1)</script> & "Ω""#

    /// The sample names with the hostile one in several places (first, a highlighted unit, mid-table).
    static var hostileNames: [String] {
        var names = SampleData.units
        for i in [0, 1, 17] { names[i] = i == 0 ? hostile : hostile + " \(i)" }
        return names
    }

    @Test("a unit named <script>…</script> & \"Ω\" is escaped and inert in every chart kind",
          arguments: SampleData.allCharts().map(\.0))
    func escaping(name: String) throws {
        let svg = try #require(SampleData.allCharts(names: Self.hostileNames).first { $0.0 == name }?.1)
        #expect(!svg.contains("<script"), "raw <script in \(name)")
        #expect(!svg.contains("alert(1)</script>"))
        #expect(svg.contains("&lt;script&gt;"), "the name should appear, escaped, in \(name)")
        let tree = try XMLTree.parse(svg)
        #expect(!tree.elementNames.contains("script"))
        #expect(tree.text.contains("<script>"), "the parsed text should hold the name literally in \(name)")
    }

    @Test("every chart kind's output parses as XML with an accessible svg root", arguments: SampleData.allCharts().map(\.0))
    func parses(name: String) throws {
        let svg = try #require(SampleData.allCharts().first { $0.0 == name }?.1)
        let tree = try XMLTree.parse(svg)
        #expect(tree.root == "svg")
        #expect(tree.rootAttributes["role"] == "img")
        #expect(tree.rootAttributes["xmlns"] == "http://www.w3.org/2000/svg")
        let labelled = try #require(tree.rootAttributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(labelled.count == 2)
        #expect(labelled.allSatisfy { tree.ids.contains($0) }, "aria-labelledby must point at ids in \(name)")
        #expect(Array(tree.elementNames.dropFirst().prefix(2)) == ["title", "desc"])
        #expect(Set(tree.ids).count == tree.ids.count, "ids must be unique in \(name)")
    }

    @Test("the same input gives the same bytes, every chart kind")
    func deterministic() {
        let a = SampleData.allCharts(), b = SampleData.allCharts()
        for ((name, x), (_, y)) in zip(a, b) { #expect(x == y, "\(name) changed between two renderings") }
    }

    @Test("no chart references anything external: no scripts, images, links, fonts or stylesheets")
    func selfContained() {
        for (name, svg) in SampleData.allCharts() {
            for banned in ["<script", "<image", "<a ", "href", "<style", "@import", "@font-face", "<foreignObject",
                           "http://", "https://", "javascript:", " on"] where !(banned == "http://" || banned == " on") {
                #expect(!svg.contains(banned), "\(name) contains \(banned)")
            }
            // The only URL is the SVG namespace.
            #expect(svg.components(separatedBy: "http://").count == 2, "\(name) has a URL besides the namespace")
            #expect(svg.range(of: #" on[a-z]+="#, options: .regularExpression) == nil, "\(name) has an event handler")
        }
    }

    @Test("no number in any chart has more than three decimals or a negative zero")
    func precision() {
        for (name, svg) in SampleData.allCharts() {
            #expect(svg.range(of: #"\d\.\d{4,}"#, options: .regularExpression) == nil, "\(name) has a long number")
            #expect(svg.range(of: #"[^\w.]-0[^.\d]"#, options: .regularExpression) == nil, "\(name) has -0")
        }
    }

    @Test("charts of empty inputs still render as well-formed documents")
    func empty() throws {
        let text = ChartText(title: "空")
        let svgs = [
            DecisionChart(text: text, facets: []).svg(),
            RankingChart(text: text, items: []).svg(),
            TrendChart(text: text, years: [], series: []).svg(),
            TrendChart(text: text, years: [], series: []).smallMultiplesSVG(),
            SlopeChart(text: text, items: [], startHeading: "A", endHeading: "B").svg(),
            HeatmapChart(text: text, rowLabels: [], columnLabels: [], values: []).svg(),
            ProfileChart(text: text, rows: []).svg(),
            FunnelChart(text: text, points: []).svg(),
            DivergingBarChart(text: text, items: []).svg(),
            IntervalChart(text: text, items: []).svg(),
        ]
        for svg in svgs { #expect(try XMLTree.parse(svg).root == "svg") }
    }

    @Test("all-missing and constant values render without NaN in the output")
    func degenerate() throws {
        let text = ChartText(title: "缺失")
        let svgs = [
            DecisionChart(text: text, facets: [.init(title: "g", items: [.init(label: "a", value: .nan, tier: .notAssessed, rank: [.nan, .nan, .nan])])]).svg(),
            RankingChart(text: text, items: [.init(label: "a", value: .nan), .init(label: "b", value: .nan)]).svg(),
            RankingChart(text: text, items: [.init(label: "a", value: 5), .init(label: "b", value: 5)]).svg(),
            TrendChart(text: text, years: [2020, 2021], series: [.init(label: "a", values: [.nan, .nan])]).svg(),
            TrendChart(text: text, years: [2020], series: [.init(label: "a", values: [3])]).svg(),
            HeatmapChart(text: text, rowLabels: ["a"], columnLabels: ["x", "y"], values: [[.nan, .nan]]).svg(),
            HeatmapChart(text: text, rowLabels: ["a"], columnLabels: ["x", "y"], values: [[2, 2]]).svg(),
            SlopeChart(text: text, items: [.init(label: "a", start: 1, end: 1)], startHeading: "A", endHeading: "B").svg(),
            FunnelChart(text: text, points: [.init(label: "a", denominator: 10, rate: 0.5)]).svg(),
            DivergingBarChart(text: text, items: [.init(label: "a", value: 0), .init(label: "b", value: .nan)]).svg(),
            IntervalChart(text: text, items: [.init(label: "a", low: .nan, high: .nan, point: .nan)]).svg(),
        ]
        for svg in svgs {
            #expect(!svg.contains("nan") && !svg.contains("NaN") && !svg.contains("inf"))
            #expect(try XMLTree.parse(svg).root == "svg")
        }
    }

    @Test("every fixed text comes from the caller: no legend entry appears without its text")
    func callerTexts() {
        var chart = SampleData.ranking()
        chart.highlightLegend = nil
        chart.medianLegend = nil
        chart.valueAxisTitle = nil
        chart.text = ChartText(title: "T")
        let svg = chart.svg()
        #expect(!svg.contains("重点关注") && !svg.contains("片区中位数") && !svg.contains("class=\"legend\""))
    }
}

/// A minimal XML tree summary from Foundation's XMLParser.
final class XMLTree: NSObject, XMLParserDelegate {
    var root: String?
    var rootAttributes: [String: String] = [:]
    var elementNames: [String] = []
    var ids: [String] = []
    var text = ""

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ svg: String) throws -> XMLTree {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = tree
        guard parser.parse() else {
            throw ParseError(description: "XML parse error: \(parser.parserError.map { "\($0)" } ?? "unknown") "
                + "at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return tree
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if root == nil {
            root = elementName
            rootAttributes = attributeDict
        }
        elementNames.append(elementName)
        if let id = attributeDict["id"] { ids.append(id) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
