import Foundation

/// A seeded panel of many units **with no story** (and optionally a share of planted laggards), for measuring
/// how often each flag rule fires by chance: the false-alarm rates in the README are measured on it.
///
/// Model, per unit i in peer group g, year t, dimension d (four dimensions, one indicator each):
/// ```
/// level_i   ~ N(0, 1)                persistent unit difference (real panels have them)
/// group_g   ~ N(0, 0.3²)             peer-group effect;  year_t ~ N(0, 0.2²) common year effect
/// shock_it  ~ N(0, 0.35²)            unit-year shock shared by the indicators
/// profile_id ~ N(0, 0.5²)            persistent strength or weakness in one dimension
/// x_itd     = 60 + 10·(level_i + group_g + year_t + shock_it + profile_id + ε_itd),  ε ~ N(0, 0.35²)
/// members_i ~ U{10, …, 60};  violations_it ~ Poisson(members_i · 0.05)   (a count for the funnel rule)
/// ```
/// Planted laggards (`plantedShare` of the units, spread over three stories): `decliner` (level falls by
/// 0.6 a year), `stagnant` (level −2.5, flat), `on-off` (±1.6 in alternate years). `truth.csv` gives each
/// unit's story and its true level relative to its group in SD of the levels (`relative_level`), so a test
/// can count flags among ordinary units that sit within one SD of their group or above.
public struct NoisePanelGenerator: Sendable {
    public var units: Int
    public var groups: Int
    public var years: ClosedRange<Int>
    public var plantedShare: Double
    public var seed: UInt64

    public init(units: Int = 2000, groups: Int = 200, years: ClosedRange<Int> = 2019 ... 2024, plantedShare: Double = 0.05, seed: UInt64 = 1) {
        self.units = units
        self.groups = groups
        self.years = years
        self.plantedShare = plantedShare
        self.seed = seed
    }

    public static let indicators = ["politics", "foundation", "service", "discipline"]

    public func generate() -> GeneratedDataset {
        var r = SeededRandom(seed: seed, stream: 11)
        let groupEffect = (0 ..< groups).map { _ in r.normal(mean: 0, sd: 0.3) }
        let yearEffect = years.map { _ in r.normal(mean: 0, sd: 0.2) }
        let group = (0 ..< units).map { $0 % groups }
        let level = (0 ..< units).map { _ in r.normal() }
        let members = (0 ..< units).map { _ in r.integer(in: 10 ... 60) }
        let planted = Int((Double(units) * plantedShare).rounded())
        let stories = (0 ..< units).map { i -> String in
            guard i < planted else { return "ordinary" }
            return ["decliner", "stagnant", "on-off"][i % 3]
        }
        var unitsCSV = "unit,group,members\n", dataCSV = "unit,year," + Self.indicators.joined(separator: ",") + ",violations\n"
        var truth = "unit,story,relative_level\n"
        var levelSum = [Double](repeating: 0, count: groups), groupSize = [Int](repeating: 0, count: groups)
        for i in 0 ..< units { levelSum[group[i]] += level[i]; groupSize[group[i]] += 1 }
        for i in 0 ..< units {
            let mean = levelSum[group[i]] / Double(groupSize[group[i]])
            let id = String(format: "u%05d", i)
            unitsCSV += "\(id),g\(group[i]),\(members[i])\n"
            truth += "\(id),\(stories[i]),\(String(format: "%.4f", level[i] - mean))\n"
            let profile = Self.indicators.map { _ in r.normal(mean: 0, sd: 0.5) }
            for (t, year) in years.enumerated() {
                var latent = level[i] + groupEffect[group[i]] + yearEffect[t] + r.normal(mean: 0, sd: 0.35)
                switch stories[i] {
                case "decliner": latent += 1 - 0.6 * Double(t)
                case "stagnant": latent = -2.5 + groupEffect[group[i]] + yearEffect[t] + r.normal(mean: 0, sd: 0.2)
                case "on-off": latent += t % 2 == 0 ? 1.6 : -1.6
                default: break
                }
                let values = profile.map { p in 60 + 10 * (latent + p + r.normal(mean: 0, sd: 0.35)) }
                let violations = r.poisson(Double(members[i]) * 0.05)
                dataCSV += "\(id),\(year)," + values.map { String(format: "%.2f", $0) }.joined(separator: ",") + ",\(violations)\n"
            }
        }
        return GeneratedDataset(files: [("units.csv", unitsCSV), ("data.csv", dataCSV), ("truth.csv", truth)])
    }

    /// The project file that reads the generated panel: four equally weighted dimensions, min-max over the
    /// panel, violations per member on a funnel (not in the index), groups as peers.
    public static let projectFile = """
        title: Noise panel
        data: {file: data.csv, unit_column: unit, year_column: year}
        units: {file: units.csv, id_column: unit, group_columns: [group], size_column: members}
        flags: {verify_paths: false, partners: 0}
        framework:
          id: index
          children:
            - {id: d_politics, children: [{id: politics}]}
            - {id: d_foundation, children: [{id: foundation}]}
            - {id: d_service, children: [{id: service}]}
            - {id: d_discipline, children: [{id: discipline}, {id: violations, weight: 0, direction: lower, funnel: {model: poisson, denominator: size}}]}
        """
}
