import TouchstoneText

/// A funnel plot: each unit's rate against its denominator, with control-limit curves narrowing as the
/// denominator grows, a target line, and the units outside the outer limits labelled.
///
/// ```
/// rate
///  ┤ ╲ 99.8%                      ● 西宁分部
///  ┤  ╲___ 95%  ·  ·   ·
///  ┼──────────────────────── target
///  ┤  ╱‾‾‾   ·    ·  ·
///  └──────────────────────── denominator
/// ```
///
/// The limit curves are given, not computed: `Limits` holds the denominators at which the caller evaluated
/// them and the four bounds there (95% and 99.8%, lower and upper). A unit is "outside" when its rate lies
/// beyond the 99.8% curves interpolated linearly at its denominator; outside units are filled with the
/// highlight colour and labelled (override per point with `labelled`). Between the 95% and 99.8% curves a
/// point gets a highlight outline. Labels are moved apart vertically to avoid collisions, with leaders.
/// With `logDenominator` the x axis is logarithmic (denominators must then be positive).
public struct FunnelChart: Sendable {
    public struct Point: Sendable, Equatable {
        public var label: String
        public var denominator: Double
        public var rate: Double
        /// Force the label on (true) or off (false); nil labels the units outside the 99.8% limits.
        public var labelled: Bool?
        /// Where the caller's test puts the point (e.g. a p-value on the bad side), so the marks agree with
        /// it; nil compares the rate with the drawn limits.
        public var standing: Standing?

        public init(label: String, denominator: Double, rate: Double, labelled: Bool? = nil, standing: Standing? = nil) {
            self.label = label
            self.denominator = denominator
            self.rate = rate
            self.labelled = labelled
            self.standing = standing
        }
    }

    public struct Limits: Sendable, Equatable {
        public var denominators: [Double]
        public var lower95: [Double]
        public var upper95: [Double]
        public var lower998: [Double]
        public var upper998: [Double]

        public init(denominators: [Double], lower95: [Double], upper95: [Double], lower998: [Double], upper998: [Double]) {
            let n = denominators.count
            precondition([lower95, upper95, lower998, upper998].allSatisfy { $0.count == n },
                         "one bound per denominator on every curve")
            precondition(zip(denominators, denominators.dropFirst()).allSatisfy { $0 < $1 },
                         "limit denominators must increase")
            self.denominators = denominators
            self.lower95 = lower95
            self.upper95 = upper95
            self.lower998 = lower998
            self.upper998 = upper998
        }

        /// A curve's value at `x`, linear between samples, nil outside the sampled range.
        static func interpolate(_ xs: [Double], _ ys: [Double], at x: Double) -> Double? {
            guard let first = xs.first, let last = xs.last, x >= first, x <= last else { return nil }
            guard let k = xs.firstIndex(where: { $0 >= x }) else { return nil }
            if xs[k] == x || k == 0 { return ys[k] }
            let t = (x - xs[k - 1]) / (xs[k] - xs[k - 1])
            return ys[k - 1] + t * (ys[k] - ys[k - 1])
        }
    }

    public var text: ChartText
    public var points: [Point]
    public var limits: Limits?
    public var target: Double?
    public var targetLegend: String?
    public var limits95Legend: String?
    public var limits998Legend: String?
    public var xAxisTitle: String?
    public var yAxisTitle: String?
    public var logDenominator = false
    /// The lowest value the rate axis may show (0 for rates and shares, which cannot be negative); nil: none.
    public var rateFloor: Double?
    public var rateFormat: NumberFormat?
    public var width = 720.0
    public var plotHeight = 380.0
    public var idPrefix = "funnel"
    public var theme = ChartTheme.standard

    public init(text: ChartText, points: [Point], limits: Limits? = nil, target: Double? = nil) {
        self.text = text
        self.points = points
        self.limits = limits
        self.target = target
    }

    public enum Standing: Sendable, Equatable { case inside, beyond95, beyond998 }

    func standing(_ p: Point) -> Standing {
        if let given = p.standing { return given }
        guard let l = limits, !p.rate.isNaN else { return .inside }
        let x = p.denominator, r = p.rate
        if let lo = Limits.interpolate(l.denominators, l.lower998, at: x), let hi = Limits.interpolate(l.denominators, l.upper998, at: x),
           r < lo || r > hi { return .beyond998 }
        if let lo = Limits.interpolate(l.denominators, l.lower95, at: x), let hi = Limits.interpolate(l.denominators, l.upper95, at: x),
           r < lo || r > hi { return .beyond95 }
        return .inside
    }

    public func svg() -> String {
        let frame = ChartFrame(width: width, text: text, theme: theme)
        let labelSize = theme.labelSize, tickSize = theme.tickSize
        let shown = points.filter { $0.denominator.isFinite && $0.rate.isFinite && (!logDenominator || $0.denominator > 0) }

        var legendItems: [Legend.Item] = []
        if let l = targetLegend, target != nil { legendItems.append(.init(l, .line(Stroke(theme.reference, width: 1.5)))) }
        if let l = limits95Legend, limits != nil { legendItems.append(.init(l, .line(Stroke(theme.axisLine, width: 1.2, dash: "4 3")))) }
        if let l = limits998Legend, limits != nil { legendItems.append(.init(l, .line(Stroke(theme.axisLine, width: 1.2)))) }
        let legend = Legend.swatches(legendItems, x: frame.padding, y: frame.headerHeight + labelSize * 0.5,
                                     maxWidth: width - 2 * frame.padding, fontSize: labelSize, theme: theme)

        // y domain: points, target and the limit curves within the points' denominator range.
        var ys = shown.map(\.rate) + (target.map { [$0] } ?? [])
        let xs = shown.map(\.denominator)
        if let l = limits {
            let xlo = xs.min() ?? 0, xhi = xs.max() ?? 0
            for (k, d) in l.denominators.enumerated() where d >= xlo && d <= xhi {
                ys += [l.lower998[k], l.upper998[k]]
            }
        }
        var (ylo, yhi) = LinearScale.extent(of: ys)
        if ylo == yhi { (ylo, yhi) = (ylo - 1, yhi + 1) }
        // A little room so that no point sits on the plot's edge.
        let pad = (yhi - ylo) * 0.03
        var yProbe = LinearScale(domain: (ylo - pad, yhi + pad), range: (0, 1)).nice(6)
        if let floor = rateFloor, yProbe.domain.lower < floor {
            yProbe = LinearScale(domain: (floor, yhi + pad), range: (0, 1)).nice(6)
            yProbe.domain.lower = max(floor, yProbe.domain.lower)
        }
        let format = rateFormat ?? yProbe.tickFormat(6)
        let tickWidth = yProbe.ticks(6).map { TextMeasure.width(format($0), fontSize: tickSize) }.max() ?? 0
        let left = frame.padding + tickWidth + 10
        let right = width - frame.padding - 8
        let plotTop = frame.headerHeight + legend.height + (yAxisTitle == nil ? 8 : tickSize + 18)
        let plotBottom = plotTop + plotHeight
        let height = plotBottom + tickSize * 1.2 + 10 + (xAxisTitle == nil ? 0 : tickSize + 12) + frame.footerHeight

        var y = yProbe
        y.range = (plotBottom, plotTop)
        var body: [SVGElement] = []
        if let l = legend.element { body.append(l) }
        var yAxis = Axis(.left, scale: y, count: 6, format: format, title: yAxisTitle)
        yAxis.fontSize = tickSize
        yAxis.showDomain = false
        yAxis.theme = theme
        body.append(yAxis.gridLines(from: left, to: right))
        body.append(yAxis.element(offset: left))

        let (xlo, xhi) = LinearScale.extent(of: xs, fallback: (1, 10))
        let xAxis: Axis
        let xPos: (Double) -> Double
        if logDenominator {
            let sx = LogScale(domain: (xlo, xhi == xlo ? xlo * 10 : xhi), range: (left, right)).nice()
            xPos = { sx($0) }
            var a = Axis(.bottom, scale: sx, count: 10, title: xAxisTitle)
            a.fontSize = tickSize
            xAxis = a
        } else {
            let sx = LinearScale(domain: (min(0, xlo), xhi == xlo ? xlo + 1 : xhi), range: (left, right)).nice(8)
            xPos = { sx($0) }
            var f = sx.tickFormat(8)
            f.groupingSeparator = ","
            var a = Axis(.bottom, scale: sx, count: 8, format: f, title: xAxisTitle)
            a.fontSize = tickSize
            xAxis = a
        }
        var xa = xAxis
        xa.theme = theme
        body.append(xa.element(offset: plotBottom))

        // Clip the curves to the plot.
        let clipID = ChartFrame.id(idPrefix, "plot")
        body.append(SVGElement("defs", children: [SVGElement("clipPath", ["id": .text(clipID)], children: [
            SVGElement("rect", ["x": .n(left), "y": .n(plotTop), "width": .n(right - left), "height": .n(plotHeight)]),
        ])]))
        var curves = SVGElement("g", ["class": "limits", "clip-path": .text("url(#\(clipID))")])
        if let l = limits {
            let cx = l.denominators.map { logDenominator && $0 <= 0 ? Double.nan : xPos($0) }
            for (bounds, dash) in [((l.lower95, l.upper95), "4 3"), ((l.lower998, l.upper998), nil as String?)] {
                for b in [bounds.0, bounds.1] {
                    curves.append(Mark.line(zip(cx, b).map { PlotPoint($0, y($1)) },
                                            stroke: Stroke(theme.axisLine, width: 1.2, dash: dash)))
                }
            }
        }
        if let target {
            curves.append(Mark.rule(from: PlotPoint(left, y(target)), to: PlotPoint(right, y(target)),
                                    stroke: Stroke(theme.reference, width: 1.5)))
        }
        body.append(curves)

        var dots = SVGElement("g", ["class": "points"])
        var labelled: [(PlotPoint, String)] = []
        for p in shown {
            let pt = PlotPoint(xPos(p.denominator), y(p.rate))
            let s = standing(p)
            switch s {
            case .inside:
                dots.append(Mark.points([pt], radius: 3.5, fill: theme.neutral, stroke: Stroke(theme.background, width: 0.8)))
            case .beyond95:
                dots.append(Mark.points([pt], radius: 3.5, fill: theme.neutral, stroke: Stroke(theme.highlight, width: 1.6)))
            case .beyond998:
                dots.append(Mark.points([pt], radius: 4.5, fill: theme.highlight, stroke: Stroke(theme.background, width: 0.8)))
            }
            if p.labelled ?? (s == .beyond998) { labelled.append((pt, p.label)) }
        }
        body.append(dots)

        // Labels right of their point (left near the right edge), spread vertically, with leaders.
        let relaxed = LabelRelaxation.relax(labelled.map { .init(desired: $0.0.y, extent: labelSize * 1.25) },
                                            within: (plotTop, plotBottom))
        var labels = SVGElement("g", ["class": "point-labels"])
        for (k, (pt, label)) in labelled.enumerated() {
            let w = TextMeasure.width(label, fontSize: labelSize)
            let onLeft = pt.x + 10 + w > right
            let lx = onLeft ? pt.x - 10 : pt.x + 10
            let ly = relaxed.positions[k]
            if abs(ly - pt.y) > 2 {
                labels.append(Mark.rule(from: PlotPoint(pt.x + (onLeft ? -4 : 4), pt.y), to: PlotPoint(lx + (onLeft ? 2 : -2), ly),
                                        stroke: Stroke(theme.axisLine, width: 0.7)))
            }
            labels.append(Mark.text(label, at: PlotPoint(lx, ly), anchor: onLeft ? "end" : "start", size: labelSize,
                                    fill: theme.text, halo: theme.background))
        }
        body.append(labels)
        return frame.document(height: height, idPrefix: idPrefix, body: body).render()
    }
}
