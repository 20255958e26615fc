/// A finite double as the decimal a person reads: the digits of its shortest round-trip representation
/// (Swift's `description`, the same digits as JavaScript's `Number.prototype.toString` and Python's
/// `repr`), and rounding on those digits — never on the binary value.
///
/// ```
/// x = ± 0.d₁d₂…dₙ × 10^exponent      (d₁ ≠ 0, or n = 0 for zero)
/// ```
///
/// Rounding to `k` decimals looks at the first dropped digit only: 5–9 rounds away from zero, 0–4 toward.
/// Because the digits are the shortest that read back as `x`, `62.25` (exactly representable) and `1.005`
/// (stored as 1.00499999999999989…) both round up at the last place, as they would on paper; `printf("%.1f")`
/// gives "62.2" (ties to even on the exact binary value) and `printf("%.2f", 1.005)` gives "1.00".
/// Matches Python's `Decimal(repr(x)).quantize(…, rounding=ROUND_HALF_UP)` (the reference of the tests).
struct DecimalDigits: Equatable {
    var negative: Bool
    /// Significant digits, most significant first, no leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// Decimal exponent: the value is 0.d₁d₂… × 10^exponent.
    var exponent: Int

    /// The digits of `x` (finite). `-0.0` gives a negative zero (`digits` empty).
    init(_ x: Double) {
        precondition(x.isFinite, "DecimalDigits needs a finite number")
        var text = Substring(x.description)
        negative = text.first == "-"
        if negative { text = text.dropFirst() }
        var exp10 = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp10 = Int(text[text.index(after: e)...])!
            text = text[..<e]
        }
        var all: [UInt8] = []
        var pointAt: Int?
        for ch in text.utf8 {
            if ch == UInt8(ascii: ".") { pointAt = all.count } else { all.append(ch - UInt8(ascii: "0")) }
        }
        var point = (pointAt ?? all.count) + exp10
        var lead = 0
        while lead < all.count && all[lead] == 0 { lead += 1; point -= 1 }
        var end = all.count
        while end > lead && all[end - 1] == 0 { end -= 1 }
        digits = Array(all[lead..<end])
        exponent = digits.isEmpty ? 0 : point
    }

    init(negative: Bool, digits: [UInt8], exponent: Int) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
    }

    var isZero: Bool { digits.isEmpty }

    /// The value times 10^power (exact: only the exponent moves).
    func shifted(by power: Int) -> DecimalDigits {
        DecimalDigits(negative: negative, digits: digits, exponent: isZero ? 0 : exponent + power)
    }

    /// Rounded half away from zero to keep `count` digits after the leading position `exponent` (that is,
    /// to the place 10^(exponent − count)). `count` ≤ 0 keeps nothing unless the first dropped digit rounds up.
    private func rounded(keeping count: Int) -> DecimalDigits {
        guard count < digits.count else { return self }
        if count < 0 { return DecimalDigits(negative: negative, digits: [], exponent: 0) }
        var kept = Array(digits[..<count])
        var exp = exponent
        if digits[count] >= 5 {
            var i = kept.count - 1
            while i >= 0 && kept[i] == 9 { kept[i] = 0; i -= 1 }
            if i >= 0 { kept[i] += 1 } else { kept.insert(1, at: 0); exp += 1 }
        }
        while kept.last == 0 { kept.removeLast() }
        return DecimalDigits(negative: negative, digits: kept, exponent: kept.isEmpty ? 0 : exp)
    }

    /// Rounded half away from zero to `decimals` places after the decimal point.
    func rounded(decimals: Int) -> DecimalDigits { rounded(keeping: exponent + decimals) }

    /// Rounded half away from zero to `significant` significant digits.
    func rounded(significant: Int) -> DecimalDigits { rounded(keeping: significant) }

    /// The integer part's digits ("0" when there are none).
    var integerText: String {
        guard exponent > 0 else { return "0" }
        var s = ""
        s.reserveCapacity(exponent)
        for i in 0..<exponent { s.append(Character(Unicode.Scalar(UInt8(ascii: "0") + (i < digits.count ? digits[i] : 0)))) }
        return s
    }

    /// Exactly `decimals` digits after the point (zero-padded; the value must already be rounded to them).
    func fractionText(_ decimals: Int) -> String {
        var s = ""
        s.reserveCapacity(decimals)
        for place in 0..<decimals {
            let i = exponent + place  // index into digits of the (place+1)-th fractional digit
            let d: UInt8 = (i >= 0 && i < digits.count) ? digits[i] : 0
            s.append(Character(Unicode.Scalar(UInt8(ascii: "0") + d)))
        }
        return s
    }

    /// Number of digits after the point that the value has (0 for whole numbers).
    var fractionLength: Int { max(0, digits.count - exponent) }
}
