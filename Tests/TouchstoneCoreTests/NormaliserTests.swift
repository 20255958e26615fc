import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

private typealias Loc = TouchstoneCore.SourceLocation

/// Lines 1–2 of every project below; the framework starts on line 3 (or later, after `defaults:`).
private let head = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"

private func project(_ rest: String) throws -> Project {
    try ProjectReader.parse(text: head + rest, file: "touchstone.yaml")
}

/// A full panel: every unit in every year, rows ordered by unit then year; `columns[j]` in that row order.
private func grid(units: [String], years: [Int] = [2020], indicators: [String], columns: [[Double]]) -> Panel {
    let rows = units.indices.flatMap { u in years.map { Panel.Key(unit: u, year: $0) } }
    return Panel(units: units.map { UnitInfo(id: $0) }, indicatorIds: indicators, rows: rows, values: Matrix(columns: columns))
}

/// Computes the index of a one-indicator project (`x`) on the values `x` of units A, B, C, … in 2020.
private func scores(_ rest: String, _ x: [Double]) throws -> (scores: [Double], result: IndexResult) {
    let units = x.indices.map { String(UnicodeScalar(UInt8(65 + $0))) }
    let result = try IndexPipeline(project: project(rest)).compute(panel: grid(units: units, indicators: ["x"], columns: [x]))
    return (result.scores["x"]!, result)
}

/// Equal within 1e-9, `NaN` matching `NaN`.
private func close(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { ($0.isNaN && $1.isNaN) || abs($0 - $1) <= 1e-9 }
}

/// The framework of one indicator `x` with the given flow-mapping settings (e.g. `direction: lower`).
private func single(_ settings: String = "", defaults: String = "") -> String {
    (defaults.isEmpty ? "" : "defaults: {\(defaults)}\n")
        + "framework: {id: index, children: [{id: x\(settings.isEmpty ? "" : ", " + settings)}]}\n"
}

@Suite("Normalisation")
struct NormaliserTests {
    // MARK: Min-max

    @Test("Min-max maps 2, 6, 10 to 0, 50, 100 for higher-is-better and mirrors for lower")
    func minMax() throws {
        // (x − 2) / (10 − 2) · 100: 0, 50, 100; lower: (10 − x) / 8 · 100.
        #expect(try scores(single(), [2, 6, 10]).scores == [0, 50, 100])
        #expect(try scores(single("direction: lower"), [2, 6, 10]).scores == [100, 50, 0])
        #expect(try scores(single("direction: lower"), [6, 10, 2]).scores == [50, 0, 100])
    }

    @Test("Min-max uses the output range")
    func minMaxRange() throws {
        // [1, 10]: 1 + 9 · (x − 2)/8 → 1, 5.5, 10; [0, 1] by default normalisation.
        #expect(try scores(single("normalisation: {range: [1, 10]}"), [2, 6, 10]).scores == [1, 5.5, 10])
        #expect(try scores(single(defaults: "normalisation: {range: [0, 1]}"), [2, 6, 8, 10]).scores == [0, 0.5, 0.75, 1])
    }

    @Test("Missing values stay missing, with the reason, and do not count for min and max")
    func minMaxMissing() throws {
        let (s, result) = try scores(single(), [2, .nan, 10, 6])
        #expect(close(s, [0, .nan, 100, 50]))
        #expect(result.missingReasons["x"] == [1: .noData])
        #expect(close(result.scores["index"]!, [0, .nan, 100, 50]))
        #expect(result.missingReasons["index"] == [1: .noChild])
    }

    @Test("Panel scope pools all years; year scope normalises each year on its own and warns")
    func scope() throws {
        // Units A, B, C; 2021 is 2020 shifted up by 10.   rows: A20 A21 B20 B21 C20 C21
        // raw                                              0   10   5  15  10  20
        // panel scope: min 0, max 20 → x/20·100             0   50  25  75  50 100
        // year scope:  2020 min 0 max 10, 2021 min 10 max 20 → 0 0 50 50 100 100
        let panel = grid(units: ["A", "B", "C"], years: [2020, 2021], indicators: ["x"], columns: [[0, 10, 5, 15, 10, 20]])
        let pooled = try IndexPipeline(project: project(single())).compute(panel: panel)
        #expect(pooled.scores["x"] == [0, 50, 25, 75, 50, 100])
        #expect(pooled.diagnostics.isEmpty)
        let yearly = try IndexPipeline(project: project(single("normalisation: {scope: year}"))).compute(panel: panel)
        #expect(yearly.scores["x"] == [0, 0, 50, 50, 100, 100])
        #expect(yearly.diagnostics.map(\.severity) == [.warning])
        #expect(yearly.diagnostics.first?.kind == .perYearScaling)
        let byDefault = try IndexPipeline(project: project(single(defaults: "normalisation: {scope: year}"))).compute(panel: panel)
        #expect(byDefault.scores["x"] == [0, 0, 50, 50, 100, 100])
    }

    // MARK: Z-scores

    @Test("Z-scores use the sample standard deviation (n − 1)")
    func zScoreSample() throws {
        // 2, 4, 6: mean 4, Σ(x−m)² = 8, sd = √(8/2) = 2 → −1, 0, 1 (the population sd √(8/3) would give ±1.2247).
        #expect(try scores(single(defaults: "normalisation: {method: z-score}"), [2, 4, 6]).scores == [-1, 0, 1])
        // 1, 2, 3, 6: mean 3, Σ(x−m)² = 4+1+0+9 = 14, sd = √(14/3) = 2.16025 → −2/sd, −1/sd, 0, 3/sd.
        let s = try scores(single("normalisation: {method: z-score}"), [1, 2, 3, 6]).scores
        #expect(close(s, [-0.9258200997725514, -0.4629100498862757, 0, 1.3887301496588271]))
    }

    @Test("Z-scores take a custom mean and sd, and mirror for lower-is-better")
    func zScoreCustom() throws {
        // z = −1, 0, 1 → 100 + 10 z.
        let settings = "normalisation: {method: z-score, mean: 100, sd: 10}"
        #expect(try scores(single(settings), [2, 4, 6]).scores == [90, 100, 110])
        #expect(try scores(single(settings + ", direction: lower"), [2, 4, 6]).scores == [110, 100, 90])
        // Missing values are skipped when fitting: 2, 6 → mean 4, sd √8 = 2.828; z = ∓0.7071.
        let s = try scores(single(settings), [2, .nan, 6]).scores
        #expect(close(s, [100 - 10 / 2.squareRoot(), .nan, 100 + 10 / 2.squareRoot()]))
    }

    @Test("A constant column has no spread: z-scores are the target mean, with a warning")
    func zScoreConstant() throws {
        let (s, result) = try scores(single("normalisation: {method: z-score, mean: 100}"), [3, 3, 3])
        #expect(s == [100, 100, 100])
        #expect(result.diagnostics.map { $0.text("en") } == ["`x` has no spread; z-scores are all 100"])
        #expect(result.diagnostics.first?.severity == .warning)
    }

    // MARK: Goalposts

    @Test("Goalposts cap both bounds, only the upper, only the lower, or none")
    func goalpostCaps() throws {
        // lower 0, upper 10, range [0, 100]: −5 → −50, 5 → 50, 15 → 150 before capping.
        let x: [Double] = [-5, 5, 15]
        #expect(try scores(single("goalposts: {lower: 0, upper: 10}"), x).scores == [0, 50, 100])
        #expect(try scores(single("goalposts: {lower: 0, upper: 10, cap: true}"), x).scores == [0, 50, 100])
        #expect(try scores(single("goalposts: {lower: 0, upper: 10, cap: both}"), x).scores == [0, 50, 100])
        #expect(try scores(single("goalposts: {lower: 0, upper: 10, cap: upper}"), x).scores == [-50, 50, 100])
        #expect(try scores(single("goalposts: {lower: 0, upper: 10, cap: lower}"), x).scores == [0, 50, 150])
        #expect(try scores(single("goalposts: {lower: 0, upper: 10, cap: none}"), x).scores == [-50, 50, 150])
        #expect(try scores(single("goalposts: {lower: 0, upper: 10, cap: false}"), x).scores == [-50, 50, 150])
    }

    @Test("Goalposts are fixed: the score does not depend on the other units, and lower-is-better mirrors")
    func goalpostsFixed() throws {
        // (x − 20)/(85 − 20): 52.5 → 0.5 whatever the other values.
        #expect(try scores(single("goalposts: {lower: 20, upper: 85}", defaults: "normalisation: {range: [0, 1]}"), [52.5, 85]).scores == [0.5, 1])
        #expect(try scores(single("goalposts: {lower: 20, upper: 85}", defaults: "normalisation: {range: [0, 1]}"), [52.5, 30, 60]).scores.first == 0.5)
        // lower: (10 − x)/10 · 100 → 2.5 gives 75.
        #expect(try scores(single("goalposts: {lower: 0, upper: 10}, direction: lower"), [2.5, 12]).scores == [75, 0])
    }

    @Test("Year scope does not change goalposts, which are fixed")
    func goalpostsIgnoreScope() throws {
        let panel = grid(units: ["A", "B"], years: [2020, 2021], indicators: ["x"], columns: [[0, 10, 5, 15]])
        let result = try IndexPipeline(project: project(single("goalposts: {lower: 0, upper: 20}, normalisation: {scope: year}"))).compute(panel: panel)
        #expect(result.scores["x"] == [0, 50, 25, 75])
        // Nothing is normalised per year, so there is no warning about comparability across years.
        #expect(result.diagnostics.isEmpty)
        let byDefault = try IndexPipeline(project: project(single("goalposts: {lower: 0, upper: 20}", defaults: "normalisation: {scope: year}"))).compute(panel: panel)
        #expect(byDefault.scores["x"] == [0, 50, 25, 75])
        #expect(byDefault.diagnostics.isEmpty)
    }

    @Test("A log transform applies to the goalposts too (UNDP income index)")
    func logGoalposts() throws {
        // (ln x − ln 100)/(ln 75000 − ln 100) = ln(x/100)/ln(750):
        //   100 → 0, 75000 → 1, 5000 → ln 50/ln 750 = 0.590933, 100000 → 1.0435 capped to 1,
        //   50 → ln 0.5/ln 750 = −0.104704 (only the upper goalpost is capped).
        let (s, _) = try scores(single("transform: log, goalposts: {lower: 100, upper: 75000, cap: upper}",
                                       defaults: "normalisation: {range: [0, 1]}"), [100, 75000, 5000, 100_000, 50])
        #expect(close(s, [0, 1, log(50) / log(750), 1, log(0.5) / log(750)]))
        #expect(abs(s[2] - 0.5909334962593978) < 1e-12)
    }

    @Test("A log transform of a value ≤ 0 is an error naming the unit and year")
    func logOfNonPositive() throws {
        let p = try project("framework:\n  id: index\n  children:\n    - {id: gnipc, transform: log, goalposts: {lower: 100, upper: 75000}}\n")
        let panel = grid(units: ["A", "B"], years: [2020, 2021], indicators: ["gnipc"], columns: [[5000, 6000, 7000, 0]])
        do {
            _ = try IndexPipeline(project: p).compute(panel: panel)
            Issue.record("the log of 0 was accepted")
        } catch let e as InputProblems {
            #expect(e.problems.count == 1)
            let problem = try #require(e.problems.first)
            #expect(problem.location == Loc(file: "touchstone.yaml", line: 6, column: 12))
            #expect(problem.problemText("en") == "`gnipc` has a log transform but unit `B` in 2021 has the value 0")
            #expect(problem.fixText("en") == "remove `transform: log`, or correct the value (a log needs values above 0)")
        }
        let negative = grid(units: ["A", "B"], indicators: ["gnipc"], columns: [[-2.5, 6000]])
        #expect(throws: InputProblems.self) { try IndexPipeline(project: p).compute(panel: negative) }
        do { _ = try IndexPipeline(project: p).compute(panel: negative) } catch let e as InputProblems {
            #expect(e.problems.map { $0.problemText("en") } == ["`gnipc` has a log transform but unit `A` in 2020 has the value -2.5"])
        }
    }

    // MARK: Distance to target

    @Test("Distance to target, higher is better: x/target, capped at 1 (and at 0 below zero)")
    func distanceToTargetHigher() throws {
        // target 8: 4 → 0.5, 6 → 0.75, 8 → 1, 12 → 1 (capped), −2 → 0.
        let s = try scores(single("target: 8, normalisation: {method: distance-to-target}"), [4, 6, 8, 12, -2]).scores
        #expect(s == [50, 75, 100, 100, 0])
    }

    @Test("Distance to target, lower is better: target/x, 1 at or below the target")
    func distanceToTargetLower() throws {
        // target 4: 2 → 1, 4 → 1, 8 → 0.5, 16 → 0.25.
        let s = try scores(single("target: 4, direction: lower, normalisation: {method: distance-to-target}"), [2, 4, 8, 16]).scores
        #expect(s == [100, 100, 50, 25])
    }

    // MARK: Degenerate columns

    @Test("A constant column gets the middle of the range, with a warning naming the indicator and value")
    func constantColumn() throws {
        let p = try project("framework:\n  id: index\n  children:\n    - id: x\n")
        let result = try IndexPipeline(project: p).compute(panel: grid(units: ["A", "B", "C"], indicators: ["x"], columns: [[7, 7, .nan]]))
        #expect(close(result.scores["x"]!, [50, 50, .nan]))
        #expect(result.diagnostics.map { $0.line("en") } == ["touchstone.yaml:6:11: warning: `x` is constant (7); min-max gives every unit the middle of the range"])
    }

    @Test("A column constant in one year under year scope names that year")
    func constantInOneYear() throws {
        let panel = grid(units: ["A", "B"], years: [2020, 2021], indicators: ["x"], columns: [[1, 5, 3, 5]])
        let result = try IndexPipeline(project: project(single("normalisation: {scope: year, range: [0, 10]}"))).compute(panel: panel)
        #expect(result.scores["x"] == [0, 5, 10, 5])
        #expect(result.diagnostics.map { $0.text("en") }.contains("`x` is constant (5) in year 2021; min-max gives every unit the middle of the range"))
    }

    @Test("An all-missing column stays missing, with a warning and the reason for every row")
    func allMissingColumn() throws {
        let p = try project("framework: {id: index, children: [{id: x}, {id: y}]}\n")
        let panel = grid(units: ["A", "B", "C"], indicators: ["x", "y"], columns: [[.nan, .nan, .nan], [2, 6, 10]])
        let result = try IndexPipeline(project: p).compute(panel: panel)
        #expect(close(result.scores["x"]!, [.nan, .nan, .nan]))
        #expect(result.missingReasons["x"] == [0: .noData, 1: .noData, 2: .noData])
        #expect(result.diagnostics.map(\.kind) == [.indicatorWithoutValues(indicator: "x", year: nil)])
        #expect(result.diagnostics.first?.severity == .warning)
        // One of two children present meets the default min_coverage 0.5: the index is y's score alone.
        #expect(result.scores["index"] == [0, 50, 100])
    }
}
