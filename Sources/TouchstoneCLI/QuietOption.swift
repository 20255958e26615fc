import ArgumentParser

/// `--quiet` / `-q`, shared by every command: no notes, warnings or progress on standard error. Errors (and
/// their exit codes) are never silenced, and standard output is unchanged.
struct QuietOption: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print no notes, warnings or progress on standard error (errors still).")
    var quiet = false

    /// ArgumentParser validates an option group while it parses the command line, before `run()`: the one
    /// place that sees the flag for every command.
    func validate() throws { Console.quiet = quiet }
}
