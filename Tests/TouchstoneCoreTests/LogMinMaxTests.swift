import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

/// `log-min-max` (min-max on ln(x + c)), the method added through its descriptor alone
/// (`Normalisation/LogMinMax.swift`). Reference: `Tests/References/methods/log_min_max.csv`, written by
/// `log_min_max_reference.py` with numpy (versions in `log_min_max_versions.txt`).
@Suite("log-min-max normalisation")
struct LogMinMaxTests {
    static func records() throws -> [[String: String]] {
        let t = try CSVReader.read(path: SharedData.packageRoot.appendingPathComponent("Tests/References/methods/log_min_max.csv").path)
        return t.rows.map { Dictionary(uniqueKeysWithValues: zip(t.header, $0)) }
    }

    static func numbers(_ s: String) -> [Double] { s.split(separator: ";").map { $0 == "nan" ? .nan : Double($0)! } }

    @Test("matches numpy on 7 cases: skewed incomes, zeros with ln(1 + x), a shift of 0.5, lower is better, missing values, per year")
    func matchesNumpy() throws {
        let cases = try Self.records()
        #expect(cases.count == 7)
        for c in cases {
            let values = Self.numbers(c["values"]!), years = Self.numbers(c["years"]!).map { Int($0) }
            let settings = "direction: \(c["direction"]!), normalisation: {method: log-min-max, shift: \(c["shift"]!), scope: \(c["scope"]!), range: [\(c["low"]!), \(c["high"]!)]}"
            let units = c["scope"] == "year" || c["case"] == "panel_missing" ? values.indices.map { "u\($0 % 6)" } : values.indices.map { "u\($0)" }
            let result = try IndexPipeline(project: methodProject(settings)).compute(panel: methodPanel(units: units, years: years, values: values))
            let expected = Self.numbers(c["expected"]!)
            let got = result.scores["x"]!
            let ok = got.count == expected.count && zip(got, expected).allSatisfy { ($0.isNaN && $1.isNaN) || abs($0 - $1) <= 1e-12 * max(1, abs($1)) }
            #expect(ok, "\(c["case"]!): \(got) vs \(expected)")
        }
    }

    @Test("the worked example of its doc comment: 0, 9, 99 score 0, 50, 100; the shift defaults to 1")
    func workedExample() throws {
        let panel = methodPanel(units: ["a", "b", "c"], years: [2020, 2020, 2020], values: [0, 9, 99])
        let result = try IndexPipeline(project: methodProject("normalisation: {method: log-min-max}")).compute(panel: panel)
        #expect(zip(result.scores["x"]!, [0.0, 50, 100]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(result.normalisation["x"]?.groups.first?.parameters.maximum == log(100))
    }

    @Test("a value without a logarithm stops with unit, year and what to do; a negative shift is refused")
    func domain() throws {
        let panel = methodPanel(units: ["a", "b"], years: [2020, 2020], values: [-1, 5])
        do {
            _ = try IndexPipeline(project: methodProject("normalisation: {method: log-min-max}")).compute(panel: panel)
            Issue.record("expected a problem")
        } catch let e as InputProblems {
            #expect(e.problems.first?.problemText("en") == "`x` uses log-min-max but unit `a` in 2020 has the value -1, which has no logarithm after adding the shift 1")
        }
        #expect(throws: InputProblems.self) { _ = try methodProject("normalisation: {method: log-min-max, shift: -2}") }
    }

    @Test("it is frozen like min-max: a later value beyond the frozen range is capped, and the range shows in raw units")
    func frozen() throws {
        let result = try IndexPipeline(project: methodProject("normalisation: {method: log-min-max, scope: base, base_years: [2020, 2020]}"))
            .compute(panel: methodPanel(units: ["a", "b", "a", "b"], years: [2020, 2020, 2021, 2021], values: [0, 99, 9, 999]))
        #expect(zip(result.scores["x"]!, [0.0, 100, 50, 100]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(result.diagnostics.contains { $0.text("en").contains("outside the base year 2020 0–99") })
    }

    @Test("its descriptor declares its key and bound; its description in both languages is keyed by its name in TouchstoneOutput")
    func descriptor() {
        let d = NormalisationMethod.logMinMax.descriptor
        #expect(NormalisationMethod(rawValue: "log-min-max") == .logMinMax)
        #expect(d.settingsKeys == ["shift"] && d.usesScope && d.bounded)
        #expect(d.method.summary("zh").contains("极差标准化") && d.method.summary("en").contains("ln(x + {shift})"))
    }
}
