import ArgumentParser
import TouchstoneCore
import TouchstoneOutput

/// The exit codes, one per class of failure, so that a script can tell "fix the command line" from "fix
/// the data" from "fix the disk" from "report a bug". The numbers above 1 follow BSD `sysexits.h`
/// (EX_USAGE 64, EX_SOFTWARE 70, EX_IOERR 74). The table is in README ("Exit codes").
///
/// | code | class    | when |
/// |------|----------|------|
/// | 0    | ok       | done, or a reader stopped early (`| head`) |
/// | 1    | input    | the project file or its data is wrong (`InputProblem(s)`): file, line, column and a fix |
/// | 64   | usage    | the command line is wrong: unknown option, bad value, format the command does not write |
/// | 70   | internal | an error Touchstone does not expect (a bug): please report it with the command |
/// | 74   | output   | the output cannot be written: full disk, closed standard output, `--output` onto a link, FIFO, device or folder |
enum ExitStatus {
    static let ok: Int32 = 0
    static let input: Int32 = 1
    static let usage: Int32 = 64
    static let `internal`: Int32 = 70
    static let output: Int32 = 74

    /// The code of an error that reached `main`, and the message to print (nil when already printed). Errors
    /// ArgumentParser knows (usage, help, `ExitCode`) keep its codes; output errors are 74; anything else is
    /// an internal error (70) with a request to report it.
    static func classify(_ error: Error, command: Touchstone.Type = Touchstone.self) -> (code: Int32, message: String?) {
        switch error {
        case let e as OutputError: return (output, e.description)
        case let e as InputProblem: return (input, e.line(ProblemLanguage.current()))
        case let e as InputProblems: return (input, e.lines(ProblemLanguage.current()))
        default: break
        }
        let code = command.exitCode(for: error).rawValue
        let text = command.fullMessage(for: error)
        if code == 1 && !(error is ExitCode) {
            return (`internal`, "touchstone: internal error: \(text.isEmpty ? String(describing: error) : text). "
                + "This is a bug in Touchstone, not in your data: please report it with the command you ran.")
        }
        return (code, text.isEmpty ? nil : text)
    }
}
