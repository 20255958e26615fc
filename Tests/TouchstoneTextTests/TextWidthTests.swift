import Testing
@testable import TouchstoneText

@Suite("Display width and Markdown tables")
struct TextWidthTests {
    @Test("East Asian wide characters take two columns, combining marks none")
    func widths() {
        #expect(TextWidth.of("Rank") == 4)
        #expect(TextWidth.of("排名") == 4)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("ｱ") == 1)  // halfwidth katakana is narrow
        #expect(TextWidth.of("Ａ") == 2)  // fullwidth Latin is wide
        #expect(TextWidth.isWide(0x4E00) && !TextWidth.isWide(0x41))
        #expect(TextWidth.pad("北京", to: 6) == "北京  ")
        #expect(TextWidth.truncate("重庆市渝中区", to: 7) == "重庆市…")
    }

    @Test("one Markdown table writer escapes every cell and links anchored cells")
    func markdownTable() {
        let t = MarkdownTable(caption: "Scores *2024*", header: ["Unit", "Score"],
                              rows: [[.init("b|1", anchor: "b1"), .init("62.3")], [.init("<b>"), .init("–")]],
                              rightAligned: [1])
        #expect(t.render() == """
            **Scores \\*2024\\***

            | Unit | Score |
            |---|---:|
            | [b\\|1](#b1) | 62.3 |
            | &lt;b&gt; | – |
            """)
        #expect(MarkdownTable(header: ["a"], texts: [["x\ny"]]).render() == "| a |\n|---|\n| x y |")
    }
}

@Suite("English sentences in Chinese text")
struct EnglishSentencesTests {
    @Test("three English words in a row are a sentence; code, ids, file names, numbers and given names are not")
    func find() {
        #expect(EnglishSentences.find(in: "下级均无得分").isEmpty)
        #expect(EnglishSentences.find(in: "使用 min-max 标准化，TOPSIS 贴近度").isEmpty)
        #expect(EnglishSentences.find(in: "提示：unit has no data") == ["unit has no data"])
        #expect(EnglishSentences.find(in: "提示：`unit has no data` 与 HDR23-24_Composite.csv 以及 min_coverage 0.5").isEmpty)
        #expect(EnglishSentences.find(in: "| SSD | no child has a score |") == ["no child has a score"])
        #expect(EnglishSentences.find(in: "波斯尼亚 Bosnia and Herzegovina", ignoring: ["Bosnia and Herzegovina"]).isEmpty)
        #expect(EnglishSentences.find(in: "见 [the method notes](#method-notes-here)") == ["the method notes"])
        #expect(EnglishSentences.find(in: "Fix: use scope, then rerun.") == ["Fix use scope then rerun"])
    }
}
