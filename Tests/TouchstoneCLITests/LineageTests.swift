import Foundation
import Testing

/// Issue 19, item 3: unit lineage (`units.lineage`). On copies of datasets/branches.
@Suite("Unit lineage")
struct LineageTests {
    /// A copy where `rename` ids take over from 2023 (data and unit table), `merge` units are one unit from
    /// 2023 (the first predecessor's rows carry on under the new id), and the lineage file says so.
    static func copy(lineage: String, rename: (String, String)? = nil, merge: ([String], String)? = nil, dissolve: String? = nil) throws -> BranchesCopy {
        let copy = try BranchesCopy(editProject: { $0.replacingOccurrences(of: "  size_column: members\n", with: "  size_column: members\n  lineage: lineage.csv\n") })
        var data = try copy.read("indicators.csv").components(separatedBy: "\n")
        var units = try copy.read("branches.csv").components(separatedBy: "\n")
        data = data.compactMap { line in
            var cells = line.components(separatedBy: ",")
            guard cells.count > 2, let year = Int(cells[1]) else { return line }
            if let (old, new) = rename, cells[0] == old, year >= 2023 { cells[0] = new }
            if let (from, to) = merge, from.contains(cells[0]), year >= 2023 {
                if cells[0] != from[0] { return nil }
                cells[0] = to
            }
            if cells[0] == dissolve && year == 2024 { return nil }
            return cells.joined(separator: ",")
        }
        if let (old, new) = rename { units = units.map { $0.hasPrefix(old + ",") ? new + $0.dropFirst(old.count) : $0 } }
        if let (_, to) = merge { units.insert("\(to),合并党支部,Merged branch,functional,职能部门,40", at: units.count - 1) }
        try data.joined(separator: "\n").write(to: copy.path("indicators.csv"), atomically: true, encoding: .utf8)
        try units.joined(separator: "\n").write(to: copy.path("branches.csv"), atomically: true, encoding: .utf8)
        try lineage.write(to: copy.path("lineage.csv"), atomically: true, encoding: .utf8)
        return copy
    }

    static func trendRow(_ run: CLI.Output) throws -> [String: Any] {
        #expect(run.status == 0, "\(run.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require((doc["rows"] as? [[String: Any]])?.first { $0["node"] as? String == "index" && $0["series"] as? String == "score" })
    }

    @Test("a renamed id keeps its six-year trend: b37, formerly b12, has b12's series and statistics")
    func renamedKeepsTrend() throws {
        let copy = try Self.copy(lineage: "event,year,from,to\nrenamed,2023,b12,b37\n", rename: ("b12", "b37"))
        defer { copy.remove() }
        let renamed = try Self.trendRow(try copy.run(["trend", ".", "--unit", "b37", "--format", "json"]))
        let original = try Self.trendRow(try CLI.run(["trend", "datasets/branches", "--unit", "b12", "--format", "json"]))
        #expect(renamed["n"] as? Int == 6)
        #expect(renamed["values"] as? [Double] == original["values"] as? [Double])
        for key in ["sen_slope", "mk_p", "change"] { #expect(renamed[key] as? Double == original[key] as? Double, "\(key)") }
        #expect(renamed["class"] as? String == original["class"] as? String)
        // Without the lineage, the new id has two years: insufficient data.
        try "event,year,from,to\n".write(to: copy.path("lineage.csv"), atomically: true, encoding: .utf8)
        let without = try copy.run(["trend", ".", "--unit", "b37", "--format", "json"])
        #expect(without.status == 1, "b12 is not in the unit table without the lineage")
        try "event,year,from,to\nrenamed,2023,b12,b37\n".write(to: copy.path("lineage.csv"), atomically: true, encoding: .utf8)
        let text = try copy.run(["trend", "."]).stdout
        #expect(text.contains("b37, formerly b12 (renamed 2023)"))
        #expect(try copy.run(["trend", ".", "--locale", "zh"]).stdout.contains("b37（原 b12，2023年更名）"))
        #expect(try copy.run(["validate", "."]).stderr.contains("note: lineage: b37, formerly b12 (renamed 2023)"))
        // The brief says where the history comes from; other briefs say nothing of it.
        #expect(try copy.run(["report", ".", "--output", "out", "--format", "html"]).status == 0)
        let brief = try String(contentsOf: copy.path("out/briefs/b37.html"), encoding: .utf8)
        #expect(brief.contains("b37, formerly b12 (renamed 2023)"))
        #expect(!(try String(contentsOf: copy.path("out/briefs/b01.html"), encoding: .utf8)).contains("formerly"))
    }

    @Test("a merge gets a history by the documented rule: the mean, or the size-weighted mean, of its predecessors")
    func mergeHistory() throws {
        for (rule, weights) in [("mean", (1.0, 1.0)), ("size-weighted", (0.0, 0.0))] {
            let copy = try Self.copy(lineage: "event,year,from,to,rule\nmerged,2023,b05 b06,b40,\(rule)\n", merge: (["b05", "b06"], "b40"))
            defer { copy.remove() }
            let members = try copy.read("branches.csv").components(separatedBy: "\n").reduce(into: [String: Double]()) { m, line in
                let c = line.components(separatedBy: ",")
                if c.count > 5, let v = Double(c[5]) { m[c[0]] = v }
            }
            let (w5, w6) = rule == "mean" ? weights : (members["b05"]!, members["b06"]!)
            let csv = try copy.run(["index", ".", "--all-years", "--level", "0", "--format", "csv"]).stdout
            var index: [String: (Double, String)] = [:]
            for line in csv.components(separatedBy: "\n").dropFirst() {
                let c = line.components(separatedBy: ",")
                if c.count > 3, let v = Double(c[2]) { index["\(c[0])|\(c[1])"] = (v, c[3]) }
            }
            // The index is linear in the raw values here (min-max, arithmetic means, no gaps in these rows), so the
            // inherited index is the same weighted mean of the predecessors' indices; the inherited rows are unranked.
            for year in 2019 ... 2022 {
                let a = try #require(index["b05|\(year)"]).0, b = try #require(index["b06|\(year)"]).0
                let merged = try #require(index["b40|\(year)"])
                #expect(abs(merged.0 - (w5 * a + w6 * b) / (w5 + w6)) < 1e-9, "\(rule) \(year)")
                #expect(merged.1.isEmpty, "inherited rows have no rank")
            }
            #expect(index["b05|2023"] == nil && index["b40|2023"] != nil)
            let trend = try Self.trendRow(try copy.run(["trend", ".", "--unit", "b40", "--format", "json"]))
            #expect(trend["n"] as? Int == 6)
            let table = try copy.run(["trend", "."]).stdout
            #expect(table.contains("Dissolved (left out of the current tables): b05 (2023), b06 (2023)"))
            #expect(!table.contains("\nb05 ") && !table.contains("\nb06 "), "dissolved units leave the trend table")
        }
    }

    @Test("a dissolved unit is not expected: not listed as not assessed, named as dissolved")
    func dissolved() throws {
        let copy = try Self.copy(lineage: "event,year,from,to\ndissolved,2024,b09,\n", dissolve: "b09")
        defer { copy.remove() }
        let flag = try copy.run(["flag", "."]).stdout
        #expect(!flag.contains("Not assessed — no data"))
        #expect(flag.contains("Dissolved (left out of the current tables): b09 (2024)"))
        let bad = try Self.copy(lineage: "event,year,from,to\nmerged,2023,b05,b40\n")
        defer { bad.remove() }
        let run = try bad.run(["validate", "."])
        #expect(run.status == 1 && run.stderr.contains("lineage.csv:2:3: error: `merged` takes two or more ids in `from` and one id in `to`, not 1 and 1"), "\(run.stderr)")
    }
}
