import Foundation

/// Deterministic generator of the bundled `branches` demo dataset: 34 party branches
/// of a municipal commission's organ in 4 peer groups, 16 indicators, years 2019–2024.
///
/// Each branch has a latent quality per year that drives all of its indicators, plus
/// branch-, group-, year- and cell-level noise. A few branches carry planted stories
/// (improvers, a decliner, a stagnant, a volatile and an exemplar branch), and the
/// panel contains a handful of missing cells and one outlier. The ground truth is
/// written to `truth.csv`.
///
/// The same seed always produces byte-identical files.
public struct BranchPanelGenerator: Sendable {
    public static let defaultSeed: UInt64 = 20241231

    public var seed: UInt64 = BranchPanelGenerator.defaultSeed

    public init(seed: UInt64 = BranchPanelGenerator.defaultSeed) {
        self.seed = seed
    }

    /// Names of the files produced, in order.
    public static let fileNames = ["branches.csv", "indicators.csv", "truth.csv"]

    public func generate() -> GeneratedDataset {
        let plan = StoryPlan(seed: seed)
        let members = drawMembers()
        var cells = drawIndicators(plan: plan, members: members)
        let defects = plantDefects(plan: plan, cells: &cells)
        return GeneratedDataset(files: [
            (name: "branches.csv", contents: branchesCSV(members: members)),
            (name: "indicators.csv", contents: indicatorsCSV(cells: cells)),
            (name: "truth.csv", contents: truthCSV(plan: plan, defects: defects)),
        ])
    }

    // MARK: - Streams

    private enum Stream: UInt64 {
        case stories = 1, members, levels, noise, defects
    }

    private func rng(_ stream: Stream) -> SeededRandom {
        SeededRandom(seed: seed, stream: stream.rawValue)
    }

    // MARK: - Stories

    enum Story: String, Sendable {
        case ordinary, improver, decliner, stagnant, volatile, exemplar
    }

    /// Which branch carries which story, and the story's latent-quality path.
    struct StoryPlan: Sendable {
        var stories: [Story]
        /// Latent quality path (mean, before year shocks) per branch and year index.
        var paths: [[Double]]
        /// Sd of the branch-year shock common to all indicators.
        var shockSD: [Double]
        /// Sd of the cell-level noise (branch × indicator × year); planted stories are
        /// a little less noisy than ordinary branches so that they read clearly.
        var cellSD: [Double]
        var details: [String]

        init(seed: UInt64) {
            var random = SeededRandom(seed: seed, stream: Stream.stories.rawValue)
            let branches = BranchCatalogue.branches
            let groupSizes = BranchCatalogue.groups.indices.map { g in branches.filter { $0.group == g }.count }
            var stories = Array(repeating: Story.ordinary, count: branches.count)
            var order = random.shuffled(Array(branches.indices))

            func take(_ accept: (Int) -> Bool) -> Int {
                let position = order.firstIndex(where: accept)!
                return order.remove(at: position)
            }
            // The exemplar and the stagnant branch sit in large peer groups, so "top of
            // the group" and "below the group median" are meaningful; different groups.
            let exemplar = take { groupSizes[branches[$0].group] >= 8 }
            stories[exemplar] = .exemplar
            let stagnant = take { groupSizes[branches[$0].group] >= 8 && branches[$0].group != branches[exemplar].group }
            stories[stagnant] = .stagnant
            // Four improvers, at most two per group.
            var perGroup = Array(repeating: 0, count: groupSizes.count)
            for _ in 0..<4 {
                let improver = take { perGroup[branches[$0].group] < 2 }
                perGroup[branches[improver].group] += 1
                stories[improver] = .improver
            }
            stories[take { _ in true }] = .decliner
            stories[take { _ in true }] = .volatile

            let years = BranchCatalogue.years.indices
            var paths: [[Double]] = []
            var shocks: [Double] = []
            var cellNoise: [Double] = []
            var details: [String] = []
            for b in branches.indices {
                cellNoise.append(stories[b] == .ordinary ? 0.5 : stories[b] == .stagnant ? 0.35 : 0.4)
                switch stories[b] {
                case .ordinary:
                    let level = min(0.9, max(-0.9, random.normal(mean: 0, sd: 0.4)))
                    paths.append(years.map { _ in level })
                    shocks.append(0.12)
                    details.append("mild noise around a fixed level; no trend")
                case .improver:
                    let start = random.uniform(-1.4, -1.1)
                    let slope = random.uniform(0.42, 0.48)
                    paths.append(years.map { start + slope * Double($0) })
                    shocks.append(0.05)
                    details.append("steady rise 2019–2024 across most indicators: latent quality +\(TextFormat.twoDecimals(slope)) sd per year")
                case .decliner:
                    let start = random.uniform(1.0, 1.2)
                    let slope = random.uniform(0.42, 0.48)
                    paths.append(years.map { start - slope * Double($0) })
                    shocks.append(0.05)
                    details.append("steady decline 2019–2024 across most indicators: latent quality -\(TextFormat.twoDecimals(slope)) sd per year")
                case .stagnant:
                    let level = random.uniform(-1.6, -1.4)
                    paths.append(years.map { _ in level })
                    shocks.append(0.04)
                    details.append("flat with no substantive progress; below its group median every year")
                case .volatile:
                    let level = random.uniform(-0.1, 0.1)
                    let goodFirst = random.uniform() < 0.5
                    let amplitude = 1.1
                    paths.append(years.map { t in level + ((t % 2 == 0) == goodFirst ? amplitude : -amplitude) })
                    shocks.append(0.05)
                    let goodYears = years.filter { ($0 % 2 == 0) == goodFirst }.map { String(BranchCatalogue.years[$0]) }
                    details.append("on-off: alternates good and bad years with large swings (good in \(goodYears.joined(separator: " ")))")
                case .exemplar:
                    let start = random.uniform(1.95, 2.05)
                    paths.append(years.map { start + 0.07 * Double($0) })
                    shocks.append(0.04)
                    details.append("top of its group every year and improving slightly; no weak dimension")
                }
            }
            self.stories = stories
            self.paths = paths
            self.shockSD = shocks
            self.cellSD = cellNoise
            self.details = details
        }
    }

    // MARK: - Members

    func drawMembers() -> [Int] {
        var random = rng(.members)
        return BranchCatalogue.branches.map { branch in
            random.integer(in: BranchCatalogue.groups[branch.group].members)
        }
    }

    // MARK: - Indicators

    /// Raw numeric value per [branch][year][indicator]; ratings use 4…1 (优秀…较差).
    private typealias Cells = [[[Double?]]]

    private func drawIndicators(plan: StoryPlan, members: [Int]) -> Cells {
        let branches = BranchCatalogue.branches
        let indicators = BranchCatalogue.indicators
        let years = BranchCatalogue.years

        // Persistent effects: group × indicator offsets (peer groups differ in level),
        // branch × indicator profile (strengths and weaknesses), year × indicator shocks.
        var levels = rng(.levels)
        let groupOffset = BranchCatalogue.groups.map { _ in indicators.map { _ in levels.normal(mean: 0, sd: 0.3) } }
        let profile: [[Double]] = branches.indices.map { b in
            indicators.map { _ in
                let effect = levels.normal(mean: 0, sd: 0.3)
                // The exemplar has no weak dimension: only non-negative, damped effects.
                return plan.stories[b] == .exemplar ? 0.5 * abs(effect) : effect
            }
        }
        let yearShock = years.map { _ in indicators.map { _ in levels.normal(mean: 0, sd: 0.08) } }

        var noise = rng(.noise)
        var cells: Cells = []
        for b in branches.indices {
            let size = Double(members[b])
            var rows: [[Double?]] = []
            for t in years.indices {
                let quality = plan.paths[b][t] + noise.normal(mean: 0, sd: plan.shockSD[b])
                var row: [Double?] = []
                for (i, indicator) in indicators.enumerated() {
                    let z = quality + profile[b][i] + groupOffset[branches[b].group][i]
                        + yearShock[t][i] + noise.normal(mean: 0, sd: plan.cellSD[b])
                    row.append(value(of: indicator.kind, z: z, members: size, random: &noise))
                }
                rows.append(row)
            }
            cells.append(rows)
        }
        return cells
    }

    private func value(of kind: BranchCatalogue.Kind, z: Double, members: Double, random: inout SeededRandom) -> Double {
        switch kind {
        case let .percent(mean, sd):
            return roundedTenths(min(100, max(60, mean + sd * z)))
        case let .score(mean, sd, floor):
            return roundedTenths(min(100, max(floor, mean + sd * z)))
        case let .hours(mean, sd, floor):
            return roundedTenths(max(floor, mean + sd * z))
        case let .count(base, perMember, elasticity, floor):
            let expected = (base + perMember * members) * (1 + elasticity * z)
            return Double(max(floor, Int(expected.rounded(.toNearestOrAwayFromZero))))
        case let .incidents(rate, perMember, sensitivity):
            let expected = (rate + perMember * members) * exp(-sensitivity * z)
            return Double(random.poisson(expected))
        case .rating:
            let score = z + random.normal(mean: 0, sd: 0.3)
            if score > 0.8 { return 4 }
            if score > -0.5 { return 3 }
            if score > -1.5 { return 2 }
            return 1
        }
    }

    private func roundedTenths(_ value: Double) -> Double {
        (value * 10).rounded(.toNearestOrAwayFromZero) / 10
    }

    // MARK: - Missing cells and outlier

    struct Defect: Sendable {
        var branch: Int
        var indicator: Int
        var year: Int  // index
    }

    private struct Defects {
        var outlier: Defect
        var missing: [Defect]
    }

    private func plantDefects(plan: StoryPlan, cells: inout Cells) -> Defects {
        var random = rng(.defects)
        let branches = BranchCatalogue.branches
        let exemplarGroup = branches[plan.stories.firstIndex(of: .exemplar)!].group
        var ordinary = random.shuffled(branches.indices.filter { plan.stories[$0] == .ordinary })

        // One implausible value: volunteer hours per member ten times the usual level,
        // in an ordinary branch outside the exemplar's peer group.
        let volunteer = BranchCatalogue.indicators.firstIndex { $0.id == "volunteer_hours" }!
        let outlierBranch = ordinary.remove(at: ordinary.firstIndex { branches[$0].group != exemplarGroup }!)
        let outlier = Defect(branch: outlierBranch, indicator: volunteer, year: random.integer(in: 1...4))
        let typical = cells[outlier.branch][outlier.year][volunteer] ?? 16
        cells[outlier.branch][outlier.year][volunteer] = roundedTenths(10 * typical)

        // Five missing cells, in five different ordinary branches.
        var missing: [Defect] = []
        for _ in 0..<5 {
            let branch = ordinary.removeFirst()
            let defect = Defect(
                branch: branch,
                indicator: random.integer(in: 0...(BranchCatalogue.indicators.count - 1)),
                year: random.integer(in: 0...(BranchCatalogue.years.count - 1))
            )
            cells[defect.branch][defect.year][defect.indicator] = nil
            missing.append(defect)
        }
        missing.sort { ($0.branch, $0.indicator, $0.year) < ($1.branch, $1.indicator, $1.year) }
        return Defects(outlier: outlier, missing: missing)
    }

    // MARK: - Files

    func branchesCSV(members: [Int]) -> String {
        let rows = BranchCatalogue.branches.enumerated().map { b, branch in
            let group = BranchCatalogue.groups[branch.group]
            return [branch.id, branch.nameZh, branch.nameEn, group.id, group.nameZh, String(members[b])]
        }
        return TextFormat.csv(header: ["branch_id", "name_zh", "name_en", "group", "group_zh", "members"], rows: rows)
    }

    private func indicatorsCSV(cells: Cells) -> String {
        let indicators = BranchCatalogue.indicators
        var rows: [[String]] = []
        for (b, branch) in BranchCatalogue.branches.enumerated() {
            for (t, year) in BranchCatalogue.years.enumerated() {
                var row = [branch.id, String(year)]
                for (i, indicator) in indicators.enumerated() {
                    row.append(format(cells[b][t][i], kind: indicator.kind))
                }
                rows.append(row)
            }
        }
        return TextFormat.csv(header: ["branch_id", "year"] + indicators.map(\.id), rows: rows)
    }

    private func format(_ value: Double?, kind: BranchCatalogue.Kind) -> String {
        guard let value else { return "" }
        switch kind {
        case .percent, .score, .hours:
            return TextFormat.oneDecimal(value)
        case .count, .incidents:
            return String(Int(value))
        case .rating:
            return BranchCatalogue.ratingLabels[4 - Int(value)]
        }
    }

    private func truthCSV(plan: StoryPlan, defects: Defects) -> String {
        let branches = BranchCatalogue.branches
        var rows: [[String]] = branches.indices.map { b in
            [branches[b].id, plan.stories[b].rawValue, plan.details[b]]
        }
        func cell(_ defect: Defect) -> String {
            "\(BranchCatalogue.indicators[defect.indicator].id) \(BranchCatalogue.years[defect.year])"
        }
        rows.append([branches[defects.outlier.branch].id, "outlier", cell(defects.outlier)])
        for defect in defects.missing {
            rows.append([branches[defect.branch].id, "missing", cell(defect)])
        }
        return TextFormat.csv(header: ["branch_id", "story", "detail"], rows: rows)
    }
}
