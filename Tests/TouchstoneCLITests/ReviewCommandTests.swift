import Foundation
import Testing

/// Issue 19, item 4: `touchstone archive` stores a year's results with fingerprints; `touchstone review`
/// compares this year with it. On a copy of datasets/branches: 2023 archived (on the data up to 2023, as
/// published then), then 2024 reviewed against it.
@Suite("touchstone archive and review")
struct ReviewCommandTests {
    static func json(_ run: CLI.Output) throws -> [String: Any] {
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// Unit ids by status in a `flag --format json` document.
    static func statuses(_ doc: [String: Any]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: ((doc["units"] as? [[String: Any]]) ?? []).map { ($0["unit"] as! String, $0["status"] as! String) })
    }

    @Test("review against the 2023 archive lists new, continuing and cleared flags as the two years' flag outputs give them")
    func newContinuingCleared() throws {
        let copy = try BranchesCopy()
        defer { copy.remove() }
        let archived = try copy.run(["archive", ".", "--year", "2023"])
        #expect(archived.status == 0, "\(archived.stderr)")
        #expect(archived.stdout == "Archived 2023 to ./archive/2023: snapshot.json, flags.json\n")
        let review = try Self.json(try copy.run(["review", ".", "--against", "archive/2023", "--format", "json"]))
        #expect(review["old_year"] as? Int == 2023 && review["new_year"] as? Int == 2024)

        // Independently: 2023 as published (a copy holding data up to 2023 only) and 2024 now.
        let upTo2023 = try BranchesCopy(dropRows: (1 ... 34).map { (String(format: "b%02d", $0), 2024) })
        defer { upTo2023.remove() }
        let before = Self.statuses(try Self.json(try upTo2023.run(["flag", ".", "--format", "json"])))
        let after = Self.statuses(try Self.json(try copy.run(["flag", ".", "--format", "json"])))
        let ids = after.keys.sorted()
        let newly = ids.filter { after[$0] == "flagged" && before[$0] != "flagged" }
        let still = ids.filter { after[$0] == "flagged" && before[$0] == "flagged" }
        let cleared = ids.filter { after[$0] != "flagged" && before[$0] == "flagged" }
        #expect(Set(review["newly_flagged"] as? [String] ?? []) == Set(newly))
        let continuing = review["still_flagged"] as? [[String: Any]] ?? []
        #expect(Set(continuing.compactMap { $0["unit"] as? String }) == Set(still))
        #expect(continuing.allSatisfy { $0["years"] as? Int == 2 })
        #expect(Set((review["cleared"] as? [[String: Any]] ?? []).compactMap { $0["unit"] as? String }) == Set(cleared))
        #expect(!(newly + still + cleared).isEmpty)
        // Numbers published for 2019–2023 moved only because 2024 joined the pooled min-max scaling.
        let changed = review["changed"] as? [[String: Any]] ?? []
        #expect(!changed.isEmpty && changed.allSatisfy { $0["cause"] as? String == "new-data" && ($0["year"] as! Int) <= 2023 })
        // The same flags against the previous year recomputed, and against the archived flag output.
        for against in ["previous-year", "archive/2023/flags.json"] {
            let other = try Self.json(try copy.run(["review", ".", "--against", against, "--format", "json"]))
            #expect(other["newly_flagged"] as? [String] == review["newly_flagged"] as? [String], "\(against)")
            #expect(((other["cleared"] as? [[String: Any]]) ?? []).count == cleared.count, "\(against)")
        }
    }

    @Test("a value corrected after the archive is named as a correction; the text says it in English and Chinese")
    func correctionAndText() throws {
        let copy = try BranchesCopy()
        defer { copy.remove() }
        #expect(try copy.run(["archive", ".", "--year", "2023"]).status == 0)
        // Correct b05's 2022 study sessions after the archive.
        var lines = try copy.read("indicators.csv").components(separatedBy: "\n")
        let k = try #require(lines.firstIndex { $0.hasPrefix("b05,2022,") })
        var cells = lines[k].components(separatedBy: ",")
        cells[2] = String(try #require(Int(cells[2])) + 6)
        lines[k] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: copy.path("indicators.csv"), atomically: true, encoding: .utf8)
        let review = try Self.json(try copy.run(["review", ".", "--against", "archive/2023", "--format", "json"]))
        let changed = review["changed"] as? [[String: Any]] ?? []
        let b05 = changed.filter { $0["unit"] as? String == "b05" && $0["year"] as? Int == 2022 }
        #expect(!b05.isEmpty && b05.allSatisfy { $0["cause"] as? String == "correction" })
        #expect(changed.filter { $0["cause"] as? String == "correction" }.allSatisfy { $0["unit"] as? String == "b05" && $0["year"] as? Int == 2022 })
        #expect(review["fingerprints_changed"] as? [String] == ["data"])
        let en = try copy.run(["review", ".", "--against", "archive/2023"]).stdout
        #expect(en.hasPrefix("Since last year: 2023 → 2024\n\nNewly flagged ("))
        #expect(en.contains("Published numbers changed (") && en.contains("correction (the unit-year's data changed)"))
        let zh = try copy.run(["review", ".", "--against", "archive/2023", "--locale", "zh", "--format", "markdown"]).stdout
        #expect(zh.hasPrefix("## 与上年相比：2023年 → 2024年\n\n- 新列入需帮扶（"))
        #expect(zh.contains("更正（该单位当年数据有改动）"))
        // The report gets a "since last year" page from the archive.
        #expect(try copy.run(["report", ".", "--output", "out", "--format", "markdown", "--no-briefs"]).status == 0)
        #expect(try copy.read("out/report.md").contains("## Since last year: 2023 → 2024"))
        // An archive of the same year is not "last year".
        #expect(try copy.run(["archive", "."]).status == 0)
        let same = try copy.run(["review", ".", "--against", "archive/2024"])
        #expect(same.status == 1 && same.stderr.contains("the assessment to compare with is of 2024, not before 2024"))
    }
}
