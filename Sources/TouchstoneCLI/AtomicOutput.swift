import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct OutputError: Error, CustomStringConvertible {
    var description: String
}

/// Writes a file so that readers never see half of it: the text goes to a new temporary file in the same
/// folder, which is flushed to disk and then renamed over the target (rename is atomic within a file
/// system). Missing parent folders are created. On failure the temporary file is removed and the target is
/// left as it was.
///
/// Only a regular file, or a path where nothing exists yet, is replaced. A symbolic link, FIFO, device,
/// socket or folder at the target is refused: renaming over it would silently swap a link or a special
/// file for a plain file (and `--output /dev/stdout` would replace the terminal's device node when run as
/// root). Nor is a file the run reads replaced (`ProtectedInputs`). A replaced file keeps its permission
/// bits. The temporary file is created with `O_EXCL | O_NOFOLLOW`, so a link planted under its name is
/// never followed.
enum AtomicOutput {
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { fd in Console.write(text, to: fd) }
    }

    /// Writes bytes (a workbook) the same way.
    static func write(data: Data, to path: String) throws {
        try write(to: path) { fd in
            data.withUnsafeBytes { raw -> Int32 in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 { if errno == EINTR { continue }; return errno }
                    offset += n
                }
                return 0
            }
        }
    }

    /// The common path: `body` writes the content to the temporary file's descriptor and returns 0 or an errno.
    private static func write(to path: String, body: (Int32) -> Int32) throws {
        try checkTarget(path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "\(path): error: cannot create the folder \(folder.path). Fix: check the path and your permissions")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        var existing = stat()
        let mode: mode_t = lstat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0 { throw failure(path, "cannot create a temporary file beside it", errno) }
        var code = body(fd)
        if code == 0, fsync(fd) != 0, errno != EINVAL { code = errno }
        if code == 0, fchmod(fd, mode) != 0 { code = errno }
        if close(fd) != 0, code == 0 { code = errno }
        if code == 0, rename(temporary, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporary)
            throw failure(path, "cannot write", code)
        }
    }

    /// Refuses a target that exists and is not a regular file (the link itself is checked, not its target).
    static func checkTarget(_ path: String) throws {
        if let input = ProtectedInputs.input(at: path) {
            throw OutputError(description: "\(path): error: --output would replace \(input), which this run reads. "
                + "Fix: write the output to another file")
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }  // nothing there yet
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFLNK: kind = "a symbolic link"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        case S_IFDIR: kind = "a folder"
        default: kind = "not a regular file"
        }
        throw OutputError(description: "\(path): error: --output refuses to replace \(kind); it only replaces regular files. "
            + "Fix: give the path of a regular file or a new file name (to write to a pipe or the terminal, leave out --output)")
    }

    private static func failure(_ path: String, _ what: String, _ code: Int32) -> OutputError {
        let reason = String(cString: strerror(code))
        let fix = code == ENOSPC || code == EDQUOT ? "free disk space or write somewhere else" : "check the path and your permissions"
        return OutputError(description: "\(path): error: \(what) (\(reason)); nothing was written. Fix: \(fix)")
    }
}
