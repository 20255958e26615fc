import Foundation

/// A generated project folder for the `flags` case: `units × 6 years × 16 indicators in 4 dimensions`, units
/// in `groups` peer groups, written as `touchstone.yaml` + `indicators.csv` (wide) + `units.csv` (id, name,
/// group, members) + `truth.csv` (the planted story of each unit).
///
/// The framework, indicator kinds and value model follow datasets/branches (`BranchPanelGenerator` in
/// TouchstoneSynthetic: percentages, scores, hours, counts, Poisson incidents per member, 4-level ratings;
/// `meetings_completed` and `rectifications_closed` distance-to-target, `satisfaction` goalposts, `violations`
/// on a Poisson funnel per member, here with the multiplicative overdispersion adjustment), scaled up. One
/// change: violations are 4–8 times as frequent as in branches (expected 1.2–3.4 a year instead of 0.3–0.6)
/// and depend less on quality (sensitivity 0.3 instead of 0.75): with branches' settings 11% of the units
/// land beyond the 95% funnel limit (counts that small cross it as soon as they reach the Poisson 97.5%
/// quantile), with 4–8× the rate and sensitivity 0.75 still 9% (overdispersion φ ≈ 3); see README. Unit u is in group `G(u mod groups)`. Stories, drawn per unit:
///
/// | story | share | latent quality by year t = 0…5 |
/// |---|---|---|
/// | ordinary | 95% | fixed level N(0, 0.05²) + yearly shock N(0, 0.4²) |
/// | improver | 1% | −1.25 + 0.45 t |
/// | decliner | 1.5% | 1.1 − 0.45 t |
/// | stagnant | 1.5% | −1.5, flat (below its group's median every year) |
/// | volatile | 0.5% | ±1.1, alternating |
/// | exemplar | 0.5% | 2 + 0.07 t, no weak indicator |
///
/// Each cell adds a group × indicator offset (sd 0.3), a unit × indicator profile (sd 0.3), a year × indicator
/// shock (sd 0.08) and cell noise (sd 0.5). 0.3% of cells are missing. Ordinary units have little persistent
/// level, so "below the peer median in each of the last 4 years" happens to them by chance only
/// (≈ 1/2⁵ for `stagnant_years: 5`); the thresholds in the project file (`stagnant_years: 5`,
/// `bottom_share: 0.02`, `robust_z: -2.5`, `dimension_percentile: 0.01`) keep the flagged units to a few
/// thousand. Rules that fire on pure noise remain: see README.
struct FlagPanel {
    enum Story: String, CaseIterable { case ordinary, improver, decliner, stagnant, volatile, exemplar }

    enum Kind {
        case percent(mean: Double, sd: Double)
        case score(mean: Double, sd: Double, floor: Double)
        case hours(mean: Double, sd: Double, floor: Double)
        case count(base: Double, perMember: Double, elasticity: Double, floor: Int)
        case incidents(rate: Double, perMember: Double, sensitivity: Double)
        case rating
    }

    static let years = Array(2019 ... 2024)
    static let ratingLabels = ["excellent", "good", "fair", "poor"]  // 4 … 1
    static let dimensions: [(id: String, weight: Double)] = [("political", 0.3), ("foundation", 0.25), ("service", 0.25), ("discipline", 0.2)]
    static let indicators: [(id: String, dimension: Int, kind: Kind, yaml: String)] = [
        ("study_sessions", 0, .count(base: 14, perMember: 0, elasticity: 0.2, floor: 6), "direction: higher"),
        ("theme_days", 0, .percent(mean: 91, sd: 4.5), "direction: higher"),
        ("theory_test_score", 0, .score(mean: 86, sd: 4.5, floor: 55), "direction: higher"),
        ("political_rating", 0, .rating, "direction: higher\n          type: ordinal\n          scale: {excellent: 4, good: 3, fair: 2, poor: 1}"),
        ("meetings_completed", 1, .percent(mean: 94, sd: 3.5), "direction: higher\n          target: 100\n          normalisation: {method: distance-to-target}"),
        ("dues_on_time", 1, .percent(mean: 96.5, sd: 2.2), "direction: higher"),
        ("rectifications_closed", 1, .percent(mean: 89, sd: 5), "direction: higher\n          target: 95\n          normalisation: {method: distance-to-target}"),
        ("training_hours", 1, .hours(mean: 42, sd: 6, floor: 16), "direction: higher"),
        ("volunteer_hours", 2, .hours(mean: 16, sd: 3.5, floor: 2), "direction: higher"),
        ("problems_resolved", 2, .count(base: 3, perMember: 0.15, elasticity: 0.3, floor: 0), "direction: higher"),
        ("satisfaction", 2, .score(mean: 89, sd: 3.5, floor: 60), "direction: higher\n          goalposts: {lower: 0, upper: 100, cap: true}\n          normalisation: {method: goalposts}"),
        ("casework_on_time", 2, .percent(mean: 92, sd: 4), "direction: higher"),
        ("violations", 3, .incidents(rate: 1.0, perMember: 0.04, sensitivity: 0.3), "direction: lower\n          funnel: {model: poisson, denominator: size, overdispersion: multiplicative}"),
        ("complaints", 3, .incidents(rate: 0.8, perMember: 0.02, sensitivity: 0.6), "direction: lower"),
        ("integrity_talks", 3, .count(base: 2.5, perMember: 0.1, elasticity: 0.3, floor: 0), "direction: higher"),
        ("discipline_rating", 3, .rating, "direction: higher\n          type: ordinal\n          scale: {excellent: 4, good: 3, fair: 2, poor: 1}"),
    ]

    let unitCount: Int
    let groupCount: Int
    var stories: [Story] = []
    var members: [Int] = []
    /// `[unit][year][indicator]`, NaN = missing; ratings as 4…1.
    var cells: [Double] = []

    static func unitId(_ u: Int) -> String {
        let digits = String(u + 1)
        return "B" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    static func groupId(_ g: Int) -> String {
        let digits = String(g + 1)
        return "G" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    init(units: Int, groups: Int, seed: UInt64) {
        unitCount = units
        groupCount = groups
        var rng = SplitMix64(seed: seed ^ 0x666C_6167_73)  // "flags"
        let k = Self.indicators.count, years = Self.years.count
        let groupOffset = (0 ..< groups).map { _ in (0 ..< k).map { _ in 0.3 * rng.normal() } }
        let yearShock = (0 ..< years).map { _ in (0 ..< k).map { _ in 0.08 * rng.normal() } }
        cells = [Double](repeating: .nan, count: units * years * k)
        stories.reserveCapacity(units)
        members.reserveCapacity(units)
        for u in 0 ..< units {
            let draw = rng.uniform()
            let story: Story = draw < 0.01 ? .improver : draw < 0.025 ? .decliner : draw < 0.04 ? .stagnant
                : draw < 0.045 ? .volatile : draw < 0.05 ? .exemplar : .ordinary
            stories.append(story)
            let size = 6 + Int(rng.next() % 55)  // 6…60 members
            members.append(size)
            var path = [Double](repeating: 0, count: years)
            var shock = 0.05, cellSD = 0.4
            switch story {
            case .ordinary:
                let level = 0.05 * rng.normal()
                for t in 0 ..< years { path[t] = level }
                shock = 0.4
                cellSD = 0.5
            case .improver:
                for t in 0 ..< years { path[t] = -1.25 + 0.45 * Double(t) }
            case .decliner:
                for t in 0 ..< years { path[t] = 1.1 - 0.45 * Double(t) }
            case .stagnant:
                for t in 0 ..< years { path[t] = -1.5 }
                shock = 0.04
                cellSD = 0.35
            case .volatile:
                let goodFirst = rng.uniform() < 0.5
                for t in 0 ..< years { path[t] = (t % 2 == 0) == goodFirst ? 1.1 : -1.1 }
            case .exemplar:
                for t in 0 ..< years { path[t] = 2 + 0.07 * Double(t) }
                shock = 0.04
            }
            let profile = (0 ..< k).map { _ -> Double in
                let e = 0.3 * rng.normal()
                return story == .exemplar ? 0.5 * abs(e) : e
            }
            for t in 0 ..< years {
                let quality = path[t] + shock * rng.normal()
                for i in 0 ..< k {
                    let z = quality + profile[i] + groupOffset[u % groups][i] + yearShock[t][i] + cellSD * rng.normal()
                    var v = Self.value(Self.indicators[i].kind, z: z, members: Double(size), rng: &rng)
                    if rng.uniform() < 0.003 { v = .nan }
                    cells[(u * years + t) * k + i] = v
                }
            }
        }
    }

    static func value(_ kind: Kind, z: Double, members: Double, rng: inout SplitMix64) -> Double {
        func tenths(_ x: Double) -> Double { (x * 10).rounded(.toNearestOrAwayFromZero) / 10 }
        switch kind {
        case let .percent(mean, sd): return tenths(min(100, max(60, mean + sd * z)))
        case let .score(mean, sd, floor): return tenths(min(100, max(floor, mean + sd * z)))
        case let .hours(mean, sd, floor): return tenths(max(floor, mean + sd * z))
        case let .count(base, perMember, elasticity, floor):
            let expected = (base + perMember * members) * (1 + elasticity * z)
            return Double(max(floor, Int(expected.rounded(.toNearestOrAwayFromZero))))
        case let .incidents(rate, perMember, sensitivity):
            return Double(poisson((rate + perMember * members) * exp(-sensitivity * z), &rng))
        case .rating:
            let score = z + 0.3 * rng.normal()
            return score > 0.8 ? 4 : score > -0.5 ? 3 : score > -1.5 ? 2 : 1
        }
    }

    /// Knuth's method (λ here is below ~10).
    static func poisson(_ lambda: Double, _ rng: inout SplitMix64) -> Int {
        let limit = exp(-lambda)
        var k = 0, p = 1.0
        repeat {
            k += 1
            p *= rng.uniform()
        } while p > limit && k < 1000
        return k - 1
    }

    static func yaml() -> String {
        var s = """
        # Touchstone flags benchmark project (generated by touchstone-bench; modelled on datasets/branches).
        title: {en: Flags benchmark}
        data:
          file: indicators.csv
          layout: wide
          unit_column: unit
          year_column: year
        units:
          file: units.csv
          id_column: unit
          name_column: name
          group_columns: [group]
          size_column: members
        defaults:
          normalisation: {method: min-max, range: [0, 100], scope: panel}
          aggregation: arithmetic
          min_coverage: 0.5
        trends:
          stagnant_years: 5
        flags:
          bottom_share: 0.02
          robust_z: -2.5
          dimension_percentile: 0.01
        framework:
          id: index
          label: {en: Benchmark index}
          aggregation: arithmetic
          children:

        """
        for (d, dim) in dimensions.enumerated() {
            s += "    - id: \(dim.id)\n      weight: \(dim.weight)\n      children:\n"
            for ind in indicators where ind.dimension == d {
                s += "        - id: \(ind.id)\n          weight: 1\n          \(ind.yaml)\n"
            }
        }
        return s
    }

    func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.yaml().write(toFile: folder + "/touchstone.yaml", atomically: true, encoding: .utf8)
        var units = "unit,name,group,members\n", truth = "unit,story\n"
        for u in 0 ..< unitCount {
            units += "\(Self.unitId(u)),Unit \(u + 1),\(Self.groupId(u % groupCount)),\(members[u])\n"
            truth += "\(Self.unitId(u)),\(stories[u].rawValue)\n"
        }
        try units.write(toFile: folder + "/units.csv", atomically: true, encoding: .utf8)
        try truth.write(toFile: folder + "/truth.csv", atomically: true, encoding: .utf8)

        let k = Self.indicators.count, years = Self.years.count
        FileManager.default.createFile(atPath: folder + "/indicators.csv", contents: nil)
        guard let out = FileHandle(forWritingAtPath: folder + "/indicators.csv") else {
            throw BenchError("cannot write \(folder)/indicators.csv")
        }
        var buffer: [UInt8] = Array(("unit,year," + Self.indicators.map(\.id).joined(separator: ",") + "\n").utf8)
        for u in 0 ..< unitCount {
            let id = Array(Self.unitId(u).utf8)
            for t in 0 ..< years {
                buffer.append(contentsOf: id)
                buffer.append(contentsOf: Array(",\(Self.years[t])".utf8))
                for i in 0 ..< k {
                    buffer.append(UInt8(ascii: ","))
                    let v = cells[(u * years + t) * k + i]
                    guard !v.isNaN else { continue }
                    if case .rating = Self.indicators[i].kind {
                        buffer.append(contentsOf: Array(Self.ratingLabels[4 - Int(v)].utf8))
                    } else if v == v.rounded() {
                        appendInteger(Int64(v), to: &buffer)
                    } else {
                        appendMilli(v, to: &buffer)
                    }
                }
                buffer.append(UInt8(ascii: "\n"))
            }
            if buffer.count > (1 << 22) {
                out.write(Data(buffer))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        out.write(Data(buffer))
        try out.close()
    }
}
