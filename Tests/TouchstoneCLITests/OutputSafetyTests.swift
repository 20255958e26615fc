import Foundation
import Testing

/// Runs `script` with bash in the package root, `$TS` naming the built executable; returns its output.
/// Redirections such as `> /dev/full` and `>&-` need a shell, which `CLI.run` does not use.
func shell(_ script: String, environment: [String: String] = [:]) throws -> CLI.Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = CLI.packageRoot
    process.environment = ProcessInfo.processInfo.environment.merging(["TS": CLI.executable.path].merging(environment) { $1 }) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLI.Output(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
}

extension CLI.Output {
    /// The first line the program wrote on standard error.
    var firstMessage: String { stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? "" }
}

@Suite("standard output and --output never trap and never lie")
struct OutputSafetyTests {
    @Test("a full disk (> /dev/full) gives a message on stderr and exit code 74")
    func diskFull() throws {
        let run = try shell(#""$TS" index datasets/branches > /dev/full"#)
        #expect(run.status == 74)
        #expect(run.firstMessage == "touchstone: error: cannot write to standard output (No space left on device). "
            + "Fix: free disk space, or write to another place with --output FILE")
    }

    @Test("help text to a full disk is an error too, not a silent success")
    func helpDiskFull() throws {
        let run = try shell(#""$TS" --help > /dev/full"#)
        #expect(run.status == 74)
        #expect(run.firstMessage.hasPrefix("touchstone: error: cannot write to standard output (No space left on device)"))
    }

    @Test("a closed standard output (>&-) gives a message and exit code 74 instead of a trap")
    func closedStdout() throws {
        let run = try shell(#""$TS" index datasets/branches >&-"#)
        #expect(run.status == 74)
        #expect(run.firstMessage == "touchstone: error: standard output is closed. "
            + "Fix: run the command without `>&-`, or write to a file with --output FILE")
    }

    @Test("a reader that stops early (| head) ends the program quietly with exit code 0")
    func brokenPipe() throws {
        // About 100 KB of CSV, more than a pipe holds, so the write meets a closed pipe (EPIPE).
        let run = try shell(#""$TS" index datasets/branches --all-years --level all --format csv | head -c 1 > /dev/null; echo "${PIPESTATUS[0]}""#)
        #expect(run.stdout == "0\n")
        #expect(run.stderr == "")
    }

    @Test("--output refuses a symbolic link and leaves the link and its target as they were")
    func outputSymlink() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt"), link = folder.appendingPathComponent("link.csv")
        try Data("keep\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        let run = try CLI.run(["index", "datasets/branches", "--output", link.path])
        #expect(run.status == 74)
        #expect(run.firstMessage == "\(link.path): error: --output refuses to replace a symbolic link; it only replaces regular files. "
            + "Fix: give the path of a regular file or a new file name (to write to a pipe or the terminal, leave out --output)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.csv", "target.txt"])
    }

    @Test("--output refuses a FIFO, a device and a folder, and names which")
    func outputSpecialFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for (path, kind) in [(fifo, "a FIFO (named pipe)"), ("/dev/null", "a device"), (folder.path, "a folder")] {
            let run = try CLI.run(["index", "datasets/branches", "--output", path])
            #expect(run.status == 74)
            #expect(run.firstMessage.hasPrefix("\(path): error: --output refuses to replace \(kind); it only replaces regular files."))
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("--output replaces a regular file atomically and keeps its permissions")
    func outputRegularFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("index.csv")
        try Data("old\n".utf8).write(to: file)
        #expect(chmod(file.path, 0o600) == 0)
        let run = try CLI.run(["index", "datasets/branches", "--format", "csv", "--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("unit,year,index"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["index.csv"])
    }
}

@Suite("long runs announce themselves")
struct WorkEstimateTests {
    @Test("sensitivity with 10^7 replications prints its size on stderr before it starts")
    func announced() throws {
        let fixture = try ProjectFixture()
        defer { fixture.remove() }
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["sensitivity", ".", "--runs", "10000000"]
        process.currentDirectoryURL = fixture.folder
        // The run needs about 5 GB; a generous budget keeps the memory check from refusing it on a small machine.
        process.environment = ProcessInfo.processInfo.environment.merging(["TOUCHSTONE_MEMORY_LIMIT": "1T"]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Read until the note arrives (it comes before the first replication), then stop the run. A watchdog
        // kills the run after 60 s, so a missing note fails the test instead of hanging it.
        let pid = process.processIdentifier
        let watch = Watch()
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { watch.lock.withLock { if !watch.finished { kill(pid, SIGKILL) } } }
        var text = ""
        while !text.contains("\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        // SIGKILL: a SIGTERM could be blocked in the mask the test runner hands down (the CLI unblocks it, but
        // only once it runs). The child is not reaped before `waitUntilExit`, so its pid is still its own here;
        // once `finished` is set the watchdog leaves it alone.
        watch.lock.withLock {
            watch.finished = true
            kill(pid, SIGKILL)
        }
        process.waitUntilExit()
        #expect(text.hasPrefix("touchstone: note: 10000000 replications over 4 units × 2 indicators ≈ 8.0e+07 cell computations; "
            + "this may take a while (lower --runs or --sobol for a quicker, rougher answer)"), "\(text)")
    }
}

/// Shared between the test and its watchdog.
private final class Watch: @unchecked Sendable {
    let lock = NSLock()
    var finished = false
}
