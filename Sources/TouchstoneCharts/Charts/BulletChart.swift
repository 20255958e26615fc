/// Bullet graphs (Stephen Few, *Bullet Graph Design Specification*, Perceptual Edge 2013), one row per
/// item on a shared axis: grey qualitative bands behind, a dark bar for the featured measure, a tall rule
/// for the target, a short diamond for the value expected by now, and a thin line with a hollow dot for a
/// projection with its interval.
///
/// ```
///               0      25      50      75     100    125
/// b29 学习次数  ░░░░░░░▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓│▓▓▓   ← bands (e.g. 0–50–90–125)
///               ██████████████████◆  ─○──     │        ← value bar, expected ◆, projection ○ with its range, target │
/// ```
/// The chart takes plain numbers (e.g. every value as a percentage of its target, so one axis serves rows of
/// different units). Missing values draw nothing of their mark; a row without any value shows its label only.
/// Highlighted rows get a bold label with a marker, so emphasis does not rest on colour alone.
public struct BulletChart: Sendable {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var target: Double
        public var expected: Double
        public var projection: Double
        public var low: Double
        public var high: Double
        public var highlighted: Bool

        public init(label: String, value: Double, target: Double, expected: Double = .nan, projection: Double = .nan,
                    low: Double = .nan, high: Double = .nan, highlighted: Bool = false) {
            self.label = label
            self.value = value
            self.target = target
            self.expected = expected
            self.projection = projection
            self.low = low
            self.high = high
            self.highlighted = highlighted
        }
    }

    public var text: ChartText
    public var items: [Item]
    /// Upper edges of the qualitative bands from the axis start, ascending (darker grey for later bands).
    public var bands: [Double] = []
    public var axisTitle: String?
    /// Legend words: value, target, expected by now, projection with its interval (nil = not shown).
    public var legend: (value: String, target: String, expected: String, projection: String)?
    public var domain: (Double, Double)?
    public var width = 720.0
    public var rowHeight = 22.0
    public var maxLabelWidth = 240.0
    public var idPrefix = "bullet"
    public var theme = ChartTheme.standard

    public init(text: ChartText, items: [Item]) {
        self.text = text
        self.items = items
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize, tickSize = theme.tickSize
        // Few's qualitative ranges: greys from dark (poor) to light (good).
        let bandColors = ["#bdbdbd", "#d4d4d4", "#e8e8e8", "#f4f4f4"].map(RGBColor.init(hex:))
        var legendItems: [Legend.Item] = []
        if let l = legend {
            legendItems = [.init(l.value, .square(theme.reference)), .init(l.target, .tick(theme.text)),
                           .init(l.expected, .square(theme.highlight)), .init(l.projection, .circle(fill: theme.background, stroke: theme.primary))]
        }
        let legendBlock = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                          maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)
        let markerSpace = items.contains(where: \.highlighted) ? labelSize + 2 : 0
        let labelWidth = Insets.labelMargin(for: items.map(\.label), fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let left = frame.padding + markerSpace + labelWidth + 12
        let right = width - frame.padding - 10
        let axisTop = frame.headerHeight + legendBlock.height + (axisTitle == nil ? 4 : tickSize + 10)
        let plotTop = axisTop + tickSize * 1.2 + 9
        let plotBottom = plotTop + rowHeight * Double(max(items.count, 1))
        let height = plotBottom + frame.footerHeight + 6

        let d = domain ?? {
            let (lo, hi) = LinearScale.extent(of: items.flatMap { [$0.value, $0.target, $0.expected, $0.projection, $0.low, $0.high] } + bands + [0])
            return (lo, hi == lo ? lo + 1 : hi)
        }()
        var x = LinearScale(domain: d, range: (left, right))
        if domain == nil { x = x.nice(8) }
        var axis = Axis(.top, scale: x, count: 8, title: axisTitle)
        axis.extent = (left, right)
        axis.fontSize = tickSize
        axis.theme = theme
        var body: [SVGElement] = []
        if let l = legendBlock.element { body.append(l) }
        body.append(axis.element(offset: plotTop - 6))

        var rows = SVGElement("g", ["class": "bullets"])
        var labels = SVGElement("g", ["class": "labels"])
        let (lo, hi) = (x.domain.0, x.domain.1)
        for (i, item) in items.enumerated() {
            let top = plotTop + Double(i) * rowHeight + 3, h = rowHeight - 6, cy = top + h / 2
            labels.append(contentsOf: ChartParts.rowLabel(item.label, x: left - 12, y: cy, maxWidth: labelWidth,
                                                          fontSize: labelSize, highlighted: item.highlighted, theme: theme))
            var start = lo
            for (k, edge) in (bands + [hi]).enumerated() where edge > start {
                let end = min(edge, hi)
                if let b = Mark.bar(x: x(start), y: top, width: x(end) - x(start), height: h, fill: bandColors[min(k, bandColors.count - 1)]) { rows.append(b) }
                start = end
            }
            if !item.value.isNaN, let bar = Mark.bar(x: x(max(lo, 0)), y: cy - h / 6, width: x(min(item.value, hi)) - x(max(lo, 0)), height: h / 3, fill: theme.reference) {
                rows.append(bar)
            }
            if !item.low.isNaN, !item.high.isNaN, let r = Mark.rule(from: PlotPoint(x(max(item.low, lo)), cy + h / 3), to: PlotPoint(x(min(item.high, hi)), cy + h / 3), stroke: Stroke(theme.primary, width: 1.5)) {
                rows.append(r)
            }
            if !item.projection.isNaN, let p = Mark.points([PlotPoint(x(min(item.projection, hi)), cy + h / 3)], radius: 3, fill: theme.background, stroke: Stroke(theme.primary, width: 1.5)) {
                rows.append(p)
            }
            if !item.expected.isNaN {
                var diamond = PathData()
                let (ex, s) = (x(min(item.expected, hi)), h / 5)
                diamond.move(ex, cy - h / 6 - s)
                diamond.line(ex + s, cy - h / 6)
                diamond.line(ex, cy - h / 6 + s)
                diamond.line(ex - s, cy - h / 6)
                diamond.close()
                rows.append(SVGElement("path", ["class": "expected", "d": .text(diamond.text), "fill": .text(theme.highlight.hex)]))
            }
            if !item.target.isNaN, let t = Mark.rule(from: PlotPoint(x(min(item.target, hi)), top + 1), to: PlotPoint(x(min(item.target, hi)), top + h - 1), stroke: Stroke(theme.text, width: 2.5)) {
                rows.append(t)
            }
        }
        body.append(rows)
        body.append(labels)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
