import Testing
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Method problems: typed values, words in both languages")
struct MethodProblemWordsTests {
    /// One value (or more) of every case; `covers` fails to compile when a case is added without a number here,
    /// and the test fails when a number has no value in `all`.
    static let all: [MethodProblem] = [
        .selectionShareOutOfRange(key: "top_share", found: 1.5),
    ]

    static func covers(_ k: MethodProblem) -> Int {
        switch k {
        case .selectionShareOutOfRange: 0
        }
    }

    static let caseCount = 1

    @Test("every kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.method(k)) }
    }
}
