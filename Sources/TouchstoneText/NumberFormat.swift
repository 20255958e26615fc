/// The one number formatter of Touchstone: text tables, CSV and JSON, messages, SVG coordinates, chart
/// labels and reports all print numbers through it, so that the same value reads the same everywhere.
///
/// ```
/// text = prefix + sign + grouped integer part + "." + decimals + suffix
/// ```
///
/// **Rounding rule.** The value is first written as its shortest round-trip decimal (the digits Swift's
/// `description`, JavaScript and Python's `repr` print), and that decimal is rounded half away from zero
/// (see ``DecimalDigits``). So a value prints as it would be rounded on paper from the digits a person sees:
/// `62.25` → "62.3" and `1.005` → "1.01" with two decimals, where `printf` gives "62.2" and "1.00" (it
/// rounds the exact binary value, ties to even). A value that rounds to zero prints without a sign ("0.0",
/// never "-0.0"). NaN prints `missing`; ±∞ prints "∞" with the sign. Locale-independent, so the same input
/// gives the same bytes on every machine.
///
/// | value     | format                                    | text        |
/// |-----------|-------------------------------------------|-------------|
/// | 62.25     | decimals 1                                | `62.3`      |
/// | 1.005     | decimals 2                                | `1.01`      |
/// | -0.004    | decimals 2                                | `0.00`      |
/// | -12.5     | decimals 1                                | `−12.5`     |
/// | -12.5     | decimals 1, minus "-"                     | `-12.5`     |
/// | 1234567   | decimals 0, grouping ","                  | `1,234,567` |
/// | 0.625     | decimals 1, suffix "%", multiplier 100    | `62.5%`     |
/// | 2         | decimals 1, explicit plus                 | `+2.0`      |
/// | 12.34     | decimals 3, trailing zeros trimmed        | `12.34`     |
/// | NaN       | missing "–"                               | `–`         |
///
/// A format value's defaults are those of a label people read (U+2212 minus, as d3-format's `",.2f"`);
/// the static forms ``fixed(_:decimals:missing:)``, ``signed(_:decimals:missing:)`` and ``full(_:)`` are the
/// plain-text forms of tables, CSV and JSON (ASCII hyphen-minus, which spreadsheets and parsers read back).
/// How many decimals a score gets follows from the score range: ``decimals(forRange:)``.
public struct NumberFormat: Sendable, Equatable {
    /// U+2212 MINUS SIGN, the sign of typeset numbers.
    public static let typographicMinus = "\u{2212}"
    /// U+002D HYPHEN-MINUS, the sign machines read.
    public static let asciiMinus = "-"

    public var decimals: Int
    public var groupingSeparator: String?
    public var minusSign: String
    /// "+" before positive values that do not round to zero.
    public var explicitPlus: Bool
    public var prefix: String
    public var suffix: String
    public var missing: String
    /// Factor applied before formatting: 100 with suffix "%" prints proportions as percentages. Powers of
    /// ten move the decimal point exactly (0.285 × 100 prints as 28.5, not 28.499999999999996).
    public var multiplier: Double
    /// Drop zeros at the end of the decimals (and the point when none are left): `12.340` → `12.34`.
    public var trimsTrailingZeros: Bool

    public init(decimals: Int = 1, groupingSeparator: String? = nil, minusSign: String = NumberFormat.typographicMinus,
                explicitPlus: Bool = false, prefix: String = "", suffix: String = "", missing: String = "–",
                multiplier: Double = 1, trimsTrailingZeros: Bool = false) {
        precondition((0...17).contains(decimals), "NumberFormat supports 0 to 17 decimals, not \(decimals)")
        self.decimals = decimals
        self.groupingSeparator = groupingSeparator
        self.minusSign = minusSign
        self.explicitPlus = explicitPlus
        self.prefix = prefix
        self.suffix = suffix
        self.missing = missing
        self.multiplier = multiplier
        self.trimsTrailingZeros = trimsTrailingZeros
    }

    public func callAsFunction(_ x: Double) -> String { format(x) }

    public func format(_ value: Double) -> String {
        guard !value.isNaN else { return missing }
        let shift = Self.powerOfTen(multiplier)
        let scaled = shift == nil ? value * multiplier : value
        guard scaled.isFinite else {
            return prefix + (scaled < 0 ? minusSign : explicitPlus ? "+" : "") + "∞" + suffix
        }
        let d = DecimalDigits(scaled).shifted(by: shift ?? 0).rounded(decimals: decimals)
        var whole = d.integerText
        if let sep = groupingSeparator, whole.count > 3 {
            var grouped = ""
            for (i, ch) in whole.enumerated() {
                if i > 0 && (whole.count - i) % 3 == 0 { grouped += sep }
                grouped.append(ch)
            }
            whole = grouped
        }
        var fraction = d.fractionText(decimals)
        if trimsTrailingZeros { while fraction.last == "0" { fraction.removeLast() } }
        let sign = d.isZero ? "" : d.negative ? minusSign : explicitPlus ? "+" : ""
        return prefix + sign + whole + (fraction.isEmpty ? "" : "." + fraction) + suffix
    }

    /// k when `m` is exactly 10^k (0 ≤ k ≤ 22, the powers a double holds exactly), else nil.
    static func powerOfTen(_ m: Double) -> Int? {
        var p = 1.0
        for k in 0...22 {
            if m == p { return k }
            p *= 10
        }
        return nil
    }
}
