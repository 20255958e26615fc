import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// The warnings of `diagnose` are values in the core (kind, nodes, the number that fired them), worded in
/// TouchstoneOutput in both languages.
@Suite("Diagnosis warnings: typed values, words in both languages")
struct DiagnosisWarningWordsTests {
    /// One value of every kind (and both forms of the kinds with two).
    static let all: [DiagnosisWarning] = [
        .init(kind: .negativeCorrelation, node: "dim", involved: ["a", "b"], detail: .correlation(-0.456)),
        .init(kind: .nearDuplicate, node: "a", involved: ["b"], detail: .correlation(0.953)),
        .init(kind: .dominated, node: "dim", involved: ["a"], detail: .share(percent: 83.4, byCorrelation: true)),
        .init(kind: .dominated, node: "dim", involved: ["a"], detail: .share(percent: 60, byCorrelation: false)),
        .init(kind: .zeroInGeometric, node: "index", involved: ["a", "b"], detail: .nonPositive(method: .geometric, leftMissing: true)),
        .init(kind: .zeroInGeometric, node: "index", involved: ["a"], detail: .nonPositive(method: .harmonic, leftMissing: false)),
        .init(kind: .perYearScaling, node: "index", involved: ["a", "b", "c", "d", "e", "f", "g"], detail: .years(6)),
        .init(kind: .perYearScaling, node: "index", involved: ["a"], detail: .years(6)),
        .init(kind: .directionMistake, node: "a", involved: ["dim"], detail: .correlation(-0.2)),
        .init(kind: .weakReliability, node: "discipline", involved: ["a", "b", "c"], detail: .alpha(0.4321, below: 0.5)),
    ]

    @Test("every kind has a finding and a fix in English and Chinese, with the same numbers and code spans")
    func everyKind() {
        #expect(Set(Self.all.map(\.kind)) == Set(DiagnosisWarning.Kind.allCases))
        for w in Self.all {
            for (en, zh) in [(w.message("en"), w.message("zh")), (w.fix("en"), w.fix("zh"))] {
                FlagReasonWordsTests.check(en, zh)
                #expect(ProblemWordsCheck.codeSpans(en) == ProblemWordsCheck.codeSpans(zh), "\(en) / \(zh)")
            }
        }
    }

    @Test("the English reads as diagnose printed it before the warnings were values")
    func exactEnglish() {
        #expect(Self.all[9].message("en") == "Cronbach's alpha of `discipline` is 0.43 (below 0.5)")
        #expect(Self.all[9].message("zh") == "`discipline` 的 Cronbach α 为 0.43（低于 0.5）")
        #expect(Self.all[1].message("en") == "`a` and `b` are near duplicates (r = 0.95)")
        #expect(Self.all[2].message("en") == "`dim` is dominated by `a`, which carries 83% of the squared correlations with it")
        #expect(Self.all[6].message("en") == "`a`, `b`, `c`, `d`, `e`, `f` and 1 more are scaled, weighted or compared within each year, but the data has 6 years: scores only rank units within a year, so a unit can improve and lose points")
        #expect(Self.all[4].fix("en").hasSuffix("(UNDP's choice for the HDI)"))
        #expect(!Self.all[5].fix("en").contains("nonpositive"))
    }
}
