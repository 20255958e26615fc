import Foundation

/// A seeded **quarterly** panel of many units with no story, for measuring how often the flag rules fire by
/// chance on the year-to-date index (`touchstone progress`): the quarterly counterpart of
/// `NoisePanelGenerator`, with the same persistent differences and yearly effects, the yearly noise spread
/// over four quarters.
///
/// Model, per unit i in peer group g, year t, quarter q, dimension d (four dimensions, one indicator each):
/// ```
/// level_i ~ N(0, 1), group_g ~ N(0, 0.3²), year_t ~ N(0, 0.2²), shock_it ~ N(0, 0.35²), profile_id ~ N(0, 0.5²)
/// season_q  = (−0.3, 0.1, 0.1, 0.1)          a seasonal pattern common to every unit
/// x_itqd    = 60 + 10·(level_i + group_g + year_t + shock_it + profile_id + season_q + ε_itqd),  ε ~ N(0, 0.7²)
/// members_i ~ U{10, …, 60};  violations_itq ~ Poisson(members_i · 0.05 / 4)
/// ```
/// The indicators average over the year (`rollup: mean`), so a whole year's noise sd is 0.7 / 2 = 0.35 as in
/// `NoisePanelGenerator`; violations sum. `truth.csv` gives each unit's level relative to its group.
public struct QuarterlyNoisePanelGenerator: Sendable {
    public var units: Int
    public var groups: Int
    public var years: ClosedRange<Int>
    public var seed: UInt64

    public init(units: Int = 2000, groups: Int = 200, years: ClosedRange<Int> = 2019 ... 2024, seed: UInt64 = 1) {
        self.units = units
        self.groups = groups
        self.years = years
        self.seed = seed
    }

    static let season = [-0.3, 0.1, 0.1, 0.1]

    public func generate() -> GeneratedDataset {
        var r = SeededRandom(seed: seed, stream: 13)
        let groupEffect = (0 ..< groups).map { _ in r.normal(mean: 0, sd: 0.3) }
        let yearEffect = years.map { _ in r.normal(mean: 0, sd: 0.2) }
        let group = (0 ..< units).map { $0 % groups }
        let level = (0 ..< units).map { _ in r.normal() }
        let members = (0 ..< units).map { _ in r.integer(in: 10 ... 60) }
        var groupSum = [Double](repeating: 0, count: groups), groupCount = [Int](repeating: 0, count: groups)
        for i in 0 ..< units { groupSum[group[i]] += level[i]; groupCount[group[i]] += 1 }
        var unitsCSV = "unit,group,members\n", dataCSV = "unit,quarter," + NoisePanelGenerator.indicators.joined(separator: ",") + ",violations\n"
        var truth = "unit,story,relative_level\n"
        for i in 0 ..< units {
            let id = String(format: "u%05d", i)
            unitsCSV += "\(id),g\(group[i]),\(members[i])\n"
            truth += "\(id),ordinary,\(String(format: "%.4f", level[i] - groupSum[group[i]] / Double(groupCount[group[i]])))\n"
            let profile = NoisePanelGenerator.indicators.map { _ in r.normal(mean: 0, sd: 0.5) }
            for (t, year) in years.enumerated() {
                let latent = level[i] + groupEffect[group[i]] + yearEffect[t] + r.normal(mean: 0, sd: 0.35)
                for q in 0 ..< 4 {
                    let values = profile.map { p in 60 + 10 * (latent + p + Self.season[q] + r.normal(mean: 0, sd: 0.7)) }
                    let violations = r.poisson(Double(members[i]) * 0.05 / 4)
                    dataCSV += "\(id),\(year)-Q\(q + 1)," + values.map { String(format: "%.2f", $0) }.joined(separator: ",") + ",\(violations)\n"
                }
            }
        }
        return GeneratedDataset(files: [("units.csv", unitsCSV), ("data.csv", dataCSV), ("truth.csv", truth)])
    }

    /// The project file: `NoisePanelGenerator.projectFile` with quarterly periods, the indicators averaged
    /// over the year and violations summed.
    public static let projectFile = """
        title: Quarterly noise panel
        data: {file: data.csv, unit_column: unit, year_column: quarter, period: quarter}
        units: {file: units.csv, id_column: unit, group_columns: [group], size_column: members}
        flags: {verify_paths: false, partners: 0}
        framework:
          id: index
          children:
            - {id: d_politics, children: [{id: politics, rollup: mean}]}
            - {id: d_foundation, children: [{id: foundation, rollup: mean}]}
            - {id: d_service, children: [{id: service, rollup: mean}]}
            - {id: d_discipline, children: [{id: discipline, rollup: mean}, {id: violations, weight: 0, direction: lower, rollup: sum, funnel: {model: poisson, denominator: size}}]}
        """
}
