import Foundation
import Testing

/// `progress` runs its year-to-date early warning on a higher-is-worse index too, judged on the reversed
/// scale as `flag` judges it (it used to skip it).
@Suite("progress on a higher-is-worse index")
struct ReversedProgressTests {
    /// `datasets/branches-quarterly` with every indicator turned over and the index declared `direction: lower`.
    static func higherIsWorseCopy() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("datasets/branches-quarterly")
        for file in ["branches.csv", "quarterly.csv", "targets.csv", "touchstone.yaml"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        let path = folder.appendingPathComponent("touchstone.yaml")
        var lines = try String(contentsOf: path, encoding: .utf8).components(separatedBy: "\n")
        for (k, line) in lines.enumerated() where line.hasPrefix("        - {id: ") {
            lines[k] = line.contains("direction: lower") ? line.replacingOccurrences(of: "direction: lower", with: "direction: higher")
                                                        : String(line.dropLast()) + ", direction: lower}"
        }
        let label = try #require(lines.firstIndex(of: "  label: {en: Model organ index, zh: 模范机关建设指数}"))
        lines.insert("  direction: lower", at: label + 1)
        try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
        return folder
    }

    /// The units with the signal "year-to-date index behind peers" in the early-warning part of `progress`.
    static func behindPeers(_ text: String) throws -> Set<String> {
        let heading = try #require(text.range(of: "Early warning on the year-to-date index"))
        var units = Set<String>(), current = ""
        for line in text[heading.upperBound...].split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.first == "•" {
                if line.contains("• year-to-date index behind peers") { units.insert(current) }
            } else if let id = words.prefix(2).first(where: { $0.count == 3 && $0.hasPrefix("b") && $0.dropFirst().allSatisfy(\.isNumber) }) {
                current = String(id)
            }
        }
        return units
    }

    @Test("The year-to-date early warning runs on the reversed scale: the same units fall behind their peers as in the original")
    func earlyWarning() throws {
        let folder = try Self.higherIsWorseCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try String(contentsOf: folder.appendingPathComponent("touchstone.yaml"), encoding: .utf8)
            .components(separatedBy: "direction: lower").count - 1 == 6, "five indicators and the index turned (violations to higher)")
        let copy = try CLI.run(["progress", ".", "--period", "2024-Q3"], in: folder)
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stdout.contains("Early warning on the year-to-date index through 2024-Q3"), "\(copy.stdout.suffix(400))")
        #expect(copy.stdout.contains("Flags — Model organ index"))
        #expect(copy.stderr.contains("reversed scale"))
        let original = try CLI.run(["progress", "datasets/branches-quarterly", "--period", "2024-Q3", "-q"])
        let behind = try Self.behindPeers(copy.stdout)
        #expect(!behind.isEmpty)
        #expect(behind == (try Self.behindPeers(original.stdout)))
    }
}
