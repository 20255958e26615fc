import Foundation

/// Deterministic generator of the bundled `branches-quarterly` demo dataset: the same 34 branches (same
/// `branches.csv` as `branches`), six indicators by quarter 2021–2024, and 2024's key targets.
///
/// Each branch has a level `z ~ N(0, 0.4)`; its quarterly values follow `annual × season[q] × exp(0.25 z)`
/// (season 0.22, 0.27, 0.21, 0.30: a summer dip and a year-end push) with normal noise of sd 6 % + 0.3
/// (study sessions and problems solved are scheduled work, rounded to whole numbers; violations are rare
/// Poisson events); the rectification completion rate is cumulative within the year; satisfaction is a
/// quarterly score.
///
/// Planted stories in 2024 (written to `truth.csv`):
/// - **stalls**: one branch starts ahead of pace (Q1 ×1.2, Q2 ×1.05) and stalls from Q3 (×0.1, Q4 ×0.3):
///   it misses its targets;
/// - **catches up**: one branch runs a little behind (Q1 ×0.86, Q2–Q3 ×0.88) and catches up in Q4 (×1.4):
///   it reaches its targets in the end;
/// the two story branches are less noisy (0.3 × the noise) so that their stories read clearly, as in
/// `BranchPanelGenerator`;
/// - every other branch: ordinary noise around its level; targets are set at 90 % of its expected year
///   (85 % for study sessions).
///
/// The same seed always gives byte-identical files.
public struct QuarterlyPanelGenerator: Sendable {
    public var seed: UInt64

    public init(seed: UInt64 = BranchPanelGenerator.defaultSeed) { self.seed = seed }

    public static let fileNames = ["branches.csv", "quarterly.csv", "targets.csv", "truth.csv"]
    static let years = Array(2021...2024)
    static let season = [0.22, 0.27, 0.21, 0.30]
    /// The assessment year: it has targets and the planted stories.
    public static let targetYear = 2024

    enum Story: String { case ordinary, stalls, catchesUp = "catches-up" }

    /// Multipliers of each quarter's expected value in the target year, by story.
    static func pace(_ story: Story) -> [Double] {
        switch story {
        case .ordinary: [1, 1, 1, 1]
        case .stalls: [1.2, 1.05, 0.1, 0.3]
        case .catchesUp: [0.86, 0.88, 0.88, 1.4]
        }
    }

    /// Scheduled work in a quarter: normal around `mean` with sd 6 % + 0.3, rounded, never negative.
    static func scheduled(_ mean: Double, _ random: inout SeededRandom, noise: Double = 1) -> Double {
        max(0, random.normal(mean: mean, sd: noise * (0.06 * mean + 0.3)).rounded())
    }

    public func generate() -> GeneratedDataset {
        let yearly = BranchPanelGenerator(seed: seed)
        let members = yearly.drawMembers()
        let branches = BranchCatalogue.branches
        var random = SeededRandom(seed: seed, stream: 101)
        let levels = branches.map { _ in min(0.9, max(-0.9, random.normal(mean: 0, sd: 0.4))) }
        var order = random.shuffled(Array(branches.indices))
        var stories = Array(repeating: Story.ordinary, count: branches.count)
        stories[order.removeFirst()] = .stalls
        stories[order.removeFirst()] = .catchesUp

        var noise = SeededRandom(seed: seed, stream: 102)
        var rows: [[String]] = []
        var targets: [[String]] = []
        for b in branches.indices {
            let size = Double(members[b]), z = levels[b]
            let studyYear = 24 * exp(0.25 * z)
            let problemsYear = (24 + 1.2 * size) * exp(0.25 * z)
            let hoursYear = 40 * exp(0.2 * z)
            let violationsYear = 0.04 * size * exp(-0.5 * z)
            for year in Self.years {
                let pace = year == Self.targetYear ? Self.pace(stories[b]) : [1, 1, 1, 1]
                let calm = stories[b] == .ordinary ? 1.0 : 0.3
                var closed = 0.0
                for q in 0..<4 {
                    let f = Self.season[q] * pace[q]
                    let study = Self.scheduled(studyYear * f, &noise, noise: calm)
                    let solved = Self.scheduled(problemsYear * f, &noise, noise: calm)
                    let hours = max(0, noise.normal(mean: hoursYear * f, sd: calm * (0.06 * hoursYear * f + 0.3)))
                    let violations = noise.poisson(violationsYear / 4)
                    // Completion rate of the year's rectification items, cumulative: each quarter closes a share of what is open.
                    let share = min(1, max(0, noise.normal(mean: 0.55 * pace[q] * (1 + 0.2 * z), sd: 0.08 * calm)))
                    closed += (100 - closed) * share
                    let satisfaction = min(100, max(0, noise.normal(mean: 82 + 6 * z, sd: 2.5)))
                    rows.append([branches[b].id, "\(year)-Q\(q + 1)", TextFormat.plain(study), TextFormat.plain(solved), TextFormat.oneDecimal(hours),
                                 TextFormat.oneDecimal(closed), TextFormat.oneDecimal(satisfaction), String(violations)])
                }
            }
            // Targets at 90 % of the branch's expected year (whole sessions and problems, hours to the unit).
            let studyTarget = (0.85 * studyYear).rounded()
            targets.append([branches[b].id, "", "2024", "study_sessions", TextFormat.plain(studyTarget),
                            TextFormat.plain((studyTarget * 0.25).rounded()), TextFormat.plain((studyTarget * 0.5).rounded()), TextFormat.plain((studyTarget * 0.7).rounded())])
            targets.append([branches[b].id, "", "2024", "problems_resolved", TextFormat.plain((0.9 * problemsYear).rounded()), "", "", ""])
            targets.append([branches[b].id, "", "2024", "training_hours", TextFormat.plain((0.9 * hoursYear).rounded()), "", "", ""])
        }
        // One target for a whole group: the rectification completion rate by year-end.
        for (g, group) in BranchCatalogue.groups.enumerated() {
            targets.append(["", group.id, "2024", "rectifications_closed", g < 2 ? "85" : "80", "", "", ""])
        }
        let truth = branches.indices.map { b in [branches[b].id, stories[b].rawValue, Self.pace(stories[b]).map(TextFormat.twoDecimals).joined(separator: " ")] }
        return GeneratedDataset(files: [
            (name: "branches.csv", contents: yearly.branchesCSV(members: members)),
            (name: "quarterly.csv", contents: TextFormat.csv(header: ["branch_id", "quarter", "study_sessions", "problems_resolved", "training_hours",
                                                                      "rectifications_closed", "satisfaction", "violations"], rows: rows)),
            (name: "targets.csv", contents: TextFormat.csv(header: ["unit", "group", "year", "indicator", "target", "Q1", "Q2", "Q3"], rows: targets)),
            (name: "truth.csv", contents: TextFormat.csv(header: ["branch_id", "story_2024", "pace_q1_q4"], rows: truth)),
        ])
    }
}

extension TextFormat {
    /// A whole number without decimals (`16`), else one decimal.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : oneDecimal(value)
    }
}
