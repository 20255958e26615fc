import TouchstoneCore
import TouchstoneOutput

/// Commands that judge units through the flag rules (`flag`, `sensitivity`, `chart`, `report`, `review`,
/// `archive`, and the flagged units `index` shades) judge an index declared `direction: lower` ("higher is
/// worse") on its reversed scale (`Project.reversedForJudging()`), where higher is better, and say so on
/// standard error; its label in their output says the scores are reversed. `index`, `trend`, `peers` and
/// `compare` read the direction themselves and show the published scores.
enum DirectionGuard {
    static func judged(_ project: Project, language: String? = nil, note: Bool = true) -> Project {
        guard project.indexIsLowerBetter else { return project }
        if note { Console.note(ReversedIndexWords.note(language ?? project.defaults.language)) }
        return project.reversedForJudging(labelSuffix: ReversedIndexWords.suffix)
    }

    /// The published scores of a higher-is-worse index judged as `judged` (`flag` shows them): the project
    /// as read, computed for the same year, with the note on standard error saying which scores are shown.
    /// `nil` for a higher-is-better index; when the reversal is no exact mirror (`PublishedScale` is `nil`),
    /// the reversed scores are shown with the reversed note, as before.
    static func publishedScale(of read: Project, judged: IndexResult, year: Int?, language: String?) throws -> PublishedScale? {
        guard read.indexIsLowerBetter else { return nil }
        let scale = PublishedScale(published: try IndexPipeline(project: read).run(checkingYear: year), judged: judged)
        let language = language ?? read.defaults.language
        Console.note(scale == nil ? ReversedIndexWords.note(language) : Words(language).higherIsWorseNote)
        return scale
    }

    /// `chart`: the published scores of a higher-is-worse index for the charts that show scores or ranks
    /// without judging colours (`ranking`, `trend`, `slope`, `intervals`), the index labelled "(higher is
    /// worse)"; their flagged units still come from the reversed scale. `nil` otherwise (the chart is drawn from
    /// the reversed result, labelled so).
    static func publishedForCharts(_ kind: ChartKind, project path: String, year: Int?, language: String?) throws -> IndexResult? {
        guard [.ranking, .trend, .slope, .intervals].contains(kind) else { return nil }
        let read = try ProtectedInputs.readProject(path)
        guard read.indexIsLowerBetter else { return nil }
        let shown = read.labellingIndex { Words($0).higherIsWorseSuffix }
        return try IndexPipeline(project: shown).run(checkingYear: year)
    }

    /// The units the flag rules put on the needs-help list in `year`, judged as `flag` judges them.
    static func flaggedUnits(_ result: IndexResult, year: Int) throws -> Set<Int> {
        let judged = result.project.indexIsLowerBetter ? try IndexPipeline(project: result.project.reversedForJudging(labelSuffix: ReversedIndexWords.suffix)).run() : result
        return Set(FlagEngine(result: judged, year: year).assess().filter { $0.status == .flagged }.map(\.unit))
    }
}
