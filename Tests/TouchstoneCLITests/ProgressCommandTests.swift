import TouchstoneText
import Foundation
import Testing
import TouchstoneCore

@Suite("touchstone progress and index --period (quarterly data)")
struct ProgressCommandTests {
    static let project = "datasets/branches-quarterly"

    @Test("progress names the stalling branch off track, the late catcher at risk, in English and Chinese, with why / what would help / learn from")
    func table() throws {
        let en = try CLI.run(["progress", Self.project, "--period", "2024-Q3"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.hasPrefix("Key targets — as of 2024-Q3 (34 units:"))
        #expect(en.stdout.contains("OFF TRACK  b29") && en.stdout.contains("AT RISK  b15"))
        #expect(!en.stdout.contains("OFF TRACK  b15"))
        for word in ["Why:", "What would help:", "Learn from:", "Early warning on the year-to-date index through 2024-Q3"] { #expect(en.stdout.contains(word), "\(word)") }
        let zh = try CLI.run(["progress", Self.project, "--period", "2024年第三季度", "--locale", "zh"])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.hasPrefix("重点目标任务 — 截至 2024-Q3（34 个单位："))
        for word in ["落后进度", "有风险", "原因：", "如何赶上进度：", "可学习："] { #expect(zh.stdout.contains(word), "\(word)") }
        // The early-warning flags say they are year to date, and off track on a key target is one of their rules.
        #expect(en.stdout.contains("Flags — Model organ index, 2024, year to date through 2024-Q3 (34 units:"))
        #expect(en.stdout.contains("• off track on a key target: "))
        #expect(zh.stdout.contains("预警 — 模范机关建设指数，2024年年初至今，截至 2024-Q3（34 个单位："))
        #expect(zh.stdout.contains("• 重点目标落后进度："))
    }

    @Test("progress --format csv and json carry every unit and key target as typed values")
    func machine() throws {
        let csv = try CLI.run(["progress", Self.project, "--period", "2024-Q3", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "unit,year,as_of,indicator,target,to_date,expected,expected_from,projection,lower,upper,p_reach,status,calibration_n")
        #expect(lines.count == 1 + 34 * 4)
        #expect(lines.contains { $0.hasPrefix("b29,2024,2024-Q3,") && $0.hasSuffix(",off-track,102") })
        let json = try CLI.run(["progress", Self.project, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 34 * 4 && rows.allSatisfy { $0["as_of"] as? String == "2024-Q4" })
        let md = try CLI.run(["progress", Self.project, "--period", "2024-Q2", "--format", "markdown"])
        #expect(md.status == 0 && md.stdout.contains("| Unit |"))
    }

    @Test("progress --bullets and --matrix draw the bullet graphs and the progress matrix")
    func charts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bullets = folder.appendingPathComponent("b.svg").path, matrix = folder.appendingPathComponent("m.svg").path
        let run = try CLI.run(["progress", Self.project, "--period", "2024-Q3", "--bullets", bullets, "--matrix", matrix, "--locale", "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        let b = try String(contentsOfFile: bullets, encoding: .utf8), m = try String(contentsOfFile: matrix, encoding: .utf8)
        #expect(b.hasPrefix("<svg") && b.contains("截至 2024-Q3 未按进度的重点目标") && b.contains("b29 理论学习次数"))
        #expect(m.contains("b29 派驻市民政局纪检监察组党支部") && m.contains("落后进度") && m.contains(">2%<"))
    }

    @Test("report on quarterly data with targets opens with the progress chapter, its table and both charts")
    func report() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-report-\(UUID().uuidString)")
        let run = try CLI.run(["report", Self.project, "--output", folder.path, "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        let md = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        let chapter = try #require(md.range(of: "## Key targets — as of 2024-Q4 (34 units: 1 off track, 33 on track)"))
        #expect(md.range(of: "## Decision")!.lowerBound > chapter.lowerBound || md.range(of: "<a id=\"decision\">")!.lowerBound > chapter.lowerBound)
        #expect(md.contains("| b29 |") && md.contains("(progress-matrix.svg)") && md.contains("(progress-bullets.svg)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("progress-matrix.svg").path))
    }

    @Test("each unit's brief on quarterly data ends with its key targets: the stalling b29's three off-track targets shaded")
    func briefs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-briefs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["report", Self.project, "--output", folder.path, "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        let b29 = try String(contentsOf: folder.appendingPathComponent("briefs/b29.html"), encoding: .utf8)
        let section = try #require(b29.range(of: "Key targets: 2024-Q4"))
        let after = String(b29[section.upperBound...])
        #expect(after.components(separatedBy: "<tr class=\"flagged\">").count - 1 == 3, "\(after.prefix(2000))")
        #expect(after.contains("off track") && after.contains("on track"))
        // A yearly project's briefs have no such section.
        let yearly = FileManager.default.temporaryDirectory.appendingPathComponent("yearly-briefs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: yearly) }
        #expect(try CLI.run(["report", "datasets/branches", "--output", yearly.path, "--format", "html"]).status == 0)
        #expect(!(try String(contentsOf: yearly.appendingPathComponent("briefs/b21.html"), encoding: .utf8)).contains("Key targets"))
    }

    @Test("progress gives the same bytes whatever the order of the data rows")
    func rowOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = CLI.packageRoot.appendingPathComponent(Self.project)
        for name in ["touchstone.yaml", "branches.csv", "targets.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let lines = try String(contentsOf: source.appendingPathComponent("quarterly.csv"), encoding: .utf8).split(separator: "\n")
        // Header first, then the rows in reverse order, interleaved from both ends.
        let body = Array(lines.dropFirst().reversed())
        let mixed = stride(from: 0, to: body.count, by: 2).map { body[$0] } + stride(from: 1, to: body.count, by: 2).map { body[$0] }
        try Data(([lines[0]] + mixed).joined(separator: "\n").appending("\n").utf8).write(to: folder.appendingPathComponent("quarterly.csv"))
        for format in ["csv", "table"] {
            let a = try CLI.run(["progress", Self.project, "--period", "2024-Q3", "--format", format])
            let b = try CLI.run(["progress", folder.path, "--period", "2024-Q3", "--format", format])
            #expect(a.status == 0 && a.stdout == b.stdout, "\(format)")
        }
    }

    @Test("progress refuses a bad period, a period without data and a yearly project, saying what to do")
    func refusals() throws {
        let bad = try CLI.run(["progress", Self.project, "--period", "2024-Q5"])
        #expect(bad.status != 0 && bad.stderr.contains("`2024-Q3`, `2024Q3` or `2024年第三季度`"))
        let absent = try CLI.run(["progress", Self.project, "--period", "2025-Q1"])
        #expect(absent.status != 0 && absent.stderr.contains("they run from 2021-Q1 to 2024-Q4"))
        let yearly = try CLI.run(["progress", "datasets/branches"])
        #expect(yearly.status == 1 && yearly.stderr.contains("the data are yearly"))
    }

    @Test("index --period shows year-to-date scores, marked, and the change since the previous period")
    func indexPeriod() throws {
        let run = try CLI.run(["index", Self.project, "--period", "2024-Q3"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Model organ building — party branches, by quarter — 2024 (year to date, through 2024-Q3) (34 units)"))
        #expect(run.stdout.contains("Change since 2024-Q2"))
        let q1 = try CLI.run(["index", Self.project, "--period", "2024-Q1", "--locale", "zh"])
        #expect(q1.stdout.contains("年初至 2024-Q1") && q1.stdout.contains("较 2023-Q4 变化"))
        let csv = try CLI.run(["index", Self.project, "--period", "2024-Q3", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("unit,year,through,index,") && csv.stdout.contains("\nb01,2024,2024-Q3,"))
        // The change since the previous period, in CSV and JSON as in the table.
        let header = try #require(csv.stdout.split(separator: "\n").first)
        #expect(header.hasSuffix(",rank,rank_group,since,previous_rank,rank_change,previous_index,index_change"), "\(header)")
        let previous = try CLI.run(["index", Self.project, "--period", "2024-Q2", "--format", "csv"])
        func field(_ text: String, _ unit: String, _ column: String) throws -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let k = try #require(lines[0].firstIndex(of: column))
            return try #require(lines.first { $0.first == unit && $0.count > k && $0[1] == "2024" })[k]
        }
        for unit in ["b01", "b15", "b29", "b32"] {
            let (now, before) = (try Int(field(csv.stdout, unit, "rank"))!, try Int(field(previous.stdout, unit, "rank"))!)
            #expect(try field(csv.stdout, unit, "since") == "2024-Q2")
            #expect(try field(csv.stdout, unit, "previous_rank") == String(before))
            #expect(try field(csv.stdout, unit, "rank_change") == String(before - now))
            #expect(try field(csv.stdout, unit, "previous_index") == field(previous.stdout, unit, "index"))
        }
        let json = try CLI.run(["index", Self.project, "--period", "2024-Q3", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(doc["rows"] as? [[String: Any]])
        #expect(rows.count == 34 && rows.allSatisfy { ($0["change"] as? [String: Any])?["since"] as? String == "2024-Q2" })
        let b32 = try #require(rows.first { $0["unit"] as? String == "b32" }?["change"] as? [String: Any])
        #expect(b32["rank_change"] as? Int == (try Int(field(previous.stdout, "b32", "rank"))!) - (try Int(field(csv.stdout, "b32", "rank"))!))
        // Without --period: complete years, 2024 ends with Q4 and is not marked.
        let full = try CLI.run(["index", Self.project, "--format", "csv"])
        #expect(full.stdout.hasPrefix("unit,year,index,"))
    }

    @Test("The year-end index of the bundled quarterly data equals the yearly pipeline on the rolled-up totals, byte for byte")
    func yearEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-yearly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = CLI.packageRoot.appendingPathComponent(Self.project)
        let project = try ProjectReader.read(path: source.path)
        let panel = try PanelLoader(project: project).load().panel
        var csv = "branch_id,quarter," + panel.indicatorIds.joined(separator: ",") + "\n"
        for (i, key) in panel.rows.enumerated() {
            csv += panel.units[key.unit].id + ",\(key.year)," + panel.indicatorIds.indices.map { NumberFormat.full(panel.values[i, $0]) }.joined(separator: ",") + "\n"
        }
        try Data(csv.utf8).write(to: folder.appendingPathComponent("quarterly.csv"))
        let yaml = try String(contentsOf: source.appendingPathComponent("touchstone.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  period: quarter ", with: "  period: year    ")
            .replacingOccurrences(of: "kind: count", with: "kind: count, min: 0")
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("touchstone.yaml"))
        for name in ["branches.csv", "targets.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let quarterly = try CLI.run(["index", Self.project, "--all-years", "--level", "all", "--format", "csv"])
        let yearly = try CLI.run(["index", folder.path, "--all-years", "--level", "all", "--format", "csv"])
        #expect(quarterly.status == 0 && yearly.status == 0, "\(yearly.stderr)")
        #expect(quarterly.stdout == yearly.stdout)
        #expect(quarterly.stdout.split(separator: "\n").count == 1 + 34 * 4)
    }
}
