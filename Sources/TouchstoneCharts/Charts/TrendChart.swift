import TouchstoneText

/// Lines over years for chosen units, drawn over a reference line (e.g. the median of all units) and a band
/// (e.g. the interquartile range) behind them.
///
/// ```
///  70 ┤            ╭──── 北京分部
///  60 ┤ ░░░░░░░░░░░╱░░░░
///  50 ┤ - - - - - - - -  (reference)
///  40 ┤ ░░░░░░░░░░░░░░░  (band)
///     └─2016──2018──2020──2022
/// ```
///
/// Each series is labelled at its last present value, right of the plot; labels that would collide are
/// moved apart (``LabelRelaxation``) with a thin leader to their line. A NaN in a series breaks its line
/// (no interpolation across missing years); isolated values still show as dots. When some series are
/// highlighted (units that need help), they take the theme's highlight — the one "needs help" hue — and the
/// others are drawn thin and grey; otherwise series colours cycle through `theme.categorical`.
/// `years`, each series' `values`, `reference` and the band's bounds are aligned index by index.
public struct TrendChart: Sendable {
    public struct Series: Sendable, Equatable {
        public var label: String
        public var values: [Double]
        public var highlighted: Bool

        public init(label: String, values: [Double], highlighted: Bool = false) {
            self.label = label
            self.values = values
            self.highlighted = highlighted
        }
    }

    public var text: ChartText
    public var years: [Int]
    public var series: [Series]
    public var reference: [Double]?
    public var band: (lower: [Double], upper: [Double])?
    public var referenceLegend: String?
    public var bandLegend: String?
    public var yAxisTitle: String?
    /// Tick label format; nil picks decimals from the tick step.
    public var tickFormat: NumberFormat?
    /// Format of the values printed after the end labels; nil prints no values.
    public var endValueFormat: NumberFormat? = NumberFormat(decimals: 1)
    /// Fixed value domain; nil fits (and nices) the data, reference and band.
    public var yDomain: (Double, Double)?
    public var width = 720.0
    public var plotHeight = 320.0
    public var maxLabelWidth = 170.0
    public var idPrefix = "trend"
    public var theme = ChartTheme.standard

    public init(text: ChartText, years: [Int], series: [Series], reference: [Double]? = nil,
                band: (lower: [Double], upper: [Double])? = nil) {
        precondition(series.allSatisfy { $0.values.count == years.count }, "one value per year in every series")
        precondition(reference == nil || reference!.count == years.count, "one reference value per year")
        precondition(band == nil || (band!.lower.count == years.count && band!.upper.count == years.count),
                     "one band bound per year")
        self.text = text
        self.years = years
        self.series = series
        self.reference = reference
        self.band = band
    }

    /// All values the y axis must hold.
    var allValues: [Double] {
        series.flatMap(\.values) + (reference ?? []) + (band?.lower ?? []) + (band?.upper ?? [])
    }

    func yScale(range: (Double, Double)) -> LinearScale {
        if let d = yDomain { return LinearScale(domain: d, range: range) }
        var (lo, hi) = LinearScale.extent(of: allValues)
        if lo == hi { lo -= 1; hi += 1 }
        return LinearScale(domain: (lo, hi), range: range).nice(5)
    }

    func xScale(range: (Double, Double)) -> LinearScale {
        let lo = Double(years.min() ?? 0), hi = Double(years.max() ?? 1)
        return LinearScale(domain: (lo, hi == lo ? lo + 1 : hi), range: range)
    }

    func color(of index: Int) -> RGBColor {
        let anyHighlighted = series.contains(where: \.highlighted)
        if anyHighlighted { return series[index].highlighted ? theme.highlight : theme.neutral }
        return theme.categorical[index % theme.categorical.count]
    }

    /// Highlighted series share one hue, so the second and third are told apart by their dash.
    func dash(of index: Int) -> String? {
        guard series[index].highlighted else { return nil }
        return [nil, "7 3", "2 2.5"][series[..<index].filter(\.highlighted).count % 3]
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize

        var legendItems: [Legend.Item] = []
        if let l = referenceLegend, reference != nil {
            legendItems.append(.init(l, .line(Stroke(theme.reference, width: 1.5, dash: "5 3"))))
        }
        if let l = bandLegend, band != nil { legendItems.append(.init(l, .square(theme.context))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        let endLabels = series.indices.map { endLabel($0, maxWidth: maxLabelWidth, fontSize: labelSize) }
        let labelWidth = Insets.labelMargin(for: endLabels.map { $0?.text ?? "" }, fontSize: labelSize, padding: 0,
                                            maximum: maxLabelWidth)
        let yProbe = yScale(range: (0, 1))
        let tickFormat = self.tickFormat ?? yProbe.tickFormat(5)
        let tickWidth = yProbe.ticks(5).map { TextMeasure.width(tickFormat($0), fontSize: theme.tickSize) }.max() ?? 0
        let left = frame.padding + tickWidth + 10
        let right = width - frame.padding - labelWidth - 16
        let plotTop = frame.headerHeight + legend.height + (yAxisTitle == nil ? 6 : theme.tickSize + 16)
        let plotBottom = plotTop + plotHeight
        let x = xScale(range: (left + 6, right))
        let y = yScale(range: (plotBottom, plotTop))
        let height = plotBottom + theme.tickSize * 1.2 + 14 + frame.footerHeight

        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        var yAxis = Axis(.left, scale: y, count: 5, format: tickFormat, title: yAxisTitle)
        yAxis.fontSize = theme.tickSize
        yAxis.showDomain = false
        yAxis.theme = theme
        var xAxis = Axis.integers(.bottom, scale: x, count: 10)
        xAxis.fontSize = theme.tickSize
        xAxis.theme = theme
        xAxis.extent = (left, right)
        body.append(yAxis.gridLines(from: left, to: right))
        body.append(yAxis.element(offset: left))
        body.append(xAxis.element(offset: plotBottom))

        let xs = years.map { x(Double($0)) }
        if let band {
            body.append(Mark.area(x: xs, lower: band.lower.map { y($0) }, upper: band.upper.map { y($0) },
                                  fill: theme.context, opacity: 0.8))
        }
        if let reference {
            body.append(Mark.line(zip(xs, reference).map { PlotPoint($0, y($1)) },
                                  stroke: Stroke(theme.reference, width: 1.5, dash: "5 3")))
        }
        // Non-highlighted first so emphasised lines sit on top.
        let drawOrder = series.indices.sorted { (series[$0].highlighted ? 1 : 0, $0) < (series[$1].highlighted ? 1 : 0, $1) }
        var lines = SVGElement("g", ["class": "series"])
        for i in drawOrder {
            let s = series[i]
            let pts = zip(xs, s.values).map { PlotPoint($0, y($1)) }
            let c = color(of: i)
            let strong = s.highlighted || !series.contains(where: \.highlighted)
            lines.append(Mark.line(pts, stroke: Stroke(c, width: strong ? 2.2 : 1.2, dash: dash(of: i))))
            lines.append(Mark.points(pts, radius: strong ? 2.8 : 1.8, fill: c))
        }
        body.append(lines)

        // End labels with collision avoidance.
        let placed = endLabels.enumerated().compactMap { i, l in l.map { (i, $0) } }
        let relaxed = LabelRelaxation.relax(
            placed.map { LabelRelaxation.Label(desired: y($0.1.value), extent: labelSize * 1.2) },
            within: (plotTop - 6, plotBottom + 6))
        var labels = SVGElement("g", ["class": "end-labels"])
        for (k, (i, l)) in placed.enumerated() {
            let ly = relaxed.positions[k]
            let px = x(Double(years[l.index])), py = y(l.value)
            let lx = right + 14
            let c = color(of: i)
            labels.append(Mark.rule(from: PlotPoint(px + 4, py), to: PlotPoint(lx - 3, ly),
                                    stroke: Stroke(c, width: 0.8, opacity: 0.8)))
            let textColor = series[i].highlighted || !series.contains(where: \.highlighted) ? c : theme.mutedText
            labels.append(Mark.text(l.text,
                                    at: PlotPoint(lx, ly), size: labelSize, fill: textColor.readableOnWhite(theme),
                                    weight: series[i].highlighted ? "bold" : nil))
        }
        body.append(labels)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }

    /// The last present value of series `i` and its label text: the name, truncated so that the value
    /// after it still fits in `maxWidth`.
    func endLabel(_ i: Int, maxWidth: Double, fontSize: Double) -> (index: Int, value: Double, text: String)? {
        guard let k = series[i].values.lastIndex(where: { !$0.isNaN }) else { return nil }
        let v = series[i].values[k]
        let value = endValueFormat.map { " " + $0(v) } ?? ""
        let room = maxWidth - TextMeasure.width(value, fontSize: fontSize)
        return (k, v, TextMeasure.abbreviate(series[i].label, toWidth: room, fontSize: fontSize) + value)
    }
}

extension RGBColor {
    /// This colour darkened in Lab until it reaches 4.5:1 contrast on the theme background (WCAG AA for
    /// text), so a series' label can share its line's hue.
    func readableOnWhite(_ theme: ChartTheme) -> RGBColor {
        var c = self
        var lab = LabColor(c)
        while c.contrast(with: theme.background) < 4.5 && lab.l > 5 {
            lab.l -= 4
            c = lab.rgb
        }
        return c
    }
}
