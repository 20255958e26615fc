/// Evenly spaced bands for categories, like d3-scale's `scaleBand`.
///
/// ```
/// step      = (r1 − r0) / max(1, n − paddingInner + 2 · paddingOuter)
/// start     = r0 + (r1 − r0 − step · (n − paddingInner)) · align
/// bandwidth = step · (1 − paddingInner)
/// band(i)   = start + step · i
/// ```
///
/// The domain keeps the first occurrence of each label. An unknown label has no band (`nil`).
///
/// | domain  | range    | paddingInner | paddingOuter | step  | bandwidth | a, b, c                 |
/// |---------|----------|--------------|--------------|-------|-----------|-------------------------|
/// | a, b, c | 0…960    | 0            | 0            | 320   | 320       | 0, 320, 640             |
/// | a, b, c | 0…120    | 0.2          | 0.1          | 40    | 32        | 4, 44, 84               |
///
/// A reversed range (r1 < r0) lists the bands from r1 upward in reverse order, as d3 does.
public struct BandScale: Sendable, Equatable {
    public private(set) var domain: [String]
    public var range: (lower: Double, upper: Double)
    public var paddingInner: Double
    public var paddingOuter: Double
    public var align: Double

    public init(domain: [String], range: (Double, Double), paddingInner: Double = 0, paddingOuter: Double = 0,
                align: Double = 0.5) {
        var seen = Set<String>()
        self.domain = domain.filter { seen.insert($0).inserted }
        self.range = range
        self.paddingInner = min(1, max(0, paddingInner))
        self.paddingOuter = max(0, paddingOuter)
        self.align = min(1, max(0, align))
    }

    /// Sets inner and outer padding together (d3's `band.padding`).
    public init(domain: [String], range: (Double, Double), padding: Double) {
        self.init(domain: domain, range: range, paddingInner: padding, paddingOuter: padding)
    }

    private var layout: (start: Double, step: Double, reverse: Bool) {
        let n = Double(domain.count)
        let reverse = range.upper < range.lower
        let r0 = reverse ? range.upper : range.lower
        let r1 = reverse ? range.lower : range.upper
        let step = (r1 - r0) / max(1, n - paddingInner + paddingOuter * 2)
        let start = r0 + (r1 - r0 - step * (n - paddingInner)) * align
        return (start, step, reverse)
    }

    public var step: Double { layout.step }
    public var bandwidth: Double { layout.step * (1 - paddingInner) }

    /// The start of the band at `index` in the domain.
    public func position(at index: Int) -> Double {
        let (start, step, reverse) = layout
        let i = reverse ? domain.count - 1 - index : index
        return start + step * Double(i)
    }

    /// The start of the band of `label`, nil when it is not in the domain.
    public func callAsFunction(_ label: String) -> Double? {
        guard let i = domain.firstIndex(of: label) else { return nil }
        return position(at: i)
    }

    /// The centre of the band at `index`.
    public func center(at index: Int) -> Double { position(at: index) + bandwidth / 2 }

    public static func == (a: BandScale, b: BandScale) -> Bool {
        a.domain == b.domain && a.range == b.range && a.paddingInner == b.paddingInner
            && a.paddingOuter == b.paddingOuter && a.align == b.align
    }
}
