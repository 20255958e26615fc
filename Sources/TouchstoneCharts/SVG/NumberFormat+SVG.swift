import TouchstoneText

/// Fixed-precision number text for SVG coordinates, so that the same geometry always gives the same bytes.
///
/// ```
/// text = x rounded to `decimals` places (half away from zero, see NumberFormat), trailing zeros trimmed
/// ```
///
/// ASCII hyphen-minus (SVG's number syntax), no exponent, a result of zero is always `"0"` (never `"-0"`).
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
extension NumberFormat {
    /// The default number of decimals: three, enough for sub-pixel placement at any zoom a report needs.
    public static let svgDecimals = 3

    public static func svg(_ x: Double, decimals: Int = svgDecimals) -> String {
        assert(x.isFinite, "non-finite number reached the SVG writer")
        guard x.isFinite else { return "0" }
        return NumberFormat(decimals: decimals, minusSign: asciiMinus, trimsTrailingZeros: true)(x)
    }
}
