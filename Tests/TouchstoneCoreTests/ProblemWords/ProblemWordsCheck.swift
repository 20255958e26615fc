import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneText

/// Checks shared by the input-problem words tests (one suite per area: `TableProblemWordsTests`,
/// `ProjectProblemWordsTests`, `MethodProblemWordsTests`): both languages present and different, Chinese
/// text in the Chinese with no English sentence, and the same numbers and code spans in both.
enum ProblemWordsCheck {
    static func check(_ kind: InputProblem.Kind) {
        let en = kind.words("en"), zh = kind.words("zh-CN")
        for (e, z) in [(en.problem, zh.problem), (en.fix, zh.fix)] {
            #expect(!e.isEmpty && !z.isEmpty && e != z, "\(kind): \(e) / \(z)")
            // Chinese in English only inside code spans (what a reader may type, e.g. `2024年第三季度`).
            #expect(!outsideCodeSpans(e).unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(kind): \(e)")
            #expect(z.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(kind): \(z)")
            #expect(EnglishSentences.find(in: z).isEmpty, "\(kind): \(z)")
            #expect(numbers(e) == numbers(z), "\(kind): the numbers differ: \(e) / \(z)")
            #expect(codeSpans(e) == codeSpans(z), "\(kind): the code spans differ: \(e) / \(z)")
        }
    }

    /// The runs of digits in `text`, sorted (word order differs between the languages).
    static func numbers(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init).sorted()
    }

    /// `text` without its `code spans`.
    static func outsideCodeSpans(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        return stride(from: 0, to: parts.count, by: 2).map { String(parts[$0]) }.joined(separator: " ")
    }

    /// The `code spans` in `text`, sorted.
    static func codeSpans(_ text: String) -> [String] {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }.sorted()
    }
}

@Suite("Input problems in the reader's language")
struct InputProblemLineTests {
    @Test("a problem with a kind prints its path and words in English and in Chinese")
    func line() {
        var p = InputProblem(SourceLocation(file: "touchstone.yaml", line: 12, column: 5), .project(.targetsFileMissing))
        p.path = "targets"
        #expect(p.line("en") == "touchstone.yaml:12:5: error: targets: `file` is missing. Fix: name the targets table, e.g. `targets: {file: targets.csv}`")
        #expect(p.line("zh") == "touchstone.yaml:12:5：错误：targets: 缺少 `file`。修改：写明目标表，例如 `targets: {file: targets.csv}`")
        let old = InputProblem(SourceLocation(file: "a.csv", line: 3), "bad", fix: "mend it")
        #expect(old.line("zh") == "a.csv:3：错误：bad。修改：mend it")
        #expect(InputProblems([p, old]).lines("en").split(separator: "\n").count == 2)
    }
}
