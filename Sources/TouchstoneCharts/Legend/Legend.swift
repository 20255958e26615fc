import TouchstoneText

/// Legends: categorical swatches in a wrapping row, and a colour ramp with ticks.
public enum Legend {
    /// What a swatch shows.
    public enum Symbol: Sendable, Equatable {
        case square(RGBColor)
        case circle(fill: RGBColor?, stroke: RGBColor?)
        case line(Stroke)
        /// A short vertical rule, as used for reference marks on bars.
        case tick(RGBColor)
        /// A square filled with a pattern (`url(#id)`), e.g. the missing-value hatch.
        case pattern(id: String, stroke: RGBColor)
    }

    public struct Item: Sendable, Equatable {
        public var label: String
        public var symbol: Symbol

        public init(_ label: String, _ symbol: Symbol) {
            self.label = label
            self.symbol = symbol
        }
    }

    /// Swatches left to right from (x, y) (y is the row's centre), wrapping at `maxWidth`.
    /// Returns the group and the height it takes (0 when there are no items).
    public static func swatches(_ items: [Item], x: Double, y: Double, maxWidth: Double, fontSize: Double,
                                theme: ChartTheme = .standard) -> (element: SVGElement?, height: Double) {
        guard !items.isEmpty else { return (nil, 0) }
        let rowHeight = fontSize * 1.6
        let swatch = fontSize * 1.1
        var g = SVGElement("g", ["class": "legend", "font-size": .n(fontSize), "fill": .text(theme.text.hex)])
        var cx = x, cy = y
        for item in items {
            let w = swatch + 5 + TextMeasure.width(item.label, fontSize: fontSize) + 14
            if cx > x && cx + w > x + maxWidth {
                cx = x
                cy += rowHeight
            }
            g.append(symbolElement(item.symbol, x: cx, y: cy, size: swatch))
            g.append(.text("text", item.label, ["x": .n(cx + swatch + 5), "y": .n(cy), "dy": "0.32em"]))
            cx += w
        }
        return (g, cy - y + rowHeight)
    }

    static func symbolElement(_ symbol: Symbol, x: Double, y: Double, size: Double) -> SVGElement {
        switch symbol {
        case .square(let c):
            return SVGElement("rect", ["x": .n(x), "y": .n(y - size / 2), "width": .n(size), "height": .n(size),
                                       "fill": .text(c.hex)])
        case .circle(let fill, let stroke):
            var e = SVGElement("circle", ["cx": .n(x + size / 2), "cy": .n(y), "r": .n(size * 0.38),
                                          "fill": .text(fill?.hex ?? "none")])
            if let stroke { e.set("stroke", .text(stroke.hex)); e.set("stroke-width", 1.5) }
            return e
        case .line(let s):
            return Mark.rule(from: PlotPoint(x, y), to: PlotPoint(x + size, y), stroke: s)!
        case .tick(let c):
            return Mark.rule(from: PlotPoint(x + size / 2, y - size / 2), to: PlotPoint(x + size / 2, y + size / 2),
                             stroke: Stroke(c, width: 2))!
        case .pattern(let id, let stroke):
            return SVGElement("rect", ["x": .n(x), "y": .n(y - size / 2), "width": .n(size), "height": .n(size),
                                       "fill": .text("url(#\(id))"), "stroke": .text(stroke.hex), "stroke-width": 0.5])
        }
    }

    /// A horizontal colour ramp `width` × `height` at (x, y) with tick labels below, drawn as a gradient of
    /// `samples` stops taken from `color` over `domain` (so Lab interpolation is kept), and an optional title
    /// above. Returns the group and its total height.
    public static func ramp(id: String, domain: (Double, Double), color: (Double) -> RGBColor?, x: Double,
                            y: Double, width: Double, height: Double = 10, title: String? = nil,
                            ticks: [Double]? = nil, format: NumberFormat? = nil, fontSize: Double,
                            samples: Int = 17, theme: ChartTheme = .standard) -> (element: SVGElement, height: Double) {
        let scale = LinearScale(domain: domain, range: (x, x + width))
        var g = SVGElement("g", ["class": "legend-ramp", "font-size": .n(fontSize), "fill": .text(theme.text.hex)])
        var top = y
        if let title, !title.isEmpty {
            g.append(.text("text", title, ["x": .n(x), "y": .n(y + fontSize)]))
            top += fontSize * 1.5
        }
        var gradient = SVGElement("linearGradient", ["id": .text(id), "x1": 0, "x2": 1, "y1": 0, "y2": 0])
        for k in 0..<samples {
            let t = Double(k) / Double(samples - 1)
            let v = domain.0 + t * (domain.1 - domain.0)
            let c = color(v) ?? theme.context
            gradient.append(SVGElement("stop", ["offset": .n(t), "stop-color": .text(c.hex)]))
        }
        g.append(SVGElement("defs", children: [gradient]))
        g.append(SVGElement("rect", ["x": .n(x), "y": .n(top), "width": .n(width), "height": .n(height),
                                     "fill": .text("url(#\(id))")]))
        let values = ticks ?? scale.ticks(4)
        let f = format ?? scale.tickFormat(4)
        var axis = Axis(.bottom, ticks: values.map { AxisTick(position: scale($0), label: f($0)) },
                        extent: (x, x + width))
        axis.showDomain = false
        axis.tickSize = 3
        axis.fontSize = fontSize * 0.9
        axis.theme = theme
        g.append(axis.element(offset: top + height))
        return (g, top - y + height + axis.labelDepth + 2)
    }
}
