import Foundation
import TouchstoneCore
import TouchstoneText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error that never trap.
///
/// `FileHandle.write(_:)` traps when the write fails; this writes with `write(2)` and decides:
///
/// | what happened to standard output            | what Touchstone does                                  |
/// |---------------------------------------------|-------------------------------------------------------|
/// | the reader went away (`EPIPE`, e.g. `| head`) | stops quietly with exit code 0: the reader chose to stop |
/// | disk full (`ENOSPC`, e.g. `> /dev/full`), I/O error | message on standard error, exit code 74 (`ExitStatus.output`) |
/// | closed (`>&-`)                              | message on standard error, exit code 74               |
///
/// On a terminal, output passes through `TerminalText.sanitize` (control characters in unit names cannot
/// drive the terminal); files and pipes get the bytes unchanged. Standard error failing is ignored (there is nowhere left to report it); the exit code still tells.
/// `prepare()` must run first: it ignores `SIGPIPE` (so a closed pipe is the error `EPIPE` instead of a
/// kill), unblocks `SIGINT`/`SIGTERM`/`SIGHUP`, and puts `/dev/null` on descriptors 0–2 when they are closed, so a file opened later can never
/// receive descriptor 1 and be written over by what was meant for standard output.
enum Console {
    /// Set by `prepare()`: standard output was closed when the program started.
    nonisolated(unsafe) private static var stdoutClosed = false

    /// Run once, first thing in `main`.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        // A parent may hand down a blocked SIGTERM/SIGINT (test runners do); then neither Ctrl-C nor `kill`
        // would stop a long run. Unblock them.
        var stoppers = sigset_t()
        sigemptyset(&stoppers)
        for s in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stoppers, s) }
        sigprocmask(SIG_UNBLOCK, &stoppers, nil)
        for fd: Int32 in 0 ... 2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            // `open` returns the lowest free descriptor, which is `fd` because lower ones are open.
            let reserved = open("/dev/null", O_RDWR)
            if fd == 1 { stdoutClosed = true }
            if reserved >= 0, reserved != fd { close(reserved) }
        }
    }

    /// `--quiet`: notes, warnings and progress (`note`, `errorRaw`) are not written.
    nonisolated(unsafe) static var quiet = false

    /// A note, warning or progress message for standard error: written unless `--quiet`.
    static func note(_ text: String) {
        if !quiet { error(text) }
    }

    /// Writes a line (a newline is added) to standard error; failures are ignored.
    static func error(_ text: String) {
        _ = write((isatty(2) == 1 ? TerminalText.sanitize(text) : text) + "\n", to: 2)
    }

    /// Writes `text` (as is, not sanitised) to standard error without a newline: the progress line, whose `\r`
    /// is meant.
    static func errorRaw(_ text: String) {
        if quiet { return }
        _ = write(text, to: 2)
    }

    /// Writes `text` to standard output; on failure ends the program as the table above says.
    static func out(_ text: String) {
        if stdoutClosed {
            fail("standard output is closed", fix: "run the command without `>&-`, or write to a file with --output FILE")
        }
        // On a terminal, control characters from the data are shown, not obeyed (see `TerminalText`).
        let code = write(isatty(1) == 1 ? TerminalText.sanitize(text) : text, to: 1)
        if code == 0 { return }
        if code == EPIPE { exit(0) }
        let reason = String(cString: strerror(code))
        fail("cannot write to standard output (\(reason))",
             fix: code == ENOSPC ? "free disk space, or write to another place with --output FILE"
                 : "check where standard output goes, or write to a file with --output FILE")
    }

    /// Prints `error: problem. Fix: fix` on standard error and exits with the output error code (74).
    static func fail(_ problem: String, fix: String) -> Never {
        error("touchstone: error: \(problem). Fix: \(fix)")
        exit(ExitStatus.output)
    }

    /// Writes all of `text` to `fd`, retrying after interrupts and short writes. Returns 0 or the `errno`.
    static func write(_ text: String, to fd: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { buffer -> Int32 in
            guard var pointer = buffer.baseAddress else { return 0 }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(fd, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                pointer += written
                left -= written
            }
            return 0
        }
    }
}
