import Foundation
import TouchstoneCore
#if canImport(Glibc)
import Glibc
#endif

/// The files a run reads (project file, data file, unit table), which `--output` and `--chart` must never
/// replace: `touchstone index --format csv --output data.csv` would otherwise swap the data for the index,
/// atomically and without a word. Files are compared by device and inode, so another spelling of the same
/// path (`./data.csv`, a hard link) is caught too.
enum ProtectedInputs {
    nonisolated(unsafe) private static var files: [(device: UInt64, inode: UInt64, path: String)] = []

    /// Reads the project at `path` (as `ProjectReader.read`) and protects its files.
    static func readProject(_ path: String, lock: Bool = true) throws -> Project {
        let project = try ProjectReader.read(path: path, lock: lock)
        let resolve = { (p: String) in p.hasPrefix("/") ? p : (project.directory as NSString).appendingPathComponent(p) }
        // The lock file is an input too, except to `freeze`, which reads the project without it and rewrites it.
        let lockFile = lock ? [project.lockFile] : []
        for file in [project.file, resolve(project.data.file)] + lockFile + (project.units.file.map { [resolve($0)] } ?? []) {
            var info = stat()
            if stat(file, &info) == 0 { files.append((UInt64(info.st_dev), UInt64(info.st_ino), file)) }
        }
        return project
    }

    /// The input `path` is (the same file), if any.
    static func input(at path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return files.first { $0.device == UInt64(info.st_dev) && $0.inode == UInt64(info.st_ino) }?.path
    }
}
