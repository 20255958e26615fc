import Foundation

struct OutputError: Error, CustomStringConvertible {
    var description: String
}

/// Writes a file so that readers never see half of it: the text goes to a temporary file in the same
/// folder, which is then renamed over the target (rename is atomic within a file system). Missing parent
/// folders are created. On failure the temporary file is removed and the target is left as it was.
enum AtomicOutput {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "\(path): error: cannot create the folder \(folder.path). Fix: check the path and your permissions")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw OutputError(description: "\(path): error: cannot replace the file (\(String(cString: strerror(errno)))). Fix: check the path and your permissions")
            }
        } catch let error as OutputError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(description: "\(path): error: cannot write (\(error.localizedDescription)). Fix: check the path and your permissions")
        }
    }
}
