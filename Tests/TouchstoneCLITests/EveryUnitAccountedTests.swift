import Foundation
import Testing

/// Issue 19, item 1 and 5: expected units without data are listed as "not assessed — no data for YEAR"
/// everywhere, with their previous-year flags carried as unresolved; excluded years and units are named with
/// the reason. On a copy of datasets/branches with b01–b04's 2024 rows deleted (a late submission).
@Suite("Every unit accounted for")
struct EveryUnitAccountedTests {
    static let missing = ["b01", "b02", "b03", "b04"]
    static func lateSubmission() throws -> BranchesCopy { try BranchesCopy(dropRows: missing.map { ($0, 2024) }) }

    @Test("validate warns, naming the data file and the four units without 2024 data")
    func validateWarns() throws {
        let copy = try Self.lateSubmission()
        defer { copy.remove() }
        let run = try copy.run(["validate", "."])
        #expect(run.status == 0)
        let warning = try #require(run.stderr.components(separatedBy: "\n").first { $0.contains("warning: no data for 2024") })
        #expect(warning.hasPrefix("./indicators.csv: warning: no data for 2024 for 4 expected units: b01, b02, b03, b04"))
        #expect(warning.contains("carry unresolved flags from 2023"))
        // The bundled data, complete, has nothing to warn about.
        #expect(!(try CLI.run(["validate", "datasets/branches"])).stderr.contains("no data for"))
    }

    @Test("flag lists them at the top, counts them as not assessed, and carries their 2023 flags as unresolved")
    func flagTop() throws {
        let copy = try Self.lateSubmission()
        defer { copy.remove() }
        let run = try copy.run(["flag", "."])
        let lines = run.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasSuffix("(34 units: 2 need help, 3 on watch, 4 exemplars, 4 not assessed)"), "\(lines[0])")
        #expect(lines[1].hasPrefix("Not assessed — no data for 2024 (4 units): b01 General Office branch (last data 2023), b02 "))
        #expect(lines[2].hasPrefix("Unresolved from 2023 (flags carried, no data since): "))
        #expect(lines[2].contains("b04 Research Office branch — needs help (high): low level, no substantive progress"))
        let zh = try copy.run(["flag", ".", "--locale", "zh"]).stdout.components(separatedBy: "\n")
        #expect(zh[1].hasPrefix("未评估 — 2024年无数据（4 个单位）：b01 办公厅党支部（最近数据为2023年）"))
        #expect(zh[2].hasPrefix("2023年预警未解决（沿用上年结论，此后无数据）："))
    }

    @Test("flag JSON lists them with the flags they had in 2023, as 2023's own assessment gives them")
    func flagJSON() throws {
        let copy = try Self.lateSubmission()
        defer { copy.remove() }
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(try copy.run(["flag", ".", "--format", "json"]).stdout.utf8)) as? [String: Any])
        let listed = try #require(doc["not_assessed"] as? [[String: Any]])
        #expect(listed.map { $0["unit"] as? String } == Self.missing)
        #expect(listed.allSatisfy { $0["reason"] as? String == "no-data" && $0["year"] as? Int == 2024 && $0["last_year"] as? Int == 2023 })
        // Independent check: the 2023 assessment of the same data (every unit has 2023 rows in both).
        let before = try #require(try JSONSerialization.jsonObject(with: Data(try copy.run(["flag", ".", "--year", "2023", "--format", "json"]).stdout.utf8)) as? [String: Any])
        let units2023 = try #require(before["units"] as? [[String: Any]])
        var carriedSome = false
        for unit in Self.missing {
            let then = try #require(units2023.first { $0["unit"] as? String == unit })
            let now = try #require(listed.first { $0["unit"] as? String == unit })
            let status = then["status"] as? String
            let rules = ((then["flags"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
            if status == "flagged" || status == "watch" {
                carriedSome = true
                #expect(now["unresolved"] as? String == status, "\(unit)")
                #expect(now["unresolved_year"] as? Int == 2023)
                #expect(((now["unresolved_flags"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String } == rules, "\(unit)")
            } else {
                #expect(now["unresolved"] == nil, "\(unit)")
            }
        }
        #expect(carriedSome)
        #expect((doc["units"] as? [[String: Any]])?.count == 30)
    }

    @Test("index, trend and peers name the units not assessed under their tables")
    func otherOutputs() throws {
        let copy = try Self.lateSubmission()
        defer { copy.remove() }
        for command in [["index", "."], ["trend", "."], ["peers", "."], ["index", ".", "--format", "markdown"]] {
            let out = try copy.run(command).stdout
            #expect(out.contains("Not assessed — no data for 2024 (4 units): b01 General Office branch (last data 2023)"), "\(command)")
        }
        #expect(!(try copy.run(["index", ".", "--year", "2023"])).stdout.contains("Not assessed"))
    }

    @Test("the report's first page lists them and their unresolved flags")
    func reportFirstPage() throws {
        let copy = try Self.lateSubmission()
        defer { copy.remove() }
        let run = try copy.run(["report", ".", "--output", "out", "--format", "markdown", "--no-briefs"])
        #expect(run.status == 0, "\(run.stderr)")
        let md = try copy.read("out/report.md")
        let decision = try #require(md.range(of: "## Decision"))
        let firstChart = try #require(md.range(of: "decision.svg"))
        let page = String(md[decision.lowerBound ..< firstChart.lowerBound])
        #expect(page.contains("Not assessed — no data for 2024: b01 General Office branch (last data 2023)"))
        #expect(page.contains("Unresolved from 2023, no data since: b04 Research Office branch — needs help (high): low level, no substantive progress; b01 "))
    }

    @Test("an excluded year is named with its reason in validate, flag, index and the report")
    func excludedYear() throws {
        let copy = try BranchesCopy(editProject: BranchesCopy.addingDataLine(#"exclude: [{column: year, equals: ["2021"], reason: {en: census year, zh: 普查年度}}]"#))
        defer { copy.remove() }
        let validate = try copy.run(["validate", "."])
        #expect(validate.stdout.contains("5 years (2019–2024, 2021 excluded)"), "\(validate.stdout)")
        #expect(validate.stderr.contains("./indicators.csv: note: 2021 (census year; excluded: year = 2021) is left out of every output"))
        #expect(try copy.run(["flag", "."]).stdout.contains("Excluded years: 2021 (census year; excluded: year = 2021)"))
        #expect(try copy.run(["index", ".", "--locale", "zh"]).stdout.contains("排除的年份：2021年（普查年度；排除：year = 2021）"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(try copy.run(["flag", ".", "--format", "json"]).stdout.utf8)) as? [String: Any])
        let excluded = try #require((doc["excluded"] as? [[String: Any]])?.first)
        #expect(excluded["year"] as? Int == 2021 && excluded["column"] as? String == "year" && (excluded["reason"] as? [String: String])?["en"] == "census year")
        #expect(try copy.run(["report", ".", "--output", "out", "--format", "markdown", "--no-briefs"]).status == 0)
        let md = try copy.read("out/report.md")
        let cover = md.components(separatedBy: "## ")[0]
        #expect(cover.contains("Excluded years: 2021 (census year; excluded: year = 2021)"))
    }

    @Test("an excluded unit is named with its reason, and not listed as missing")
    func excludedUnit() throws {
        let copy = try BranchesCopy(editProject: BranchesCopy.addingDataLine(#"exclude: [{column: branch_id, equals: [b09], reason: "merged into b10"}]"#))
        defer { copy.remove() }
        let out = try copy.run(["flag", "."]).stdout
        #expect(out.contains("Excluded units: b09 (merged into b10; excluded: branch_id = b09)"))
        #expect(!out.contains("Not assessed — no data"))
    }
}
