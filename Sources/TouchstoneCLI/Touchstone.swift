import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneOutput

@main
struct Touchstone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touchstone",
        abstract: "Composite indices, trends and peer comparison for the branches of one organisation.",
        discussion: """
        PROJECT is a project file (YAML) or a folder holding touchstone.yaml; it defaults to the current folder.
        Exit codes: 0 ok, 1 problems in the project or its data, 64 usage errors, 70 internal errors (a bug), 74 output that cannot be written.
        """,
        version: TouchstoneVersion.current,
        subcommands: [InitCommand.self, IndexCommand.self, TrendCommand.self, FlagCommand.self, PeersCommand.self, CompareCommand.self, ChartCommand.self, ReportCommand.self, SensitivityCommand.self, DiagnoseCommand.self, ValidateCommand.self, ArchiveCommand.self, ReviewCommand.self, FreezeCommand.self, GenerateCommand.self, ProgressCommand.self]
    )

    /// ArgumentParser's own `main`, except that help and usage errors go through `Console` (which never
    /// traps on a full disk or a closed pipe) and `Console.prepare()` runs first.
    static func main() {
        Console.prepare()
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let (code, text) = ExitStatus.classify(error)
            if let text {
                if code == ExitStatus.ok { Console.out(text + "\n") } else { Console.error(text) }
            }
            Foundation.exit(code)
        }
        Foundation.exit(0)
    }
}

enum TouchstoneVersion {
    static let current = "0.1.0"
}

/// Options every project command shares.
struct ProjectOptions: ParsableArguments {
    @Argument(help: "Project file, or a folder holding touchstone.yaml.")
    var project: String = "."
}

/// Runs `body`, turning problems a user can fix into messages on stderr and exit code 1.
func reportingProblems(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let problem as InputProblem {
        Console.error(problem.line(ProblemLanguage.current()))
        throw ExitCode(ExitStatus.input)
    } catch let problems as InputProblems {
        Console.error(problems.lines(ProblemLanguage.current()))
        Console.error(Words(ProblemLanguage.current()).problemsFound(problems.problems.count))
        throw ExitCode(ExitStatus.input)
    } catch let error as OutputError {
        Console.error(error.description)
        throw ExitCode(ExitStatus.output)
    }
}
