/// Locale-independent number text for tick and value labels: fixed decimals, an optional thousands
/// separator, a typographic minus, and an optional prefix and suffix supplied by the caller.
///
/// ```
/// text = prefix + sign + grouped integer part + "." + decimals + suffix
/// ```
///
/// Rounds half away from zero; a value that rounds to zero prints without a sign. NaN prints `missing`.
///
/// | value     | format                                   | text        |
/// |-----------|------------------------------------------|-------------|
/// | 3.14159   | decimals 2                               | `3.14`      |
/// | -0.004    | decimals 2                               | `0.00`      |
/// | -12.5     | decimals 1                               | `−12.5`     |
/// | 1234567   | decimals 0, grouping ","                 | `1,234,567` |
/// | 0.25      | decimals 1, suffix "%"                   | `0.3%`      |
/// | 0.625     | decimals 1, suffix "%", multiplier 100   | `62.5%`     |
/// | NaN       | missing "–"                              | `–`         |
///
/// Like d3-format's `",.2f"` with its default U+2212 minus sign; the decimals for axis ticks come from the
/// tick step (``Ticks/decimals(forStep:)``).
public struct ChartNumberFormat: Sendable, Equatable {
    public var decimals: Int
    public var groupingSeparator: String?
    public var minusSign: String
    public var prefix: String
    public var suffix: String
    public var missing: String
    /// Factor applied before formatting: 100 with suffix "%" prints proportions as percentages.
    public var multiplier: Double

    public init(decimals: Int = 1, groupingSeparator: String? = nil, minusSign: String = "\u{2212}",
                prefix: String = "", suffix: String = "", missing: String = "–", multiplier: Double = 1) {
        precondition((0...9).contains(decimals), "ChartNumberFormat supports 0 to 9 decimals")
        self.decimals = decimals
        self.groupingSeparator = groupingSeparator
        self.minusSign = minusSign
        self.prefix = prefix
        self.suffix = suffix
        self.missing = missing
        self.multiplier = multiplier
    }

    public func callAsFunction(_ x: Double) -> String { format(x) }

    public func format(_ value: Double) -> String {
        let x = value * multiplier
        guard x.isFinite else { return x.isNaN ? missing : (x < 0 ? minusSign : "") + "∞" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(x) * factor).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return prefix + (x < 0 ? minusSign : "") + String(abs(x)) + suffix }
        let n = UInt64(scaled)
        let unit = UInt64(factor)
        var whole = String(n / unit)
        if let sep = groupingSeparator, whole.count > 3 {
            var grouped = ""
            for (i, ch) in whole.enumerated() {
                if i > 0 && (whole.count - i) % 3 == 0 { grouped += sep }
                grouped.append(ch)
            }
            whole = grouped
        }
        var text = whole
        if decimals > 0 {
            let f = String(n % unit)
            text += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        let sign = (x < 0 && n != 0) ? minusSign : ""
        return prefix + sign + text + suffix
    }
}
