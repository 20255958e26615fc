import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats

/// A project of indicators `x` (and `y`, `z` in dimension `d2` when `three`), with a `treatment:` default.
private func treatmentProject(_ treatment: String, units: String = "{id_column: unit, group_columns: [group]}",
                              indicator: String = "", three: Bool = false, extraDefaults: String = "") throws -> Project {
    var text = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: \(units)\n"
    text += "defaults: {min_coverage: 0\(treatment.isEmpty ? "" : ", treatment: \(treatment)")\(extraDefaults)}\n"
    if three {
        text += "framework: {id: index, children: [{id: d1, children: [{id: x\(indicator.isEmpty ? "" : ", " + indicator)}]}, {id: d2, children: [{id: y}, {id: z}]}]}\n"
    } else {
        text += "framework: {id: index, children: [{id: x\(indicator.isEmpty ? "" : ", " + indicator)}]}\n"
    }
    return try ProjectReader.parse(text: text, file: "touchstone.yaml")
}

private func panel(units: [(String, String)], rows: [(String, Int)], columns: [String: [Double]], ids: [String] = ["x"]) -> Panel {
    let index = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.0, $0) })
    return Panel(units: units.map { UnitInfo(id: $0.0, groups: ["group": $0.1]) }, indicatorIds: ids,
                 rows: rows.map { Panel.Key(unit: index[$0.0]!, year: $0.1) }, values: Matrix(columns: ids.map { columns[$0]! }))
}

private func problems(_ body: () throws -> Any) -> [InputProblem] {
    do { _ = try body(); return [] } catch let e as InputProblems { return e.problems } catch { return [] }
}

/// Reference: `Tests/References/treatment/impute_reference.csv` (committed), written by `treatment_reference.py`
/// with pandas 3.1.1 `groupby(...).transform("mean"/"median")`, `ffill` and `interpolate(method="index",
/// limit_area="inside")` on a panel of 8 units in 2 groups, 2018–2022, with absent unit-years.
@Suite("Data treatment")
struct TreatmentTests {
    @Test("imputation by mean, median, group mean and median per year, mean-all, LOCF and interpolation matches pandas")
    func imputationMatchesPandas() throws {
        let records = try NormalisationMethodsTests.records("impute_reference.csv")
        let methods = ["mean", "median", "group-mean", "group-median", "mean-all", "locf", "interpolate"]
        for method in methods {
            let rs = records.filter { $0["method"] == method }
            #expect(rs.count == 38)
            var units: [(String, String)] = []
            for r in rs where !units.contains(where: { $0.0 == r["unit"]! }) { units.append((r["unit"]!, r["group"]!)) }
            let value = { (s: String) in s == "nan" ? Double.nan : Double(s)! }
            let p = panel(units: units, rows: rs.map { ($0["unit"]!, Int($0["year"]!)!) }, columns: ["x": rs.map { value($0["value"]!) }])
            let result = try IndexPipeline(project: treatmentProject("{impute: \(method)}")).compute(panel: p)
            let treated = try #require(result.treatment).values.column(0)
            for (k, r) in rs.enumerated() {
                let e = value(r["expected"]!), o = treated[k]
                #expect((e.isNaN && o.isNaN) || abs(e - o) <= 1e-12 * max(1, abs(e)), "\(method) \(r["unit"]!) \(r["year"]!): \(o) vs \(e)")
            }
            // Every filled cell is in the audit, and only those.
            let filled = rs.indices.filter { value(rs[$0]["value"]!).isNaN && !treated[$0].isNaN }
            #expect(result.treatments.count == filled.count, "\(method)")
            #expect(result.treatments.allSatisfy { $0.step == .impute && $0.old.isNaN && !$0.new.isNaN })
            // South 2020 has no value at all: the group methods warn.
            if method.hasPrefix("group") {
                #expect(result.diagnostics.contains { $0.severity == .warning && $0.text("en").contains("could not be imputed") })
            }
        }
    }

    @Test("the audit says where an imputed value comes from, in real years")
    func auditReasons() throws {
        let p = panel(units: [("a", "g")], rows: [("a", 2019), ("a", 2020), ("a", 2022), ("a", 2023)], columns: ["x": [10, .nan, .nan, 40]])
        let interpolated = try IndexPipeline(project: treatmentProject("{impute: interpolate}")).compute(panel: p).treatments
        #expect(interpolated.map(\.new) == [17.5, 32.5])
        #expect(interpolated[0].why == "interpolated between 2019 (10) and 2023 (40)")
        let carried = try IndexPipeline(project: treatmentProject("{impute: locf}")).compute(panel: p).treatments
        #expect(carried.map(\.new) == [10, 10] && carried[1].why == "carried forward from 2019")
        let q = panel(units: [("a", "g"), ("b", "g"), ("c", "h")], rows: [("a", 2020), ("b", 2020), ("c", 2020)], columns: ["x": [2, .nan, 6]])
        let mean = try IndexPipeline(project: treatmentProject("{impute: mean}")).compute(panel: q).treatments
        #expect(mean == [TreatedCell(unit: "b", year: 2020, indicator: "x", old: .nan, new: 4, step: .impute, why: "mean of 2 values in 2020")])
    }

    @Test("a project without treatment computes as before and records nothing")
    func defaultsUnchanged() throws {
        let p = panel(units: [("a", "g"), ("b", "g"), ("c", "h")], rows: [("a", 2020), ("b", 2020), ("c", 2020)], columns: ["x": [2, .nan, 6]])
        let plain = try IndexPipeline(project: treatmentProject("")).compute(panel: p)
        let none = try IndexPipeline(project: treatmentProject("{impute: none, outliers: none}")).compute(panel: p)
        #expect(plain.treatment == nil && none.treatment == nil)
        #expect(plain.treatments.isEmpty)
        #expect(plain.scores["x"]!.map { $0.isNaN ? -1 : $0 } == [0, -1, 100])
        #expect(none.scores["x"]!.map { $0.isNaN ? -1 : $0 } == [0, -1, 100])
    }

    @Test("denomination divides by the unit's size or another attribute, per year when the unit table has years")
    func denomination() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("touchstone-denominate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "unit,year,x\na,2020,10\na,2021,12\nb,2020,30\nb,2021,\nc,2020,8\nc,2021,9\n".write(to: dir.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try "unit,year,members,area\na,2020,5,1\na,2021,6,1\nb,2020,10,2\nb,2021,10,2\nc,2020,0,4\nc,2021,,4\n".write(to: dir.appendingPathComponent("units.csv"), atomically: true, encoding: .utf8)
        func run(_ units: String, _ treatment: String) throws -> IndexResult {
            let yaml = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: \(units)\ndefaults: {treatment: \(treatment)}\nframework: {id: index, children: [{id: x}]}\n"
            try yaml.write(to: dir.appendingPathComponent("touchstone.yaml"), atomically: true, encoding: .utf8)
            return try IndexPipeline(project: ProjectReader.read(path: dir.path)).run()
        }
        // `members` as an attribute column: a size column may not hold 0 (refused below), an attribute may.
        let perYear = try run("{file: units.csv, id_column: unit, attribute_columns: [members], year_column: year}", "{denominator: members}")
        let cells = perYear.treatments
        #expect(cells.map(\.unit) == ["a", "a", "b", "c", "c"])
        #expect(Array(cells.prefix(3).map(\.new)) == [2, 2, 3])
        #expect(cells[1].why == "divided by `members` = 6")
        #expect(cells[3].new.isNaN && cells[3].why == "denominator `members` is 0")
        #expect(cells[4].new.isNaN && cells[4].why == "denominator `members` is missing for this unit-year")
        #expect(perYear.panel.values[0, 0] == 10)  // the panel keeps the values as read
        #expect(perYear.diagnostics.contains { $0.text("en").contains("5 cells denominated (2 left missing: no denominator)") })
        // The same column as the size column: 0 is not a size.
        let refused = try #require(throws: InputProblems.self) {
            try run("{file: units.csv, id_column: unit, size_column: members, year_column: year}", "{denominator: size}")
        }
        #expect(refused.problems.map { $0.problemText("en") } == ["size `0` of unit `c` is not positive"])
        // Without a year column: the unit's first row, and an attribute column.
        let byArea = try run("{file: units.csv, id_column: unit, attribute_columns: [area]}", "{denominator: area}")
        #expect(byArea.treatments.map(\.new) == [10, 12, 15, 2, 2.25])
    }

    @Test("screening drops indicators, then unit-years, removes emptied aggregates and can be recomputed from its result")
    func screening() throws {
        let units = [("a", "g"), ("b", "g"), ("c", "g"), ("d", "g")]
        let rows = units.map { ($0.0, 2020) }
        let cols: [String: [Double]] = ["x": [1, .nan, .nan, .nan], "y": [1, 2, 3, .nan], "z": [4, 5, .nan, .nan]]
        let p = panel(units: units, rows: rows, columns: cols, ids: ["x", "y", "z"])
        let project = try treatmentProject("{screen: {min_indicator_coverage: 0.5, min_unit_coverage: 0.6}}", three: true)
        let result = try IndexPipeline(project: project).compute(panel: p)
        let report = try #require(result.treatment?.screening)
        // x covers 25% (dropped, and d1 with it); over y and z, c has 50% and d 0%: dropped.
        #expect(report.droppedIndicators.map(\.indicator) == ["x"])
        #expect(report.droppedNodes == ["d1"])
        #expect(report.droppedRows.map(\.unit) == ["c", "d"])
        #expect(result.panel.units.map(\.id) == ["a", "b"] && result.panel.indicatorIds == ["y", "z"])
        #expect(result.nodes.map(\.id) == ["index", "d2", "y", "z"])
        #expect(result.diagnostics.filter { $0.text("en").hasPrefix("screening dropped") }.count == 2)
        // Recomputing from the result's own project and panel gives the same scores.
        let again = try IndexPipeline(project: result.project).compute(panel: result.panel)
        #expect(again.scores["index"]! == result.scores["index"]!)
        // Dropping everything is an error that says what to change.
        let all = problems { try IndexPipeline(project: treatmentProject("{screen: {min_indicator_coverage: 1}}", three: true)).compute(panel: p) }
        #expect(all.first?.problemText("en").contains("dropped every indicator") == true)
        #expect(all.first?.fixText("en").contains("lower `min_indicator_coverage`") == true)
        let q = panel(units: units, rows: rows, columns: cols.mapValues { $0.map { $0 == 1 ? .nan : $0 } }, ids: ["x", "y", "z"])
        let rowsGone = problems { try IndexPipeline(project: treatmentProject("{screen: {min_unit_coverage: 1}}", three: true)).compute(panel: q) }
        #expect(rowsGone.first?.problemText("en").contains("dropped every unit-year") == true)
    }

    @Test("transforms: log and Box–Cox change every present value, and a value <= 0 stops with unit and year")
    func transforms() throws {
        let p = panel(units: [("a", "g"), ("b", "g")], rows: [("a", 2020), ("b", 2020)], columns: ["x": [1, 4]])
        let box = try IndexPipeline(project: treatmentProject("{transform: boxcox, lambda: 0.5}")).compute(panel: p)
        #expect(box.treatment!.values.column(0) == [0, 2])
        #expect(box.treatments.allSatisfy { $0.step == .transform && $0.why == "Box–Cox λ = 0.5" })
        let log = try IndexPipeline(project: treatmentProject("{transform: log}")).compute(panel: p)
        #expect(log.treatment!.values.column(0) == [0, Foundation.log(4)])
        let zero = panel(units: [("a", "g"), ("b", "g")], rows: [("a", 2020), ("b", 2021)], columns: ["x": [0, 4]])
        let found = problems { try IndexPipeline(project: treatmentProject("{transform: log}")).compute(panel: zero) }
        #expect(found.first?.problemText("en").contains("unit `a` in 2020 has the value 0") == true)
    }

    @Test("outliers per year winsorise each year alone; pooled over the panel by default")
    func outlierScope() throws {
        let units = (0 ..< 12).map { ("u\($0)", "g") }
        let base: [Double] = Array(1 ... 10).map(Double.init) + [30, 100]
        let rows = units.map { ($0.0, 2020) } + units.map { ($0.0, 2021) }
        let p = panel(units: units, rows: rows, columns: ["x": base + base.map { $0 * 2 }])
        let perYear = try IndexPipeline(project: treatmentProject("{outliers: coinr, outlier_scope: year}")).compute(panel: p)
        let records = try #require(perYear.treatment).outliers
        #expect(records.map(\.year) == [2020, 2021] && records.allSatisfy { $0.winsorised == 1 })
        #expect(perYear.treatments.map { "\($0.unit) \($0.year) \($0.old)→\($0.new)" } == ["u11 2020 100.0→30.0", "u11 2021 200.0→60.0"])
        let pooled = try IndexPipeline(project: treatmentProject("{outliers: coinr}")).compute(panel: p)
        #expect(pooled.treatment!.outliers.count == 1 && pooled.treatment!.outliers[0].year == nil)
        #expect(pooled.treatments.allSatisfy { $0.step == .winsorise && $0.why.hasPrefix("winsorised (high") })
        // Too few values: skipped with a note.
        let few = panel(units: [("a", "g"), ("b", "g"), ("c", "g")], rows: [("a", 2020), ("b", 2020), ("c", 2020)], columns: ["x": [1, 2, 50]])
        let skipped = try IndexPipeline(project: treatmentProject("{outliers: coinr}")).compute(panel: few)
        #expect(skipped.diagnostics.contains { $0.text("en").contains("outlier check skipped (3 values") })
    }

    @Test("per-indicator treatment overrides the default, and `touchstone index --format json` lists the audit")
    func overridesAndJSON() throws {
        let units = [("a", "g"), ("b", "g"), ("c", "h")]
        let p = panel(units: units, rows: units.map { ($0.0, 2020) }, columns: ["x": [2, .nan, 6], "y": [.nan, 1, 3], "z": [1, 2, 3]], ids: ["x", "y", "z"])
        let project = try treatmentProject("{impute: mean}", indicator: "treatment: {impute: none}", three: true)
        let result = try IndexPipeline(project: project).compute(panel: p)
        #expect(result.treatments.map(\.indicator) == ["y"])
        var selection = IndexSelection()
        selection.maxDepth = nil
        let json = try IndexReport(result: result, selection: selection).json()
        let doc = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let audit = try #require(doc["audit"] as? [[String: Any]])
        #expect(audit.count == 1)
        #expect(audit[0]["unit"] as? String == "a" && audit[0]["indicator"] as? String == "y" && audit[0]["step"] as? String == "impute")
        #expect(audit[0]["old"] is NSNull && audit[0]["new"] as? Double == 2)
        #expect(audit[0]["why"] as? String == "mean of 2 values in 2020")
    }

    @Test("project file errors name the key and what to write")
    func projectErrors() {
        func messages(_ treatment: String, units: String = "{id_column: unit, group_columns: [group]}", indicator: String = "") -> [String] {
            problems { try treatmentProject(treatment, units: units, indicator: indicator) }.map { "\($0.problemText("en")) | \($0.fixText("en"))" }
        }
        #expect(messages("{impute: avg}").contains { $0.contains("unknown value `avg`") })
        #expect(messages("{imput: mean}").contains { $0.contains("unknown key `imput`") && $0.contains("did you mean `impute`") })
        #expect(messages("{impute: group-mean}", units: "{id_column: unit}").contains { $0.contains("no `group_columns`") })
        #expect(messages("{impute: group-median, group: region}").contains { $0.contains("`region` is not one of the unit table's `group_columns`") })
        #expect(messages("{denominator: size}").contains { $0.contains("declares no `size_column`") })
        #expect(messages("{denominator: popn}", units: "{id_column: unit, attribute_columns: [pop]}").contains { $0.contains("denominator `popn` is not a numeric column") })
        #expect(messages("{transform: boxcox}").contains { $0.contains("needs `lambda`") })
        #expect(messages("{transform: log}", indicator: "transform: log").contains { $0.contains("both `transform: log`") })
        #expect(messages("{transform: log}", indicator: "goalposts: {lower: 1, upper: 10}").contains { $0.contains("goalposts, target or bands") })
        #expect(messages("{}", indicator: "treatment: {screen: {min_unit_coverage: 0.5}}").contains { $0.contains("`screen` applies to the whole panel") })
        #expect(messages("{screen: {min_unit_coverage: 1.5}}").contains { $0.contains("between 0 and 1") })
        #expect(messages("{screen: {basis: observed}}").contains { $0.contains("needs `min_unit_coverage` or `min_indicator_coverage`") })
        #expect(messages("{winmax: 0}").contains { $0.contains("`winmax` must be at least 1") })
        #expect(messages("{outliers: coinr, winmax: 3, skew: 2.25, kurtosis: 3.5, log_fallback: false, outlier_scope: year, impute: interpolate}").isEmpty)
    }
}
