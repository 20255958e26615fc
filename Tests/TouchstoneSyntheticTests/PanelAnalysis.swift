import Foundation
import TouchstoneSynthetic

/// A deliberately simple, independent reading of a generated `branches` dataset, used
/// to check the planted stories without relying on the real pipeline: each indicator is
/// min–max normalised over the whole panel (reversed when lower is better, ordinal
/// labels mapped 4…1), and a branch-year score is the mean of its available indicators.
struct PanelAnalysis: Sendable {
    static let indicatorIDs = [
        "study_sessions", "theme_days", "theory_test_score", "political_rating",
        "meetings_completed", "dues_on_time", "rectifications_closed", "training_hours",
        "volunteer_hours", "problems_resolved", "satisfaction", "casework_on_time",
        "violations", "complaints", "integrity_talks", "discipline_rating",
    ]
    static let dimensions: [(id: String, columns: Range<Int>)] = [
        ("political", 0..<4), ("foundation", 4..<8), ("service", 8..<12), ("discipline", 12..<16),
    ]
    static let lowerIsBetter: Set<String> = ["violations", "complaints"]
    static let ordinalIDs: Set<String> = ["political_rating", "discipline_rating"]
    static let ordinalScale: [String: Double] = ["优秀": 4, "良好": 3, "一般": 2, "较差": 1]
    static let years = Array(2019...2024)

    struct Row: Sendable {
        var branch: String
        var year: Int
        var cells: [String]
    }

    struct TruthRow: Sendable {
        var branch: String
        var story: String
        var detail: String
    }

    let header: [String]
    let rows: [Row]
    /// branch id → group id
    let groups: [String: String]
    let members: [String: Int]
    let truth: [TruthRow]
    /// normalised[branch][yearIndex][indicator], nil when missing
    let normalised: [String: [[Double?]]]

    init(_ dataset: GeneratedDataset) {
        let indicatorLines = Self.records(dataset["indicators.csv"] ?? "")
        header = indicatorLines.first ?? []
        rows = indicatorLines.dropFirst().map { Row(branch: $0[0], year: Int($0[1]) ?? 0, cells: Array($0.dropFirst(2))) }

        var groups: [String: String] = [:]
        var members: [String: Int] = [:]
        for record in Self.records(dataset["branches.csv"] ?? "").dropFirst() {
            groups[record[0]] = record[3]
            members[record[0]] = Int(record[5])
        }
        self.groups = groups
        self.members = members
        truth = Self.records(dataset["truth.csv"] ?? "").dropFirst().map {
            TruthRow(branch: $0[0], story: $0[1], detail: $0[2])
        }

        // Numeric reading, then panel-wide min–max with direction.
        var values: [[Double?]] = rows.map { row in
            row.cells.enumerated().map { i, cell in
                if cell.isEmpty { return nil }
                if Self.ordinalIDs.contains(Self.indicatorIDs[i]) { return Self.ordinalScale[cell] }
                return Double(cell)
            }
        }
        for i in Self.indicatorIDs.indices {
            let column = values.compactMap { $0[i] }
            guard let lo = column.min(), let hi = column.max(), hi > lo else { continue }
            for r in values.indices {
                guard let v = values[r][i] else { continue }
                let x = (v - lo) / (hi - lo)
                values[r][i] = Self.lowerIsBetter.contains(Self.indicatorIDs[i]) ? 1 - x : x
            }
        }
        var normalised: [String: [[Double?]]] = [:]
        for (r, row) in rows.enumerated() {
            normalised[row.branch, default: []].append(values[r])
        }
        self.normalised = normalised
    }

    /// Header-less split of a simple CSV document (the generated files never quote).
    static func records(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty }
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func branches(withStory story: String) -> [String] {
        truth.filter { $0.story == story }.map(\.branch)
    }

    /// Mean of the available normalised indicators (optionally only some columns), per year.
    func score(_ branch: String, columns: Range<Int> = 0..<16) -> [Double] {
        (normalised[branch] ?? []).map { year in
            let available = columns.compactMap { year[$0] }
            return available.isEmpty ? .nan : available.reduce(0, +) / Double(available.count)
        }
    }

    func peers(of branch: String) -> [String] {
        groups.keys.filter { groups[$0] == groups[branch] }.sorted()
    }

    /// Number of year pairs (i < j) with a strictly higher score later: 15 pairs over 6 years.
    static func increasingPairs(_ series: [Double]) -> Int {
        var count = 0
        for i in series.indices {
            for j in series.indices where j > i && series[j] > series[i] {
                count += 1
            }
        }
        return count
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
