import TouchstoneText

/// A matrix of rows (units) × columns (key targets) whose cells show one of a few ordered categories
/// (statuses), each with its colour and legend word, and an optional short text (e.g. "18%").
///
/// ```
///            学习  办实事  学时  整改
/// b29        ███    ███    ███   ░░░       ███ off track  ▓▓▓ at risk  ░░░ on track  /// no data
/// b15        ░░░    ░░░    ▓▓▓   ░░░
/// ```
/// `cells[row][column]` is a category index into `categories`, or nil (no data: hatched). Colours come
/// from the caller (they know what the categories mean); the text in a cell is dark or white, whichever
/// contrasts more. Column labels are slanted when they do not fit the cell width.
public struct StatusMatrixChart: Sendable {
    public struct Category: Sendable, Equatable {
        public var label: String
        public var color: RGBColor

        public init(label: String, color: RGBColor) {
            self.label = label
            self.color = color
        }
    }

    public var text: ChartText
    public var rowLabels: [String]
    public var columnLabels: [String]
    public var categories: [Category]
    public var cells: [[Int?]]
    public var cellTexts: [[String]]?
    public var missingLegend: String?
    public var highlightedRows: Set<Int> = []
    public var width = 720.0
    public var cellHeight = 20.0
    public var maxLabelWidth = 220.0
    public var idPrefix = "status-matrix"
    public var theme = ChartTheme.standard

    public init(text: ChartText, rowLabels: [String], columnLabels: [String], categories: [Category], cells: [[Int?]]) {
        precondition(cells.count == rowLabels.count && cells.allSatisfy { $0.count == columnLabels.count }, "one cell per row and column")
        precondition(cells.allSatisfy { $0.allSatisfy { $0.map { (0..<categories.count).contains($0) } ?? true } }, "cell categories must index `categories`")
        self.text = text
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.categories = categories
        self.cells = cells
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize
        let hatchID = ChartFrame.id(idPrefix, "missing")
        var legendItems = categories.map { Legend.Item($0.label, .square($0.color)) }
        if let m = missingLegend { legendItems.append(.init(m, .pattern(id: hatchID, stroke: theme.axisLine))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)
        let markerSpace = highlightedRows.isEmpty ? 0 : labelSize + 2
        let labelWidth = Insets.labelMargin(for: rowLabels, fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let left = frame.padding + markerSpace + labelWidth + 10
        let columns = Double(max(columnLabels.count, 1))
        let fullWidth = (width - frame.padding - left) / columns
        let widest = columnLabels.map { TextMeasure.width($0, fontSize: labelSize) }.max() ?? 0
        let slanted = widest > fullWidth - 4
        // A slanted label runs up and to the right by cos 45° of its length: keep the last one inside.
        let overhang = slanted ? max(0, 0.71 * min(widest, 160) - fullWidth / 2) : 0
        let cellWidth = (width - frame.padding - left - overhang) / columns
        let headerHeight = slanted ? min(widest, 160) * 0.72 + labelSize : labelSize * 1.6
        let plotTop = frame.headerHeight + legend.height + headerHeight + 6
        let plotBottom = plotTop + cellHeight * Double(max(rowLabels.count, 1))
        let height = plotBottom + frame.footerHeight + 4

        var body: [SVGElement] = []
        var defs = SVGElement("defs")
        defs.append(ChartParts.hatchPattern(id: hatchID, color: theme.axisLine, background: theme.background))
        body.append(defs)
        if let l = legend.element { body.append(l) }
        var heads = SVGElement("g", ["class": "columns", "font-size": .n(labelSize), "fill": .text(theme.text.hex)])
        for (c, label) in columnLabels.enumerated() {
            let cx = left + (Double(c) + 0.5) * cellWidth
            let shown = TextMeasure.abbreviate(label, toWidth: slanted ? 160 : cellWidth - 4, fontSize: labelSize)
            if slanted {
                heads.append(.text("text", shown, ["x": .n(cx), "y": .n(plotTop - 6), "transform": .text("rotate(-45 \(NumberFormat.svg(cx)) \(NumberFormat.svg(plotTop - 6)))")]))
            } else {
                heads.append(.text("text", shown, ["x": .n(cx), "y": .n(plotTop - 6), "text-anchor": "middle"]))
            }
        }
        body.append(heads)
        var grid = SVGElement("g", ["class": "cells"])
        var labels = SVGElement("g", ["class": "labels"])
        for (r, row) in cells.enumerated() {
            let top = plotTop + Double(r) * cellHeight
            labels.append(contentsOf: ChartParts.rowLabel(rowLabels[r], x: left - 10, y: top + cellHeight / 2, maxWidth: labelWidth,
                                                          fontSize: labelSize, highlighted: highlightedRows.contains(r), theme: theme))
            for (c, category) in row.enumerated() {
                let x0 = left + Double(c) * cellWidth
                var cell = SVGElement("rect", ["x": .n(x0 + 1), "y": .n(top + 1), "width": .n(cellWidth - 2), "height": .n(cellHeight - 2)])
                let fill = category.map { categories[$0].color }
                cell.set("fill", .text(fill.map(\.hex) ?? "url(#\(hatchID))"))
                grid.append(cell)
                if let t = cellTexts?[r][c], !t.isEmpty, let fill {
                    let dark = LabColor(fill).l > 55
                    if let e = Mark.text(t, at: PlotPoint(x0 + cellWidth / 2, top + cellHeight / 2), anchor: "middle", size: theme.tickSize,
                                         fill: dark ? theme.text : RGBColor(hex: "#ffffff")) { grid.append(e) }
                }
            }
        }
        body.append(grid)
        body.append(labels)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
