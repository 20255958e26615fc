import Foundation
import Testing
import TouchstoneSynthetic
@testable import TouchstoneCore

/// The false-alarm rates of the flag rules, measured by seeded simulation on units with no story (persistent
/// unit differences, yearly noise; `NoisePanelGenerator`), and their power on planted laggards. The rates
/// printed here are the ones in the README's table.
@Suite("Flag calibration")
struct FlagCalibrationTests {
    struct Tally {
        var ordinary = 0, flagged = 0, watched = 0
        var byRule: [UnitFlag.Rule: Int] = [:], watchByRule: [UnitFlag.Rule: Int] = [:]
        var planted = 0, plantedFound = 0
        /// The ordinary units counted as needing help (panel unit indices).
        var flaggedUnits: Set<Int> = []
        func share(_ n: Int) -> Double { Double(n) / Double(max(ordinary, 1)) }
        func percent(_ n: Int) -> String { String(format: "%.2f", 100 * share(n)) + "%" }
        /// One line: ordinary units, needs help and watch shares, each rule's, planted found.
        var summary: String {
            let rules = UnitFlag.Rule.allCases.map { r in "\(r.rawValue) \(percent(byRule[r] ?? 0)) (watch \(percent(watchByRule[r] ?? 0)))" }.joined(separator: ", ")
            return "\(ordinary) ordinary units; needs help \(percent(flagged)), watch \(percent(watched)); \(rules); planted found \(plantedFound)/\(planted)"
        }
    }

    /// Flags of the last year of a generated panel, tallied over ordinary units within one SD of their group
    /// or above (`relative_level > −1`) and over planted units.
    static func tally(seed: UInt64, years: ClosedRange<Int>, units: Int = 2000) throws -> Tally {
        let generated = NoisePanelGenerator(units: units, groups: units / 10, years: years, seed: seed).generate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-noise-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try generated.write(to: folder)
        try NoisePanelGenerator.projectFile.write(to: folder.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
        let project = try ProjectReader.read(path: folder.path)
        let result = try IndexPipeline(project: project).run()
        let assessments = FlagEngine(result: result, year: years.upperBound).assess()
        let t = count(assessments, units: result.panel.units, truth: generated["truth.csv"]!)
        print("flag calibration, seed \(seed), \(years.count) years: \(t.summary)")
        return t
    }

    /// The flags of `assessments` tallied over ordinary units within one SD of their group or above
    /// (`relative_level > −1` in `truth`, the generators' `truth.csv`) and over planted units.
    static func count(_ assessments: [UnitAssessment], units: [UnitInfo], truth csv: String) -> Tally {
        var truth: [String: (String, Double)] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",")
            truth[String(f[0])] = (String(f[1]), Double(f[2])!)
        }
        var t = Tally()
        for a in assessments {
            let (story, level) = truth[units[a.unit].id]!
            if story != "ordinary" {
                t.planted += 1
                if a.status == .flagged { t.plantedFound += 1 }
                continue
            }
            guard level > -1 else { continue }
            t.ordinary += 1
            if a.status == .flagged { t.flagged += 1; t.flaggedUnits.insert(a.unit) }
            if a.status == .watch { t.watched += 1 }
            for f in a.flags {
                if f.tier == .needsHelp { t.byRule[f.rule, default: 0] += 1 } else { t.watchByRule[f.rule, default: 0] += 1 }
            }
        }
        return t
    }

    @Test("on 2,000 units × 6 years, at most 5% of ordinary units need help, each rule at most 2.5%, and planted laggards are found")
    func sixYears() throws {
        let t = try Self.tally(seed: 2026, years: 2019 ... 2024)
        #expect(t.ordinary > 1500)
        #expect(t.share(t.flagged) <= 0.05, "share of ordinary units flagged: \(t.share(t.flagged))")
        for rule in UnitFlag.Rule.allCases {
            #expect(t.share(t.byRule[rule] ?? 0) <= 0.025, "\(rule.rawValue): \(t.share(t.byRule[rule] ?? 0))")
        }
        #expect(Double(t.plantedFound) >= 0.9 * Double(t.planted), "planted laggards found: \(t.plantedFound) of \(t.planted)")
    }

    @Test("with only two years the one-year rules keep ordinary units mostly off the list and still find the low planted units")
    func twoYears() throws {
        let t = try Self.tally(seed: 7, years: 2023 ... 2024)
        #expect(t.share(t.flagged) <= 0.05, "share of ordinary units flagged: \(t.share(t.flagged))")
        #expect(t.plantedFound > 0)
    }
}
