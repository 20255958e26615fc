import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneOutput
import TouchstoneReports

/// `touchstone archive`: stores a year's results with their fingerprints beside the project, so that next
/// year's `touchstone review` (and report) can say what changed.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Store a year's results (flags, scores, fingerprints of data, project and tool) in archive/YEAR beside the project.",
        discussion: "An earlier --year is assessed on the data up to that year, as it was published then."
    )

    @OptionGroup var options: ProjectOptions

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "The folder to write (default: archive/YEAR in the project's folder).")
    var to: String?

    @OptionGroup var quietOption: QuietOption

    func run() throws {
        try reportingProblems {
            let project = DirectionGuard.judged(try ProtectedInputs.readProject(options.project))
            let folder = try Self.write(project: project, year: year, to: to)
            Console.out("Archived \(folder.year) to \(folder.path): snapshot.json, flags.json\n")
        }
    }

    /// Writes `snapshot.json` and `flags.json` (the `flag --format json` output) into the folder, each
    /// atomically; returns the folder and the year.
    static func write(project: Project, year: Int?, to: String?) throws -> (path: String, year: Int) {
        let (snapshot, result, engine, assessments, coverage) = try YearCut.snapshot(project, upTo: year)
        let path = to ?? (project.directory as NSString).appendingPathComponent("archive/\(snapshot.year)")
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw OutputError(description: "\(path): error: cannot create the archive folder (\(error.localizedDescription)). Fix: check the path and its permissions, or give another with --to")
        }
        var flags = FlagReport(engine: engine, assessments: assessments, language: project.defaults.language)
        flags.coverage = coverage
        _ = result
        try AtomicOutput.write(try snapshot.json(), to: (path as NSString).appendingPathComponent("snapshot.json"))
        try AtomicOutput.write(try flags.json(), to: (path as NSString).appendingPathComponent("flags.json"))
        return (path, snapshot.year)
    }

    /// The archived snapshots in the project's `archive/` folder, newest first (unreadable ones skipped).
    static func archived(project: Project) -> [AssessmentSnapshot] {
        let root = (project.directory as NSString).appendingPathComponent("archive")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.compactMap { Int($0) }.sorted(by: >).compactMap { try? AssessmentSnapshot.read(path: (root as NSString).appendingPathComponent(String($0))) }
    }
}
