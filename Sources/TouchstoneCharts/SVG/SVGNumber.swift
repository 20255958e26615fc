/// Fixed-precision number text for SVG coordinates, so that the same geometry always gives the same bytes.
///
/// ```
/// text = round(x · 10^decimals) / 10^decimals, printed without exponent, trailing zeros trimmed
/// ```
///
/// Rounding is half away from zero on the scaled value; a result of zero is always `"0"` (never `"-0"`).
/// Non-finite input is a programmer error (marks drop missing values before drawing); in release builds it
/// prints `"0"` so the document stays well-formed.
///
/// | x          | text     |
/// |------------|----------|
/// | 1.0        | `1`      |
/// | 12.34567   | `12.346` |
/// | -0.0001    | `0`      |
/// | -2.5       | `-2.5`   |
/// | 0.1 + 0.2  | `0.3`    |
///
/// Matches the habit of d3-path's `digits(3)` output (d3-path ≥ 3.1).
public enum SVGNumber {
    /// The default number of decimals: three, enough for sub-pixel placement at any zoom a report needs.
    public static let defaultDecimals = 3

    public static func format(_ x: Double, decimals: Int = defaultDecimals) -> String {
        precondition((0...9).contains(decimals), "SVGNumber supports 0 to 9 decimals")
        assert(x.isFinite, "non-finite number reached the SVG writer")
        guard x.isFinite else { return "0" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (x * factor).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9.0e15 else { return String(x) }
        let n = Int64(scaled)
        if n == 0 { return "0" }
        let magnitude = n.magnitude
        let unit = UInt64(factor)
        let whole = magnitude / unit
        var fraction = magnitude % unit
        var text = n < 0 ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            var digits = decimals
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let f = String(fraction)
            text += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return text
    }
}
