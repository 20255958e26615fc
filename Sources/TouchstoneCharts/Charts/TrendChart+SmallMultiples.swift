/// Small multiples of a trend chart: one panel per series, all sharing the same x and y scales.
extension TrendChart {
    /// A grid of panels, one per series in input order, each with the band and reference behind that
    /// series' line. Panels share both scales, so heights compare across the grid; y tick labels appear on
    /// the left column only and year labels (first and last year) under the bottom panel of each column.
    ///
    /// `columns` of 0 picks as many as fit at about `minPanelWidth` px each. Panel titles are the series
    /// labels, truncated to the panel width. Highlighted series are drawn in the highlight colour.
    public func smallMultiplesSVG(columns: Int = 0, panelHeight: Double = 78, minPanelWidth: Double = 108) -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let tickSize = theme.tickSize, titleSize = theme.labelSize

        var legendItems: [Legend.Item] = []
        if let l = referenceLegend, reference != nil {
            legendItems.append(.init(l, .line(Stroke(theme.reference, width: 1.2, dash: "4 2"))))
        }
        if let l = bandLegend, band != nil { legendItems.append(.init(l, .square(theme.context))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + titleSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: titleSize, theme: theme)

        let yProbe = yScale(range: (0, 1))
        let format = self.tickFormat ?? yProbe.tickFormat(3)
        let yTicks = yProbe.ticks(3)
        let tickWidth = yTicks.map { TextMeasure.width(format($0), fontSize: tickSize) }.max() ?? 0
        let gridLeft = frame.padding + tickWidth + 8
        let gridWidth = width - frame.padding - gridLeft
        let n = max(series.count, 1)
        let cols = columns > 0 ? columns : max(1, min(n, Int(gridWidth / minPanelWidth)))
        let rows = (n + cols - 1) / cols
        let hGap = 12.0, vGap = tickSize * 1.2 + 10
        let panelWidth = (gridWidth - hGap * Double(cols - 1)) / Double(cols)
        let titleBand = titleSize * 1.5
        let top = frame.headerHeight + legend.height + (yAxisTitle == nil ? 2 : tickSize + 12)
        let rowHeight = titleBand + panelHeight + vGap
        let height = top + Double(rows) * rowHeight + frame.footerHeight

        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        if let t = yAxisTitle {
            body.append(.text("text", t, ["x": .n(frame.padding), "y": .n(top - 6), "font-size": .n(tickSize + 1),
                                          "fill": .text(theme.text.hex)]))
        }
        let first = years.min() ?? 0, last = years.max() ?? 0
        for (i, s) in series.enumerated() {
            let r = i / cols, c = i % cols
            let px = gridLeft + Double(c) * (panelWidth + hGap)
            let py = top + Double(r) * rowHeight + titleBand
            let x = xScale(range: (px + 3, px + panelWidth - 3))
            let y = yScale(range: (py + panelHeight, py))
            var g = SVGElement("g", ["class": "panel"])
            g.append(Mark.text(TextMeasure.truncate(s.label, toWidth: panelWidth, fontSize: titleSize),
                               at: PlotPoint(px, py - titleBand * 0.45), size: titleSize,
                               fill: s.highlighted ? theme.highlight : theme.text, weight: s.highlighted ? "bold" : nil))
            var yAxis = Axis(.left, ticks: yTicks.map { AxisTick(position: y($0), label: format($0)) },
                             extent: (py, py + panelHeight))
            yAxis.fontSize = tickSize
            yAxis.theme = theme
            yAxis.showDomain = false
            yAxis.showTickMarks = false
            g.append(SVGElement("rect", ["x": .n(px), "y": .n(py), "width": .n(panelWidth), "height": .n(panelHeight),
                                         "fill": "none", "stroke": .text(theme.grid.hex)]))
            g.append(yAxis.gridLines(from: px, to: px + panelWidth))
            if c == 0 { g.append(yAxis.element(offset: px)) }
            let below = i + cols
            if below >= series.count {
                // First and last year, aligned to the panel's edges so neighbouring panels' labels never meet.
                var years = SVGElement("g", ["class": "years", "font-size": .n(tickSize), "fill": .text(theme.mutedText.hex)])
                years.append(.text("text", String(first), ["x": .n(px), "y": .n(py + panelHeight + 4), "dy": "0.71em"]))
                if last != first {
                    years.append(.text("text", String(last), ["x": .n(px + panelWidth), "y": .n(py + panelHeight + 4),
                                                              "dy": "0.71em", "text-anchor": "end"]))
                }
                g.append(years)
            }
            let xs = years.map { x(Double($0)) }
            if let band {
                g.append(Mark.area(x: xs, lower: band.lower.map { y($0) }, upper: band.upper.map { y($0) },
                                   fill: theme.context, opacity: 0.8))
            }
            if let reference {
                g.append(Mark.line(zip(xs, reference).map { PlotPoint($0, y($1)) },
                                   stroke: Stroke(theme.reference, width: 1.2, dash: "4 2")))
            }
            let color = s.highlighted ? theme.highlight : theme.primary
            let pts = zip(xs, s.values).map { PlotPoint($0, y($1)) }
            g.append(Mark.line(pts, stroke: Stroke(color, width: 1.8)))
            // Dots only where a value stands alone, so gaps stay visible without cluttering the panel.
            let isolated = pts.indices.filter { k in
                pts[k].isDefined && (k == 0 || !pts[k - 1].isDefined) && (k == pts.count - 1 || !pts[k + 1].isDefined)
            }
            g.append(Mark.points(isolated.map { pts[$0] }, radius: 2, fill: color))
            if let k = pts.lastIndex(where: \.isDefined) {
                g.append(Mark.points([pts[k]], radius: 2.4, fill: color))
            }
            body.append(g)
        }
        return frame.document(height: height, idPrefix: idPrefix + "-multiples", body: body).render()
    }
}
