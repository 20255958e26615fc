import TouchstoneText

/// Per-unit intervals (e.g. rank intervals from an uncertainty analysis): a bar from low to high and a dot
/// at the central value, one row per unit, sorted.
///
/// ```
///              1    5    10   15   20
/// 北京分部     ●━━━━━┫
/// 上海分部      ┣━━●━━━━┫
/// ```
///
/// Rows are sorted by the central value (ascending by default, so rank 1 comes first), ties by low, then
/// input order. With `integerTicks` the axis shows whole numbers only (ranks). Highlighted units are drawn
/// in the highlight colour with a bold label and marker. Rows missing the interval show only the dot; rows
/// missing everything show only their label.
public struct IntervalChart: Sendable {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var low: Double
        public var high: Double
        public var point: Double
        public var highlighted: Bool

        public init(label: String, low: Double, high: Double, point: Double, highlighted: Bool = false) {
            self.label = label
            self.low = low
            self.high = high
            self.point = point
            self.highlighted = highlighted
        }
    }

    public var text: ChartText
    public var items: [Item]
    public var ascending = true
    public var integerTicks = true
    public var axisTitle: String?
    public var pointLegend: String?
    public var intervalLegend: String?
    public var domain: (Double, Double)?
    public var width = 720.0
    public var rowHeight = 17.0
    public var maxLabelWidth = 200.0
    public var idPrefix = "interval"
    public var theme = ChartTheme.standard

    public init(text: ChartText, items: [Item]) {
        self.text = text
        self.items = items
    }

    var sortedItems: [Item] {
        Array(items.enumerated()).sorted { a, b in
            let (p, q) = (a.element.point, b.element.point)
            if p.isNaN != q.isNaN { return q.isNaN }
            if p != q && !p.isNaN { return ascending ? p < q : p > q }
            let (l, m) = (a.element.low, b.element.low)
            if l != m && !l.isNaN && !m.isNaN { return ascending ? l < m : l > m }
            return a.offset < b.offset
        }.map(\.element)
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize, tickSize = theme.tickSize
        let rows = sortedItems
        let intervalColor = LabColor(theme.primary).mix(LabColor(theme.background), 0.55).rgb

        var legendItems: [Legend.Item] = []
        if let l = intervalLegend { legendItems.append(.init(l, .line(Stroke(intervalColor, width: 5)))) }
        if let l = pointLegend { legendItems.append(.init(l, .circle(fill: theme.primary, stroke: nil))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        let markerSpace = rows.contains(where: \.highlighted) ? labelSize + 2 : 0
        let labelWidth = Insets.labelMargin(for: rows.map(\.label), fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let left = frame.padding + markerSpace + labelWidth + 14
        let right = width - frame.padding - 10
        let axisTop = frame.headerHeight + legend.height + (axisTitle == nil ? 4 : tickSize + 10)
        let plotTop = axisTop + tickSize * 1.2 + 9
        let plotHeight = rowHeight * Double(max(rows.count, 1))
        let plotBottom = plotTop + plotHeight
        let height = plotBottom + tickSize * 1.2 + 12 + frame.footerHeight

        let d = domain ?? {
            let (lo, hi) = LinearScale.extent(of: rows.flatMap { [$0.low, $0.high, $0.point] })
            return integerTicks ? (min(1, lo), hi == lo ? lo + 1 : hi) : (lo, hi == lo ? lo + 1 : hi)
        }()
        var x = LinearScale(domain: d, range: (left + 6, right - 6))
        if !integerTicks && domain == nil { x = x.nice(8) }
        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        var top = integerTicks ? Axis.integers(.top, scale: x, count: 10, title: axisTitle) : Axis(.top, scale: x, count: 8, title: axisTitle)
        // Ranks start at 1: show the first whole number even when the step skips it.
        if integerTicks, let first = top.ticks.first, d.0 == d.0.rounded(), abs(first.position - x(d.0)) > 0.5 {
            top.ticks.insert(AxisTick(position: x(d.0), label: NumberFormat(decimals: 0)(d.0)), at: 0)
        }
        top.extent = (left, right)
        top.fontSize = tickSize
        top.theme = theme
        var bottom = top
        bottom.orientation = .bottom
        bottom.title = nil
        body.append(top.gridLines(from: plotTop - 2, to: plotBottom + 2))
        body.append(top.element(offset: plotTop - 6))
        body.append(bottom.element(offset: plotBottom + 4))

        var g = SVGElement("g", ["class": "intervals"])
        var labels = SVGElement("g", ["class": "labels"])
        for (i, item) in rows.enumerated() {
            let cy = plotTop + (Double(i) + 0.5) * rowHeight
            labels.append(contentsOf: ChartParts.rowLabel(item.label, x: left - 14, y: cy, maxWidth: labelWidth,
                                                          fontSize: labelSize, highlighted: item.highlighted, theme: theme))
            let strong = item.highlighted ? theme.highlight : theme.primary
            let soft = item.highlighted ? LabColor(theme.highlight).mix(LabColor(theme.background), 0.5).rgb : intervalColor
            g.append(Mark.rule(from: PlotPoint(x(item.low), cy), to: PlotPoint(x(item.high), cy),
                               stroke: Stroke(soft, width: min(6, rowHeight * 0.4))))
            g.append(Mark.points([PlotPoint(x(item.point), cy)], radius: min(4, rowHeight * 0.25), fill: strong))
        }
        body.append(g)
        body.append(labels)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
