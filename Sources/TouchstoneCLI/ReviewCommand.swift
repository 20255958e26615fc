import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneReports

/// `touchstone review`: what changed since last year — new, continuing and cleared flags, exemplars gained
/// and lost, moves across the cut-off, and every published number that changed with its cause.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Compare this year's assessment with last year's: new, continuing and cleared flags, exemplars, the cut-off, changed numbers.",
        discussion: """
        --against takes an archive folder (touchstone archive), a snapshot.json, a file written by \
        `touchstone flag --format json`, or previous-year (recompute the year before on the data up to it).
        """
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: "What to compare with: an archive folder, a flag JSON file, or previous-year.")
    var against: String

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @OptionGroup var io: OutputOptions<ReviewFormats>

    @OptionGroup var quietOption: QuietOption

    func run() throws {
        try reportingProblems {
            let project = DirectionGuard.judged(try ProtectedInputs.readProject(options.project), language: io.locale)
            let now = try YearCut.snapshot(project, upTo: year)
            let old: AssessmentSnapshot
            if against == "previous-year" {
                guard let p = now.result.panel.years.last(where: { $0 < now.snapshot.year }) else {
                    throw InputProblem(SourceLocation(file: project.file), .table(.noYearBefore(year: now.snapshot.year)))
                }
                old = try YearCut.snapshot(project, upTo: p).snapshot
            } else {
                old = try AssessmentSnapshot.read(path: against)
            }
            guard old.year < now.snapshot.year else {
                throw InputProblem(SourceLocation(file: against), .table(.assessmentNotEarlier(compared: old.year, year: now.snapshot.year)))
            }
            let history = ArchiveCommand.archived(project: project).filter { $0.year < old.year }
            let review = YearReview(old: old, new: now.snapshot, history: history, rootId: now.result.root.id, decimals: project.scoreDecimals)
            let words = ReviewText(review, result: now.result, language: io.locale ?? project.defaults.language)
            let text: String
            switch io.format {
            case .json: text = try words.json()
            case .markdown: text = words.render(markdown: true)
            default: text = words.render(markdown: false)
            }
            if let output = io.output { try AtomicOutput.write(text, to: output) } else { Console.out(text) }
        }
    }
}
