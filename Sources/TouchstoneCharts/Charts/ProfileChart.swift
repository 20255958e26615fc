import TouchstoneText

/// One unit's profile across dimensions as a dot strip: per row, the unit's dot, the reference dot (e.g. its
/// group median) and the gap between them as a line.
///
/// ```
///             0      25      50      75     100
/// 经济发展    ○───────────●  72.0
/// 民生保障          ●─────○        (below the reference: negative colour)
/// ```
///
/// Why a dot strip and not a radar chart: a radar's area grows with the square of the values, so a unit
/// twice as good looks four times as big; its shape depends on the arbitrary order of the axes (reordering
/// the same numbers changes the polygon completely); neighbouring axes invite comparisons that mean nothing;
/// and values must be read along slanted axes with no common baseline. In a dot strip every dimension sits
/// on the same horizontal scale, the gap to the reference is a length read directly, and rows can be sorted
/// without changing what is shown (Cleveland & McGill 1984, position on a common scale is the most accurate
/// perceptual task).
///
/// Gaps where the unit is at or above the reference use the positive colour, those below the negative
/// colour. The unit's dot is filled, the reference's hollow. A row missing either value shows what it has.
public struct ProfileChart: Sendable {
    public struct Row: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var reference: Double

        public init(label: String, value: Double, reference: Double) {
            self.label = label
            self.value = value
            self.reference = reference
        }
    }

    public var text: ChartText
    public var rows: [Row]
    public var unitLegend: String?
    public var referenceLegend: String?
    public var axisTitle: String?
    /// Fixed value domain (e.g. 0…100); nil fits and nices the data.
    public var domain: (Double, Double)?
    public var showValues = true
    public var valueFormat = NumberFormat(decimals: 1)
    public var width = 640.0
    public var rowHeight = 26.0
    public var maxLabelWidth = 180.0
    public var idPrefix = "profile"
    public var theme = ChartTheme.standard

    public init(text: ChartText, rows: [Row]) {
        self.text = text
        self.rows = rows
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize, tickSize = theme.tickSize

        var legendItems: [Legend.Item] = []
        if let l = unitLegend { legendItems.append(.init(l, .circle(fill: theme.text, stroke: nil))) }
        if let l = referenceLegend { legendItems.append(.init(l, .circle(fill: theme.background, stroke: theme.text))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        let labelWidth = Insets.labelMargin(for: rows.map(\.label), fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let valueWidth = showValues ? ChartParts.widestValue(rows.map(\.value).filter { !$0.isNaN },
                                                             format: valueFormat, fontSize: tickSize) + 8 : 0
        let left = frame.padding + labelWidth + 12 + valueWidth
        let right = width - frame.padding - valueWidth
        let axisTop = frame.headerHeight + legend.height + (axisTitle == nil ? 4 : tickSize + 10)
        let plotTop = axisTop + tickSize * 1.2 + 9
        let plotHeight = rowHeight * Double(max(rows.count, 1))
        let height = plotTop + plotHeight + 6 + frame.footerHeight

        let scale: LinearScale
        if let domain {
            scale = LinearScale(domain: domain, range: (left, right))
        } else {
            let (lo, hi) = LinearScale.extent(of: rows.flatMap { [$0.value, $0.reference] })
            scale = LinearScale(domain: (lo, hi == lo ? lo + 1 : hi), range: (left, right)).nice(5)
        }
        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        var axis = Axis(.top, scale: scale, count: 5, title: axisTitle)
        axis.fontSize = tickSize
        axis.theme = theme
        body.append(axis.gridLines(from: plotTop - 2, to: plotTop + plotHeight))
        body.append(axis.element(offset: plotTop - 6))

        var g = SVGElement("g", ["class": "rows"])
        for (i, row) in rows.enumerated() {
            let cy = plotTop + (Double(i) + 0.5) * rowHeight
            g.append(Mark.text(TextMeasure.truncate(row.label, toWidth: labelWidth, fontSize: labelSize),
                               at: PlotPoint(frame.padding + labelWidth, cy), anchor: "end", size: labelSize, fill: theme.text))
            g.append(Mark.rule(from: PlotPoint(left, cy), to: PlotPoint(right, cy), stroke: Stroke(theme.grid, width: 1)))
            let v = scale(row.value), r = scale(row.reference)
            let above = row.value >= row.reference
            let gapColor = above ? theme.positive : theme.negative
            g.append(Mark.rule(from: PlotPoint(r, cy), to: PlotPoint(v, cy), stroke: Stroke(gapColor, width: 3, opacity: 0.85)))
            g.append(Mark.points([PlotPoint(r, cy)], radius: 4.5, fill: theme.background, stroke: Stroke(theme.text, width: 1.5)))
            g.append(Mark.points([PlotPoint(v, cy)], radius: 5, fill: theme.text))
            if showValues && !row.value.isNaN {
                let rightSide = row.reference.isNaN || above
                g.append(Mark.text(valueFormat(row.value), at: PlotPoint(v + (rightSide ? 9 : -9), cy),
                                   anchor: rightSide ? "start" : "end", size: tickSize, fill: theme.text))
            }
        }
        body.append(g)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
