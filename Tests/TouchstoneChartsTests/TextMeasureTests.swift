import Testing
@testable import TouchstoneCharts
import TouchstoneText

@Suite("Text measurement")
struct TextMeasureTests {
    @Test("CJK ideographs, kana, Hangul and fullwidth forms count as one full em each")
    func wide() {
        #expect(TextMeasure.width("北京", fontSize: 10) == 20)
        #expect(TextMeasure.width("ひらがな", fontSize: 10) == 40)
        #expect(TextMeasure.width("한국", fontSize: 10) == 20)
        #expect(TextMeasure.width("ＡＢ", fontSize: 10) == 20)
        #expect(TextMeasure.width("，。", fontSize: 10) == 20)
        #expect(TextMeasure.width("𠀀", fontSize: 10) == 10)  // CJK Extension B
    }

    @Test("Latin text is narrower than CJK of the same length, with i and l narrow and m, w and capitals wide")
    func latin() {
        #expect(TextMeasure.width("Beijing", fontSize: 10) < TextMeasure.width("北京分部分部分", fontSize: 10))
        #expect(TextMeasure.ems("i") < TextMeasure.ems("a"))
        #expect(TextMeasure.ems("l") < TextMeasure.ems("a"))
        #expect(TextMeasure.ems(".") < TextMeasure.ems("a"))
        #expect(TextMeasure.ems("m") > TextMeasure.ems("a"))
        #expect(TextMeasure.ems("W") > TextMeasure.ems("A"))
        #expect(TextMeasure.ems("A") > TextMeasure.ems("a"))
        let average = TextMeasure.ems("the quick brown fox jumps over the lazy dog") / 43
        #expect(average > 0.45 && average < 0.6)
    }

    @Test("combining marks and zero-width characters take no width")
    func zeroWidth() {
        #expect(TextMeasure.width("e\u{301}", fontSize: 10) == TextMeasure.width("e", fontSize: 10))
        #expect(TextMeasure.width("a\u{200B}b", fontSize: 10) == TextMeasure.width("ab", fontSize: 10))
        #expect(TextMeasure.width("", fontSize: 10) == 0)
    }

    @Test("truncation ends in an ellipsis within the width and keeps short text as it is")
    func truncation() {
        #expect(TextMeasure.truncate("重庆市渝中区分部", toWidth: 50, fontSize: 10) == "重庆市渝…")
        #expect(TextMeasure.truncate("北京", toWidth: 50, fontSize: 10) == "北京")
        let cut = TextMeasure.truncate("Harbin Liaison Office", toWidth: 60, fontSize: 10)
        #expect(cut.hasSuffix("…"))
        #expect(TextMeasure.width(cut, fontSize: 10) <= 60)
        #expect(TextMeasure.truncate("北京", toWidth: 3, fontSize: 10) == "…")
    }

    @Test("truncation never separates a combining mark from its letter")
    func graphemes() {
        let cut = TextMeasure.truncate("e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}", toWidth: 20, fontSize: 10)
        #expect(cut.unicodeScalars.first == "e")
        #expect(cut.dropLast().allSatisfy { $0 == "e\u{301}" })
    }

    @Test("wrapping breaks Latin at spaces and CJK between characters, within the width")
    func wrapping() {
        let latin = TextMeasure.wrap("one two three four five six", toWidth: 60, fontSize: 10)
        #expect(latin.count > 1)
        #expect(latin.allSatisfy { TextMeasure.width($0, fontSize: 10) <= 60 })
        #expect(latin.joined(separator: " ") == "one two three four five six")
        let cjk = TextMeasure.wrap("综合指数排名与走势说明", toWidth: 40, fontSize: 10)
        #expect(cjk == ["综合指数", "排名与走", "势说明"])
        let capped = TextMeasure.wrap("综合指数排名与走势说明", toWidth: 40, fontSize: 10, maxLines: 2)
        #expect(capped.count == 2 && capped[1].hasSuffix("…"))
    }
}

@Suite("Number format")
struct NumberFormatTests {
    @Test("fixed decimals, half away from zero, typographic minus, no negative zero")
    func basics() {
        let f = NumberFormat(decimals: 2)
        #expect(f(3.14159) == "3.14")
        #expect(f(-0.004) == "0.00")
        #expect(f(2.5) == "2.50")
        #expect(NumberFormat(decimals: 0)(-2.5) == "\u{2212}3")
        #expect(NumberFormat(decimals: 1)(-12.5) == "\u{2212}12.5")
        #expect(NumberFormat(decimals: 0)(0.5) == "1")
        #expect(f(.nan) == "–")
    }

    @Test("grouping, prefix, suffix and multiplier")
    func decorations() {
        #expect(NumberFormat(decimals: 0, groupingSeparator: ",")(1234567) == "1,234,567")
        #expect(NumberFormat(decimals: 0, groupingSeparator: ",")(-1234) == "\u{2212}1,234")
        #expect(NumberFormat(decimals: 0, groupingSeparator: ",")(999) == "999")
        #expect(NumberFormat(decimals: 1, suffix: "%", multiplier: 100)(0.625) == "62.5%")
        #expect(NumberFormat(decimals: 1, prefix: "+")(2) == "+2.0")
    }
}
