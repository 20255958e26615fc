import Testing
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Project problems: typed values, words in both languages")
struct ProjectProblemWordsTests {
    /// One value (or more) of every case; `covers` fails to compile when a case is added without a number here,
    /// and the test fails when a number has no value in `all`.
    static let all: [ProjectProblem] = [
        .targetsFileMissing,
    ]

    static func covers(_ k: ProjectProblem) -> Int {
        switch k {
        case .targetsFileMissing: 0
        // MARK: commands (17a): their values are in ProjectCommandProblemWordsTests
        case .robustnessNeedsTooMuchMemory, .snapshotNotFound, .snapshotMissingInFolder, .notASnapshot, .noSuchNode, .noFunnelIndicator,
             .notAPeerGroupColumn, .scalingAlreadyFrozen, .noTargetsTable, .projectFileExists, .notOneTableInFolder: -1
        }
    }

    static let caseCount = 1

    @Test("every kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.project(k)) }
    }
}
