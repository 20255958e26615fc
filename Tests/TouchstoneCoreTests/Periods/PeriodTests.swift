import Foundation
import Testing
@testable import TouchstoneCore
import TouchstoneOutput
import TouchstoneStats
import TouchstoneText

struct PeriodParserTests {
    @Test("Quarters read in every accepted spelling, and nothing else")
    func quarters() {
        for text in ["2024-Q3", "2024Q3", "2024 Q3", "2024-q3", "2024年第三季度", "2024年第3季度", "2024年三季度", " 2024-Q3 "] {
            #expect(PeriodParser.parse(text, kind: .quarter) == Period(kind: .quarter, year: 2024, index: 3), "\(text)")
        }
        for text in ["2024", "2024-Q5", "2024-Q0", "2024-Q", "24-Q3", "2024-Q03", "2024年第五季度", "2024-07", "Q3 2024", "2024-Q+3"] {
            #expect(PeriodParser.parse(text, kind: .quarter) == nil, "\(text)")
        }
    }

    @Test("Months read as 2024-07, 2024-7, 2024/07, 2024年7月 and 2024年十二月")
    func months() {
        for text in ["2024-07", "2024-7", "2024/07", "2024年7月", "2024年07月", "2024年七月"] {
            #expect(PeriodParser.parse(text, kind: .month) == Period(kind: .month, year: 2024, index: 7), "\(text)")
        }
        #expect(PeriodParser.parse("2024年十二月", kind: .month)?.index == 12)
        #expect(PeriodParser.parse("2024年十月", kind: .month)?.index == 10)
        for text in ["2024-13", "2024-00", "2024-Q3", "2024", "2024-007", "2024年13月", "2024年十三月", "2024-07-01"] {
            #expect(PeriodParser.parse(text, kind: .month) == nil, "\(text)")
        }
    }

    @Test("Years read as before: whole numbers, 2020.0, never inf")
    func years() {
        #expect(PeriodParser.parse("2020", kind: .year)?.code == 2020)
        #expect(PeriodParser.parse("2020.0", kind: .year)?.code == 2020)
        #expect(PeriodParser.parse("inf", kind: .year) == nil)
        #expect(PeriodParser.parse("2020.5", kind: .year) == nil)
    }

    @Test("Codes, labels and order of periods")
    func codes() {
        let q = Period(kind: .quarter, year: 2024, index: 3)
        #expect(q.code == 202403 && Period(kind: .quarter, code: 202403) == q && q.label == "2024-Q3")
        #expect(Period(kind: .month, year: 2024, index: 7).label == "2024-07")
        #expect(Period(kind: .quarter, year: 2024, index: 1).previous == Period(kind: .quarter, year: 2023, index: 4))
        #expect(Period(kind: .quarter, year: 2023, index: 4) < q)
    }
}

struct RollupTests {
    @Test("Roll-ups of the documented table", arguments: [
        (RollupMethod.sum, [3.0, 5, 4, 6], 18.0), (.mean, [3, 5, 4, 6], 4.5), (.last, [3, 5, 4, 6], 6), (.max, [3, 5, 4, 6], 6), (.min, [3, 5, 4, 6], 3),
        (.mean, [3, .nan, 4, 6], 13.0 / 3), (.last, [3, 5, 4, .nan], 4), (.min, [.nan, 5, 4, 6], 4),
    ])
    func table(method: RollupMethod, values: [Double], expected: Double) {
        #expect(method.combine(values) == expected)
    }

    @Test("A sum with a missing period, and any roll-up of nothing, is missing")
    func missing() {
        #expect(RollupMethod.sum.combine([3, .nan, 4, 6]).isNaN)
        for m in RollupMethod.allCases { #expect(m.combine([.nan, .nan]).isNaN) }
    }

    @Test("Defaults: counts sum, ratings take the last, the rest average")
    func defaults() {
        var spec = IndicatorSpec(column: "a")
        #expect(RollupMethod.default(for: spec) == .mean)
        spec.kind = .count
        #expect(RollupMethod.default(for: spec) == .sum)
        spec.kind = .percent
        #expect(RollupMethod.default(for: spec) == .mean)
        spec.type = .ordinal
        #expect(RollupMethod.default(for: spec) == .last)
    }
}

struct PeriodicLoadingTests {
    static let yaml = """
        data: {file: data.csv, unit_column: unit, year_column: period, period: quarter}
        framework:
          id: index
          children:
            - {id: events, kind: count}
            - {id: rate, kind: rate}
            - {id: closed, kind: percent, rollup: last}
            - {id: top, rollup: max}
        """

    /// Four units, 2023 complete and 2024 through Q3, values from a fixed formula (no randomness needed).
    static func data(through last: Int = 3) -> String {
        var out = "unit,period,events,rate,closed,top\n"
        for u in 1...4 {
            for year in [2023, 2024] {
                for q in 1...(year == 2024 ? last : 4) {
                    let e = u * 3 + q * 2 + (year - 2023) * 5
                    out += "u\(u),\(year)-Q\(q),\(e),\(Double(u) * 1.1 + Double(q) / 3),\(20 * q + u),\(u * q % 7)\n"
                }
            }
        }
        return out
    }

    @Test("Quarters roll up into years with each indicator's roll-up; the incomplete year is marked year to date")
    func rollUp() throws {
        let s = try VoteScratch()
        let out = try PanelLoader(project: s.project(Self.yaml, data: Self.data())).load()
        let panel = out.panel
        #expect(panel.years == [2023, 2024])
        #expect(panel.yearToDate == [2024: Period(kind: .quarter, year: 2024, index: 3)])
        #expect(out.periods?.latest == Period(kind: .quarter, year: 2024, index: 3))
        let r = panel.row(unit: 1, year: 2023)!  // u2
        #expect(panel.values[r, 0] == Double((6 + 2) + (6 + 4) + (6 + 6) + (6 + 8)))
        let rates = (1...4).map { 2.2 + Double($0) / 3 }
        #expect(panel.values[r, 1] == (rates[0] + rates[1] + rates[2] + rates[3]) / 4)
        #expect(panel.values[r, 2] == 82)
        #expect(panel.values[r, 3] == 6)
        let r24 = panel.row(unit: 1, year: 2024)!
        #expect(panel.values[r24, 0] == Double((11 + 2) + (11 + 4) + (11 + 6)))
        #expect(panel.values[r24, 2] == 62)
    }

    @Test("Comparing years through the same quarter cuts every year there")
    func sameQuarter() throws {
        let s = try VoteScratch()
        let out = try PanelLoader(project: s.project(Self.yaml, data: Self.data())).load()
        let through2 = out.periods!.yearly(through: 2)
        let r = through2.row(unit: 0, year: 2023)!
        #expect(through2.values[r, 0] == Double((3 + 2) + (3 + 4)))
        #expect(through2.yearToDate.keys.sorted() == [2023, 2024])
    }

    @Test("A unit missing a quarter has no sum for that year, but its mean and last remain")
    func missingQuarter() throws {
        let s = try VoteScratch()
        let data = Self.data().split(separator: "\n").filter { !$0.hasPrefix("u1,2023-Q2") }.joined(separator: "\n") + "\n"
        let panel = try PanelLoader(project: s.project(Self.yaml, data: data)).load().panel
        let r = panel.row(unit: 0, year: 2023)!
        #expect(panel.values[r, 0].isNaN)
        #expect(!panel.values[r, 1].isNaN && panel.values[r, 2] == 81)
    }

    @Test("A bad period is refused at its file, line and column, saying what is accepted")
    func badPeriod() throws {
        let s = try VoteScratch()
        let data = Self.data().replacingOccurrences(of: "u3,2024-Q2,", with: "u3,2024-Q5,")
        let project = try s.project(Self.yaml, data: data)
        do {
            _ = try PanelLoader(project: project).load()
            Issue.record("loaded")
        } catch let many as InputProblems {
            let p = try #require(many.problems.first)
            #expect(p.location.file.hasSuffix("data.csv"))
            let line = data.split(separator: "\n").firstIndex { $0.hasPrefix("u3,2024-Q5") }! + 1
            #expect(p.location.line == line && p.location.column == 2)
            #expect(p.problemText("en").contains("`2024-Q5` is not a quarter") && p.fixText("en").contains("2024年第三季度"))
        }
        let monthly = Self.data().replacingOccurrences(of: "u3,2024-Q2,", with: "u3,2024-07,")
        do {
            _ = try PanelLoader(project: try s.project(Self.yaml, data: monthly)).load()
            Issue.record("loaded")
        } catch let many as InputProblems {
            #expect(many.problems.first?.problemText("en").contains("reads as a month") == true)
        }
    }

    @Test("`period:` takes year, quarter or month")
    func unknownKind() throws {
        let s = try VoteScratch()
        #expect(throws: InputProblems.self) { try s.project(Self.yaml.replacingOccurrences(of: "period: quarter", with: "period: quartr"), data: Self.data()) }
    }

    /// The yearly pipeline's CSV of a project whose data are `csv`.
    static func indexCSV(_ yaml: String, _ csv: String) throws -> String {
        let s = try VoteScratch()
        let result = try IndexPipeline(project: s.project(yaml, data: csv)).run()
        var selection = IndexSelection()
        selection.years = .all
        selection.maxDepth = nil
        return try IndexReport(result: result, selection: selection).csv()
    }

    @Test("The year-end index from quarters equals the yearly index of the rolled-up totals, byte for byte")
    func yearEndEqualsYearly() throws {
        let quarterly = try Self.indexCSV(Self.yaml, Self.data(through: 4))
        // The rolled-up totals, written as a yearly file in the shortest exact form.
        let s = try VoteScratch()
        let panel = try PanelLoader(project: s.project(Self.yaml, data: Self.data(through: 4))).load().panel
        #expect(panel.yearToDate.isEmpty)
        var yearly = "unit,period,events,rate,closed,top\n"
        for (i, key) in panel.rows.enumerated() {
            yearly += "\(panel.units[key.unit].id),\(key.year)," + (0..<4).map { NumberFormat.full(panel.values[i, $0]) }.joined(separator: ",") + "\n"
        }
        let yearlyYAML = Self.yaml.replacingOccurrences(of: ", period: quarter", with: "")
        let fromYearly = try Self.indexCSV(yearlyYAML, yearly)
        #expect(quarterly == fromYearly)
        #expect(quarterly.split(separator: "\n").count == 9)
    }

    @Test("Year-to-date years carry a `through` column in CSV")
    func throughColumn() throws {
        let csv = try Self.indexCSV(Self.yaml, Self.data())
        let lines = csv.split(separator: "\n")
        #expect(lines[0].hasPrefix("unit,year,through,index"))
        #expect(lines.contains { $0.hasPrefix("u1,2024,2024-Q3,") } && lines.contains { $0.hasPrefix("u1,2023,,") })
    }
}
