/// Drawing of the decision chart: legend, a shared value axis on top, one block of rows per facet, the
/// cut-off line and the rank panel.
extension DecisionChart {
    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize, valueSize = theme.tickSize, facetSize = theme.labelSize + 1
        let hatchId = ChartFrame.id(idPrefix, "hatch")
        let all = facets.flatMap(\.items)

        var legendItems: [Legend.Item] = []
        for tier in Tier.allCases {
            guard let l = tierLegends[tier], all.contains(where: { $0.tier == tier }) else { continue }
            switch tier {
            case .notAssessed: legendItems.append(.init(l, .pattern(id: hatchId, stroke: theme.notAssessed)))
            case .needsHelp:
                let worst = all.filter { $0.tier == .needsHelp }.map(\.severity).max() ?? 2
                legendItems.append(.init(l, .square(fill(Item(label: "", value: 0, tier: .needsHelp, severity: worst)))))
            default: legendItems.append(.init(l, .square(fill(Item(label: "", value: 0, tier: tier)))))
            }
        }
        if let c = cutoff, !c.isNaN, let l = cutoffLegend { legendItems.append(.init(l, .line(Stroke(theme.reference, width: 1.2, dash: "4 3")))) }
        if hasRanks, let l = rankLegend { legendItems.append(.init(l, .line(Stroke(theme.reference, width: 1.5)))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        // Columns: labels | bars and values | rank panel.
        let labelled = all.filter(\.labelled).map(\.label)
        let markerSpace = labelSize + 2
        let labelWidth = labelled.isEmpty ? 0 : Insets.labelMargin(for: labelled, fontSize: labelSize, padding: 0, maximum: maxLabelWidth)
        let values = all.map(\.value).filter { !$0.isNaN }
        let valueWidth = ChartParts.widestValue(values, format: valueFormat, fontSize: valueSize) + 8
        let rankWidth = hasRanks ? 150.0 : 0
        let left = frame.padding + markerSpace + labelWidth + 8
        let rankLeft = width - frame.padding - rankWidth
        let right = (hasRanks ? rankLeft - 16 : width - frame.padding) - valueWidth
        let axisTop = frame.headerHeight + legend.height + (valueAxisTitle == nil && rankAxisTitle == nil ? 4 : theme.tickSize + 8)
        var top = axisTop + theme.tickSize * 1.2 + 9

        let (lo, hi) = domain ?? LinearScale.extent(of: values + [cutoff ?? .nan], including: [0])
        let x = LinearScale(domain: (lo, hi == lo ? lo + 1 : hi), range: (left, right)).nice(5)
        let rankScale = LinearScale(domain: (1, Double(max(rankCount, 2))), range: (rankLeft + 6, width - frame.padding - 6))

        var body: [SVGElement] = []
        var defs = SVGElement("defs")
        defs.append(ChartParts.hatchPattern(id: hatchId, color: theme.notAssessed, background: theme.background))
        body.append(defs)
        if let l = legend.element { body.append(l) }
        let plotTop = top
        var rows = SVGElement("g", ["class": "rows"])
        var facetTitles = SVGElement("g", ["class": "facets", "font-size": .n(facetSize), "font-weight": "bold", "fill": .text(theme.text.hex)])
        for facet in facets {
            if !facet.title.isEmpty {
                facetTitles.append(.text("text", TextMeasure.truncate(facet.title, toWidth: width - 2 * frame.padding, fontSize: facetSize),
                                         ["x": .n(frame.padding), "y": .n(top + facetSize), "class": "facet-title"]))
                top += facetSize * 1.8
            }
            for item in Self.sorted(facet.items) {
                rows.append(contentsOf: row(item, top: top, x: x, rankScale: rankScale, left: left, labelWidth: labelWidth, hatchId: hatchId))
                top += rowHeight
            }
            top += 6
        }
        let plotBottom = top - 6
        var axis = Axis(.top, scale: x, count: 5, format: nil, title: valueAxisTitle)
        axis.fontSize = theme.tickSize
        axis.theme = theme
        body.append(axis.gridLines(from: plotTop - 2, to: plotBottom))
        body.append(axis.element(offset: plotTop - 6))
        if hasRanks {
            var rankAxis = Axis.integers(.top, scale: rankScale, count: 4, title: rankAxisTitle)
            rankAxis.fontSize = theme.tickSize
            rankAxis.theme = theme
            body.append(rankAxis.element(offset: plotTop - 6))
        }
        body.append(facetTitles)
        // The cut-off under the rows, so that value labels (with their halo) stay readable over it.
        if let c = cutoff, !c.isNaN {
            body.append(Mark.rule(from: PlotPoint(x(c), plotTop - 2), to: PlotPoint(x(c), plotBottom),
                                  stroke: Stroke(theme.reference, width: 1.2, dash: "4 3")))
        }
        body.append(rows)
        return frame.document(height: plotBottom + 10 + frame.footerHeight, idPrefix: idPrefix, body: body).render()
    }

    /// One row: label (with a marker when the unit needs help), bar, value and rank interval.
    func row(_ item: Item, top: Double, x: LinearScale, rankScale: LinearScale, left: Double, labelWidth: Double,
             hatchId: String) -> [SVGElement] {
        let cy = top + rowHeight / 2, barHeight = rowHeight * 0.7
        let strong = item.tier == .needsHelp
        var out: [SVGElement] = []
        if item.labelled {
            out += ChartParts.rowLabel(item.label, x: left - 8, y: cy, maxWidth: labelWidth, fontSize: theme.labelSize,
                                       highlighted: strong, theme: theme)
        }
        let zero = x(max(x.domain.lower, 0))
        guard !item.value.isNaN else {
            out.append(Mark.text(missingText, at: PlotPoint(zero + 4, cy), size: theme.tickSize, fill: theme.mutedText))
            return out
        }
        // A score at the baseline (an exemplar of a group scoring 0) still gets a visible bar in its tier's colour.
        var end = x(item.value)
        if let (drawn, barEnd) = Mark.visibleBar(from: zero, to: end, y: cy - barHeight / 2, height: barHeight, fill: fill(item)) {
            var bar = drawn
            end = barEnd
            if item.tier == .notAssessed {
                bar.set("fill", .text("url(#\(hatchId))"))
                bar.set("stroke", .text(theme.notAssessed.hex))
                bar.set("stroke-width", 0.5)
            }
            out.append(bar)
        }
        out.append(Mark.text(valueFormat(item.value), at: PlotPoint(end + 4, cy), size: theme.tickSize,
                             fill: strong ? theme.highlight : theme.mutedText, weight: strong ? "bold" : nil, halo: theme.background))
        if let r = item.rank, r.count == 3, hasRanks {
            let color = item.tier == .fine || item.tier == .notAssessed ? theme.axisLine : item.tier == .watch ? theme.needsHelpFills[0] : fill(item)
            out.append(Mark.rule(from: PlotPoint(rankScale(r[0]), cy), to: PlotPoint(rankScale(r[2]), cy), stroke: Stroke(color, width: 1.5)))
            out.append(Mark.points([PlotPoint(rankScale(r[1]), cy)], radius: 2.6, fill: color))
        }
        return out
    }
}
