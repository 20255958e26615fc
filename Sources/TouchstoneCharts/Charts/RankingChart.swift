import TouchstoneText

/// Horizontal bars of one value per unit, sorted, with highlighted units, optional group-median marks and
/// value labels.
///
/// ```
/// Title
/// Subtitle
/// ■ Highlighted   | Group median
///              0     20    40    60
/// ▶ 北京分部  ██████████████ 61.2
///   上海分部  ████████████▌| 58.0
///   …
/// ```
///
/// Rows are sorted by `order` (descending by default, ties keep input order); units with a missing value
/// (NaN) go last with `missingText` in place of a bar. Highlighted units get the highlight colour, bold
/// label and a triangle marker. When `groupMedians` has an entry for a unit's group, a dark rule crosses its
/// bar at that median. The value axis starts at zero unless values are negative, and is niced.
/// Labels longer than `maxLabelWidth` are shortened between words (never mid-word).
///
/// Many units: items that are not `labelled` get a thin row (`unlabelledRowHeight`, 3 px) with a bar but no
/// label, value or median mark, while labelled rows keep their full height, so a chart of 195 units that
/// names 25 of them is about 800 px tall and every name sits on its own bar (no leader lines, no overlap by
/// construction). Which units to name is the caller's choice (typically those highlighted and the top and
/// bottom few); an unlabelled unit with a missing value draws nothing.
public struct RankingChart: Sendable {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var group: String?
        public var highlighted: Bool
        /// Whether the row carries its label and value; unlabelled rows are drawn as thin bars
        /// (`unlabelledRowHeight`), so that a chart of many units names only the ones that matter.
        public var labelled: Bool

        public init(label: String, value: Double, group: String? = nil, highlighted: Bool = false, labelled: Bool = true) {
            self.label = label
            self.value = value
            self.group = group
            self.highlighted = highlighted
            self.labelled = labelled
        }
    }

    public enum Order: Sendable, Equatable { case descending, ascending, given }

    public var text: ChartText
    public var items: [Item]
    /// Median per group name, drawn as a rule on each bar of that group.
    public var groupMedians: [String: Double]
    public var order: Order = .descending
    /// Legend texts; an entry is shown only when its text is given.
    public var highlightLegend: String?
    public var medianLegend: String?
    public var valueAxisTitle: String?
    public var valueFormat = NumberFormat(decimals: 1)
    public var showValues = true
    public var missingText = "–"
    public var width = 720.0
    public var rowHeight = 18.0
    /// Height of a row whose item is not `labelled`.
    public var unlabelledRowHeight = 3.0
    public var maxLabelWidth = 220.0
    public var idPrefix = "ranking"
    public var theme = ChartTheme.standard

    public init(text: ChartText, items: [Item], groupMedians: [String: Double] = [:]) {
        self.text = text
        self.items = items
        self.groupMedians = groupMedians
    }

    /// Items in drawing order: sorted, missing values last, ties in input order.
    public var sortedItems: [Item] {
        let indexed = Array(items.enumerated())
        let present = indexed.filter { !$0.element.value.isNaN }
        let missing = indexed.filter { $0.element.value.isNaN }.map(\.element)
        let sorted: [Item]
        switch order {
        case .given: sorted = present.map(\.element)
        case .descending, .ascending:
            sorted = present.sorted { a, b in
                if a.element.value != b.element.value {
                    return order == .descending ? a.element.value > b.element.value : a.element.value < b.element.value
                }
                return a.offset < b.offset
            }.map(\.element)
        }
        return sorted + missing
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let rows = sortedItems
        let labelSize = theme.labelSize, valueSize = theme.tickSize

        // Legend under the header.
        var legendItems: [Legend.Item] = []
        if let l = highlightLegend, rows.contains(where: \.highlighted) { legendItems.append(.init(l, .square(theme.highlight))) }
        let medians = rows.map { $0.group.flatMap { groupMedians[$0] } ?? .nan }
        if let l = medianLegend, medians.contains(where: { !$0.isNaN }) { legendItems.append(.init(l, .tick(theme.reference))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        // Margins: labels on the left, value labels on the right, value axis on top.
        let markerSpace = rows.contains(where: \.highlighted) ? labelSize + 2 : 0
        let labelWidth = Insets.labelMargin(for: rows.filter(\.labelled).map(\.label), fontSize: labelSize, padding: 0,
                                            maximum: maxLabelWidth)
        let values = rows.map(\.value)
        let valueWidth = showValues ? ChartParts.widestValue(values.filter { !$0.isNaN }, format: valueFormat,
                                                             fontSize: valueSize) + 6 : 0
        let left = frame.padding + markerSpace + labelWidth + 8
        let right = width - frame.padding - max(valueWidth, 8)
        let axisTop = frame.headerHeight + legend.height + (valueAxisTitle == nil ? 4 : theme.tickSize + 8)
        let plotTop = axisTop + theme.tickSize * 1.2 + 9
        let compact = rows.contains { !$0.labelled }
        let heights = rows.map { $0.labelled ? rowHeight : unlabelledRowHeight }
        let plotHeight = compact ? heights.reduce(0, +) : rowHeight * Double(max(rows.count, 1))
        let height = plotTop + plotHeight + 8 + frame.footerHeight

        let (lo, hi) = LinearScale.extent(of: values + medians, including: [0])
        let x = LinearScale(domain: (lo, hi == lo ? lo + 1 : hi), range: (left, right)).nice(5)
        let y = BandScale(domain: rows.indices.map(String.init), range: (plotTop, plotTop + plotHeight),
                          paddingInner: 0.28, paddingOuter: 0.14)
        // With unlabelled rows each row has its own height, and the bar fills the middle of it.
        var tops: [Double] = []
        var next = plotTop
        for h in heights { tops.append(next); next += h }
        func barTop(_ i: Int) -> Double { compact ? tops[i] + heights[i] * (rows[i].labelled ? 0.14 : 0.1) : y.position(at: i) }
        func barHeight(_ i: Int) -> Double { compact ? heights[i] * (rows[i].labelled ? 0.72 : 0.8) : y.bandwidth }
        func center(_ i: Int) -> Double { compact ? tops[i] + heights[i] / 2 : y.center(at: i) }

        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        var axis = Axis(.top, scale: x, count: 5, format: nil, title: valueAxisTitle)
        axis.fontSize = theme.tickSize
        axis.theme = theme
        body.append(axis.gridLines(from: plotTop - 2, to: plotTop + plotHeight))
        body.append(axis.element(offset: axisTop + 3 + theme.tickSize * 1.2 + 3))

        var bars = SVGElement("g", ["class": "bars"])
        var labels = SVGElement("g", ["class": "labels"])
        var marks = SVGElement("g", ["class": "medians"])
        var valueLabels = SVGElement("g", ["class": "values", "font-size": .n(valueSize)])
        let zero = x(0)
        for (i, item) in rows.enumerated() {
            let top = barTop(i), cy = center(i), band = barHeight(i)
            if item.labelled {
                labels.append(contentsOf: ChartParts.rowLabel(item.label, x: left - 8, y: cy, maxWidth: labelWidth,
                                                              fontSize: labelSize, highlighted: item.highlighted, theme: theme))
            }
            guard !item.value.isNaN else {
                guard item.labelled else { continue }
                valueLabels.append(Mark.text(missingText, at: PlotPoint(zero + 4, cy), size: valueSize, fill: theme.mutedText))
                continue
            }
            let end = x(item.value)
            bars.append(Mark.bar(x: zero, y: top, width: end - zero, height: band,
                                 fill: item.highlighted ? theme.highlight : theme.neutral))
            if !medians[i].isNaN && item.labelled {
                let mx = x(medians[i])
                marks.append(Mark.rule(from: PlotPoint(mx, top - 2), to: PlotPoint(mx, top + band + 2),
                                       stroke: Stroke(theme.reference, width: 2)))
            }
            if showValues && item.labelled {
                let negative = item.value < 0
                // Past the median rule when the rule would cross the label.
                let mx = medians[i].isNaN ? end : x(medians[i])
                let labelWidth = TextMeasure.width(valueFormat(item.value), fontSize: valueSize)
                let crosses = negative ? (mx < end && mx > end - 4 - labelWidth) : (mx > end && mx < end + 4 + labelWidth)
                let anchorX = crosses ? mx + (negative ? -3 : 3) : end
                valueLabels.append(Mark.text(valueFormat(item.value), at: PlotPoint(anchorX + (negative ? -4 : 4), cy),
                                             anchor: negative ? "end" : "start", size: valueSize,
                                             fill: item.highlighted ? theme.highlight : theme.mutedText,
                                             weight: item.highlighted ? "bold" : nil))
            }
        }
        body.append(bars)
        if lo < 0 {
            body.append(Mark.rule(from: PlotPoint(zero, plotTop - 2), to: PlotPoint(zero, plotTop + plotHeight),
                                  stroke: Stroke(theme.axisLine)))
        }
        body.append(marks)
        body.append(labels)
        body.append(valueLabels)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
