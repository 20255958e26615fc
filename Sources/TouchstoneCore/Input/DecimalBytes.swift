/// Parses a plain decimal number straight from UTF-8 bytes, correctly rounded, or declines.
///
/// Accepted: `-?digits(.digits)?([eE][+-]?digits)?` with at most 15 significant digits and a decimal
/// exponent (after moving the point) within ±22, e.g. `12`, `-0.5`, `123.456`, `3e-4`, `1.5E+03`. Then
///
/// ```
/// value = m × 10^e   or   m ÷ 10^−e,   m < 10^15 < 2^53,  |e| ≤ 22
/// ```
///
/// is one IEEE multiplication or division of two exactly representable doubles, hence correctly rounded:
/// the same double as `Double(String)` (which rounds correctly too). Anything else — a `+` sign, `.5`, `1.`,
/// more digits, a larger exponent, `inf`, `nan`, hexadecimal, text — returns nil, and the caller reads the
/// cell the general way. `-0` gives −0.0 as `Double("-0")` does.
///
/// Reference: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990 (the fast path);
/// the same fast path opens Go's `strconv.ParseFloat` and Rust's `core::num::dec2flt`.
enum DecimalBytes {
    /// 10^0 … 10^22, all exact doubles.
    private static let powers: [Double] = (0 ... 22).map { e in (0 ..< e).reduce(1.0) { p, _ in p * 10 } }

    static func parse(_ p: UnsafePointer<UInt8>, count n: Int) -> Double? {
        var i = 0
        let negative = n > 0 && p[0] == 0x2D
        if negative { i = 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        let integerStart = i
        while i < n, p[i] &- 0x30 < 10 {
            if mantissa != 0 || p[i] != 0x30 { significant += 1 }
            mantissa = mantissa &* 10 &+ UInt64(p[i] &- 0x30)
            i += 1
        }
        guard i > integerStart else { return nil }
        var exponent = 0
        if i < n, p[i] == 0x2E {
            i += 1
            let fractionStart = i
            while i < n, p[i] &- 0x30 < 10 {
                if mantissa != 0 || p[i] != 0x30 { significant += 1 }
                mantissa = mantissa &* 10 &+ UInt64(p[i] &- 0x30)
                i += 1
            }
            guard i > fractionStart else { return nil }
            exponent = fractionStart - i
        }
        guard significant <= 15 else { return nil }
        if i < n, p[i] == 0x65 || p[i] == 0x45 {
            i += 1
            var negativeExponent = false
            if i < n, p[i] == 0x2D || p[i] == 0x2B {
                negativeExponent = p[i] == 0x2D
                i += 1
            }
            let digitsStart = i
            var e = 0
            while i < n, p[i] &- 0x30 < 10, i - digitsStart < 4 {
                e = e * 10 + Int(p[i] &- 0x30)
                i += 1
            }
            guard i > digitsStart else { return nil }
            exponent += negativeExponent ? -e : e
        }
        guard i == n else { return nil }
        var value = Double(mantissa)
        if mantissa != 0 {
            guard exponent >= -22, exponent <= 22 else { return nil }
            value = exponent < 0 ? value / powers[-exponent] : value * powers[exponent]
        }
        return negative ? -value : value
    }
}
