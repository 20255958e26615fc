import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// Flag reasons, path targets and quota notes are values in the core, worded in TouchstoneOutput: every case
/// has both languages, the Chinese without English sentences, with the same numbers as the English.
@Suite("Flag reasons: typed values, words in both languages")
struct FlagReasonWordsTests {
    static let self_ = FlagReason.NodeName(id: "self", label: LocalizedText(["en": "Self-discipline", "zh": "自律建设"]))
    static let talks = FlagReason.NodeName(id: "talks", label: LocalizedText(["en": "Integrity talks", "zh": "廉政谈话"]))
    static let share = SelectionRule(size: .share(0.1)).describe(n: 34, top: false)

    /// One value of every case; `covers` fails to compile when a case is added without one here.
    static let all: [FlagReason.Kind] = [
        .lowLevel(score: 34.4, belowSD: 2.1, groupMedian: 58.1, bottom: .init(percent: 15, cutoff: 49.6)),
        .lowLevel(score: 34.4, belowSD: 2.1, groupMedian: 58.1, bottom: nil),
        .decline(first: 73.5, firstYear: 2019, last: 34.4, lastYear: 2024, slope: -7.8, fallSD: 3.5, p: 0.003),
        .stagnant(years: 3, belowSD: 1.2, p: 0.45), .stagnant(years: 3, belowSD: 1.2, p: nil),
        .volatile(reversals: 4, changes: 5, p: 0.021, swing: 6.2, ratio: 2.4, typical: 2.6),
        .funnel(.init(indicator: talks, events: 2, denominator: 40, rate: 0.05, above: false, alarm: true, limit: 0.06,
                      target: 0.2, p: 0.001)),
        .weakDimension(dimension: self_, score: 40.2, floor: 45, basis: .fixed),
        .weakDimension(dimension: self_, score: 40.2, floor: 45, basis: .percentile(10)),
        .weakDimension(dimension: self_, score: 40.2, floor: 45, basis: .peerMedian(sd: 1.5)),
        .quota(score: 34.4, quota: share, group: "stationed", tied: ["b21", "b22"]),
        .offTrack(.init(indicator: talks, toDate: 3, expected: 6, asOf: "2024Q3", projection: 4, target: 8, probability: 0.04)),
    ]

    static func covers(_ k: FlagReason.Kind) -> Int {
        switch k {
        case .lowLevel: 0
        case .decline: 1
        case .stagnant: 2
        case .volatile: 3
        case .funnel: 4
        case .weakDimension: 5
        case .quota: 6
        case .offTrack: 7
        }
    }

    static func check(_ en: String, _ zh: String) {
        #expect(!en.isEmpty && !zh.isEmpty && en != zh, "\(en) / \(zh)")
        #expect(!en.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(en)")
        #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(zh)")
        #expect(EnglishSentences.find(in: zh).isEmpty, "\(zh)")
        #expect(Set(ProblemWordsCheck.numbers(en)).isSubset(of: Set(ProblemWordsCheck.numbers(zh))), "a number of the English is missing in the Chinese: \(en) / \(zh)")
    }

    @Test("every flag reason has English and Chinese words with the same numbers, the Chinese without English sentences")
    func everyReason() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< 8))
        for k in Self.all {
            let r = FlagReason(k, decimals: 1)
            Self.check(r.text(for: "en"), r.text(for: "zh"))
            #expect(r.values == ["en": r.text(for: "en"), "zh": r.text(for: "zh")])
        }
    }

    @Test("reasons read as the flag list printed them before they were values")
    func exactWords() {
        let low = FlagReason(Self.all[0], decimals: 1)
        #expect(low.text(for: "en") == "index 34.4 is 2.1 robust SD below the peer median 58.1 and in the bottom 15% (cut-off 49.6)")
        #expect(low.text(for: "zh") == "指数 34.4 低于同组中位数 58.1 达 2.1 个稳健标准差，处于后 15%（分界 49.6）")
        #expect(FlagReason(Self.all[2], decimals: 1).text(for: "en")
            == "index fell from 73.5 (2019) to 34.4 (2024), -7.8 a year, 3.5 robust SD in all (Mann–Kendall p = 0.003)")
        #expect(FlagReason(Self.all[7], decimals: 1).text(for: "zh") == "自律建设 40.2 低于下限（45.0）")
        #expect(FlagReason(Self.all[10], decimals: 1).text(for: "en")
            == "index 34.4 is in the bottom 10% of 34 = 3.4, rounded half-up to 3 of the peer group stationed; tied at the boundary: b21, b22, all named")
        #expect(FlagReason(Self.all[11], decimals: 1).text(for: "en")
            == "Integrity talks 3.0 to date against 6.0 expected by 2024Q3; projected 4.0 against the target 8.0, P(reach) 4%")
    }

    @Test("path targets, path notes and quota notes have both languages")
    func pathsAndQuotas() {
        let both = PathTarget([.nearPeerMedian(sd: 2), .peerGroupMedian])
        #expect(both.text(for: "en") == "within 2.0 robust SD of the peer median, the peer-group median")
        #expect(both.text(for: "zh") == "与同组中位数相差不超过 2.0 个稳健标准差，达到同组中位数")
        Self.check(PathTarget([.floor]).text(for: "en"), PathTarget([.floor]).text(for: "zh"))
        let note = PathNote(index: 61.23, target: 58.1, description: both, decimals: 1)
        #expect(note.text(for: "en") == "no path: the index 61.2 is already at or above within 2.0 robust SD of the peer median, the peer-group median (58.1); what matters is to stop the trend")
        Self.check(note.text(for: "en"), note.text(for: "zh"))
        let top = SelectionRule(size: .count(5)).describe(n: 3, top: true)
        #expect(top.text(for: "en") == "top 5 of 3 (all 3)" && top.text(for: "zh") == "前 5 名（共 3）")
        for rounding in SelectionRule.Rounding.allCases {
            var rule = SelectionRule(size: .share(0.2))
            rule.rounding = rounding
            Self.check(rule.describe(n: 34, top: true).text(for: "en"), rule.describe(n: 34, top: true).text(for: "zh"))
        }
        let named = SelectionNote.named(Self.share, group: "a", tied: ["b03", "b11"])
        #expect(named.text(for: "zh") == "a组后 10%：34 × 10% = 3.4，四舍五入为 3；名额边界并列：b03, b11，均列入")
        Self.check(named.text(for: "en"), named.text(for: "zh"))
        for r in SelectionRule.Requirement.allCases {
            #expect(SelectionNote.passedOver(r).text(for: "en") == "passed over for the exemplar quota: \(r.rawValue)")
        }
        for rule in UnitFlag.Rule.allCases { Self.check(rule.label("en"), rule.label("zh")) }
    }
}
