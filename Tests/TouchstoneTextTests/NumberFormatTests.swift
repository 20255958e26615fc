import Foundation
import Testing
@testable import TouchstoneText

/// Reference: `Tests/References/text/number_format_reference.csv`, written by `number_format_reference.py`
/// (Python 3.11.7, standard library `decimal`): `Decimal(repr(x)).quantize(10^-d, ROUND_HALF_UP)`, the
/// shortest round-trip decimal rounded half away from zero, beside C's `printf("%.*f")` for comparison.
@Suite("Number format")
struct NumberFormatTests {
    struct Row { var x: Double, decimals: Int, expected: String, printf: String }

    static let rows: [Row] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let text = try! String(contentsOf: root.appendingPathComponent("References/text/number_format_reference.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Row(x: Double(f[0])!, decimals: Int(f[1])!, expected: f[2], printf: f[3])
        }
    }()

    @Test("fixed matches Python's Decimal(repr(x)) rounded half up on 752 values, including 54 where printf differs (a tie or a negative zero)")
    func reference() {
        #expect(Self.rows.count == 752)
        #expect(Self.rows.filter { $0.expected != $0.printf }.count == 54)
        for row in Self.rows {
            #expect(NumberFormat.fixed(row.x, decimals: row.decimals) == row.expected, "\(row.x) to \(row.decimals)")
        }
    }

    @Test("ties in the shortest decimal round away from zero: 62.25 → 62.3, 1.005 → 1.01, −2.5 → −3")
    func ties() {
        #expect(NumberFormat.fixed(62.25, decimals: 1) == "62.3")
        #expect(NumberFormat.fixed(-62.25, decimals: 1) == "-62.3")
        #expect(NumberFormat.fixed(1.005, decimals: 2) == "1.01")
        #expect(NumberFormat.fixed(9.995, decimals: 2) == "10.00")
        #expect(NumberFormat.fixed(0.0049999, decimals: 2) == "0.00")
        #expect(NumberFormat(decimals: 0)(-2.5) == "\u{2212}3")
        #expect(NumberFormat(decimals: 1)(62.25) == NumberFormat.fixed(62.25, decimals: 1))
    }

    @Test("a value that rounds to zero has no sign; NaN prints the missing mark; infinities print ∞")
    func signsAndMissing() {
        #expect(NumberFormat.fixed(-0.004, decimals: 2) == "0.00")
        #expect(NumberFormat.fixed(-0.0, decimals: 1) == "0.0")
        #expect(NumberFormat.signed(-0.04, decimals: 1) == "0.0")
        #expect(NumberFormat.signed(0.04, decimals: 1) == "0.0")
        #expect(NumberFormat.signed(0.05, decimals: 1) == "+0.1")
        #expect(NumberFormat.signed(-1.25, decimals: 1) == "-1.3")
        #expect(NumberFormat.fixed(.nan, decimals: 1) == "–")
        #expect(NumberFormat.fixed(.nan, decimals: 1, missing: "") == "")
        #expect(NumberFormat(decimals: 1)(-.infinity) == "\u{2212}∞")
        #expect(NumberFormat.full(.nan).isEmpty)
    }

    @Test("label decorations: typographic minus, grouping, prefix, suffix, exact percentage multiplier")
    func decorations() {
        #expect(NumberFormat(decimals: 1)(-12.5) == "\u{2212}12.5")
        #expect(NumberFormat(decimals: 1, minusSign: "-")(-12.5) == "-12.5")
        #expect(NumberFormat(decimals: 0, groupingSeparator: ",")(1234567) == "1,234,567")
        #expect(NumberFormat(decimals: 0, groupingSeparator: ",")(-1234) == "\u{2212}1,234")
        #expect(NumberFormat(decimals: 0, groupingSeparator: ",")(999) == "999")
        #expect(NumberFormat(decimals: 1, suffix: "%", multiplier: 100)(0.625) == "62.5%")
        // 0.285 × 100 is 28.499999999999996 in binary; the decimal point moves exactly.
        #expect(NumberFormat(decimals: 0, suffix: "%", multiplier: 100)(0.285) == "29%")
        #expect(NumberFormat(decimals: 1, prefix: "≈")(2) == "≈2.0")
        #expect(NumberFormat(decimals: 1, explicitPlus: true)(2) == "+2.0")
        #expect(NumberFormat(decimals: 3, trimsTrailingZeros: true)(12.34) == "12.34")
        #expect(NumberFormat(decimals: 3, trimsTrailingZeros: true)(12.0004) == "12")
    }

    @Test("full is the shortest round-trip text, whole numbers without a point")
    func full() {
        #expect(NumberFormat.full(3) == "3")
        #expect(NumberFormat.full(-3) == "-3")
        #expect(NumberFormat.full(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberFormat.full(62.25) == "62.25")
        #expect(NumberFormat.full(1e-5) == "1e-05")
    }

    @Test("significant matches C's %.4g except that ties in the shortest decimal round away from zero")
    func significant() {
        // printf("%.4g") of each value (glibc), where it agrees with the rule.
        let cases: [(Double, String)] = [(12, "12"), (0.123456, "0.1235"), (12345.67, "1.235e+04"),
                                         (0.00001234, "1.234e-05"), (-0.5, "-0.5"), (3.14159, "3.142"),
                                         (0.0001, "0.0001"), (99999.5, "1e+05"), (1.5e20, "1.5e+20"),
                                         (2.5e20, "2.5e+20"), (0.1 + 0.2, "0.3"), (1234.5678, "1235")]
        for (v, text) in cases {
            #expect(NumberFormat.significant(v) == text, "\(v)")
        }
        // 1.0045 is a tie in its shortest decimal; %.4g rounds the binary value 1.00449999… down to "1.004".
        #expect(NumberFormat.significant(1.0045) == "1.005")
        #expect(NumberFormat.significant(.nan) == "NaN")
    }

    @Test("decimals resolve a thousandth of the score scale")
    func decimalsForRange() {
        #expect(NumberFormat.decimals(forRange: 100) == 1)
        #expect(NumberFormat.decimals(forRange: 1) == 3)
        #expect(NumberFormat.decimals(forRange: 10) == 2)
        #expect(NumberFormat.decimals(forRange: 6) == 3)
        #expect(NumberFormat.decimals(forRange: 1000) == 1)
        #expect(NumberFormat.decimals(forRange: 0.01) == 5)
        #expect(NumberFormat.decimals(forRange: 0) == 1)
    }
}
