import Foundation
import Testing
import TouchstoneSynthetic

private let standard = BranchPanelGenerator().generate()
private let analysis = PanelAnalysis(standard)

@Suite("Branch panel generator")
struct BranchPanelGeneratorTests {
    // MARK: Reproducibility and format

    @Test("The same seed gives byte-identical files")
    func sameSeedSameBytes() {
        let again = BranchPanelGenerator(seed: 20241231).generate()
        #expect(standard.names == again.names)
        for (first, second) in zip(standard.files, again.files) {
            #expect(Data(first.contents.utf8) == Data(second.contents.utf8), "\(first.name) differs")
        }
    }

    @Test("The default seed is 20241231")
    func defaultSeed() {
        #expect(BranchPanelGenerator().seed == 20241231)
    }

    @Test("A different seed gives different files")
    func differentSeedDiffers() {
        let other = BranchPanelGenerator(seed: 7).generate()
        #expect(other["indicators.csv"] != standard["indicators.csv"])
        #expect(other["truth.csv"] != standard["truth.csv"])
    }

    @Test("Files are UTF-8 CSV with LF line ends, no BOM, a header row and a final newline")
    func fileFormat() {
        #expect(standard.names == ["branches.csv", "indicators.csv", "truth.csv"])
        let headers = [
            "branches.csv": "branch_id,name_zh,name_en,group,group_zh,members",
            "indicators.csv": (["branch_id", "year"] + PanelAnalysis.indicatorIDs).joined(separator: ","),
            "truth.csv": "branch_id,story,detail",
        ]
        for file in standard.files {
            let bytes = Array(file.contents.utf8)
            #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF], "\(file.name) has a BOM")
            #expect(!file.contents.contains("\r"), "\(file.name) has CR")
            #expect(!file.contents.contains("\""), "\(file.name) needs quoting")
            #expect(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n"))
            #expect(file.contents.split(separator: "\n").first.map(String.init) == headers[file.name])
            let widths = Set(PanelAnalysis.records(file.contents).map(\.count))
            #expect(widths.count == 1, "\(file.name) has ragged rows")
        }
    }

    // MARK: Shape

    @Test("The panel has 34 branches in 4 peer groups, each observed 2019–2024, sorted by branch then year")
    func panelShape() {
        #expect(analysis.rows.count == 34 * 6)
        let expected = (1...34).flatMap { b in
            PanelAnalysis.years.map { (String(format: "b%02d", b), $0) }
        }
        #expect(analysis.rows.map(\.branch) == expected.map(\.0))
        #expect(analysis.rows.map(\.year) == expected.map(\.1))
        #expect(analysis.rows.allSatisfy { $0.cells.count == 16 })

        var sizes: [String: Int] = [:]
        for group in analysis.groups.values { sizes[group, default: 0] += 1 }
        #expect(sizes == ["functional": 12, "case": 8, "stationed": 9, "inspection": 5])
        #expect(analysis.members.count == 34)
        #expect(analysis.members.values.allSatisfy { (6...40).contains($0) })

        let branchRows = PanelAnalysis.records(standard["branches.csv"]!).dropFirst()
        #expect(branchRows.allSatisfy { $0[1].hasSuffix("党支部") && $0[2].hasSuffix("branch") })
        let groupZh = ["functional": "职能部门", "case": "审查调查室", "stationed": "派驻纪检监察组", "inspection": "巡察机构"]
        #expect(branchRows.allSatisfy { groupZh[$0[3]] == $0[4] })
    }

    @Test("Values are realistic and printed with fixed formatting")
    func valueRanges() {
        let oneDecimal = Set(["theme_days", "theory_test_score", "meetings_completed", "dues_on_time",
                              "rectifications_closed", "training_hours", "volunteer_hours", "satisfaction",
                              "casework_on_time"])
        let percentages = Set(["theme_days", "meetings_completed", "dues_on_time", "rectifications_closed",
                               "casework_on_time"])
        var violations: [Int] = []
        for row in analysis.rows {
            for (i, cell) in row.cells.enumerated() where !cell.isEmpty {
                let id = PanelAnalysis.indicatorIDs[i]
                if PanelAnalysis.ordinalIDs.contains(id) { continue }
                if oneDecimal.contains(id) {
                    let parts = cell.split(separator: ".")
                    #expect(parts.count == 2 && parts[1].count == 1, "\(id) \(cell)")
                    let value = Double(cell) ?? -1
                    if percentages.contains(id) { #expect((60...100).contains(value), "\(id) \(cell)") }
                    if id == "satisfaction" || id == "theory_test_score" { #expect((0...100).contains(value)) }
                    #expect(value >= 0)
                } else {
                    let count = Int(cell)
                    #expect(count != nil && count! >= 0, "\(id) \(cell)")
                    if id == "violations", let count { violations.append(count) }
                }
            }
        }
        let small = violations.filter { $0 <= 2 }.count
        #expect(Double(small) >= 0.85 * Double(violations.count), "violations should be mostly 0–2")
    }

    @Test("Ordinal cells hold only the four rating labels")
    func ordinalLabels() {
        let labels = Set(PanelAnalysis.ordinalScale.keys)
        for (i, id) in PanelAnalysis.indicatorIDs.enumerated() where PanelAnalysis.ordinalIDs.contains(id) {
            let seen = Set(analysis.rows.map { $0.cells[i] }.filter { !$0.isEmpty })
            #expect(seen.isSubset(of: labels), "\(id): \(seen)")
            #expect(seen.count >= 3, "\(id) uses too few levels: \(seen)")
        }
    }

    // MARK: Truth and planted defects

    @Test("truth.csv gives every branch one story, with the planted counts")
    func truthStories() {
        let stories = analysis.truth.filter { $0.story != "missing" && $0.story != "outlier" }
        #expect(stories.map(\.branch) == (1...34).map { String(format: "b%02d", $0) })
        let allowed: Set<String> = ["improver", "decliner", "stagnant", "volatile", "exemplar", "ordinary"]
        #expect(stories.allSatisfy { allowed.contains($0.story) && !$0.detail.isEmpty })
        #expect(analysis.branches(withStory: "improver").count >= 3)
        for story in ["decliner", "stagnant", "volatile", "exemplar", "outlier"] {
            #expect(analysis.branches(withStory: story).count == 1, "\(story)")
        }
        #expect((4...6).contains(analysis.branches(withStory: "missing").count))
    }

    @Test("Exactly the planted missing cells are empty")
    func missingCells() {
        let planted = Set(analysis.truth.filter { $0.story == "missing" }.map { "\($0.branch) \($0.detail)" })
        var empty: Set<String> = []
        for row in analysis.rows {
            for (i, cell) in row.cells.enumerated() where cell.isEmpty {
                empty.insert("\(row.branch) \(PanelAnalysis.indicatorIDs[i]) \(row.year)")
            }
        }
        #expect(!planted.isEmpty)
        #expect(empty == planted)
        let ordinary = Set(analysis.branches(withStory: "ordinary"))
        #expect(analysis.truth.filter { $0.story == "missing" }.allSatisfy { ordinary.contains($0.branch) })
    }

    @Test("The planted outlier is an implausibly large volunteer-hours value")
    func outlier() throws {
        let row = try #require(analysis.truth.first { $0.story == "outlier" })
        let parts = row.detail.split(separator: " ").map(String.init)
        #expect(parts.first == "volunteer_hours")
        let year = try #require(parts.count > 1 ? Int(parts[1]) : nil)
        let column = try #require(PanelAnalysis.indicatorIDs.firstIndex(of: "volunteer_hours"))
        let values = analysis.rows.compactMap { Double($0.cells[column]) }
        let cell = try #require(analysis.rows.first { $0.branch == row.branch && $0.year == year })
        let value = try #require(Double(cell.cells[column]))
        #expect(value >= 5 * PanelAnalysis.median(values))
        // It is the only such value.
        #expect(values.filter { $0 >= 3 * PanelAnalysis.median(values) }.count == 1)
    }

    // MARK: Planted stories (default seed: strict, Mann–Kendall-significant)

    @Test("Improvers rise steadily: at least 14 of 15 year pairs increase (Mann–Kendall p < 0.05)")
    func improvers() {
        let improvers = analysis.branches(withStory: "improver")
        #expect(improvers.count >= 3)
        for branch in improvers {
            let s = analysis.score(branch)
            #expect(PanelAnalysis.increasingPairs(s) >= 14, "\(branch): \(s)")
            #expect(s[5] - s[0] >= 0.2, "\(branch): \(s)")
        }
    }

    @Test("Improvers and the decliner move in the planted direction on most indicators")
    func mostIndicators() {
        for story in ["improver", "decliner"] {
            for branch in analysis.branches(withStory: story) {
                let years = analysis.normalised[branch]!
                var agree = 0
                var compared = 0
                for i in PanelAnalysis.indicatorIDs.indices {
                    let early = [years[0][i], years[1][i]].compactMap { $0 }
                    let late = [years[4][i], years[5][i]].compactMap { $0 }
                    guard !early.isEmpty, !late.isEmpty else { continue }
                    compared += 1
                    let change = late.reduce(0, +) / Double(late.count) - early.reduce(0, +) / Double(early.count)
                    if story == "improver" ? change > 0 : change < 0 { agree += 1 }
                }
                #expect(Double(agree) >= 0.75 * Double(compared), "\(story) \(branch): \(agree)/\(compared)")
            }
        }
    }

    @Test("The decliner falls steadily: at most 1 of 15 year pairs increases")
    func decliner() {
        for branch in analysis.branches(withStory: "decliner") {
            let s = analysis.score(branch)
            #expect(PanelAnalysis.increasingPairs(s) <= 1, "\(branch): \(s)")
            #expect(s[0] - s[5] >= 0.2, "\(branch): \(s)")
        }
    }

    @Test("The volatile branch reverses direction every year with large swings")
    func volatile() {
        for branch in analysis.branches(withStory: "volatile") {
            let s = analysis.score(branch)
            let steps = zip(s.dropFirst(), s).map { $0 - $1 }
            #expect(steps.count == 5)
            for (a, b) in zip(steps, steps.dropFirst()) {
                #expect(a * b < 0, "\(branch) does not alternate: \(s)")
            }
            #expect(steps.allSatisfy { abs($0) >= 0.2 }, "\(branch) swings too small: \(s)")
        }
    }

    @Test("The stagnant branch is flat and below its group median every year")
    func stagnant() {
        for branch in analysis.branches(withStory: "stagnant") {
            let s = analysis.score(branch)
            #expect(abs(s[5] - s[0]) < 0.1, "\(branch): \(s)")
            let pairs = PanelAnalysis.increasingPairs(s)
            #expect((2...13).contains(pairs), "\(branch) shows a significant trend: \(s)")
            for t in s.indices {
                let median = PanelAnalysis.median(analysis.peers(of: branch).map { analysis.score($0)[t] })
                #expect(s[t] < median - 0.05, "\(branch) year \(t): \(s[t]) vs median \(median)")
            }
        }
    }

    @Test("The exemplar tops its group every year, improves slightly and has no weak dimension")
    func exemplar() {
        for branch in analysis.branches(withStory: "exemplar") {
            let s = analysis.score(branch)
            let peers = analysis.peers(of: branch).filter { $0 != branch }
            #expect(peers.count >= 7)
            for t in s.indices {
                let best = peers.map { analysis.score($0)[t] }.max()!
                #expect(s[t] > best, "\(branch) year \(t): \(s[t]) vs \(best)")
                for dimension in PanelAnalysis.dimensions {
                    let mine = analysis.score(branch, columns: dimension.columns)[t]
                    let median = PanelAnalysis.median(analysis.peers(of: branch).map {
                        analysis.score($0, columns: dimension.columns)[t]
                    })
                    #expect(mine > median, "\(branch) weak in \(dimension.id) in year \(t)")
                }
            }
            #expect(s[5] > s[0], "\(branch) should improve slightly: \(s)")
        }
    }

    // MARK: Other seeds

    @Test("The planted stories read clearly for other seeds too", arguments: [UInt64(1), 2, 3, 5, 8, 13, 42, 2024, 65_537, 987_654_321])
    func otherSeeds(seed: UInt64) {
        let panel = PanelAnalysis(BranchPanelGenerator(seed: seed).generate())
        #expect(panel.rows.count == 204)
        for branch in panel.branches(withStory: "improver") {
            let s = panel.score(branch)
            #expect(PanelAnalysis.increasingPairs(s) >= 13 && s[5] - s[0] >= 0.15, "improver \(branch): \(s)")
        }
        for branch in panel.branches(withStory: "decliner") {
            let s = panel.score(branch)
            #expect(PanelAnalysis.increasingPairs(s) <= 2 && s[0] - s[5] >= 0.15, "decliner \(branch): \(s)")
        }
        for branch in panel.branches(withStory: "volatile") {
            let s = panel.score(branch)
            let steps = zip(s.dropFirst(), s).map { $0 - $1 }
            #expect(zip(steps, steps.dropFirst()).allSatisfy { $0 * $1 < 0 }, "volatile \(branch): \(s)")
        }
        for branch in panel.branches(withStory: "stagnant") {
            let s = panel.score(branch)
            for t in s.indices {
                #expect(s[t] < PanelAnalysis.median(panel.peers(of: branch).map { panel.score($0)[t] }))
            }
        }
        for branch in panel.branches(withStory: "exemplar") {
            let s = panel.score(branch)
            for t in s.indices {
                let best = panel.peers(of: branch).filter { $0 != branch }.map { panel.score($0)[t] }.max()!
                #expect(s[t] > best, "exemplar \(branch) year \(t)")
            }
        }
    }

    // MARK: Writing and the bundled copy

    @Test("Writing a dataset creates each file with the generated bytes")
    func writeFiles() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("touchstone-synthetic-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let urls = try standard.write(to: directory)
        #expect(urls.map(\.lastPathComponent) == standard.names)
        for file in standard.files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file.name))
            #expect(data == Data(file.contents.utf8))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(leftovers == standard.names)
    }

    @Test("The bundled datasets/branches files match the generator's output for the default seed")
    func bundledCopyIsCurrent() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("datasets/branches", isDirectory: true)
        for file in standard.files {
            let url = folder.appendingPathComponent(file.name)
            let data = try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
            #expect(data == Data(file.contents.utf8), "\(file.name) is stale: run `touchstone generate branches`")
        }
        // The project file's indicators follow the CSV column order.
        let yaml = try String(contentsOf: folder.appendingPathComponent("touchstone.yaml"), encoding: .utf8)
        let ids = yaml.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("- id: ") else { return nil }
            return String(trimmed.dropFirst(6))
        }
        let dimensionIDs = Set(PanelAnalysis.dimensions.map(\.id))
        #expect(ids.filter { !dimensionIDs.contains($0) } == PanelAnalysis.indicatorIDs)
    }
}

struct QuarterlyPanelGeneratorTests {
    @Test("The bundled datasets/branches-quarterly files match the generator's output for the default seed")
    func bundledCopyIsCurrent() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("datasets/branches-quarterly", isDirectory: true)
        let generated = QuarterlyPanelGenerator().generate()
        #expect(generated.names == QuarterlyPanelGenerator.fileNames)
        for file in generated.files {
            let url = folder.appendingPathComponent(file.name)
            let data = try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
            #expect(data == Data(file.contents.utf8), "\(file.name) is stale: run `touchstone generate branches`")
        }
        // Same unit table as the yearly panel; one stalling and one late-catching branch.
        #expect(generated["branches.csv"] == BranchPanelGenerator().generate()["branches.csv"])
        let truth = generated["truth.csv"]!
        #expect(truth.components(separatedBy: ",stalls,").count == 2 && truth.components(separatedBy: ",catches-up,").count == 2)
        #expect(generated["quarterly.csv"]!.split(separator: "\n").count == 1 + 34 * 16)
    }

    @Test("The quarterly generator is deterministic and depends on the seed")
    func deterministic() {
        #expect(QuarterlyPanelGenerator(seed: 7).generate()["quarterly.csv"] == QuarterlyPanelGenerator(seed: 7).generate()["quarterly.csv"])
        #expect(QuarterlyPanelGenerator(seed: 7).generate()["quarterly.csv"] != QuarterlyPanelGenerator(seed: 8).generate()["quarterly.csv"])
    }
}
