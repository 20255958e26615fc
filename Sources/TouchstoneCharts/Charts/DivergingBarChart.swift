import TouchstoneText

/// Bars left and right of zero, e.g. each dimension's contribution to a change in a composite index.
///
/// ```
///                 −2    0    +2
/// 经济发展             ████ +1.8
/// 民生保障       −0.9 ██
/// ```
///
/// Positive bars use the positive colour and extend right, negative ones the negative colour and extend
/// left; value labels sit at the bar ends, outside the bar, with an explicit "+" on positive values when
/// `signedValues` is on. The value axis is symmetric around zero unless `symmetric` is off. Missing values
/// (NaN) print `missingText` at zero.
public struct DivergingBarChart: Sendable {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public enum Order: Sendable, Equatable { case given, descending, byMagnitude }

    public var text: ChartText
    public var items: [Item]
    public var order: Order = .given
    public var positiveLegend: String?
    public var negativeLegend: String?
    public var axisTitle: String?
    public var valueFormat = NumberFormat(decimals: 2)
    public var signedValues = true
    public var symmetric = true
    public var missingText = "–"
    public var width = 640.0
    public var rowHeight = 22.0
    public var maxLabelWidth = 200.0
    public var idPrefix = "diverging"
    public var theme = ChartTheme.standard

    public init(text: ChartText, items: [Item]) {
        self.text = text
        self.items = items
    }

    var sortedItems: [Item] {
        let indexed = Array(items.enumerated())
        switch order {
        case .given: return items
        case .descending:
            return indexed.sorted { a, b in
                let (x, y) = (a.element.value, b.element.value)
                if x.isNaN != y.isNaN { return y.isNaN }
                return x != y && !x.isNaN ? x > y : a.offset < b.offset
            }.map(\.element)
        case .byMagnitude:
            return indexed.sorted { a, b in
                let (x, y) = (abs(a.element.value), abs(b.element.value))
                if x.isNaN != y.isNaN { return y.isNaN }
                return x != y && !x.isNaN ? x > y : a.offset < b.offset
            }.map(\.element)
        }
    }

    func label(_ v: Double) -> String {
        var f = valueFormat
        if signedValues && valueFormat(v) != valueFormat(0) && v > 0 { f.prefix = "+" + f.prefix }
        return f(v)
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize, tickSize = theme.tickSize
        let rows = sortedItems

        var legendItems: [Legend.Item] = []
        if let l = negativeLegend { legendItems.append(.init(l, .square(theme.negative))) }
        if let l = positiveLegend { legendItems.append(.init(l, .square(theme.positive))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        let labelWidth = Insets.labelMargin(for: rows.map(\.label), fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let valueWidth = (rows.map { TextMeasure.width(label($0.value), fontSize: tickSize) }.max() ?? 0) + 6
        let left = frame.padding + labelWidth + 12 + valueWidth
        let right = width - frame.padding - valueWidth
        let axisTop = frame.headerHeight + legend.height + (axisTitle == nil ? 4 : tickSize + 10)
        let plotTop = axisTop + tickSize * 1.2 + 9
        let plotHeight = rowHeight * Double(max(rows.count, 1))
        let height = plotTop + plotHeight + 8 + frame.footerHeight

        var (lo, hi) = LinearScale.extent(of: rows.map(\.value), including: [0])
        if symmetric { let m = max(abs(lo), abs(hi)); (lo, hi) = (-m, m) }
        if lo == hi { (lo, hi) = (-1, 1) }
        let x = LinearScale(domain: (lo, hi), range: (left, right)).nice(6)
        let y = BandScale(domain: rows.indices.map(String.init), range: (plotTop, plotTop + plotHeight),
                          paddingInner: 0.3, paddingOuter: 0.15)

        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        var tf = x.tickFormat(6)
        if signedValues { tf.prefix = "" }
        var axis = Axis(.top, scale: x, count: 6, format: tf, title: axisTitle)
        axis.fontSize = tickSize
        axis.theme = theme
        body.append(axis.gridLines(from: plotTop - 2, to: plotTop + plotHeight))
        body.append(axis.element(offset: plotTop - 6))

        let zero = x(0)
        var bars = SVGElement("g", ["class": "bars"])
        var texts = SVGElement("g", ["class": "labels"])
        for (i, item) in rows.enumerated() {
            let top = y.position(at: i), cy = y.center(at: i)
            texts.append(Mark.text(TextMeasure.truncate(item.label, toWidth: labelWidth, fontSize: labelSize),
                                   at: PlotPoint(frame.padding + labelWidth, cy), anchor: "end", size: labelSize, fill: theme.text))
            guard !item.value.isNaN else {
                texts.append(Mark.text(missingText, at: PlotPoint(zero + 4, cy), size: tickSize, fill: theme.mutedText))
                continue
            }
            let end = x(item.value)
            let negative = item.value < 0
            bars.append(Mark.bar(x: zero, y: top, width: end - zero, height: y.bandwidth,
                                 fill: negative ? theme.negative : theme.positive))
            texts.append(Mark.text(label(item.value), at: PlotPoint(end + (negative ? -4 : 4), cy),
                                   anchor: negative ? "end" : "start", size: tickSize, fill: theme.text))
        }
        body.append(bars)
        body.append(Mark.rule(from: PlotPoint(zero, plotTop - 4), to: PlotPoint(zero, plotTop + plotHeight),
                              stroke: Stroke(theme.reference, width: 1.2)))
        body.append(texts)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
