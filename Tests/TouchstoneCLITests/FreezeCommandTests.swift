import Foundation
import Testing

/// `touchstone freeze`: published scores stay published. A copy of datasets/branches is frozen on 2019–2023,
/// then the 2024 rows are appended.
@Suite("touchstone freeze and the lock file")
struct FreezeCommandTests {
    /// A copy of datasets/branches in `root/branches`, its data cut to 2019–2023; the full data kept beside it.
    static func frozenCopy() throws -> (root: URL, full: String, cut: String) {
        let root = try CLI.temporaryFolder()
        let target = root.appendingPathComponent("branches")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("datasets/branches"), to: target)
        let file = target.appendingPathComponent("indicators.csv")
        let full = try String(contentsOf: file, encoding: .utf8)
        let cut = full.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.contains(",2024,") }.joined(separator: "\n") + "\n"
        try cut.write(to: file, atomically: true, encoding: .utf8)
        return (root, full, cut)
    }

    static func write(_ text: String, _ root: URL) throws {
        try text.write(to: root.appendingPathComponent("branches/indicators.csv"), atomically: true, encoding: .utf8)
    }

    static let indexCSV = ["index", "branches", "--all-years", "--level", "all", "--format", "csv"]

    /// The CSV lines of years before 2024.
    static func earlier(_ csv: String) -> [String] {
        csv.split(separator: "\n").map(String.init).filter { !$0.contains(",2024,") }
    }

    @Test("with 2019–2023 frozen, appending 2024 leaves every earlier score and rank byte-identical; without the lock they change")
    func appendingAYear() throws {
        let (root, full, _) = try Self.frozenCopy()
        let before = try CLI.run(Self.indexCSV, in: root)
        #expect(before.status == 0, "\(before.stderr)")
        let freeze = try CLI.run(["freeze", "branches"], in: root)
        #expect(freeze.status == 0, "\(freeze.stderr)")
        #expect(freeze.stderr.contains("Wrote touchstone.lock.json: 16 indicators, fitted on 2019–2023 (170 unit-years)"))
        try Self.write(full, root)
        let validate = try CLI.run(["validate", "branches"], in: root)
        #expect(validate.stdout.hasSuffix("5 missing values; scaling frozen in touchstone.lock.json (fitted on 2019–2023).\n"), "\(validate.stdout)")

        let frozen = try CLI.run(Self.indexCSV, in: root)
        #expect(frozen.status == 0, "\(frozen.stderr)")
        #expect(Self.earlier(frozen.stdout) == before.stdout.split(separator: "\n").map(String.init))
        #expect(frozen.stdout.split(separator: "\n").count == 1 + 34 * 6)
        // The 2024 values beyond the frozen range are reported and capped.
        #expect(frozen.stderr.contains("`study_sessions`: 1 value lies outside the frozen scaling 6–22 (unit `b23` in 2024: 24); capped at the range (freeze.outside: cap)"))
        #expect(frozen.stderr.contains("`violations`: 1 value lies outside the frozen scaling 0–4 (unit `b04` in 2024: 6)"))

        try FileManager.default.removeItem(at: root.appendingPathComponent("branches/touchstone.lock.json"))
        let refit = try CLI.run(Self.indexCSV, in: root)
        #expect(refit.status == 0)
        #expect(Self.earlier(refit.stdout) != Self.earlier(frozen.stdout))
        // The documented example: b01 2023 moves from 53.14 to 53.28 when the scale is refitted.
        let b01 = { (csv: String) in csv.split(separator: "\n").first { $0.hasPrefix("b01,2023,") }.map(String.init) ?? "" }
        #expect(b01(frozen.stdout).hasPrefix("b01,2023,53.1447"))
        #expect(b01(refit.stdout).hasPrefix("b01,2023,53.2824"))
        // And without a lock the output is the project's as it always was.
        let main = try CLI.run(["index", "datasets/branches", "--all-years", "--level", "all", "--format", "csv"])
        #expect(refit.stdout == main.stdout)
    }

    @Test("`freeze.outside: extend` scores beyond the frozen range instead of capping")
    func extend() throws {
        let (root, full, _) = try Self.frozenCopy()
        #expect(try CLI.run(["freeze", "branches"], in: root).status == 0)
        try Self.write(full, root)
        let project = root.appendingPathComponent("branches/touchstone.yaml")
        try (try String(contentsOf: project, encoding: .utf8) + "freeze: {outside: extend}\n").write(to: project, atomically: true, encoding: .utf8)
        let run = try CLI.run(Self.indexCSV, in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("scored beyond the range (freeze.outside: extend)"))
        let table = run.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let column = table[0].firstIndex(of: "study_sessions")!
        let b23 = table.first { $0[0] == "b23" && $0[1] == "2024" }!
        // min-max on the frozen 6–22: (24 − 6)/(22 − 6)·100 = 112.5.
        #expect(b23[column] == "112.5")
    }

    @Test("a second freeze refuses; --refit --dry-run lists the changes and writes nothing; --refit rewrites the lock")
    func refit() throws {
        let (root, full, _) = try Self.frozenCopy()
        #expect(try CLI.run(["freeze", "branches"], in: root).status == 0)
        try Self.write(full, root)
        let lockURL = root.appendingPathComponent("branches/touchstone.lock.json")
        let lock = try Data(contentsOf: lockURL)

        let again = try CLI.run(["freeze", "branches"], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("touchstone.lock.json: error: the scaling is already frozen. Fix: "))
        #expect(again.stderr.contains("--refit --dry-run"))

        let dry = try CLI.run(["freeze", "branches", "--refit", "--dry-run"], in: root)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.hasPrefix("Refitting changes 204 index scores and "))
        #expect(dry.stdout.contains("b01   2023  Model organ index         53.14     53.28   +0.14"))
        #expect(try Data(contentsOf: lockURL) == lock)
        let zh = try CLI.run(["freeze", "branches", "--refit", "--dry-run", "--locale", "zh"], in: root)
        #expect(zh.stdout.hasPrefix("重新拟合将改变 204 个单位年度中 204 个指数得分和 "))

        let note = try CLI.run(["index", "branches", "--refit"], in: root)
        #expect(note.stderr.contains("note: --refit: scores fitted on the data now present, ignoring touchstone.lock.json: 204 of 204 index scores"))

        #expect(try CLI.run(["freeze", "branches", "--refit"], in: root).status == 0)
        #expect(try Data(contentsOf: lockURL) != lock)
        let after = try CLI.run(["freeze", "branches", "--refit", "--dry-run"], in: root)
        #expect(after.stdout.hasPrefix("Refitting changes no published score or rank (2019–2024, 204 unit-years)."))
    }

    @Test("a lock written for another framework stops every command with what changed and what to do")
    func staleLock() throws {
        let (root, _, _) = try Self.frozenCopy()
        #expect(try CLI.run(["freeze", "branches"], in: root).status == 0)
        let project = root.appendingPathComponent("branches/touchstone.yaml")
        let text = try String(contentsOf: project, encoding: .utf8)
        let start = text.range(of: "        - id: theory_test_score")!.lowerBound, end = text.range(of: "        - id: political_rating")!.lowerBound
        try (String(text[..<start]) + String(text[end...])).write(to: project, atomically: true, encoding: .utf8)
        for command in [["index", "branches"], ["trend", "branches"], ["validate", "branches"]] {
            let run = try CLI.run(command, in: root)
            #expect(run.status == 1)
            #expect(run.stderr.contains("touchstone.lock.json: error: the scaling was frozen for another framework: since the freeze the project removed `theory_test_score`. Fix: "))
            #expect(run.stderr.contains("touchstone freeze branches/touchstone.yaml --refit --dry-run"))
        }
        // Refreezing is the way out.
        #expect(try CLI.run(["freeze", "branches", "--refit"], in: root).status == 0)
        #expect(try CLI.run(["index", "branches"], in: root).status == 0)
    }

    @Test("--output never replaces the lock file")
    func lockIsProtected() throws {
        let (root, _, _) = try Self.frozenCopy()
        #expect(try CLI.run(["freeze", "branches"], in: root).status == 0)
        let run = try CLI.run(["index", "branches", "--format", "json", "--output", "branches/touchstone.lock.json"], in: root)
        #expect(run.status == 74)
        #expect(run.stderr.contains("touchstone.lock.json"))
    }

    @Test("the frozen parameters and the values outside them are in index --format json and the report's method appendix, in en and zh")
    func parametersShown() throws {
        let (root, full, _) = try Self.frozenCopy()
        #expect(try CLI.run(["freeze", "branches"], in: root).status == 0)
        try Self.write(full, root)
        let json = try CLI.run(["index", "branches", "--format", "json"], in: root)
        #expect(json.status == 0, "\(json.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let study = (doc["normalisation"] as! [String: Any])["study_sessions"] as! [String: Any]
        #expect(study["source"] as? String == "frozen" && study["outside_policy"] as? String == "cap")
        let group = (study["groups"] as! [[String: Any]])[0]
        #expect(group["min"] as? Double == 6 && group["max"] as? Double == 22 && group["count"] as? Int == 170)
        #expect(group["years"] as? [Int] == [2019, 2020, 2021, 2022, 2023])
        #expect((study["outside"] as? [[String: Any]])?.map { "\($0["unit"]!) \($0["year"]!)" } == ["b23 2024"])
        let target = (doc["normalisation"] as! [String: Any])["meetings_completed"] as! [String: Any]
        #expect(target["source"] as? String == "fixed" && target["scope"] == nil)

        for (locale, expected) in [("en", ["The scaling is frozen in touchstone.lock.json (fitted on 2019–2023)",
                                           "| Study sessions held | min-max to \\[0, 100\\], all years pooled | min 6 and max 22 in 2019–2023; 1 value outside, capped | frozen in touchstone.lock.json |"]),
                                   ("zh", ["标准化参数已冻结于 touchstone.lock.json（按 2019–2023 年数据拟合）",
                                           "| 理论学习次数 | 极差标准化至 \\[0, 100\\]，各年合并 | 2019–2023 年最小值 6、最大值 22；1 个值超出范围，已截断 | 已冻结于 touchstone.lock.json |"])] {
            let out = "report-\(locale)"
            let run = try CLI.run(["report", "branches", "--output", out, "--format", "markdown", "--no-briefs", "--locale", locale], in: root)
            #expect(run.status == 0, "\(run.stderr)")
            let md = try String(contentsOf: root.appendingPathComponent("\(out)/report.md"), encoding: .utf8)
            for line in expected { #expect(md.contains(line), "\(locale): \(line)") }
        }
    }
}
