/// A point in px. Either coordinate NaN means "no value here".
public struct PlotPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public var isDefined: Bool { x.isFinite && y.isFinite }
}

/// Stroke settings for line-like marks.
public struct Stroke: Sendable, Equatable {
    public var color: RGBColor
    public var width: Double
    /// SVG `stroke-dasharray`, e.g. "4 3"; nil for solid.
    public var dash: String?
    public var opacity: Double

    public init(_ color: RGBColor, width: Double = 1, dash: String? = nil, opacity: Double = 1) {
        self.color = color
        self.width = width
        self.dash = dash
        self.opacity = opacity
    }

    func apply(to e: inout SVGElement) {
        e.set("stroke", .text(color.hex))
        e.set("stroke-width", .n(width))
        if let dash { e.set("stroke-dasharray", .text(dash)) }
        if opacity < 1 { e.set("stroke-opacity", .n(opacity)) }
    }
}

/// Graphical marks in px coordinates (d3-shape's habits): each returns one SVG element, or nil when there
/// is nothing to draw. Missing values are handled here, in one explicit step: a point with a NaN coordinate
/// is dropped by ``points(_:radius:fill:stroke:)`` and breaks ``line(_:stroke:)`` and ``area(x:lower:upper:fill:opacity:)``
/// into separate runs, as d3's `line.defined` does.
public enum Mark {
    /// A rectangle; negative width or height is normalised. Nil when a coordinate is missing.
    public static func bar(x: Double, y: Double, width: Double, height: Double, fill: RGBColor,
                           opacity: Double = 1) -> SVGElement? {
        guard x.isFinite, y.isFinite, width.isFinite, height.isFinite else { return nil }
        var e = SVGElement("rect", ["x": .n(min(x, x + width)), "y": .n(min(y, y + height)),
                                    "width": .n(abs(width)), "height": .n(abs(height)), "fill": .text(fill.hex)])
        if opacity < 1 { e.set("fill-opacity", .n(opacity)) }
        return e
    }

    /// A polyline through the defined points; a NaN coordinate ends one run and the next defined point
    /// starts a new one (`M…L…M…L…`). Runs of a single point draw nothing here; draw ``points`` as well
    /// when isolated values must show. Nil when no run has two points.
    public static func line(_ points: [PlotPoint], stroke: Stroke) -> SVGElement? {
        var d = PathData()
        for run in runs(points) where run.count >= 2 {
            d.move(run[0].x, run[0].y)
            for p in run.dropFirst() { d.line(p.x, p.y) }
        }
        guard !d.isEmpty else { return nil }
        var e = SVGElement("path", ["d": .text(d.text), "fill": "none"])
        stroke.apply(to: &e)
        e.set("stroke-linejoin", "round")
        e.set("stroke-linecap", "round")
        return e
    }

    /// The maximal runs of consecutive defined points.
    public static func runs(_ points: [PlotPoint]) -> [[PlotPoint]] {
        var out: [[PlotPoint]] = []
        var current: [PlotPoint] = []
        for p in points {
            if p.isDefined {
                current.append(p)
            } else if !current.isEmpty {
                out.append(current)
                current = []
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A filled band between `lower` and `upper` at each `x`; where either bound or x is missing the band
    /// breaks. Nil when no run has two points.
    public static func area(x: [Double], lower: [Double], upper: [Double], fill: RGBColor,
                            opacity: Double = 1) -> SVGElement? {
        precondition(x.count == lower.count && x.count == upper.count, "area needs one lower and upper per x")
        var d = PathData()
        var run: [Int] = []
        func flush() {
            defer { run = [] }
            guard run.count >= 2 else { return }
            d.move(x[run[0]], upper[run[0]])
            for i in run.dropFirst() { d.line(x[i], upper[i]) }
            for i in run.reversed() { d.line(x[i], lower[i]) }
            d.close()
        }
        for i in x.indices {
            if x[i].isFinite && lower[i].isFinite && upper[i].isFinite { run.append(i) } else { flush() }
        }
        flush()
        guard !d.isEmpty else { return nil }
        var e = SVGElement("path", ["d": .text(d.text), "fill": .text(fill.hex)])
        if opacity < 1 { e.set("fill-opacity", .n(opacity)) }
        return e
    }

    /// Circles at the defined points, in one group. Nil when none is defined.
    public static func points(_ points: [PlotPoint], radius: Double, fill: RGBColor?, stroke: Stroke? = nil)
        -> SVGElement? {
        let defined = points.filter(\.isDefined)
        guard !defined.isEmpty else { return nil }
        var g = SVGElement("g", ["fill": .text(fill?.hex ?? "none")])
        if let stroke { stroke.apply(to: &g) }
        for p in defined { g.append(SVGElement("circle", ["cx": .n(p.x), "cy": .n(p.y), "r": .n(radius)])) }
        return g
    }

    /// A straight line segment. Nil when an end is missing.
    public static func rule(from a: PlotPoint, to b: PlotPoint, stroke: Stroke) -> SVGElement? {
        guard a.isDefined, b.isDefined else { return nil }
        var e = SVGElement("line", ["x1": .n(a.x), "y1": .n(a.y), "x2": .n(b.x), "y2": .n(b.y)])
        stroke.apply(to: &e)
        return e
    }

    /// Text at a point. `anchor` is SVG `text-anchor` (start, middle, end); `dy` shifts the baseline
    /// ("0.32em" centres it on `y`). With `halo`, a background-coloured outline keeps it legible over lines.
    public static func text(_ content: String, at p: PlotPoint, anchor: String = "start", dy: String? = "0.32em",
                            size: Double, fill: RGBColor, weight: String? = nil, halo: RGBColor? = nil)
        -> SVGElement? {
        guard p.isDefined, !content.isEmpty else { return nil }
        var e = SVGElement.text("text", content, ["x": .n(p.x), "y": .n(p.y)])
        if let dy { e.set("dy", .text(dy)) }
        if anchor != "start" { e.set("text-anchor", .text(anchor)) }
        e.set("font-size", .n(size))
        e.set("fill", .text(fill.hex))
        if let weight { e.set("font-weight", .text(weight)) }
        if let halo {
            e.set("stroke", .text(halo.hex))
            e.set("stroke-width", 3)
            e.set("stroke-linejoin", "round")
            e.set("paint-order", "stroke")
        }
        return e
    }
}

extension SVGElement {
    /// Appends `element` when it is there (marks return nil when there is nothing to draw).
    mutating func append(_ element: SVGElement?) {
        if let element { append(element) }
    }
}

extension Array where Element == SVGElement {
    /// Appends `element` when it is there.
    mutating func append(_ element: SVGElement?) {
        if let element { append(element) }
    }
}
