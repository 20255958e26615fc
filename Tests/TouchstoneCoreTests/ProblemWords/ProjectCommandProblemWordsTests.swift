import Testing
@testable import TouchstoneCore
import TouchstoneOutput

@Suite("Project problems the commands find: typed values, words in both languages")
struct ProjectCommandProblemWordsTests {
    /// One value (or more) of every case of the `// MARK: commands` block of `ProjectProblem`; `covers` gives
    /// each a number (and -1 to the other kinds, tested in `ProjectProblemWordsTests`).
    static let all: [ProjectProblem] = [
        .robustnessNeedsTooMuchMemory(need: 3 << 30, replications: 20000, units: 40, budget: 1 << 30, origin: .environment("1G")),
        .snapshotNotFound(path: "archive/2023"), .snapshotMissingInFolder, .notASnapshot,
        .noSuchNode(node: "d9", choices: ["index", "d1"]), .noFunnelIndicator, .notAPeerGroupColumn(column: "kind", choices: ["type"]),
        .scalingAlreadyFrozen(project: "touchstone.yaml"), .noTargetsTable, .projectFileExists,
        .notOneTableInFolder(tables: []), .notOneTableInFolder(tables: ["a.csv", "b.xlsx"]),
    ]

    static func covers(_ k: ProjectProblem) -> Int {
        switch k {
        case .robustnessNeedsTooMuchMemory: 0
        case .snapshotNotFound: 1
        case .snapshotMissingInFolder: 2
        case .notASnapshot: 3
        case .noSuchNode: 4
        case .noFunnelIndicator: 5
        case .notAPeerGroupColumn: 6
        case .scalingAlreadyFrozen: 7
        case .noTargetsTable: 8
        case .projectFileExists: 9
        case .notOneTableInFolder: 10
        default: -1
        }
    }

    static let caseCount = 11

    @Test("every command kind has English and Chinese words with the same numbers and code spans")
    func bothLanguages() {
        #expect(Set(Self.all.map(Self.covers)) == Set(0 ..< Self.caseCount))
        for k in Self.all { ProblemWordsCheck.check(.project(k)) }
    }
}
