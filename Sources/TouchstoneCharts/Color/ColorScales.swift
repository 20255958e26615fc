/// Categories to colours, cycling through a palette in order of first appearance (d3 `scaleOrdinal`).
///
/// ```swift
/// let c = OrdinalColorScale(domain: ["East", "West"])
/// c("West")   // Palette.okabeIto[1]
/// c("North")  // not in the domain: the colour after the known ones
/// ```
/// Every label outside the domain shares the colour after the known ones; to keep colours stable across
/// charts, pass the full domain up front. Past the palette's end colours repeat.
public struct OrdinalColorScale: Sendable {
    public private(set) var domain: [String]
    public var palette: [RGBColor]

    public init(domain: [String], palette: [RGBColor] = Palette.okabeIto) {
        precondition(!palette.isEmpty, "an ordinal colour scale needs at least one colour")
        var seen = Set<String>()
        self.domain = domain.filter { seen.insert($0).inserted }
        self.palette = palette
    }

    public func callAsFunction(_ label: String) -> RGBColor {
        let i = domain.firstIndex(of: label) ?? domain.count
        return palette[i % palette.count]
    }
}

/// Numbers to colours along a ramp of stops, interpolated in CIE Lab (d3 `scaleSequential` with
/// `interpolateLab` over a piecewise ramp).
///
/// ```
/// t = clamp((x − d0) / (d1 − d0), 0, 1);  segment k = ⌊t · (n − 1)⌋;  colour = Lab mix of stops k, k+1
/// ```
///
/// NaN gives nil (the chart draws its missing-value pattern). A zero-width domain gives the middle stop.
///
/// | domain | stops          | x   | colour                   |
/// |--------|----------------|-----|--------------------------|
/// | 0…1    | viridis (9)    | 0   | `#440154`                |
/// | 0…1    | viridis (9)    | 0.5 | `#21918c`                |
/// | 0…1    | viridis (9)    | 2   | `#fde725` (clamped)      |
public struct SequentialColorScale: Sendable {
    public var domain: (lower: Double, upper: Double)
    public var stops: [RGBColor]
    private let lab: [LabColor]

    public init(domain: (Double, Double), stops: [RGBColor] = Palette.viridis) {
        precondition(stops.count >= 2, "a colour ramp needs at least two stops")
        self.domain = domain
        self.stops = stops
        self.lab = stops.map(LabColor.init)
    }

    /// The colour a fraction `t` (0…1) along the ramp.
    public func interpolate(_ t: Double) -> RGBColor {
        let u = min(1, max(0, t)) * Double(lab.count - 1)
        let k = min(lab.count - 2, Int(u.rounded(.down)))
        let f = u - Double(k)
        if f == 0 { return stops[k] }
        if f == 1 { return stops[k + 1] }
        return lab[k].mix(lab[k + 1], f).rgb
    }

    public func callAsFunction(_ x: Double) -> RGBColor? {
        guard !x.isNaN else { return nil }
        let (d0, d1) = domain
        guard d1 != d0 else { return interpolate(0.5) }
        return interpolate((x - d0) / (d1 - d0))
    }
}

/// Numbers to colours on a two-sided ramp around a midpoint (d3 `scaleDiverging`): the lower half of the
/// ramp covers `lower…mid`, the upper half `mid…upper`, so the neutral middle stop sits exactly on `mid`
/// even when the sides are of unequal length.
///
/// | domain        | x    | t     |
/// |---------------|------|-------|
/// | -2, 0, 10     | -2   | 0     |
/// | -2, 0, 10     | 0    | 0.5   |
/// | -2, 0, 10     | 5    | 0.75  |
///
/// NaN gives nil. The default ramp is ColorBrewer BrBG (brown–white–teal), colour-blind safe.
public struct DivergingColorScale: Sendable {
    public var domain: (lower: Double, mid: Double, upper: Double)
    private let ramp: SequentialColorScale

    public init(domain: (Double, Double, Double), stops: [RGBColor] = Palette.brownTeal) {
        self.domain = domain
        self.ramp = SequentialColorScale(domain: (0, 1), stops: stops)
    }

    public var stops: [RGBColor] { ramp.stops }

    /// Position on the ramp, 0…1, with `mid` at 0.5.
    public func fraction(_ x: Double) -> Double {
        let (lo, mid, hi) = domain
        if x < mid { return lo == mid ? 0.5 : 0.5 * (x - lo) / (mid - lo) }
        return hi == mid ? 0.5 : 0.5 + 0.5 * (x - mid) / (hi - mid)
    }

    public func callAsFunction(_ x: Double) -> RGBColor? {
        guard !x.isNaN else { return nil }
        return ramp.interpolate(fraction(x))
    }
}
