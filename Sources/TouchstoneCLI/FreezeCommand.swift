import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneOutput

/// `touchstone freeze`: fits the normalisation once and writes it to the lock file beside the project, so that
/// later runs score new years against it and published scores stay published (see `ScalingLock`).
struct FreezeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freeze",
        abstract: "Freeze the scaling: write the fitted normalisation to touchstone.lock.json beside the project.",
        discussion: """
        Later runs (index, trend, flag, peers, report, chart, …) score every year against the frozen parameters, so \
        appending a year leaves earlier scores and ranks as published. Values outside the frozen range are reported \
        and capped (or extended: `freeze: {outside: extend}` in the project file). To republish on a refit scale, \
        look first: `touchstone freeze --refit --dry-run` lists the scores and ranks that would change.
        """
    )

    @OptionGroup var options: ProjectOptions

    @Flag(help: "Refit on the data now present and replace an existing lock file.")
    var refit = false

    @Flag(name: .customLong("dry-run"), help: "Show what would change; write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp(LocaleCheck.help, valueName: "locale"))
    var locale: String?

    @OptionGroup var quietOption: QuietOption

    func validate() throws { try LocaleCheck.validate(locale) }

    func run() throws {
        try reportingProblems {
            let project = try ProtectedInputs.readProject(options.project, lock: false)
            let language = locale ?? project.defaults.language
            let lockFile = project.lockFile
            let exists = FileManager.default.fileExists(atPath: lockFile)
            if exists && !refit {
                throw InputProblem(SourceLocation(file: lockFile), .project(.scalingAlreadyFrozen(project: options.project)))
            }
            let refitted = try IndexPipeline(project: project).run()
            if exists {
                // The published scores: the existing lock as it is (entries whose settings changed are refitted).
                var frozen = project
                frozen.scalingLock = try ScalingLock.readUnchecked(for: project)
                let published = try IndexPipeline(project: frozen).compute(panel: refitted.panel)
                if let stale = staleNote(frozen) { Console.note(stale) }
                let report = ScalingChangesReport(changes: ScalingChanges(published: published, refit: refitted), result: refitted, language: language)
                Console.out(report.changes.changes.isEmpty ? report.summary + "\n" : report.table().terminal())
            }
            let lock = ScalingLock(result: refitted)
            let words = Words(ProblemLanguage.current())
            for note in ScalingLock.unfrozen(project) { Console.note(words.note(note.words(words.language))) }
            let name = (lockFile as NSString).lastPathComponent
            if dryRun {
                Console.note(words.freezeDryRun(name, indicators: lock.indicators.count, years: lock.data.years))
                return
            }
            try AtomicOutput.write(try lock.json(), to: lockFile)
            Console.note(words.freezeWrote(name, indicators: lock.indicators.count, years: lock.data.years, rows: lock.data.rows))
        }
    }

    private func staleNote(_ project: Project) -> String? {
        do { try project.scalingLock?.check(against: project); return nil } catch let p as InputProblem { return Words(ProblemLanguage.current()).staleLock(p.problemText(ProblemLanguage.current())) } catch { return nil }
    }
}
