import Foundation
import Testing

/// `touchstone generate noise`: the false-alarm simulations' panel at any size, with its project file, for
/// trying the tools at scale (it replaced a numpy copy of the generator in Benchmarks/report).
@Suite("generate noise writes a panel of any size that indexes as it is")
struct GenerateNoiseTests {
    @Test("units × years rows, the same bytes for the same seed, and a project that indexes without editing")
    func noisePanel() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("noise-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b")
        for folder in [a, b] {
            let run = try CLI.run(["generate", "noise", "--output", folder.path, "--units", "40", "--groups", "4", "--years", "2016-2024", "--seed", "7"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        for name in ["units.csv", "data.csv", "touchstone.yaml"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "\(name)")
        }
        let data = try String(contentsOf: a.appendingPathComponent("data.csv"), encoding: .utf8)
        #expect(data.split(separator: "\n").count == 1 + 40 * 9)
        #expect(!FileManager.default.fileExists(atPath: a.appendingPathComponent("truth.csv").path))
        let index = try CLI.run(["index", a.path, "--year", "2024", "--format", "csv"])
        #expect(index.status == 0, "\(index.stderr)")
        #expect(index.stdout.split(separator: "\n").count == 1 + 40)
        let bad = try CLI.run(["generate", "noise", "--output", base.appendingPathComponent("c").path, "--years", "2024-2019"])
        #expect(bad.status == 64 && bad.stderr.contains("--years"))
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("c").path))
    }
}
