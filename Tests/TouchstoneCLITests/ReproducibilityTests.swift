import Foundation
import Testing

/// Same input, same bytes: the outputs of `datasets/branches` do not depend on the order of the data file's
/// rows or on the number of BLAS threads. (The BLAS kernel itself is left as the machine sets it: the
/// scores are computed in fixed-order loops and compared at the tie tolerance, see `NodeMean` and `Ties`.)
@Suite("Reproducibility")
struct ReproducibilityTests {
    /// The outputs compared, by file name.
    static let commands: [(String, [String])] = [
        ("index.csv", ["index", "branches", "--all-years", "--level", "all", "--format", "csv"]),
        ("trend.txt", ["trend", "branches"]),
        ("flag.json", ["flag", "branches", "--format", "json"]),
        ("peers.txt", ["peers", "branches"]),
        ("sensitivity.csv", ["sensitivity", "branches", "--format", "csv"]),
    ]

    /// Copies datasets/branches into a fresh folder as `branches/`, with the data rows in `order` (nil = as is).
    static func copy(shuffledWith seed: UInt64?) throws -> URL {
        let root = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("datasets/branches")
        let target = root.appendingPathComponent("branches")
        try FileManager.default.copyItem(at: source, to: target)
        if let seed {
            let file = target.appendingPathComponent("indicators.csv")
            var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            let header = lines.removeFirst()
            var state = seed
            for i in stride(from: lines.count - 1, to: 0, by: -1) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                lines.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
            }
            try ([header] + lines).joined(separator: "\n").appending("\n").write(to: file, atomically: true, encoding: .utf8)
        }
        return root
    }

    /// Every output, plus report.md, for the project copy in `root`.
    static func outputs(in root: URL, environment: [String: String] = [:]) throws -> [String: String] {
        var out: [String: String] = [:]
        for (name, arguments) in commands {
            let r = try CLI.run(arguments, in: root, environment: environment)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            out[name] = r.stdout
        }
        let report = try CLI.run(["report", "branches", "--output", "report", "--no-briefs"], in: root, environment: environment)
        #expect(report.status == 0, "report: \(report.stderr)")
        out["report.md"] = try String(contentsOf: root.appendingPathComponent("report/report.md"), encoding: .utf8)
        return out
    }

    @Test("index, trend, flag, peers, sensitivity and report.md are byte-identical when the data rows are shuffled and with 1 or 2 BLAS threads")
    func sameBytes() throws {
        let plain = try Self.copy(shuffledWith: nil), shuffled = try Self.copy(shuffledWith: 2024)
        defer { for u in [plain, shuffled] { try? FileManager.default.removeItem(at: u) } }
        #expect(try String(contentsOf: plain.appendingPathComponent("branches/indicators.csv"), encoding: .utf8)
            != String(contentsOf: shuffled.appendingPathComponent("branches/indicators.csv"), encoding: .utf8))
        let reference = try Self.outputs(in: plain, environment: ["OPENBLAS_NUM_THREADS": "1"])
        let reordered = try Self.outputs(in: shuffled, environment: ["OPENBLAS_NUM_THREADS": "2"])
        for (name, text) in reference {
            #expect(!text.isEmpty, "\(name) is empty")
            #expect(text == reordered[name], "\(name) differs between row orders / thread counts")
        }
    }
}
