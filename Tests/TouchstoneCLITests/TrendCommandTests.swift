import Foundation
import Testing
import TouchstoneCore

@Suite("touchstone trend")
struct TrendCommandTests {
    @Test("CSV has the documented stable columns, one row per unit for the index")
    func csvColumns() throws {
        let run = try CLI.run(["trend", "datasets/branches", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        #expect(table.header == ["unit", "node", "series", "n", "first_year", "first", "last_year", "last", "change", "pct_change", "cagr",
                                 "ols_slope", "ols_se", "ols_ci_low", "ols_ci_high", "ols_p", "sen_slope", "sen_ci_low", "sen_ci_high",
                                 "mk_s", "mk_tau", "mk_p", "mk_p_method", "hr_p", "volatility", "reversals", "class",
                                 "years_below_peer_median", "rank_first", "rank_last", "rank_change", "rank_best", "rank_worst"])
        #expect(table.rows.count == 34)
        let b21 = try #require(table.rows.first { $0[0] == "b21" })
        #expect(b21[table.columnIndex("class")!] == "declining")
        #expect(b21[table.columnIndex("mk_p_method")!] == "exact")
        #expect(b21[table.columnIndex("rank_first")!] == "5" && b21[table.columnIndex("rank_last")!] == "34")
    }

    @Test("--level all adds dimensions and indicators, indicators with both scores and raw values")
    func levels() throws {
        let run = try CLI.run(["trend", "datasets/branches", "--format", "csv", "--level", "all", "--unit", "b04"])
        let table = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        #expect(table.rows.count == 1 + 4 + 16 * 2)
        #expect(table.rows.filter { $0[2] == "raw" }.count == 16)
    }

    @Test("one unit shows its year-over-year decomposition by dimension")
    func decomposition() throws {
        let run = try CLI.run(["trend", "datasets/branches", "--unit", "b21"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("What moved the index, year by year: b21"))
        #expect(run.stdout.contains("2023→2024"))
    }

    @Test("Chinese labels for classes and headers")
    func chinese() throws {
        let run = try CLI.run(["trend", "datasets/branches", "--locale", "zh"])
        #expect(run.stdout.contains("持续向好"))
        #expect(run.stdout.contains("低于同组且无实质进步"))
        #expect(run.stdout.contains("时好时坏"))
    }

    @Test("an unknown unit is an error (exit 1); a reversed span is a usage error (exit 64)")
    func errors() throws {
        let unknown = try CLI.run(["trend", "datasets/branches", "--unit", "b99"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no unit `b99` in the data"))
        #expect(try CLI.run(["trend", "datasets/branches", "--from", "2024", "--to", "2020"]).status == 64)
        let empty = try CLI.run(["trend", "datasets/branches", "--from", "2030"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("choose years within 2019–2024"))
    }

    @Test("a short span says insufficient data instead of giving numbers")
    func shortSpan() throws {
        let run = try CLI.run(["trend", "datasets/branches", "--from", "2022", "--format", "csv"])
        let table = try CSVReader.parse(data: Array(run.stdout.utf8), file: "stdout")
        #expect(table.rows.allSatisfy { $0[table.columnIndex("class")!] == "insufficient-data" && $0[table.columnIndex("mk_p")!].isEmpty })
    }
}
