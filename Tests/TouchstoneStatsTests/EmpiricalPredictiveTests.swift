import Foundation
import Testing
import TouchstoneStats

/// Reference: `Tests/References/progress/conformal_reference.json`, written by `conformal_reference.py`
/// (numpy 2.4.6 `np.quantile(method="inverted_cdf")` at the conformal ranks; Python 3.11.7).
struct EmpiricalPredictiveTests {
    struct Case: Decodable { var scores: [Double]; var level: Double; var lower: Double?; var upper: Double?; var median: Double; var threshold: Double; var share_at_least: Double }
    struct File: Decodable { var cases: [Case] }

    static func cases() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("References/progress/conformal_reference.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }

    @Test("Split-conformal intervals, medians and shares match numpy's order statistics")
    func reference() throws {
        let cases = try Self.cases()
        #expect(cases.count == 7)
        for c in cases {
            let p = EmpiricalPredictive(scores: c.scores.reversed())
            let (lo, hi) = p.interval(level: c.level)
            #expect(lo == (c.lower ?? -.infinity), "n = \(c.scores.count), level \(c.level)")
            #expect(hi == (c.upper ?? .infinity), "n = \(c.scores.count), level \(c.level)")
            #expect(abs(p.median - c.median) < 1e-15)
            #expect(p.share { $0 >= c.threshold } == c.share_at_least)
        }
    }

    @Test("The worked example: scores 1…19 at 90 % give [1, 19], 1…39 give [2, 38]; 9 scores give an unbounded interval; NaN is dropped")
    func example() {
        #expect(EmpiricalPredictive(scores: (1...19).map(Double.init)).interval(level: 0.9) == (1, 19))
        #expect(EmpiricalPredictive(scores: (1...39).map(Double.init)).interval(level: 0.9) == (2, 38))
        let few = EmpiricalPredictive(scores: (1...9).map(Double.init) + [.nan])
        #expect(few.count == 9 && few.interval(level: 0.9) == (-.infinity, .infinity))
        #expect(EmpiricalPredictive(scores: []).median.isNaN)
    }
}
