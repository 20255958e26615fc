import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input file (data, unit table or project file) after checking that it is one.
///
/// - Only regular files are read. A FIFO, a device (`/dev/zero`, a terminal) or a socket is refused before
///   a single byte is read: a FIFO would block forever and `/dev/zero` never ends. The file is opened with
///   `O_NONBLOCK` so that opening a FIFO cannot hang before the check.
/// - The size is checked before reading against `ResourceLimits.memoryBudget`: a run needs about
///   `ResourceLimits.bytesPerInputByte` bytes of memory per byte of CSV (the bytes, their UTF-8 text,
///   a `String` per field, the observation table); a file whose estimate exceeds the budget is refused with
///   a message naming both figures, instead of the run being killed by the system half-way.
/// - A file that grows while it is read is read up to its size at the check, plus what fits in the budget.
public enum InputFile {
    /// `kind` is what file this is, for messages (`.csvFile`, `.projectFile`).
    /// `maxSize`, when given, is a hard cap on the file's size (project files), checked before the memory estimate.
    public static func read(path: String, file: String, kind: InputFileRole = .file, maxSize: Int? = nil,
                            bytesPerByte: Int = ResourceLimits.bytesPerInputByte) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if descriptor < 0 { throw CSVReader.readProblem(errno, path: path, file: file) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw CSVReader.readProblem(errno, path: path, file: file) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
            throw InputProblem(SourceLocation(file: file), .table(.pathIsFolder(path: path, role: kind)))
        }
        guard type == S_IFREG else {
            let what: SpecialFile = type == S_IFIFO ? .fifo : type == S_IFSOCK ? .socket : .device
            throw InputProblem(SourceLocation(file: file), .table(.notRegularFile(path: path, what: what, role: kind)))
        }
        let size = max(0, Int(info.st_size))
        if let maxSize, size > maxSize {
            throw InputProblem(SourceLocation(file: file), .table(.fileTooLarge(role: kind, size: size, maxSize: maxSize)))
        }
        let budget = ResourceLimits.memoryBudget
        let (need, overflow) = size.multipliedReportingOverflow(by: bytesPerByte)
        if overflow || need > budget {
            throw InputProblem(SourceLocation(file: file), .table(.fileNeedsTooMuchMemory(
                role: kind, size: size, need: overflow ? nil : need, budget: budget, origin: ResourceLimits.budgetOrigin)))
        }
        _ = fcntl(descriptor, F_SETFL, 0)  // back to blocking reads

        let limit = size + max(0, (budget - need) / max(bytesPerByte, 1))
        var result = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == result.count {
                guard result.count < limit else {
                    throw InputProblem(SourceLocation(file: file), .table(.fileKeptGrowing(role: kind, limit: limit)))
                }
                result.append(contentsOf: repeatElement(0, count: min(max(result.count, 1 << 16), limit - result.count)))
            }
            let got = result.withUnsafeMutableBufferPointer { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                throw CSVReader.readProblem(errno, path: path, file: file)
            }
        }
        result.removeSubrange(count...)
        return result
    }
}
