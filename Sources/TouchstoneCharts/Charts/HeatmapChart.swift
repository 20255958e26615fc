import TouchstoneText

/// A grid of coloured cells: rows (units) × columns (dimensions, indicators or years).
///
/// ```
///            经济  民生  环境  治理
/// 北京分部   ███   ▓▓▓   ░░░   ▒▒▒
/// 上海分部   ▓▓▓   ///   ███   ░░░     /// = missing (hatched, "–")
/// [ramp legend 0 ──────── 100]  [/// missing]
/// ```
///
/// Colour is sequential over `domain` (default: the data's extent) or diverging around a midpoint. Missing
/// cells (NaN) are hatched and marked with `missingText`, so they never pass for a colour of the ramp.
/// With `showValues`, each cell prints its value in dark or white, whichever contrasts more with the cell.
/// Column labels are written horizontally when they fit the cell width, on two lines when that suffices,
/// and at a 45° slant otherwise. `values` is row-major: `values[row][column]`.
public struct HeatmapChart: Sendable {
    public enum ColorScheme: Sendable, Equatable {
        case sequential(stops: [RGBColor])
        case diverging(mid: Double, stops: [RGBColor])
    }

    public var text: ChartText
    public var rowLabels: [String]
    public var columnLabels: [String]
    public var values: [[Double]]
    public var colorScheme = ColorScheme.sequential(stops: Palette.viridis)
    public var domain: (Double, Double)?
    public var highlightedRows: Set<Int> = []
    public var showValues = true
    public var valueFormat = NumberFormat(decimals: 0)
    public var missingText = "–"
    public var missingLegend: String?
    public var legendTitle: String?
    public var width = 720.0
    public var cellHeight = 18.0
    public var maxLabelWidth = 200.0
    public var idPrefix = "heatmap"
    public var theme = ChartTheme.standard

    public init(text: ChartText, rowLabels: [String], columnLabels: [String], values: [[Double]]) {
        precondition(values.count == rowLabels.count, "one row of values per row label")
        precondition(values.allSatisfy { $0.count == columnLabels.count }, "one value per column in every row")
        self.text = text
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
    }

    /// The colour of a value, nil when it is missing.
    func colorFunction() -> (Double) -> RGBColor? {
        let d = domain ?? LinearScale.extent(of: values.flatMap { $0 })
        switch colorScheme {
        case .sequential(let stops):
            let s = SequentialColorScale(domain: d, stops: stops)
            return { s($0) }
        case .diverging(let mid, let stops):
            let s = DivergingColorScale(domain: (min(d.0, mid), mid, max(d.1, mid)), stops: stops)
            return { s($0) }
        }
    }

    enum ColumnLabelStyle { case horizontal, twoLines, slanted }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize, tickSize = theme.tickSize
        let hatchID = ChartFrame.id(idPrefix, "missing")
        let rampID = ChartFrame.id(idPrefix, "ramp")
        let color = colorFunction()
        let d = domain ?? LinearScale.extent(of: values.flatMap { $0 })
        let anyMissing = values.contains { $0.contains(where: \.isNaN) }

        // Legend row: ramp, then the missing swatch.
        let legendTop = frame.headerHeight
        let rampWidth = min(220, width * 0.35)
        let ramp = Legend.ramp(id: rampID, domain: d, color: color, x: frame.padding, y: legendTop, width: rampWidth,
                               title: legendTitle, format: nil, fontSize: tickSize, theme: theme)
        var legendHeight = ramp.height
        var missingSwatch: SVGElement? = nil
        if let l = missingLegend, anyMissing {
            let sw = Legend.swatches([.init(l, .pattern(id: hatchID, stroke: theme.axisLine))],
                                     x: frame.padding + rampWidth + 24,
                                     y: legendTop + (legendTitle == nil ? 5 : tickSize * 1.5 + 5),
                                     maxWidth: width - rampWidth - 40, fontSize: tickSize, theme: theme)
            missingSwatch = sw.element
            legendHeight = max(legendHeight, sw.height)
        }

        let markerSpace = highlightedRows.isEmpty ? 0 : labelSize + 2
        let labelWidth = Insets.labelMargin(for: rowLabels, fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let left = frame.padding + markerSpace + labelWidth + 8
        let right = width - frame.padding
        let cellWidth = (right - left) / Double(max(columnLabels.count, 1))
        let widest = columnLabels.map { TextMeasure.width($0, fontSize: tickSize) }.max() ?? 0
        let style: ColumnLabelStyle
        if widest <= cellWidth - 4 {
            style = .horizontal
        } else if columnLabels.allSatisfy({ TextMeasure.wrap($0, toWidth: cellWidth - 4, fontSize: tickSize, maxLines: 2)
            .allSatisfy { TextMeasure.width($0, fontSize: tickSize) <= cellWidth - 4 } && !$0.isEmpty })
        {
            style = .twoLines
        } else {
            style = .slanted
        }
        let slantedWidth = min(widest, 160.0)
        let headerDepth: Double
        switch style {
        case .horizontal: headerDepth = tickSize * 1.6
        case .twoLines: headerDepth = tickSize * 2.8
        case .slanted: headerDepth = slantedWidth * 0.71 + tickSize + 4
        }
        let gridTop = legendTop + legendHeight + 8 + headerDepth
        let gridHeight = cellHeight * Double(rowLabels.count)
        let height = gridTop + gridHeight + 6 + frame.footerHeight

        var body: [SVGElement] = []
        body.append(SVGElement("defs", children: [ChartParts.hatchPattern(id: hatchID, color: theme.context,
                                                                          background: theme.background)]))
        body.append(ramp.element)
        body.append(missingSwatch)

        var heads = SVGElement("g", ["class": "column-labels", "font-size": .n(tickSize), "fill": .text(theme.text.hex)])
        for (j, label) in columnLabels.enumerated() {
            let cx = left + (Double(j) + 0.5) * cellWidth
            switch style {
            case .horizontal:
                heads.append(.text("text", label, ["x": .n(cx), "y": .n(gridTop - 5), "text-anchor": "middle"]))
            case .twoLines:
                let lines = TextMeasure.wrap(label, toWidth: cellWidth - 4, fontSize: tickSize, maxLines: 2)
                for (k, line) in lines.enumerated() {
                    let ly = gridTop - 5 - Double(lines.count - 1 - k) * tickSize * 1.2
                    heads.append(.text("text", line, ["x": .n(cx), "y": .n(ly), "text-anchor": "middle"]))
                }
            case .slanted:
                let t = TextMeasure.truncate(label, toWidth: slantedWidth, fontSize: tickSize)
                let ax = cx - tickSize * 0.3, ay = gridTop - 5
                heads.append(.text("text", t, ["x": .n(ax), "y": .n(ay),
                                               "transform": .text("rotate(-45 \(NumberFormat.svg(ax)) \(NumberFormat.svg(ay)))")]))
            }
        }
        body.append(heads)

        var cells = SVGElement("g", ["class": "cells"])
        var numbers = SVGElement("g", ["class": "cell-values", "font-size": .n(tickSize), "text-anchor": "middle"])
        var labels = SVGElement("g", ["class": "row-labels"])
        let fitsValues = showValues && cellWidth >= 18 && cellHeight >= tickSize + 2
        for (i, row) in values.enumerated() {
            let top = gridTop + Double(i) * cellHeight
            labels.append(contentsOf: ChartParts.rowLabel(rowLabels[i], x: left - 8, y: top + cellHeight / 2,
                                                          maxWidth: labelWidth, fontSize: labelSize,
                                                          highlighted: highlightedRows.contains(i), theme: theme))
            for (j, v) in row.enumerated() {
                let x0 = left + Double(j) * cellWidth
                let c = color(v)
                var rect = SVGElement("rect", ["x": .n(x0), "y": .n(top), "width": .n(cellWidth), "height": .n(cellHeight),
                                               "fill": .text(c.map(\.hex) ?? "url(#\(hatchID))"),
                                               "stroke": .text(theme.background.hex), "stroke-width": 1])
                if c == nil { rect.set("class", "missing") }
                cells.append(rect)
                let center = PlotPoint(x0 + cellWidth / 2, top + cellHeight / 2)
                if let c {
                    if fitsValues {
                        numbers.append(.text("text", valueFormat(v), ["x": .n(center.x), "y": .n(center.y), "dy": "0.35em",
                                                                      "fill": .text(c.readableText().hex)]))
                    }
                } else {
                    numbers.append(Mark.text(missingText, at: center, anchor: "middle", dy: "0.35em", size: tickSize + 1,
                                             fill: theme.text, weight: "bold", halo: theme.background))
                }
            }
        }
        body.append(cells)
        body.append(numbers)
        body.append(labels)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
