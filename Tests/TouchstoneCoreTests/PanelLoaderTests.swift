import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

private typealias Loc = TouchstoneCore.SourceLocation

/// A fresh temporary folder holding one test project (`touchstone.yaml` and its CSV files).
private struct Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("PanelLoaderTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    /// Writes the project file and the data file `data.csv`, then reads the project and loads its panel.
    func load(project: String, data: String) throws -> PanelLoader.Output {
        try write("touchstone.yaml", project)
        try write("data.csv", data)
        return try load()
    }

    func load() throws -> PanelLoader.Output {
        try PanelLoader(project: ProjectReader.read(path: folder.path)).load()
    }

    /// The problems loading reports (an issue is recorded when it succeeds).
    func problems(project: String, data: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [InputProblem] {
        try write("touchstone.yaml", project)
        try write("data.csv", data)
        return problems(sourceLocation: sourceLocation)
    }

    func problems(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [InputProblem] {
        do {
            _ = try load()
            Issue.record("loading succeeded, a problem was expected", sourceLocation: sourceLocation)
            return []
        } catch let many as InputProblems {
            return many.problems
        } catch let one as InputProblem {
            return [one]
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The location of a cell of `data.csv`.
    func data(_ line: Int, _ column: Int) -> TouchstoneCore.SourceLocation {
        TouchstoneCore.SourceLocation(file: path("data.csv"), line: line, column: column)
    }
}

/// The panel as lines `unit year indicator=value …` (`NA` for missing), in row order.
private func cells(_ panel: Panel) -> [String] {
    panel.rows.enumerated().map { r, key in
        "\(panel.units[key.unit].id) \(key.year) " + panel.indicatorIds.enumerated().map { j, id in
            let v = panel.values[r, j]
            return "\(id)=\(v.isNaN ? "NA" : String(v))"
        }.joined(separator: " ")
    }
}

/// A wide project over `data.csv` with indicators `a` and `b`; `extra` lines are added to the data section.
private func wideProject(_ extra: String = "", yearColumn: Bool = true) -> String {
    """
    data:
      file: data.csv
      layout: wide
      unit_column: unit
    \(yearColumn ? "  year_column: year\n" : "")\(extra)units:
      id_column: unit
    framework: {id: index, children: [{id: a}, {id: b}]}
    """
}

private let twoByTwo = ["U1 2020 a=1.0 b=10.0", "U1 2021 a=2.0 b=20.0", "U2 2020 a=3.0 b=30.0", "U2 2021 a=4.0 b=40.0"]

/// The markers accepted as missing by default, as messages list them.
private let defaultMarkers = "empty, -, .., N/A, NA, NaN, n/a, —"

@Suite("Panel loader")
struct PanelLoaderTests {
    // MARK: Layouts

    @Test("The wide layout loads one row per unit and year")
    func wide() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: wideProject(), data: """
            unit,year,b,a
            U1,2020,10,1
            U1,2021,20,2
            U2,2021,40,4
            U2,2020,30,3
            """)
        #expect(cells(out.panel) == twoByTwo)
        #expect(out.panel.units.map(\.id) == ["U1", "U2"])
        #expect(out.panel.years == [2020, 2021])
        #expect(out.panel.indicatorIds == ["a", "b"])
        #expect(out.diagnostics.isEmpty)
    }

    @Test("The long layout loads the same panel, skipping indicators outside the framework with a note")
    func long() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: """
            data: {file: data.csv, layout: long, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """, data: """
            unit,year,indicator,value
            U1,2021,b,20
            U1,2020,a,1
            U2,2021,a,4
            U1,2020,b,10
            U2,2020,b,30
            U1,2021,a,2
            U2,2020,c,99
            U2,2020,a,3
            U2,2021,b,40
            """)
        #expect(cells(out.panel) == twoByTwo)
        #expect(out.diagnostics == [Diagnostic(.note, .indicatorsSkipped(ids: ["c"]),
                                               at: Loc(file: s.path("data.csv")))])
    }

    @Test("The year-in-column layout loads the same panel")
    func yearInColumn() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: """
            data: {file: data.csv, layout: year-in-column, unit_column: unit}
            units: {id_column: unit}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """, data: """
            unit,b_2021,a_2020,b_2020,a_2021,note
            U1,20,1,10,2,x
            U2,40,3,30,4,y
            """)
        #expect(cells(out.panel) == twoByTwo)
    }

    @Test("A custom column pattern and `column:` are used to find year-in-column data")
    func columnPattern() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: """
            data: {file: data.csv, layout: year-in-column, unit_column: unit, column_pattern: "{year}-{indicator}"}
            units: {id_column: unit}
            framework: {id: index, children: [{id: a, column: alpha}, {id: b}]}
            """, data: """
            unit,2020-alpha,2021-alpha,2020-b,2021-b
            U1,1,2,10,20
            U2,3,4,30,40
            """)
        #expect(cells(out.panel) == twoByTwo)
    }

    // MARK: Cells

    @Test("A non-numeric cell names file, line, column, the text and the accepted missing markers")
    func nonNumericCell() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: """
            unit,year,a,b
            U1,2020,1,10
            U1,2021,abc,20
            """)
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.location == s.data(3, 3))
        #expect(p.problemText("en") == "`abc` in `a` is not a number")
        #expect(p.fixText("en") == "write a plain number, or a missing marker: \(defaultMarkers) (set `missing_values` in the project file to add more)")
        #expect(p.line("en") == "\(s.path("data.csv")):3:3: error: `abc` in `a` is not a number. Fix: \(p.fixText("en"))")
    }

    @Test("A number with thousands separators suggests removing them")
    func thousandsSeparators() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: """
            unit,year,a,b
            U1,2020,"1,234",10
            """)
        let p = try #require(found.first)
        #expect(found.count == 1)
        #expect(p.location == s.data(2, 3))
        #expect(p.problemText("en") == "`1,234` in `a` is not a number")
        #expect(p.fixText("en").hasPrefix("write a plain number (remove the thousands separators), or a missing marker: \(defaultMarkers)"))
    }

    @Test("A percentage suggests dropping the % sign")
    func percentSign() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: "unit,year,a,b\nU1,2020,5,45%\n")
        let p = try #require(found.first)
        #expect(p.location == s.data(2, 4))
        #expect(p.problemText("en") == "`45%` in `b` is not a number")
        #expect(p.fixText("en").hasPrefix("write a plain number (drop the % sign and keep the number), or a missing marker"))
    }

    @Test("Every bad cell of a file is reported, not only the first")
    func severalBadCells() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: "unit,year,a,b\nU1,2020,x,y\nU2,2020,1,z\n")
        #expect(found.map(\.location) == [s.data(2, 3), s.data(2, 4), s.data(3, 4)])
        #expect(found.map { $0.problemText("en") } == ["`x` in `a` is not a number", "`y` in `b` is not a number", "`z` in `b` is not a number"])
    }

    @Test("An ordinal label outside the scale lists the accepted labels, best first; known labels become scores")
    func unknownOrdinalLabel() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("touchstone.yaml", """
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework:
              id: index
              children:
                - {id: a}
                - {id: r, type: ordinal, scale: {low: 1, high: 3, mid: 2}}
            """)
        try s.write("data.csv", "unit,year,a,r\nU1,2020,1,high\nU1,2021,2,great\n")
        let found = s.problems()
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.location == s.data(3, 4))
        #expect(p.problemText("en") == "`great` is not a rating of `r`")
        #expect(p.fixText("en") == "use one of high, mid, low, or a missing marker (\(defaultMarkers)); or add it to the indicator's `scale`")

        try s.write("data.csv", "unit,year,a,r\nU1,2020,1,high\nU1,2021,2,low\nU2,2020,3,mid\nU2,2021,4,NA\n")
        let loaded = try s.load()
        #expect(cells(loaded.panel) == ["U1 2020 a=1.0 r=3.0", "U1 2021 a=2.0 r=1.0", "U2 2020 a=3.0 r=2.0", "U2 2021 a=4.0 r=NA"])
    }

    @Test("The default missing markers (NA, -, empty, …) become missing, and an all-missing row is kept")
    func missingMarkers() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: wideProject(), data: """
            unit,year,a,b
            U1,2020,NA,10
            U1,2021,-,
            U2,2020,3,..
            U2,2021,N/A,—
            """)
        #expect(cells(out.panel) == ["U1 2020 a=NA b=10.0", "U1 2021 a=NA b=NA", "U2 2020 a=3.0 b=NA", "U2 2021 a=NA b=NA"])
    }

    @Test("`missing_values` replaces the default markers, and messages list the ones in force")
    func customMissingMarkers() throws {
        let s = try Scratch()
        defer { s.remove() }
        let project = wideProject("  missing_values: [\"\", NA, \"-\"]\n")
        let out = try s.load(project: project, data: "unit,year,a,b\nU1,2020,NA,\nU2,2020,-,5\n")
        #expect(cells(out.panel) == ["U1 2020 a=NA b=NA", "U2 2020 a=NA b=5.0"])
        let found = try s.problems(project: project, data: "unit,year,a,b\nU1,2020,..,1\n")
        #expect(found.map { $0.problemText("en") } == ["`..` in `a` is not a number"])
        #expect(found.first?.fixText("en") == "write a plain number, or a missing marker: empty, -, NA (set `missing_values` in the project file to add more)")
    }

    // MARK: Duplicates and units

    @Test("A duplicate unit-year row in the wide layout names both lines")
    func duplicateWideRow() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: """
            unit,year,a,b
            U1,2020,1,10
            U2,2020,3,30
            U1,2020,2,20
            """)
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.location == s.data(4, 1))
        #expect(p.problemText("en") == "duplicate row for unit `U1` and year 2020 (first at line 2)")
        #expect(p.fixText("en") == "keep one row per unit and year")
    }

    @Test("A duplicate observation in the long layout names both lines, also when the first was missing")
    func duplicateLongObservation() throws {
        let s = try Scratch()
        defer { s.remove() }
        let project = """
            data: {file: data.csv, layout: long, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """
        let found = try s.problems(project: project, data: """
            unit,year,indicator,value
            U1,2020,a,1
            U1,2020,b,10
            U2,2020,a,3
            U1,2020,a,5
            """)
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.location == s.data(5, 4))
        #expect(p.problemText("en") == "duplicate observation: unit `U1`, year 2020, indicator `a` was already given at line 2")
        #expect(p.fixText("en").hasPrefix("keep one row per unit"))

        let second = try s.problems(project: project, data: "unit,year,indicator,value\nU1,2020,a,NA\nU1,2020,b,1\nU1,2020,a,7\n")
        #expect(second.map(\.location) == [s.data(4, 4)])
        #expect(second.map { $0.problemText("en") } == ["duplicate observation: unit `U1`, year 2020, indicator `a` was already given at line 2"])
    }

    @Test("A unit missing from the unit table is reported where it first appears, with a suggestion when close")
    func unitNotInUnitTable() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("units.csv", "id,name\nBeijing,北京\nShanghai,上海\n")
        let found = try s.problems(project: """
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {file: units.csv, id_column: id, name_column: name}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """, data: """
            unit,year,a,b
            Beijing,2020,1,2
            Tokyo,2020,1,2
            Beijng,2020,1,2
            Tokyo,2021,1,2
            """)
        #expect(found.count == 2)
        #expect(found.map(\.location) == [s.data(4, 1), s.data(3, 1)])
        #expect(found.map { $0.problemText("en") } == ["unit `Beijng` is not in the unit table", "unit `Tokyo` is not in the unit table"])
        #expect(found.first?.fixText("en") == "did you mean `Beijing`? Otherwise add it to the unit table \(s.path("units.csv"))")
        #expect(found.last?.fixText("en") == "add a row for `Tokyo` to the unit table \(s.path("units.csv")), or correct the id")
    }

    @Test("A separate unit table gives names, groups and sizes, and units without data are noted")
    func unitTable() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("units.csv", "id,name_en,name_zh,group,members\nB2,Second,二支部,case,12\nB1,First,一支部,office,NA\nB3,Third,三支部,case,8\n")
        let out = try s.load(project: """
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {file: units.csv, id_column: id, name_columns: {en: name_en, zh: name_zh}, group_columns: [group], size_column: members}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """, data: "unit,year,a,b\nB1,2020,1,2\nB2,2020,3,4\n")
        #expect(out.panel.units == [
            UnitInfo(id: "B2", names: ["en": "Second", "zh": "二支部"], groups: ["group": "case"], size: 12),
            UnitInfo(id: "B1", names: ["en": "First", "zh": "一支部"], groups: ["group": "office"], size: nil),
        ])
        #expect(cells(out.panel) == ["B2 2020 a=3.0 b=4.0", "B1 2020 a=1.0 b=2.0"])
        #expect(out.diagnostics == [Diagnostic(.note, .unitWithoutData(unit: "B3"), at: Loc(file: s.path("units.csv")))])
    }

    // MARK: Indicators absent from the data

    @Test("Wide: a framework indicator without a column is reported at the indicator, suggesting the closest column")
    func indicatorAbsentWide() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: """
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework:
              id: index
              children:
                - id: a
                - id: income
                - id: zeta
            """, data: "unit,year,a,incme\nU1,2020,1,2\n")
        #expect(found.count == 2)
        let p = try #require(found.first)
        #expect(p.location == Loc(file: s.path("touchstone.yaml"), line: 7, column: 11))
        #expect(p.problemText("en") == "framework indicator `income` is not in the data file \(s.path("data.csv")) (no column `income`)")
        #expect(p.fixText("en") == "did you mean `incme`? Rename the column, or set `column:` on the indicator")
        #expect(found.last?.fixText("en") == "add a column `zeta` to the data, set `column:` on the indicator, or remove the indicator from the framework")
    }

    @Test("Long: a framework indicator without rows is reported, suggesting the closest name in the data")
    func indicatorAbsentLong() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: """
            data: {file: data.csv, layout: long, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework:
              id: index
              children:
                - id: a
                - id: b
            """, data: "unit,year,indicator,value\nU1,2020,a,1\nU1,2020,bb,2\n")
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.location == Loc(file: s.path("touchstone.yaml"), line: 7, column: 11))
        #expect(p.problemText("en") == "framework indicator `b` has no rows in the data file \(s.path("data.csv"))")
        #expect(p.fixText("en") == "did you mean `bb`? Set `column:` on the indicator to the name used in the data")
    }

    @Test("Year-in-column: a framework indicator without columns names the column expected")
    func indicatorAbsentYearInColumn() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: """
            data: {file: data.csv, layout: year-in-column, unit_column: unit}
            units: {id_column: unit}
            framework:
              id: index
              children:
                - id: a
                - id: b
            """, data: "unit,a_2020,a_2021,bee_2020\nU1,1,2,3\n")
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.location == Loc(file: s.path("touchstone.yaml"), line: 7, column: 11))
        #expect(p.problemText("en") == "framework indicator `b` is not in the data file \(s.path("data.csv")) (no column like `b_2020`)")
        #expect(p.fixText("en") == "check `column_pattern` and the indicator's `column:`, or remove the indicator from the framework")
    }

    @Test("A column named in the project but absent from the header is reported with a suggestion")
    func missingUnitColumn() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: "unti,year,a,b\nU1,2020,1,2\n")
        #expect(found.map { $0.problemText("en") } == ["the unit table has no column `unit`", "the data file has no column `unit`"])
        #expect(found.first?.location == Loc(file: s.path("data.csv"), line: 1))
        #expect(found.first?.fixText("en") == "did you mean `unti`? Correct the project file or the header")
    }

    // MARK: Years and filters

    @Test("A data file left empty by the filters is an error")
    func emptyAfterFilters() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject("  exclude: [{column: unit, prefix: U}]\n"), data: "unit,year,a,b\nU1,2020,1,2\nU2,2020,3,4\n")
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.location == Loc(file: s.path("data.csv")))
        #expect(p.problemText("en") == "the data holds no observations after the row filters")
        #expect(p.fixText("en").contains("`exclude`/`include` filters and `years` keep some"))
    }

    @Test("A data file with a header and no rows is an error")
    func emptyData() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: "unit,year,a,b\n")
        #expect(found.map { $0.problemText("en") } == ["the data holds no observations"])
    }

    @Test("A year cell that is not a whole number is reported at its cell; 2021.0 is accepted")
    func badYear() throws {
        let s = try Scratch()
        defer { s.remove() }
        let found = try s.problems(project: wideProject(), data: "unit,year,a,b\nU1,2020,1,2\nU1,20x0,1,2\nU2,1e99,1,2\nU2,2020.5,1,2\nU2,inf,1,2\nU2,2021.0,1,2\n")
        #expect(found.map(\.location) == [s.data(3, 2), s.data(4, 2), s.data(5, 2), s.data(6, 2)])
        #expect(found.map { $0.problemText("en") } == ["year `20x0` is not a whole number", "year `1e99` is not a whole number",
                                         "year `2020.5` is not a whole number", "year `inf` is not a whole number"])
        #expect(found.first?.fixText("en") == "write the year as four digits, e.g. 2023")
        let out = try s.load(project: wideProject(), data: "unit,year,a,b\nU1,2020,1,2\nU1,2021.0,3,4\n")
        #expect(out.panel.years == [2020, 2021])
    }

    @Test("Row filters: `exclude` with a prefix drops rows, `include` with `equals` keeps only matching rows")
    func rowFilters() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: wideProject("""
              exclude: [{column: unit, prefix: ZZ}]
              include: [{column: kind, equals: [total, all]}]

            """), data: """
            unit,kind,year,a,b
            U1,total,2020,1,10
            U1,urban,2020,100,100
            ZZA,total,2020,5,5
            U2,all,2020,3,30
            U2,rural,2021,7,7
            """)
        #expect(cells(out.panel) == ["U1 2020 a=1.0 b=10.0", "U2 2020 a=3.0 b=30.0"])
        #expect(out.panel.units.map(\.id) == ["U1", "U2"])
        // The unit table (the data file, without unit filters) still lists ZZA.
        #expect(out.diagnostics == [Diagnostic(.note, .unitWithoutData(unit: "ZZA"), at: Loc(file: s.path("data.csv")))])
    }

    @Test("Unit filters remove units from the unit table, so they leave no note")
    func unitFilters() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: """
            data: {file: data.csv, unit_column: unit, year_column: year, exclude: [{column: unit, prefix: ZZ}]}
            units: {id_column: unit, exclude: [{column: unit, prefix: ZZ}]}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """, data: "unit,year,a,b\nZZW,2020,9,9\nU1,2020,1,10\n")
        #expect(cells(out.panel) == ["U1 2020 a=1.0 b=10.0"])
        #expect(out.diagnostics.isEmpty)
    }

    @Test("`years: [from, to]` keeps only the years in the window, in every layout")
    func yearWindow() throws {
        let s = try Scratch()
        defer { s.remove() }
        let wide = try s.load(project: wideProject("  years: [2020, 2021]\n"), data: """
            unit,year,a,b
            U1,2019,0,0
            U1,2020,1,10
            U1,2021,2,20
            U1,2022,9,9
            U2,2020,3,30
            U2,2021,4,40
            """)
        #expect(cells(wide.panel) == twoByTwo)
        let yic = try s.load(project: """
            data: {file: data.csv, layout: year-in-column, unit_column: unit, years: [2020, 2021]}
            units: {id_column: unit}
            framework: {id: index, children: [{id: a}, {id: b}]}
            """, data: "unit,a_2019,a_2020,a_2021,b_2020,b_2021,b_2022\nU1,0,1,2,10,20,0\nU2,0,3,4,30,40,0\n")
        #expect(cells(yic.panel) == twoByTwo)
    }

    @Test("`years` must be whole years")
    func yearWindowNotWhole() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("touchstone.yaml", wideProject("  years: [2019.5, 1e300]\n"))
        do {
            _ = try ProjectReader.read(path: s.folder.path)
            Issue.record("a fractional year window was accepted")
        } catch let e as InputProblems {
            #expect(e.problems.map { $0.problemText("en") } == ["data.years[0]: expected a whole number, found `2019.5`", "data.years[1]: expected a whole number, found `1e300`"])
            #expect(e.problems.first?.location.line == 6)
        }
    }

    @Test("`years: [y, y]` keeps a single year; a reversed window is an error")
    func singleYearWindow() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("touchstone.yaml", wideProject("  years: [2021, 2019]\n"))
        do {
            _ = try ProjectReader.read(path: s.folder.path)
            Issue.record("a reversed year window was accepted")
        } catch let e as InputProblems {
            #expect(e.problems.map { $0.problemText("en") } == ["data.years: `years` must be two whole years `[from, to]` with from <= to"])
        }
    }

    @Test("A fixed `year:` dates every row of a single-year wide file")
    func fixedYear() throws {
        let s = try Scratch()
        defer { s.remove() }
        let out = try s.load(project: wideProject("  year: 2023\n", yearColumn: false), data: "unit,a,b\nU1,1,10\nU2,3,30\n")
        #expect(cells(out.panel) == ["U1 2023 a=1.0 b=10.0", "U2 2023 a=3.0 b=30.0"])
        #expect(out.panel.years == [2023])
    }

    // MARK: Encodings

    @Test("A UTF-8 file with a byte-order mark loads, the mark not sticking to the first column name")
    func byteOrderMark() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("touchstone.yaml", wideProject())
        try s.write("data.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("unit,year,a,b\nU1,2020,1,10\n".utf8))
        let out = try s.load()
        #expect(cells(out.panel) == ["U1 2020 a=1.0 b=10.0"])
        #expect(out.diagnostics.isEmpty)
    }

    @Test("A GB18030 data file loads, with a note recommending UTF-8")
    func gb18030() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("touchstone.yaml", """
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework:
              id: index
              children:
                - {id: a}
                - {id: r, type: ordinal, scale: {优秀: 4, 良好: 3}}
            """)
        // python3: "北京".encode("gb18030") == b"\xb1\xb1\xbe\xa9", 优秀 d3c5 d0e3, 上海 c9cf baa3, 良好 c1bc bac3.
        let beijing: [UInt8] = [0xB1, 0xB1, 0xBE, 0xA9], excellent: [UInt8] = [0xD3, 0xC5, 0xD0, 0xE3]
        let shanghai: [UInt8] = [0xC9, 0xCF, 0xBA, 0xA3], good: [UInt8] = [0xC1, 0xBC, 0xBA, 0xC3]
        let ascii = { (text: String) in Array(text.utf8) }
        let bytes = ascii("unit,year,a,r\n") + beijing + ascii(",2020,1,") + excellent + ascii("\n")
            + shanghai + ascii(",2020,2,") + good + ascii("\n")
        try s.write("data.csv", bytes: bytes)
        let out = try s.load()
        #expect(cells(out.panel) == ["北京 2020 a=1.0 r=4.0", "上海 2020 a=2.0 r=3.0"])
        #expect(out.diagnostics == [Diagnostic(.note, .decodedFromGB18030,
                                               at: Loc(file: s.path("data.csv")))])
    }
}

@Suite("Diagnostic kinds in both languages")
struct DiagnosticKindTests {
    @Test("a unit without data is a typed diagnostic without words in the core, worded in both languages by TouchstoneOutput")
    func unitWithoutData() {
        let d = Diagnostic(.note, .unitWithoutData(unit: "B3"))
        #expect(d.message.isEmpty)
        #expect(d.text("en") == "unit `B3` has no data and is left out")
        #expect(d.line("en") == "note: unit `B3` has no data and is left out")
        #expect(d.text("zh") == "单位 `B3` 没有数据，未纳入")
        #expect(Diagnostic(.note, "free text").text("zh") == "free text")
        for kind: Diagnostic.Kind in [.unitWithoutData(unit: "B3"), .decodedFromGB18030, .trendsOnPerYearScores] {
            let en = kind.text("en"), zh = kind.text("zh")
            #expect(en != zh && zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(kind)")
            #expect(EnglishSentences.find(in: zh).isEmpty, "\(zh)")
        }
        #expect(Diagnostic(.note, .decodedFromGB18030).text("en") == "decoded from GB18030 (a Chinese Windows encoding); saving as UTF-8 is recommended")
    }
}
