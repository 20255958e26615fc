import Testing
@testable import TouchstoneCharts
import TouchstoneText

@Suite("SVG document model")
struct SVGElementTests {
    @Test("numbers print with at most three decimals, trailing zeros trimmed, never -0")
    func fixedPrecision() {
        #expect(NumberFormat.svg(1) == "1")
        #expect(NumberFormat.svg(12.34567) == "12.346")
        #expect(NumberFormat.svg(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.svg(-2.5) == "-2.5")
        #expect(NumberFormat.svg(-0.0001) == "0")
        #expect(NumberFormat.svg(-0.0) == "0")
        #expect(NumberFormat.svg(0.0005) == "0.001")
        #expect(NumberFormat.svg(-0.0005) == "-0.001")
        #expect(NumberFormat.svg(1234567.1) == "1234567.1")
        #expect(NumberFormat.svg(0.05) == "0.05")
        #expect(NumberFormat.svg(2.5, decimals: 0) == "3")
    }

    @Test("text and attribute values escape &, <, >, quotes and apostrophes")
    func escaping() {
        #expect(SVGEscaping.text("a < b & c > d") == "a &lt; b &amp; c &gt; d")
        #expect(SVGEscaping.attribute("say \"hi\" it's") == "say &quot;hi&quot; it&#39;s")
        #expect(SVGEscaping.attribute("line\nbreak\ttab") == "line&#10;break&#9;tab")
        #expect(SVGEscaping.text("北京 Ω") == "北京 Ω")
    }

    @Test("characters XML 1.0 forbids are dropped rather than written")
    func forbiddenCharacters() {
        #expect(SVGEscaping.text("a\u{0}b\u{1B}c\u{FFFF}") == "abc")
    }

    @Test("attributes keep insertion order and resetting one keeps its place")
    func attributeOrder() {
        var e = SVGElement("rect", ["y": 2, "x": 1, "fill": "red"])
        e.set("y", .n(5))
        e.set("stroke", "none")
        #expect(e.render() == #"<rect y="5" x="1" fill="red" stroke="none"/>"#)
    }

    @Test("elements with element children are indented; text children stay on one line")
    func rendering() {
        var g = SVGElement("g", ["class": "a"])
        g.append(SVGElement("circle", ["r": 1.5]))
        g.append(.text("text", "<b> & c", ["x": 0]))
        #expect(g.render() == """
            <g class="a">
              <circle r="1.5"/>
              <text x="0">&lt;b&gt; &amp; c</text>
            </g>
            """)
    }

    @Test("the root carries role, aria-labelledby, title and desc first, and a CJK font stack")
    func accessibleRoot() {
        var doc = SVGDocument(width: 100, height: 50.5, title: "标题 & <t>", description: "说明", idPrefix: "my chart!")
        doc.append(SVGElement("rect", ["width": 1, "height": 1]))
        let root = doc.root
        #expect(root[attribute: "role"] == "img")
        #expect(root[attribute: "aria-labelledby"] == "mychart-title mychart-desc")
        #expect(root[attribute: "viewBox"] == "0 0 100 50.5")
        #expect(root[attribute: "font-family"]!.contains("Noto Sans CJK SC"))
        #expect(root[attribute: "font-family"]!.hasSuffix("sans-serif"))
        guard case .element(let first) = root.children[0], case .element(let second) = root.children[1] else {
            Issue.record("title and desc must be the first children")
            return
        }
        #expect(first.name == "title" && first[attribute: "id"] == "mychart-title")
        #expect(second.name == "desc" && second[attribute: "id"] == "mychart-desc")
        #expect(doc.render().contains("<title id=\"mychart-title\">标题 &amp; &lt;t&gt;</title>"))
    }

    @Test("path data uses the same fixed precision")
    func pathData() {
        var d = PathData()
        d.move(0.1 + 0.2, -0.0)
        d.line(10.12345, 3)
        d.horizontal(4)
        d.close()
        #expect(d.text == "M0.3,0L10.123,3H4Z")
    }
}
