import TouchstoneText

/// Small drawing helpers shared by the chart kinds.
enum ChartParts {
    /// A right-aligned row label ending at `x`, centred on `y`, shortened to `maxWidth` without cutting a word
    /// (``TextMeasure/abbreviate(_:toWidth:fontSize:)``). A highlighted row
    /// gets bold text in the highlight colour and a triangle marker just left of the label, so emphasis
    /// does not rest on colour alone.
    static func rowLabel(_ label: String, x: Double, y: Double, maxWidth: Double, fontSize: Double,
                         highlighted: Bool, theme: ChartTheme, anchor: String = "end") -> [SVGElement] {
        let text = TextMeasure.abbreviate(label, toWidth: maxWidth, fontSize: fontSize)
        var out: [SVGElement] = []
        if let t = Mark.text(text, at: PlotPoint(x, y), anchor: anchor, size: fontSize,
                             fill: highlighted ? theme.highlight : theme.text,
                             weight: highlighted ? "bold" : nil) {
            out.append(t)
        }
        if highlighted {
            // Bold text runs about 5% wider than the regular-weight estimate.
            let w = TextMeasure.width(text, fontSize: fontSize) * 1.05
            let mx = anchor == "end" ? x - w - 4 : x + w + 4
            out.append(marker(x: mx, y: y, size: fontSize * 0.7, pointingRight: anchor == "end", color: theme.highlight))
        }
        return out
    }

    /// A small filled triangle whose tip is at (x, y).
    static func marker(x: Double, y: Double, size: Double, pointingRight: Bool, color: RGBColor) -> SVGElement {
        var d = PathData()
        let back = pointingRight ? x - size : x + size
        d.move(x, y)
        d.line(back, y - size / 2)
        d.line(back, y + size / 2)
        d.close()
        return SVGElement("path", ["class": "marker", "d": .text(d.text), "fill": .text(color.hex)])
    }

    /// Width of the widest formatted value, px.
    static func widestValue(_ values: [Double], format: NumberFormat, fontSize: Double) -> Double {
        values.map { TextMeasure.width(format($0), fontSize: fontSize) }.max() ?? 0
    }

    /// Diagonal hatching for missing cells: a pattern definition with the given id.
    static func hatchPattern(id: String, color: RGBColor, background: RGBColor) -> SVGElement {
        var p = SVGElement("pattern", ["id": .text(id), "width": 6, "height": 6, "patternUnits": "userSpaceOnUse",
                                       "patternTransform": "rotate(45)"])
        p.append(SVGElement("rect", ["width": 6, "height": 6, "fill": .text(background.hex)]))
        p.append(SVGElement("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": .text(color.hex),
                                     "stroke-width": 1.5]))
        return p
    }
}
