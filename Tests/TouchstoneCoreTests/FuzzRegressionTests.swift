import Foundation
import Testing
@testable import TouchstoneCore

/// Replays the fuzzing seed corpus and every input the fuzzers once crashed on (`Fuzz/corpus/`) through the
/// readers, so that `swift test` keeps them fixed without running libFuzzer. Each input must either read or
/// be refused with an `InputProblem(s)`; anything else (a trap ends the test run) is a regression.
@Suite("Fuzz corpus replay")
struct FuzzRegressionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static func files(_ target: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpus.appendingPathComponent(target), includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test("every CSV corpus input reads or is refused with a problem, under every encoding choice")
    func csv() throws {
        let files = try Self.files("csv")
        #expect(files.count >= 5)
        for url in files {
            let bytes = [UInt8](try Data(contentsOf: url))
            for encoding in TextEncodingChoice.allCases {
                do {
                    let table = try CSVReader.parse(data: bytes, file: url.lastPathComponent, encoding: encoding)
                    #expect(table.rows.allSatisfy { $0.count == table.header.count })
                } catch is InputProblem {
                } catch is InputProblems {
                } catch {
                    Issue.record("\(url.lastPathComponent) [\(encoding)]: unexpected \(error)")
                }
            }
        }
    }

    @Test("every project corpus input parses or is refused with a problem")
    func project() throws {
        let files = try Self.files("project")
        #expect(files.count >= 3)
        for url in files {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            do {
                _ = try ProjectReader.parse(text: text, file: "/nonexistent/" + url.lastPathComponent)
            } catch is InputProblem {
            } catch is InputProblems {
            } catch {
                Issue.record("\(url.lastPathComponent): unexpected \(error)")
            }
        }
    }
}
