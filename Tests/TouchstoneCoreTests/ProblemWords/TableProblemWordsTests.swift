import Testing
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Table problems: typed values, words in both languages")
struct TableProblemWordsTests {
    /// One value (or more) of every case; `covers` fails to compile when a case is added without a number here,
    /// and the test fails when a number has no value in `all`.
    static let all: [TableProblem] = [
        .yearNotInData(year: 2030, dataYears: 2019 ... 2024), .yearNotInData(year: 2030, dataYears: nil),
    ]

    static func covers(_ k: TableProblem) -> Int {
        switch k {
        case .yearNotInData: 0
        }
    }

    static let caseCount = 1

    @Test("every kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.table(k)) }
    }
}
