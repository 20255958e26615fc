import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// Rows left out of a funnel plot are values in the core, worded in both languages by TouchstoneOutput.
@Suite("Funnel notes: typed values, words in both languages")
struct FunnelNoteWordsTests {
    static let all: [FunnelNote] = [.notACount(unit: "b03", value: 2.5), .noDenominator(unit: "b03"), .moreEventsThanDenominator(unit: "b03")]

    @Test("every note has English and Chinese words with the same unit and numbers")
    func bothLanguages() {
        for note in Self.all { FlagReasonWordsTests.check(note.text("en"), note.text("zh")) }
        #expect(Self.all[0].text("en") == "b03: 2.5 is not a count")
        #expect(Self.all[0].text("zh") == "b03：2.5 不是计数")
    }
}
