/// A continuous linear map from a data domain to a pixel range, like d3-scale's `scaleLinear`.
///
/// ```
/// y = r0 + (x − d0) / (d1 − d0) · (r1 − r0)
/// ```
///
/// A domain of zero width maps every value to the middle of the range (as d3 does). Missing values (NaN) map
/// to NaN, which marks treat as a gap. With `clamp`, values outside the domain map to the range's ends.
///
/// ```swift
/// let x = LinearScale(domain: (0, 100), range: (0, 500))
/// x(25)          // 125
/// x.invert(250)  // 50
/// ```
public struct LinearScale: Sendable, Equatable {
    public var domain: (lower: Double, upper: Double)
    public var range: (lower: Double, upper: Double)
    public var clamp: Bool

    public init(domain: (Double, Double), range: (Double, Double), clamp: Bool = false) {
        self.domain = domain
        self.range = range
        self.clamp = clamp
    }

    /// A domain covering `values` (missing ones ignored), `fallback` when none is present.
    public static func extent(of values: [Double], including extra: [Double] = [], fallback: (Double, Double) = (0, 1))
        -> (Double, Double)
    {
        let present = (values + extra).filter { $0.isFinite }
        guard let lo = present.min(), let hi = present.max() else { return fallback }
        return (lo, hi)
    }

    public func callAsFunction(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        let (d0, d1) = domain
        let (r0, r1) = range
        guard d1 != d0 else { return (r0 + r1) / 2 }
        var t = (x - d0) / (d1 - d0)
        if clamp { t = min(1, max(0, t)) }
        return r0 + t * (r1 - r0)
    }

    /// The domain value at pixel `y`.
    public func invert(_ y: Double) -> Double {
        let (d0, d1) = domain
        let (r0, r1) = range
        guard r1 != r0 else { return (d0 + d1) / 2 }
        return d0 + (y - r0) / (r1 - r0) * (d1 - d0)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range && a.clamp == b.clamp
    }
}
