import Testing
@testable import TouchstoneCore
import TouchstoneOutput

/// The findings of methods (`Diagnostic.Kind.method`) in both languages, one value of every case.
@Suite("Method findings: typed values, words in both languages")
struct MethodFindingWordsTests {
    static let all: [MethodFinding] = [
        .constantChildWeightZero(child: "a", node: "dim", rows: 34, year: 2021, method: .entropy),
        .constantChildWeightZero(child: "a", node: "dim", rows: 204, year: nil, method: .critic),
        .pcaVarianceShare(node: "dim", percent: 61.25, children: 4, year: nil),
        .negativePCAWeights(node: "Instit", children: ["TBTs"]), .negativePCAWeights(node: "dim", children: ["c", "d"]),
    ]

    static func covers(_ k: MethodFinding) -> Int {
        switch k {
        case .constantChildWeightZero: 0
        case .pcaVarianceShare: 1
        case .negativePCAWeights: 2
        }
    }

    static let caseCount = 3

    @Test("every finding has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all {
            let en = k.text("en"), zh = k.text("zh")
            FlagReasonWordsTests.check(en, zh)
            #expect(ProblemWordsCheck.codeSpans(en) == ProblemWordsCheck.codeSpans(zh), "\(en) / \(zh)")
            #expect(Diagnostic(.note, .method(k)).message.isEmpty)
        }
        #expect(Self.all[0].text("en") == "`a` is constant over the 34 complete unit-years in 2021 of `dim`: it gets entropy weight 0")
        #expect(Self.all[2].text("en") == "`dim`: the first principal component explains 61.25% of the variance of its 4 children")
    }
}
