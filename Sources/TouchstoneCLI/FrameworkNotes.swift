import TouchstoneCore
import TouchstoneOutput

/// The note of `flag` and `sensitivity` under `history: as-published` with framework versions: their Monte
/// Carlo analysis and improvement-path checks use the newest framework (README "Every year").
enum FrameworkNotes {
    static func announce(_ result: IndexResult) {
        for d in result.diagnostics {
            if case .robustnessUnderNewestFramework = d.kind { Console.note(d.line(ProblemLanguage.current())) }
        }
    }
}
