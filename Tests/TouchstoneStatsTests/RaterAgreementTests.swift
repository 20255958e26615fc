import Foundation
import Testing
@testable import TouchstoneStats

/// Reference: `Tests/References/raters/raters_reference.csv`, written by `raters_reference.py` with scipy,
/// numpy and pingouin (versions in `raters_versions.txt`: scipy 1.17.1, pingouin 0.7.0).
@Suite("Rater scores and agreement")
struct RaterAgreementTests {
    static let examples: [String: [[Double]]] = [
        "shrout_fleiss": [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]],
        "branches": [[82, 85, 80, 90, 78], [75, 70, 72, 80, 74], [90, 92, 88, 95, 91], [68, 70, 65, 72, 70],
                     [80, 85, 80, 82, 84], [77, 75, 79, 80, 70], [88, 86, 90, 85, 92]],
    ]

    static func reference() throws -> [[String: String]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("References/raters/raters_reference.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    @Test("Trimmed mean drops one highest and one lowest score; median and mean as numpy")
    func combine() throws {
        #expect(RaterScores.combine([70, 80, 85, 90, 100], method: .trimmed) == 85)
        #expect(RaterScores.combine([90, 90, 60, 80], method: .trimmed) == 85)
        #expect(RaterScores.combine([80, 90], method: .trimmed) == 85)
        #expect(RaterScores.combine([80, .nan, 90, 100], method: .median) == 90)
        #expect(RaterScores.combine([.nan], method: .mean).isNaN)
        for row in try Self.reference() {
            let x = Self.examples[row["example"]!]![Int(row["target"]!)!]
            #expect(abs(RaterScores.combine(x, method: .trimmed) - Double(row["trimmed"]!)!) < 1e-9)
            #expect(abs(RaterScores.combine(x, method: .median) - Double(row["median"]!)!) < 1e-9)
        }
    }

    @Test("ICC(2,1), ICC(2,k), ICC(3,1) and Kendall's W match pingouin and scipy")
    func agreement() throws {
        for row in try Self.reference() where row["target"] == "0" {
            let a = try #require(RaterAgreement(Self.examples[row["example"]!]!))
            #expect(abs(a.icc21! - Double(row["icc2"]!)!) < 1e-9)
            #expect(abs(a.icc2k! - Double(row["icc2k"]!)!) < 1e-9)
            #expect(abs(a.icc31! - Double(row["icc3"]!)!) < 1e-9)
            #expect(abs(a.kendallW! - Double(row["kendall_w"]!)!) < 1e-9)
        }
        // Shrout & Fleiss (1979) Table 4: ICC(2,1) = .29, ICC(3,1) = .71.
        let sf = try #require(RaterAgreement(Self.examples["shrout_fleiss"]!))
        #expect((sf.icc21! * 100).rounded() == 29 && (sf.icc31! * 100).rounded() == 71)
    }

    @Test("Agreement needs two targets and two raters with complete scores; perfect agreement gives W = 1")
    func edges() {
        #expect(RaterAgreement([[1, 2]]) == nil)
        #expect(RaterAgreement([[1], [2]]) == nil)
        #expect(RaterAgreement([[1, .nan], [2, 3]]) == nil)
        let same = RaterAgreement([[1, 1, 1], [2, 2, 2], [3, 3, 3]])!
        #expect(same.kendallW == 1 && same.icc21 == 1)
    }
}
