import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

/// Frozen and base-year normalisation (`ScalingLock`, `scope: base`) and the fitted parameters kept in the
/// result. Expected scores are worked by hand from the formulas in `Normaliser`.
@Suite("Frozen scaling, base years and fitted parameters")
struct ScalingLockTests {
    /// Units A, B, C in 2019 (2, 6, 10) and 2020 (4, 12, 0); rows by unit, then year.
    static let panel = methodPanel(units: ["A", "A", "B", "B", "C", "C"], years: [2019, 2020, 2019, 2020, 2019, 2020], values: [2, 4, 6, 12, 10, 0])

    static func frozen(_ settings: String, _ parameters: Normaliser.Parameters, outside: String = "cap") throws -> Project {
        var project = try ProjectReader.parse(text: "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"
            + "framework: {id: index, children: [{id: x, \(settings)}]}\nfreeze: {outside: \(outside)}\n", file: "touchstone.yaml")
        let node = project.framework.indicators[0]
        project.scalingLock = ScalingLock(project: "touchstone.yaml", projectFingerprint: project.fingerprint,
                                          data: .init(years: [2019], rows: 3, fingerprint: "0"),
                                          indicators: [FrozenScaling(id: "x", method: (node.indicator!.normalisation ?? project.defaults.normalisation).method, scope: .panel,
                                                                     settings: NormalisationSettings.fingerprint(node, defaults: project.defaults.normalisation),
                                                                     years: [2019], count: 3, parameters: parameters)])
        return project
    }

    @Test("scope: base fits min-max on the base year only; later values outside it are capped and reported")
    func baseYears() throws {
        let result = try IndexPipeline(project: methodProject("normalisation: {scope: base, base_years: [2019, 2019]}")).compute(panel: Self.panel)
        // min 2, max 10 from 2019: 4 → 25; 12 → capped at 10 → 100; 0 → capped at 2 → 0.
        #expect(result.scores["x"]! == [0, 25, 50, 100, 100, 0])
        let fitted = try #require(result.normalisation["x"])
        #expect(fitted.source == .base)
        #expect(fitted.groups == [.init(years: [2019], count: 3, parameters: .init(minimum: 2, maximum: 10))])
        #expect(fitted.outsideRows == [3, 5])
        #expect(result.diagnostics.contains { $0.text("en") == "`x`: 2 values lie outside the base year 2019 2–10 (unit `B` in 2020: 12; unit `C` in 2020: 0); capped at the range (freeze.outside: cap)" })
    }

    @Test("freeze.outside: extend scores beyond the base range on the same line")
    func baseYearsExtended() throws {
        var project = try methodProject("normalisation: {scope: base, base_years: [2019, 2019]}")
        project.freeze.outside = .extend
        let result = try IndexPipeline(project: project).compute(panel: Self.panel)
        #expect(result.scores["x"]! == [0, 25, 50, 125, 100, -25])
    }

    @Test("frozen z-score: mean and sd from the lock, values beyond the frozen min/max capped")
    func frozenZScore() throws {
        let p = Normaliser.Parameters(minimum: 6, maximum: 14, mean: 10, standardDeviation: 2)
        let capped = try IndexPipeline(project: Self.frozen("normalisation: {method: z-score}", p)).compute(panel: Self.panel)
        // 2 → capped at 6 → −2; 4 → 6 → −2; 6 → −2; 12 → 1; 10 → 0; 0 → 6 → −2.
        #expect(capped.scores["x"]! == [-2, -2, -2, 1, 0, -2])
        #expect(capped.normalisation["x"]?.source == .frozen)
        let extended = try IndexPipeline(project: Self.frozen("normalisation: {method: z-score}", p, outside: "extend")).compute(panel: Self.panel)
        #expect(extended.scores["x"]! == [-4, -3, -2, 1, 0, -5])
    }

    @Test("frozen percentile rank: each value ranked among the frozen reference values")
    func frozenPercentileRank() throws {
        let p = Normaliser.Parameters(minimum: 1, maximum: 9, sorted: [1, 3, 5, 7, 9])
        let result = try IndexPipeline(project: Self.frozen("normalisation: {method: percentile-rank}", p)).compute(panel: Self.panel)
        // r = 1 + #{reference values below x}; score = 100·(r − 1)/4. 2 → 25, 4 → 50, 6 → 75, 12 → 9 → 100, 10 → 9 → 100, 0 → 1 → 0.
        #expect(result.scores["x"]! == [25, 50, 75, 100, 100, 0])
    }

    @Test("a lock entry written for other settings is not used, and the lock check names the change")
    func staleEntry() throws {
        var project = try Self.frozen("normalisation: {method: min-max}", .init(minimum: 0, maximum: 1))
        project.framework.children[0].indicator!.normalisation!.method = .zScore
        let result = try IndexPipeline(project: project).compute(panel: Self.panel)
        #expect(result.normalisation["x"]?.source == .fitted)
        #expect(throws: InputProblem.self) { try project.scalingLock!.check(against: project) }
        do { try project.scalingLock!.check(against: project) } catch let e as InputProblem {
            #expect(e.problemText("en") == "the scaling was frozen for another framework: since the freeze the project changed the normalisation of `x`")
        }
    }

    @Test("fitted parameters are kept: one group for panel scope, one per year for year scope, none for goalposts")
    func fittedParameters() throws {
        let panel = try IndexPipeline(project: methodProject("")).compute(panel: Self.panel)
        #expect(panel.normalisation["x"]?.groups == [.init(years: [2019, 2020], count: 6, parameters: .init(minimum: 0, maximum: 12))])
        let year = try IndexPipeline(project: methodProject("normalisation: {scope: year}")).compute(panel: Self.panel)
        #expect(year.normalisation["x"]?.groups.map(\.years) == [[2019], [2020]])
        #expect(year.normalisation["x"]?.groups.map(\.parameters.maximum) == [10, 12])
        let goalposts = try IndexPipeline(project: methodProject("goalposts: {lower: 0, upper: 20}")).compute(panel: Self.panel)
        #expect(goalposts.normalisation["x"]?.groups == [])
        #expect(goalposts.normalisation["x"]?.method == .goalposts)
    }

    @Test("the lock file's JSON reads back to the same doubles, bit for bit")
    func roundTrip() throws {
        let values = [0.1 + 0.2, 1.0 / 3.0, 2.0e-310, 123456.78901234567, 5, 7.0 / 9.0]
        let panel = methodPanel(units: ["A", "B", "C", "D", "E", "F"], years: Array(repeating: 2020, count: 6), values: values)
        let result = try IndexPipeline(project: methodProject("normalisation: {method: z-score}")).compute(panel: panel)
        let lock = ScalingLock(result: result)
        let back = try JSONDecoder().decode(ScalingLock.self, from: Data(try lock.json().utf8))
        #expect(back == lock)
        let p = try #require(back.indicators[0].parameters)
        #expect(p.mean?.bitPattern == Descriptive.mean(values)?.bitPattern)
        #expect(p.minimum?.bitPattern == (2.0e-310).bitPattern)
    }

    @Test("project file errors: scope base without base_years, base_years without scope base, base scope for outliers")
    func readerErrors() throws {
        func problems(_ settings: String, defaults: String = "") -> [String] {
            do { _ = try methodProject(settings, defaults: defaults); return [] } catch let e as InputProblems {
                // Without the YAML path ("framework.children[0].normalisation: ").
                return e.problems.map { $0.problemText("en").components(separatedBy: ": ").dropFirst().joined(separator: ": ") }
            } catch { return ["\(error)"] }
        }
        #expect(problems("normalisation: {scope: base}") == ["`scope: base` needs `base_years`"])
        #expect(problems("normalisation: {base_years: [2019, 2020]}") == ["`base_years` is used only with `scope: base`"])
        #expect(problems("normalisation: {scope: base, base_years: [2021, 2019]}") == ["expected two years `[first, last]`", "`scope: base` needs `base_years`"])
        #expect(problems("treatment: {outliers: coinr, outlier_scope: base}") == ["`scope: base` applies to normalisation only"])
    }
}
