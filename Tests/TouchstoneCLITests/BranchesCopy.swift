import Foundation

/// A copy of `datasets/branches` in a temporary folder, edited for one annual-cycle situation (rows deleted,
/// project lines changed), so the tests run the CLI on the bundled data as an analyst would.
struct BranchesCopy {
    let folder: URL

    /// - Parameters:
    ///   - dropRows: data rows to delete, as `(unit, year)`.
    ///   - editProject: a change to the project file's text.
    init(dropRows: [(String, Int)] = [], editProject: (String) -> String = { $0 }) throws {
        folder = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("datasets/branches")
        for file in ["branches.csv", "touchstone.yaml", "indicators.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        let drop = Set(dropRows.map { "\($0.0),\($0.1)," })
        let data = try String(contentsOf: path("indicators.csv"), encoding: .utf8)
        let kept = data.components(separatedBy: "\n").filter { line in !drop.contains { line.hasPrefix($0) } }
        try kept.joined(separator: "\n").write(to: path("indicators.csv"), atomically: true, encoding: .utf8)
        let project = try String(contentsOf: path("touchstone.yaml"), encoding: .utf8)
        try editProject(project).write(to: path("touchstone.yaml"), atomically: true, encoding: .utf8)
    }

    func path(_ name: String) -> URL { folder.appendingPathComponent(name) }
    func run(_ arguments: [String]) throws -> CLI.Output { try CLI.run(arguments, in: folder) }
    func read(_ name: String) throws -> String { try String(contentsOf: path(name), encoding: .utf8) }
    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The project's `data:` section with one more line under `missing_values`.
    static func addingDataLine(_ line: String) -> (String) -> String {
        { $0.replacingOccurrences(of: "  missing_values: [\"\", \"NA\", \"-\"]\n", with: "  missing_values: [\"\", \"NA\", \"-\"]\n  \(line)\n") }
    }
}
