import Testing
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Project problems the commands find: typed values, words in both languages")
struct ProjectCommandProblemWordsTests {
    /// One value (or more) of every case of the `// MARK: commands` block of `ProjectProblem`; `covers` gives
    /// each a number (and -1 to the other kinds, tested in `ProjectProblemWordsTests`).
    static let all: [ProjectProblem] = [
        .robustnessNeedsTooMuchMemory(need: 3 << 30, replications: 20000, units: 40, budget: 1 << 30, origin: .environment("1G")),
    ]

    static func covers(_ k: ProjectProblem) -> Int {
        switch k {
        case .robustnessNeedsTooMuchMemory: 0
        default: -1
        }
    }

    static let caseCount = 1

    @Test("every command kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.project(k)) }
    }
}
