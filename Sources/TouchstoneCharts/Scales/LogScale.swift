import Foundation

/// A base-10 logarithmic map from a positive domain to a pixel range, like d3-scale's `scaleLog`.
///
/// ```
/// y = r0 + (log10 x − log10 d0) / (log10 d1 − log10 d0) · (r1 − r0)
/// ```
///
/// Values ≤ 0 and NaN have no position and map to NaN (marks drop them). The domain must be positive.
public struct LogScale: Sendable, Equatable {
    public var domain: (lower: Double, upper: Double)
    public var range: (lower: Double, upper: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        precondition(domain.0 > 0 && domain.1 > 0, "a log scale needs a positive domain")
        self.domain = domain
        self.range = range
    }

    public func callAsFunction(_ x: Double) -> Double {
        guard x > 0 else { return .nan }
        let a = log10(domain.lower), b = log10(domain.upper)
        guard a != b else { return (range.lower + range.upper) / 2 }
        return range.lower + (log10(x) - a) / (b - a) * (range.upper - range.lower)
    }

    /// The domain extended to whole powers of ten: (3, 420) → (1, 1000).
    public func nice() -> LogScale {
        var copy = self
        let lo = min(domain.lower, domain.upper), hi = max(domain.lower, domain.upper)
        let nlo = pow(10, log10(lo).rounded(.down)), nhi = pow(10, log10(hi).rounded(.up))
        copy.domain = domain.lower <= domain.upper ? (nlo, nhi) : (nhi, nlo)
        return copy
    }

    /// Tick values: 1, 2 and 5 times each power of ten when the domain spans few decades, powers of ten
    /// alone (every k-th when there are many) otherwise, linear ticks inside a single short decade.
    ///
    /// | domain      | ticks(10)                                   |
    /// |-------------|---------------------------------------------|
    /// | 1 … 1000    | 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000    |
    /// | 1 … 10^8    | 1, 10, 100, …, 10^8                         |
    /// | 1 … 10^20   | 1, 100, 10^4, …, 10^20 (every 2nd power)    |
    /// | 20 … 40     | 20, 22, …, 40 (d3 linear ticks)             |
    ///
    /// d3-scale lists all of 1…9 per decade instead of 1, 2, 5; the 1-2-5 subset labels more cleanly.
    public func ticks(_ count: Int = 10) -> [Double] {
        let lo = min(domain.lower, domain.upper), hi = max(domain.lower, domain.upper)
        let i = Int(log10(lo).rounded(.down)), j = Int(log10(hi).rounded(.up))
        let decades = j - i
        var out: [Double] = []
        if decades * 3 <= max(count, 1) + 1 {
            for p in i...j {
                for k in [1.0, 2, 5] {
                    let t = p < 0 ? k / pow(10, Double(-p)) : k * pow(10, Double(p))
                    if t >= lo * (1 - 1e-12) && t <= hi * (1 + 1e-12) { out.append(t) }
                }
            }
        } else {
            let every = max(1, Int((Double(decades) / Double(max(count, 1))).rounded(.up)))
            var p = i
            while p <= j {
                let t = pow(10, Double(p))
                if t >= lo * (1 - 1e-12) && t <= hi * (1 + 1e-12) { out.append(t) }
                p += every
            }
        }
        if out.count < 2 { out = Ticks.ticks(lo, hi, count: count) }
        return domain.lower <= domain.upper ? out : out.reversed()
    }

    public static func == (a: LogScale, b: LogScale) -> Bool { a.domain == b.domain && a.range == b.range }
}
