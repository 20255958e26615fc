import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore
import TouchstoneOutput

/// A one-indicator project (`x`) on the given rows; `normalisation` is the indicator's flow mapping.
func methodProject(_ settings: String, defaults: String = "") throws -> Project {
    let text = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"
        + (defaults.isEmpty ? "" : "defaults: {\(defaults)}\n")
        + "framework: {id: index, children: [{id: x\(settings.isEmpty ? "" : ", " + settings)}]}\n"
    return try ProjectReader.parse(text: text, file: "touchstone.yaml")
}

/// A panel of one indicator with one row per (unit, year, value), in the given order.
func methodPanel(units: [String], years: [Int], values: [Double]) -> Panel {
    var ids: [String] = []
    for u in units where !ids.contains(u) { ids.append(u) }
    let rows = zip(units, years).map { Panel.Key(unit: ids.firstIndex(of: $0)!, year: $1) }
    return Panel(units: ids.map { UnitInfo(id: $0) }, indicatorIds: ["x"], rows: rows, values: Matrix(columns: [values]))
}

private func same(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { ($0.isNaN && $1.isNaN) || abs($0 - $1) <= tolerance * max(1, abs($1)) }
}

/// References: `Tests/References/treatment/normalisation_reference.csv` and `ratio_reference.csv` (committed),
/// written by `treatment_reference.py` with `scipy.stats.rankdata(method="min")`, `numpy.searchsorted` and
/// pandas (NumPy 2.4.6, SciPy 1.17.1, pandas 3.1.1; `treatment_reference_versions.txt`).
@Suite("Rank, percentile-rank, Borda, bands and ratio-to-reference normalisation")
struct NormalisationMethodsTests {
    static let folder = SharedData.packageRoot.appendingPathComponent("Tests/References/treatment")

    static func records(_ name: String) throws -> [[String: String]] {
        let t = try CSVReader.read(path: folder.appendingPathComponent(name).path)
        return t.rows.map { Dictionary(uniqueKeysWithValues: zip(t.header, $0)) }
    }

    static func numbers(_ s: String) -> [Double] {
        s.split(separator: ";").map { $0 == "nan" ? .nan : Double($0)! }
    }

    @Test("rank, Borda, percentile rank and bands match scipy/numpy on 35 cases (ties, constant, single, lower is better, per year)")
    func matchesReference() throws {
        let cases = try Self.records("normalisation_reference.csv")
        #expect(cases.count == 35)
        for c in cases {
            let values = Self.numbers(c["values"]!), years = Self.numbers(c["years"]!).map { Int($0) }
            var settings = "direction: \(c["direction"]!), normalisation: {method: \(c["method"]!), scope: \(c["scope"]!)"
            if !c["bands"]!.isEmpty { settings += ", bands: [\(c["bands"]!.replacingOccurrences(of: ";", with: ", "))]" }
            if !c["band_scores"]!.isEmpty { settings += ", band_scores: [\(c["band_scores"]!.replacingOccurrences(of: ";", with: ", "))]" }
            settings += "}"
            // One unit per row, except the per-year case: 4 units over 2 years.
            let units = c["case"] == "two_years" ? values.indices.map { "u\($0 % 4)" } : values.indices.map { "u\($0)" }
            let result = try IndexPipeline(project: methodProject(settings)).compute(panel: methodPanel(units: units, years: years, values: values))
            let expected = Self.numbers(c["expected"]!)
            #expect(same(result.scores["x"]!, expected), "\(c["case"]!) \(c["method"]!) \(c["direction"]!) \(c["scope"]!): \(result.scores["x"]!) vs \(expected)")
        }
    }

    @Test("ratio to a reference unit (same year) and to a reference year (same unit) match pandas")
    func ratioMatchesReference() throws {
        for c in try Self.records("ratio_reference.csv") {
            let parts = c["reference"]!.split(separator: ":")
            let reference = parts[0] == "unit" ? "{unit: \(parts[1])}" : "{year: \(parts[1])}"
            let project = try methodProject("direction: \(c["direction"]!), normalisation: {method: ratio-to-reference, reference: \(reference)}")
            let panel = methodPanel(units: c["units"]!.split(separator: ";").map(String.init), years: Self.numbers(c["years"]!).map { Int($0) }, values: Self.numbers(c["values"]!))
            let result = try IndexPipeline(project: project).compute(panel: panel)
            #expect(same(result.scores["x"]!, Self.numbers(c["expected"]!)), "\(c["case"]!) \(c["direction"]!): \(result.scores["x"]!)")
        }
    }

    @Test("ranks: ties share the lowest rank, missing stays missing, COINr's n_rank/n_borda/n_prank on 2, 6, 6, 10")
    func rankTies() throws {
        let panel = methodPanel(units: ["A", "B", "C", "D", "E"], years: [2020, 2020, 2020, 2020, 2020], values: [2, 6, 6, 10, .nan])
        let rank = try IndexPipeline(project: methodProject("normalisation: {method: rank}")).compute(panel: panel).scores["x"]!
        #expect(same(rank, [1, 2, 2, 4, .nan]))
        let borda = try IndexPipeline(project: methodProject("normalisation: {method: borda}")).compute(panel: panel).scores["x"]!
        #expect(same(borda, [0, 1, 1, 3, .nan]))
        // (r − 1)/(n − 1) on the range [1, 10]: 1, 4, 4, 10.
        let pr = try IndexPipeline(project: methodProject("normalisation: {method: percentile-rank, range: [1, 10]}")).compute(panel: panel).scores["x"]!
        #expect(same(pr, [1, 4, 4, 10, .nan]))
        let lower = try IndexPipeline(project: methodProject("direction: lower, normalisation: {method: rank}")).compute(panel: panel).scores["x"]!
        #expect(same(lower, [4, 2, 2, 1, .nan]))
    }

    @Test("ranks: a constant column, a single value and a column without values are handled and warned about")
    func rankEdgeCases() throws {
        let constant = try IndexPipeline(project: methodProject("normalisation: {method: percentile-rank}"))
            .compute(panel: methodPanel(units: ["A", "B", "C"], years: [2020, 2020, 2020], values: [5, 5, 5]))
        #expect(constant.scores["x"]! == [0, 0, 0])
        #expect(constant.diagnostics.contains { $0.severity == .warning && $0.text("en").contains("every unit ties") })
        let single = try IndexPipeline(project: methodProject("normalisation: {method: percentile-rank}"))
            .compute(panel: methodPanel(units: ["A", "B"], years: [2020, 2020], values: [.nan, 4]))
        #expect(same(single.scores["x"]!, [.nan, 50]))
        #expect(single.diagnostics.contains { $0.text("en").contains("single value") })
        let empty = try IndexPipeline(project: methodProject("normalisation: {method: rank}"))
            .compute(panel: methodPanel(units: ["A", "B"], years: [2020, 2020], values: [.nan, .nan]))
        #expect(empty.scores["x"]!.allSatisfy { $0.isNaN })
        #expect(empty.diagnostics.contains { if case .indicatorWithoutValues? = $0.kind { true } else { false } })
    }

    @Test("rank with scope year ranks each year alone and warns that scores are not comparable across years")
    func rankScopeYear() throws {
        let panel = methodPanel(units: ["A", "B", "A", "B"], years: [2020, 2020, 2021, 2021], values: [1, 2, 10, 20])
        let result = try IndexPipeline(project: methodProject("normalisation: {method: rank, scope: year}")).compute(panel: panel)
        #expect(result.scores["x"]! == [1, 2, 1, 2])
        #expect(result.diagnostics.contains { $0.kind == .perYearScaling })
        let pooled = try IndexPipeline(project: methodProject("normalisation: {method: rank}")).compute(panel: panel)
        #expect(pooled.scores["x"]! == [1, 2, 3, 4])
    }

    @Test("bands: a value at a threshold belongs to the band above; band_scores replace the even spacing")
    func bands() throws {
        let panel = methodPanel(units: ["A", "B", "C", "D", "E"], years: Array(repeating: 2020, count: 5), values: [59.9, 60, 75, 100, .nan])
        let even = try IndexPipeline(project: methodProject("normalisation: {method: bands, bands: [60, 75]}")).compute(panel: panel)
        #expect(same(even.scores["x"]!, [0, 50, 100, 100, .nan]))
        let scored = try IndexPipeline(project: methodProject("normalisation: {method: bands, bands: [60, 75], band_scores: [10, 60, 95]}")).compute(panel: panel)
        #expect(same(scored.scores["x"]!, [10, 60, 95, 95, .nan]))
        let lower = try IndexPipeline(project: methodProject("direction: lower, normalisation: {method: bands, bands: [60, 75]}")).compute(panel: panel)
        #expect(same(lower.scores["x"]!, [100, 50, 0, 0, .nan]))
    }

    @Test("ratio: a reference missing in a year, values <= 0 with lower is better, and the reference scale")
    func ratioEdgeCases() throws {
        let panel = methodPanel(units: ["A", "B", "A", "B"], years: [2020, 2020, 2021, 2021], values: [5, 10, 0, .nan])
        let byUnit = try IndexPipeline(project: methodProject("normalisation: {method: ratio-to-reference, reference: {unit: B, scale: 1}}")).compute(panel: panel)
        #expect(same(byUnit.scores["x"]!, [0.5, 1, .nan, .nan]))
        #expect(byUnit.diagnostics.contains { $0.text("en").contains("`B` has no positive value in 2021") })
        let lower = try IndexPipeline(project: methodProject("direction: lower, normalisation: {method: ratio-to-reference, reference: {year: 2020}}")).compute(panel: panel)
        #expect(same(lower.scores["x"]!, [100, 100, .nan, .nan]))
        #expect(lower.diagnostics.contains { $0.text("en").contains("<= 0 and have no ratio") })
    }

    @Test("ratio: an unknown reference unit or year stops with a message naming what exists")
    func ratioUnknownReference() throws {
        let panel = methodPanel(units: ["b01", "b02"], years: [2020, 2020], values: [1, 2])
        do {
            _ = try IndexPipeline(project: methodProject("normalisation: {method: ratio-to-reference, reference: {unit: b1}}")).compute(panel: panel)
            Issue.record("expected a problem")
        } catch let e as InputProblems {
            #expect(e.problems.first?.problemText("en").contains("reference unit `b1` has no data") == true)
            #expect(e.problems.first?.fixText("en").contains("did you mean `b01`") == true)
        }
        #expect(throws: InputProblems.self) {
            _ = try IndexPipeline(project: methodProject("normalisation: {method: ratio-to-reference, reference: {year: 1999}}")).compute(panel: panel)
        }
    }

    @Test("project file errors: no reference, no thresholds, unsorted thresholds, wrong number of band scores, both unit and year")
    func projectErrors() throws {
        func problems(_ settings: String) -> [String] {
            do { _ = try methodProject(settings); return [] } catch let e as InputProblems { return e.problems.map { $0.problemText("en") } } catch { return ["\(error)"] }
        }
        #expect(problems("normalisation: {method: ratio-to-reference}").contains { $0.contains("names no reference") })
        #expect(problems("normalisation: {method: bands}").contains { $0.contains("gives no thresholds") })
        #expect(problems("normalisation: {method: bands, bands: [3, 2]}").contains { $0.contains("strictly increasing") })
        #expect(problems("normalisation: {method: bands, bands: [1, 2], band_scores: [0, 1]}").contains { $0.contains("make 3 bands") })
        #expect(problems("normalisation: {method: ratio-to-reference, reference: {unit: a, year: 2020}}").contains { $0.contains("exactly one of") })
        #expect(problems("normalisation: {method: rnk}").contains { $0.contains("unknown value `rnk`") })
    }

    @Test("improvement paths refit ranks with the summary of the other values, as a full refit does")
    func summaryRefit() throws {
        let project = try methodProject("normalisation: {method: percentile-rank}")
        let node = project.framework.indicators[0]
        let n = Normaliser(indicator: node, defaults: project.defaults.normalisation)
        let others: [Double] = [3, 9, 1, 9, 4]
        let base = n.summary(others + [7])
        for x in [0.5, 3, 5, 9, 12] {
            let refit = n.apply(x, n.fit(n.summary(base, removing: 7), adding: x))
            #expect(refit == n.apply(x, n.fit(others + [x])), "x = \(x)")
        }
    }
}
