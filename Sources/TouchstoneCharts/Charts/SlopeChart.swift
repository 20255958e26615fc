import TouchstoneText

/// Each unit's value (or rank) at a start and an end, joined by a line: risers and fallers at a glance.
///
/// ```
///          2019                 2023
/// 北京分部 61.2 ●───────────────● 66.0 北京分部
/// 上海分部 58.0 ●╲            ╱● 60.1 天津分部
/// ```
///
/// Labels on both sides carry the unit and its value; where they would collide they are moved apart
/// (``LabelRelaxation``) and joined to their dot by a short leader. Lines that rise are drawn in the
/// positive colour, those that fall in the negative colour, changes within `tolerance` in grey (for ranks,
/// "rising" means a smaller rank number). Highlighted units are drawn thicker with bold labels. A unit
/// missing one end shows only the other end's dot and label; one missing both is left out. Items with
/// `labelled` off keep their line but get no label (the caller names only some units when there are many).
public struct SlopeChart: Sendable {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var start: Double
        public var end: Double
        public var highlighted: Bool
        /// Whether the unit's name is written (its line and dots are drawn either way).
        public var labelled: Bool

        public init(label: String, start: Double, end: Double, highlighted: Bool = false, labelled: Bool = true) {
            self.label = label
            self.start = start
            self.end = end
            self.highlighted = highlighted
            self.labelled = labelled
        }
    }

    public enum Mode: Sendable, Equatable {
        /// Values on a linear scale, larger at the top.
        case value
        /// Ranks, 1 at the top, evenly spaced.
        case rank
    }

    public var text: ChartText
    public var items: [Item]
    public var startHeading: String
    public var endHeading: String
    public var mode: Mode = .value
    public var risingLegend: String?
    public var fallingLegend: String?
    public var unchangedLegend: String?
    public var tolerance = 0.0
    public var valueFormat = NumberFormat(decimals: 1)
    public var width = 720.0
    /// Plot height; nil gives 16 px per unit (at least 240).
    public var plotHeight: Double?
    public var maxLabelWidth = 150.0
    public var idPrefix = "slope"
    public var theme = ChartTheme.standard

    public init(text: ChartText, items: [Item], startHeading: String, endHeading: String) {
        self.text = text
        self.items = items
        self.startHeading = startHeading
        self.endHeading = endHeading
    }

    enum Change { case rising, falling, unchanged }

    func change(_ item: Item) -> Change {
        let d = item.end - item.start
        guard abs(d) > tolerance else { return .unchanged }
        let up = mode == .rank ? d < 0 : d > 0
        return up ? .rising : .falling
    }

    func color(_ c: Change) -> RGBColor {
        switch c {
        case .rising: return theme.positive
        case .falling: return theme.negative
        case .unchanged: return theme.axisLine
        }
    }

    func valueText(_ v: Double) -> String {
        mode == .rank ? NumberFormat(decimals: 0)(v) : valueFormat(v)
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize
        let shown = items.filter { !($0.start.isNaN && $0.end.isNaN) }

        var legendItems: [Legend.Item] = []
        let changes = shown.map(change)
        if let l = risingLegend, changes.contains(where: { $0 == .rising }) { legendItems.append(.init(l, .line(Stroke(theme.positive, width: 2)))) }
        if let l = fallingLegend, changes.contains(where: { $0 == .falling }) { legendItems.append(.init(l, .line(Stroke(theme.negative, width: 2)))) }
        if let l = unchangedLegend, changes.contains(where: { $0 == .unchanged }) { legendItems.append(.init(l, .line(Stroke(theme.axisLine, width: 2)))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        let nameWidth = Insets.labelMargin(for: shown.filter(\.labelled).map(\.label), fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let valueWidth = ChartParts.widestValue(shown.flatMap { [$0.start, $0.end] }.filter { !$0.isNaN },
                                                format: mode == .rank ? NumberFormat(decimals: 0) : valueFormat,
                                                fontSize: labelSize)
        let sideWidth = nameWidth + valueWidth + 6
        let xA = frame.padding + sideWidth + 14
        let xB = width - frame.padding - sideWidth - 14
        let headingTop = frame.headerHeight + legend.height + 4
        let plotTop = headingTop + labelSize * 2.2
        let h = plotHeight ?? max(240, 16 * Double(shown.count))
        let plotBottom = plotTop + h
        let height = plotBottom + 10 + frame.footerHeight

        let y: LinearScale
        switch mode {
        case .rank:
            let maxRank = shown.flatMap { [$0.start, $0.end] }.filter { !$0.isNaN }.max() ?? 1
            y = LinearScale(domain: (1, max(2, maxRank)), range: (plotTop, plotBottom))
        case .value:
            let (lo, hi) = LinearScale.extent(of: shown.flatMap { [$0.start, $0.end] })
            y = LinearScale(domain: (lo, hi == lo ? lo + 1 : hi), range: (plotBottom, plotTop))
        }

        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        for (x, heading) in [(xA, startHeading), (xB, endHeading)] {
            body.append(Mark.text(heading, at: PlotPoint(x, headingTop + labelSize), anchor: "middle",
                                  dy: nil, size: labelSize + 1, fill: theme.text, weight: "bold"))
            body.append(Mark.rule(from: PlotPoint(x, plotTop - 6), to: PlotPoint(x, plotBottom + 6),
                                  stroke: Stroke(theme.grid, width: 1)))
        }

        let anyHighlighted = shown.contains(where: \.highlighted)
        let order = shown.indices.sorted { (shown[$0].highlighted ? 1 : 0, $0) < (shown[$1].highlighted ? 1 : 0, $1) }
        var lines = SVGElement("g", ["class": "slopes"])
        for i in order {
            let item = shown[i]
            let c = color(changes[i])
            let a = PlotPoint(xA, y(item.start)), b = PlotPoint(xB, y(item.end))
            let faint = anyHighlighted && !item.highlighted
            lines.append(Mark.rule(from: a, to: b, stroke: Stroke(c, width: item.highlighted ? 3 : (faint ? 1.1 : 1.4),
                                                                 opacity: item.highlighted ? 1 : (faint ? 0.55 : 0.8))))
            lines.append(Mark.points([a, b], radius: item.highlighted ? 3.5 : 2.5, fill: c))
        }
        body.append(lines)

        for side in [0, 1] {
            let idx = shown.indices.filter { shown[$0].labelled && !(side == 0 ? shown[$0].start : shown[$0].end).isNaN }
            let wishes = idx.map { y(side == 0 ? shown[$0].start : shown[$0].end) }
            let relaxed = LabelRelaxation.relax(wishes.map { .init(desired: $0, extent: labelSize * 1.18) },
                                                within: (plotTop - 8, plotBottom + 8))
            var g = SVGElement("g", ["class": side == 0 ? "labels-start" : "labels-end"])
            for (k, i) in idx.enumerated() {
                let item = shown[i]
                let v = side == 0 ? item.start : item.end
                let ly = relaxed.positions[k]
                let dotX = side == 0 ? xA : xB
                let labelX = side == 0 ? xA - 12 : xB + 12
                if abs(ly - wishes[k]) > 1 {
                    g.append(Mark.rule(from: PlotPoint(dotX + (side == 0 ? -4 : 4), wishes[k]),
                                       to: PlotPoint(labelX + (side == 0 ? 2 : -2), ly),
                                       stroke: Stroke(theme.axisLine, width: 0.6)))
                }
                let name = TextMeasure.truncate(item.label, toWidth: nameWidth, fontSize: labelSize)
                let content = side == 0 ? name + " " + valueText(v) : valueText(v) + " " + name
                g.append(Mark.text(content, at: PlotPoint(labelX, ly), anchor: side == 0 ? "end" : "start",
                                   size: labelSize, fill: item.highlighted ? theme.text : theme.mutedText,
                                   weight: item.highlighted ? "bold" : nil))
            }
            body.append(g)
        }
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
