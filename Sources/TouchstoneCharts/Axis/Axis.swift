/// One tick of an axis: where it sits along the axis (px) and its label.
public struct AxisTick: Sendable, Equatable {
    public var position: Double
    public var label: String

    public init(position: Double, label: String) {
        self.position = position
        self.label = label
    }
}

/// An axis drawn from tick positions alone, as d3-axis draws from a scale alone: a domain line, tick marks,
/// tick labels, optional gridlines and an optional title.
///
/// Coordinates are absolute: `position` is along the axis (x for top/bottom, y for left/right) and the axis
/// line sits at `offset` across it. Labels that would overlap are thinned to every k-th (``TickThinning``);
/// labels wider than `maxLabelWidth` are truncated with "…".
///
/// | orientation | tick mark          | label                                   |
/// |-------------|--------------------|-----------------------------------------|
/// | bottom      | down from the line | below, centred, `dy = 0.71em`           |
/// | top         | up                 | above, centred                          |
/// | left        | leftwards          | left, right-aligned, `dy = 0.32em`      |
/// | right       | rightwards         | right, left-aligned, `dy = 0.32em`      |
///
/// The title goes centred below a bottom axis and above a top one; for a vertical axis it is written
/// horizontally above the axis's upper end, which reads better than rotated text, especially for CJK.
public struct Axis: Sendable {
    public enum Orientation: Sendable, Equatable { case top, right, bottom, left }

    public var orientation: Orientation
    public var ticks: [AxisTick]
    /// The ends of the domain line along the axis, px.
    public var extent: (Double, Double)
    public var title: String?
    public var tickSize = 5.0
    public var tickPadding = 3.0
    public var fontSize = 10.0
    public var showDomain = true
    public var showTickMarks = true
    public var thinOverlappingLabels = true
    public var maxLabelWidth: Double?
    public var theme = ChartTheme.standard

    public init(_ orientation: Orientation, ticks: [AxisTick], extent: (Double, Double), title: String? = nil) {
        self.orientation = orientation
        self.ticks = ticks
        self.extent = extent
        self.title = title
    }

    public var isHorizontal: Bool { orientation == .top || orientation == .bottom }

    /// The labels that will be drawn, after truncation and thinning.
    public var visibleTicks: [AxisTick] {
        let shown = ticks.map { t -> AxisTick in
            guard let w = maxLabelWidth else { return t }
            return AxisTick(position: t.position, label: TextMeasure.truncate(t.label, toWidth: w, fontSize: fontSize))
        }
        guard thinOverlappingLabels, shown.count > 1 else { return shown }
        let sorted = shown.sorted { $0.position < $1.position }
        let extents = sorted.map { isHorizontal ? TextMeasure.width($0.label, fontSize: fontSize) : fontSize * 1.15 }
        let kept = TickThinning.keep(positions: sorted.map(\.position), extents: extents, gap: fontSize * 0.5)
        return kept.map { sorted[$0] }
    }

    /// Distance from the axis line to the far side of the tick labels, px: what a margin must hold.
    public var labelDepth: Double {
        let labels = visibleTicks.map { TextMeasure.width($0.label, fontSize: fontSize) }
        let across = isHorizontal ? fontSize * 1.2 : (labels.max() ?? 0)
        return (showTickMarks ? tickSize : 0) + tickPadding + across
    }

    /// The axis at `offset` (y of a horizontal axis, x of a vertical one).
    public func element(offset: Double) -> SVGElement {
        var g = SVGElement("g", ["class": .text("axis axis-\(orientation)"), "fill": .text(theme.mutedText.hex),
                                  "font-size": .n(fontSize)])
        let sign: Double = (orientation == .bottom || orientation == .right) ? 1 : -1
        let (a, b) = (min(extent.0, extent.1), max(extent.0, extent.1))
        if showDomain {
            var d = PathData()
            if isHorizontal { d.move(a, offset); d.horizontal(b) } else { d.move(offset, a); d.vertical(b) }
            g.append(SVGElement("path", ["d": .text(d.text), "stroke": .text(theme.axisLine.hex), "fill": "none"]))
        }
        if showTickMarks && !ticks.isEmpty {
            var d = PathData()
            for t in ticks {
                if isHorizontal {
                    d.move(t.position, offset); d.vertical(offset + sign * tickSize)
                } else {
                    d.move(offset, t.position); d.horizontal(offset + sign * tickSize)
                }
            }
            g.append(SVGElement("path", ["class": "ticks", "d": .text(d.text), "stroke": .text(theme.axisLine.hex)]))
        }
        let gap = (showTickMarks ? tickSize : 0) + tickPadding
        for t in visibleTicks {
            switch orientation {
            case .bottom:
                g.append(.text("text", t.label, ["x": .n(t.position), "y": .n(offset + gap), "dy": "0.71em",
                                                 "text-anchor": "middle"]))
            case .top:
                g.append(.text("text", t.label, ["x": .n(t.position), "y": .n(offset - gap), "text-anchor": "middle"]))
            case .left:
                g.append(.text("text", t.label, ["x": .n(offset - gap), "y": .n(t.position), "dy": "0.32em",
                                                 "text-anchor": "end"]))
            case .right:
                g.append(.text("text", t.label, ["x": .n(offset + gap), "y": .n(t.position), "dy": "0.32em",
                                                 "text-anchor": "start"]))
            }
        }
        if let title, !title.isEmpty {
            g.append(titleElement(title, offset: offset, from: a, to: b))
        }
        return g
    }

    private func titleElement(_ title: String, offset: Double, from a: Double, to b: Double) -> SVGElement {
        let size = fontSize + 1
        let attrs: KeyValuePairs<String, SVGValue>
        switch orientation {
        case .bottom:
            attrs = ["x": .n((a + b) / 2), "y": .n(offset + labelDepth + size + 4), "text-anchor": "middle"]
        case .top:
            attrs = ["x": .n((a + b) / 2), "y": .n(offset - labelDepth - 6), "text-anchor": "middle"]
        case .left:
            attrs = ["x": .n(offset - labelDepth), "y": .n(a - fontSize - 2), "text-anchor": "start"]
        case .right:
            attrs = ["x": .n(offset + labelDepth), "y": .n(a - fontSize - 2), "text-anchor": "end"]
        }
        var e = SVGElement.text("text", title, attrs)
        e.set("class", "axis-title")
        e.set("fill", .text(theme.text.hex))
        e.set("font-size", .n(size))
        return e
    }

    /// Gridlines at every tick, across the plot from `start` to `end` (y for a horizontal axis, x for a
    /// vertical one). Draw them before the marks.
    public func gridLines(from start: Double, to end: Double) -> SVGElement {
        var d = PathData()
        for t in ticks {
            if isHorizontal { d.move(t.position, start); d.vertical(end) } else { d.move(start, t.position); d.horizontal(end) }
        }
        return SVGElement("path", ["class": "grid", "d": .text(d.text), "stroke": .text(theme.grid.hex),
                                   "stroke-width": 1, "fill": "none"])
    }
}
