import Foundation
import Testing
import TouchstoneSynthetic
@testable import TouchstoneCore

/// The false-alarm rates of the early-warning rules on the **year-to-date index** (`touchstone progress`:
/// `FlagRules.periodic`, every year cut at the same period), measured by seeded simulation on quarterly units
/// with no story (`QuarterlyNoisePanelGenerator`: persistent unit differences, yearly shocks, quarterly noise).
/// The README's claim is that the yearly rates carry over to the year to date: the rates at Q1, Q2 and Q3 are
/// compared with the full year (Q4) of the same panels; the rates printed here are the ones in its table.
/// (Off track on a key target has its own rates: `ProgressTests`.)
@Suite("Periodic flag calibration")
struct PeriodicFlagCalibrationTests {
    @Test("On 5 panels of 2,000 quarterly units × 6 years, the year-to-date index at Q1, Q2, Q3 puts ordinary units on the needs-help list as often as the full year does (paired binomial, 3 sd), at most 5%, each rule at most 2.5%")
    func yearToDate() throws {
        var pooled = [FlagCalibrationTests.Tally](repeating: .init(), count: 4)
        // Per quarter: ordinary units needing help at Q k but not at Q4, and at Q4 but not at Q k.
        var onlyNow = [0, 0, 0], onlyYear = [0, 0, 0]
        for seed: UInt64 in [2026, 1, 2, 3, 4] {
            let generated = QuarterlyNoisePanelGenerator(units: 2000, groups: 200, years: 2019 ... 2024, seed: seed).generate()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-quarterly-noise-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try generated.write(to: folder)
            try QuarterlyNoisePanelGenerator.projectFile.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
            let project = try ProjectReader.read(path: folder.path)
            let periods = try #require(try PanelLoader(project: project).load().periods)
            var tallies: [FlagCalibrationTests.Tally] = []
            for q in 1 ... 4 {
                let result = try IndexPipeline(project: project).compute(panel: periods.yearly(through: q))
                let t = FlagCalibrationTests.count(FlagEngine(result: result, year: 2024, keyTargets: []).assess(), units: result.panel.units, truth: generated["truth.csv"]!)
                print("periodic flag calibration, seed \(seed), year to date through 2024-Q\(q): \(t.summary)")
                tallies.append(t)
                pooled[q - 1].ordinary += t.ordinary
                pooled[q - 1].flagged += t.flagged
                pooled[q - 1].watched += t.watched
                for (r, n) in t.byRule { pooled[q - 1].byRule[r, default: 0] += n }
                for (r, n) in t.watchByRule { pooled[q - 1].watchByRule[r, default: 0] += n }
            }
            for k in 0 ..< 3 {
                onlyNow[k] += tallies[k].flaggedUnits.subtracting(tallies[3].flaggedUnits).count
                onlyYear[k] += tallies[3].flaggedUnits.subtracting(tallies[k].flaggedUnits).count
            }
        }
        for (k, t) in pooled.enumerated() {
            print("periodic flag calibration, 5 panels, through Q\(k + 1): \(t.summary)")
            #expect(t.share(t.flagged) <= 0.05, "Q\(k + 1): needs help \(t.share(t.flagged))")
            for rule in UnitFlag.Rule.allCases {
                #expect(t.share(t.byRule[rule] ?? 0) <= 0.025, "Q\(k + 1) \(rule.rawValue): \(t.share(t.byRule[rule] ?? 0))")
            }
            // The periodic table names the level rule for the year to date; the yearly id and off track do not appear.
            #expect(t.byRule[.lowLevel] == nil && t.watchByRule[.lowLevel] == nil && t.byRule[.offTrack] == nil)
        }
        // McNemar: if the year-to-date rate equals the full-year rate, a unit flagged at only one of the two is
        // equally likely to be flagged at either: onlyNow ~ Binomial(onlyNow + onlyYear, ½).
        for k in 0 ..< 3 {
            let n = Double(onlyNow[k] + onlyYear[k])
            print("periodic flag calibration, Q\(k + 1) vs full year: \(onlyNow[k]) flagged only at Q\(k + 1), \(onlyYear[k]) only at Q4")
            #expect(abs(Double(onlyNow[k]) - n / 2) <= 3 * (n / 4).squareRoot(), "Q\(k + 1): \(onlyNow[k]) vs \(onlyYear[k])")
        }
    }
}
