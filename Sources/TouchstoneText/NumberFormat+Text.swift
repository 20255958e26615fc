/// The plain-text forms: tables, CSV, JSON and messages (ASCII hyphen-minus).
extension NumberFormat {
    /// Fixed decimals, half away from zero on the shortest decimal (see ``NumberFormat``); `missing` for NaN;
    /// never "-0.0". `fixed(62.25, decimals: 1)` = "62.3".
    public static func fixed(_ v: Double, decimals: Int, missing: String = "–") -> String {
        NumberFormat(decimals: decimals, minusSign: asciiMinus, missing: missing)(v)
    }

    /// Fixed decimals with an explicit "+" on positive values; values that round to zero print unsigned.
    public static func signed(_ v: Double, decimals: Int, missing: String = "–") -> String {
        NumberFormat(decimals: decimals, minusSign: asciiMinus, explicitPlus: true, missing: missing)(v)
    }

    /// The shortest text that reads back as the same double (Swift's `description`), whole numbers below
    /// 10^15 without ".0"; `missing` (empty by default) for NaN. `full(3)` = "3", `full(0.1 + 0.2)` =
    /// "0.30000000000000004", `full(1e-5)` = "1e-05".
    public static func full(_ v: Double, missing: String = "") -> String {
        guard !v.isNaN else { return missing }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }

    /// A number for messages: `digits` significant digits (half away from zero on the shortest decimal),
    /// trailing zeros dropped, whole numbers below 10^15 in full; like C's `%.4g` otherwise, including its
    /// exponent form for magnitudes below 10⁻⁴ or at least 10^digits. "NaN" for NaN.
    ///
    /// | v | text |
    /// |---|---|
    /// | 12 | `12` |
    /// | 0.123456 | `0.1235` |
    /// | 12345.67 | `1.235e+04` |
    /// | 0.00001234 | `1.234e-05` |
    public static func significant(_ v: Double, digits: Int = 4) -> String {
        precondition(digits >= 1, "significant needs at least one digit")
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        let d = DecimalDigits(v).rounded(significant: digits)
        let sign = d.negative ? "-" : ""
        let e = d.exponent - 1  // the power of ten of the leading digit
        if e < -4 || e >= digits {
            var mantissa = String(d.digits[0])
            if d.digits.count > 1 { mantissa += "." + d.digits.dropFirst().map(String.init).joined() }
            let magnitude = abs(e) < 10 ? "0\(abs(e))" : "\(abs(e))"
            return sign + mantissa + "e" + (e < 0 ? "-" : "+") + magnitude
        }
        let fraction = d.fractionText(d.fractionLength)
        return sign + d.integerText + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Decimals for scores on a scale of width `width` (upper − lower bound): the fewest, at least one, that
    /// resolve a thousandth of the scale, so that `10^-decimals ≤ width / 1000`.
    ///
    /// | scale | decimals |
    /// |---|---|
    /// | 0–100 | 1 |
    /// | 0–10, 1–7 | 2, 3 |
    /// | 0–1 | 3 |
    public static func decimals(forRange width: Double) -> Int {
        guard width.isFinite, width > 0 else { return 1 }
        var d = 0
        var scaled = width
        while scaled < 1000 && d < 9 { scaled *= 10; d += 1 }
        return max(1, d)
    }
}
