import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

@Suite("Missing-score reasons: typed values, words in both languages")
struct MissingReasonTests {
    /// One value of every case; `covers` fails to compile when a case is added without one here.
    static let all: [MissingReason] = [
        .noData, .noChild, .belowCoverage(present: 1, of: 4, minCoverage: 0.5),
        .outsideDomain(method: .geometric, child: "x", value: -0.25), .zeroWeight, .topsisTies,
        .nonPositiveMean(method: .mpi), .noOtherUnit, .undefined(method: .gra), .needsEveryChild(child: "y"),
    ]

    static func covers(_ r: MissingReason) -> Int {
        switch r {
        case .noData: 0
        case .noChild: 1
        case .belowCoverage: 2
        case .outsideDomain: 3
        case .zeroWeight: 4
        case .topsisTies: 5
        case .nonPositiveMean: 6
        case .noOtherUnit: 7
        case .undefined: 8
        case .needsEveryChild: 9
        }
    }

    @Test("every reason has English and Chinese words; the Chinese has no English sentence and keeps the numbers")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< 10))
        for r in Self.all {
            let en = r.text("en"), zh = r.text("zh-CN")
            #expect(!en.isEmpty && !zh.isEmpty && en != zh, "\(r)")
            #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(r): \(zh)")
            #expect(EnglishSentences.find(in: zh).isEmpty, "\(r): \(zh)")
        }
        #expect(MissingReason.belowCoverage(present: 1, of: 4, minCoverage: 0.5).text("en") == "only 1 of 4 children present (min_coverage 0.5)")
        #expect(MissingReason.belowCoverage(present: 1, of: 4, minCoverage: 0.5).text("zh") == "仅 1/4 个下级有得分（min_coverage 0.5）")
        #expect(MissingReason.outsideDomain(method: .geometric, child: "x", value: -0.25).text("zh").contains("-0.25"))
    }
}

@Suite("Words of trend classes and unit statuses in both languages")
struct ValueWordsTests {
    static func check(_ en: String, _ zh: String) {
        #expect(!en.isEmpty && !zh.isEmpty && en != zh, "\(en) / \(zh)")
        #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(zh)")
        #expect(EnglishSentences.find(in: zh).isEmpty, "\(zh)")
    }

    @Test("every trend class and unit status has English and Chinese words, the Chinese without English sentences")
    func everyCase() {
        for k in TrendClass.allCases { Self.check(k.label("en"), k.label("zh")) }
        for s in UnitStatus.allCases {
            Self.check(s.label("en"), s.label("zh"))
            Self.check(s.reason("en"), s.reason("zh"))
        }
        #expect(Set(TrendClass.allCases.map { $0.label("zh") }).count == TrendClass.allCases.count)
    }
}
