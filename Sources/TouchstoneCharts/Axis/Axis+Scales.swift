import TouchstoneText

/// Axes built from a scale: tick values from the scale, labels from a number format.
extension Axis {
    /// Ticks of a linear scale (about `count` of them, 1-2-5 steps), labelled with `format` or, by default,
    /// with just enough decimals for the step.
    public init(_ orientation: Orientation, scale: LinearScale, count: Int = 5, format: NumberFormat? = nil,
                title: String? = nil) {
        let f = format ?? scale.tickFormat(count)
        let ticks = scale.ticks(count).map { AxisTick(position: scale($0), label: f($0)) }
        self.init(orientation, ticks: ticks, extent: scale.range, title: title)
    }

    /// Ticks of a log scale, labelled with `format` (default: no decimals above 1, enough below).
    public init(_ orientation: Orientation, scale: LogScale, count: Int = 10, format: NumberFormat? = nil,
                title: String? = nil) {
        let values = scale.ticks(count)
        let ticks = values.map { v -> AxisTick in
            let f = format ?? NumberFormat(decimals: v >= 1 ? 0 : Ticks.decimals(forStep: v),
                                                groupingSeparator: ",")
            return AxisTick(position: scale(v), label: f(v))
        }
        self.init(orientation, ticks: ticks, extent: scale.range, title: title)
    }

    /// One tick at the centre of each band, labelled with the band's label (or `labels[i]` when given).
    public init(_ orientation: Orientation, scale: BandScale, labels: [String]? = nil, title: String? = nil) {
        precondition(labels == nil || labels!.count == scale.domain.count, "one label per band")
        let ticks = scale.domain.indices.map { i in
            AxisTick(position: scale.center(at: i), label: labels?[i] ?? scale.domain[i])
        }
        self.init(orientation, ticks: ticks, extent: scale.range, title: title)
        self.thinOverlappingLabels = false
    }

    /// Ticks at whole numbers (years, ranks) of a linear scale: every integer when they fit, else integer
    /// multiples of a 1-2-5 step.
    public static func integers(_ orientation: Orientation, scale: LinearScale, count: Int = 10,
                                title: String? = nil) -> Axis {
        let lo = min(scale.domain.lower, scale.domain.upper), hi = max(scale.domain.lower, scale.domain.upper)
        var step = max(1, Ticks.tickStep(lo, hi, count: count))
        step = step.rounded(.up)
        var values: [Double] = []
        var v = (lo / step).rounded(.up) * step
        while v <= hi + 1e-9 {
            values.append(v)
            v += step
        }
        let f = NumberFormat(decimals: 0)
        let ticks = values.map { AxisTick(position: scale($0), label: f($0)) }
        return Axis(orientation, ticks: ticks, extent: scale.range, title: title)
    }
}
