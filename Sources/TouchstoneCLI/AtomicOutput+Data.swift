import Foundation

extension AtomicOutput {
    /// Writes bytes (a workbook) the way `write(_:to:)` writes text: a temporary file in the same folder,
    /// renamed over the target; on failure the target is left as it was.
    static func write(data: Data, to path: String) throws {
        try checkTarget(path)   // the same refusals as text: links, FIFOs, devices, folders, the run's inputs
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "\(path): error: cannot create the folder \(folder.path). Fix: check the path and your permissions")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
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
