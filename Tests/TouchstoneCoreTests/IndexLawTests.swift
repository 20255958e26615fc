import Foundation
import PropertyBased
import Testing
@testable import TouchstoneCore

/// Laws every index must obey, checked on random panels (swift-property-based; a failure prints a
/// `.fixedSeed(...)` that replays it). The panels: 2–8 units, 1–3 years, three indicators (two "higher is
/// better", one "lower"), values drawn from a few levels so that ties are common; min-max [0, 100] and the
/// arithmetic mean, as in the project defaults.
///
/// Tolerance: scores are compared at 1e-9 × the score range (100), the tie tolerance documented for the
/// aggregation kernel: BLAS sums in a kernel-specific order, so equal totals may differ in the last bit.
@Suite("Index laws on random panels")
struct IndexLawTests {
    static let tolerance = 1e-9 * 100

    /// One random panel: values[unit][year] = (a, b, c).
    struct Panel: Sendable, CustomStringConvertible {
        var values: [[[Double]]]
        var description: String { "\(values)" }
    }

    /// Panels from 74 draws: the number of units (2–8), of years (1–3), then 72 value levels (0–4, × 2.5)
    /// of which the first units × years × 3 are used.
    static let panels = Gen.int(in: 0 ... 4).array(of: 74).map { draws -> Panel in
        let units = 2 + draws[0] * 6 / 4, years = 1 + draws[1] / 2
        var values: [[[Double]]] = []
        var next = 2
        for _ in 0 ..< units {
            var row: [[Double]] = []
            for _ in 0 ..< years {
                row.append((0 ..< 3).map { k in Double(draws[next + k]) * 2.5 })
                next += 3
            }
            values.append(row)
        }
        return Panel(values: values)
    }

    /// Writes the panel as a project in a temporary folder and runs the pipeline; rows listed in `order`.
    static func run(_ panel: Panel, order: [Int]? = nil) throws -> IndexResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("IndexLawTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        for (u, years) in panel.values.enumerated() {
            for (y, v) in years.enumerated() { lines.append("u\(u),\(2020 + y),\(v[0]),\(v[1]),\(v[2])") }
        }
        let rows = (order ?? Array(lines.indices)).map { lines[$0] }
        try Data(("unit,year,a,b,c\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("data.csv"))
        let yaml = """
            data: {file: data.csv, unit_column: unit, year_column: year}
            units: {id_column: unit}
            framework:
              id: index
              children:
                - {id: a}
                - {id: b, weight: 2}
                - {id: c, direction: lower}
            """
        let file = folder.appendingPathComponent("touchstone.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: file))
        return try IndexPipeline(project: ProjectReader.read(path: file)).run()
    }

    /// Index score by "unit/year".
    static func scores(_ r: IndexResult) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: r.panel.rows.enumerated().map { i, key in
            ("\(r.panel.units[key.unit].id)/\(key.year)", r.scores["index"]![i])
        })
    }

    @Test("every score lies within the normalisation range [0, 100]")
    func bounded() async {
        await propertyCheck(count: 60, input: Self.panels) { panel in
            let r = try #require(try? Self.run(panel))
            for (_, values) in r.scores {
                for v in values where !v.isNaN { #expect(v >= -Self.tolerance && v <= 100 + Self.tolerance, "\(v)") }
            }
        }
    }

    @Test("the order of the data rows does not change any score")
    func rowOrder() async {
        await propertyCheck(count: 40, input: Self.panels, Gen.int(in: 0 ... 1_000_000)) { panel, seed in
            let n = panel.values.count * panel.values[0].count
            var generator = SplitMix64(seed: UInt64(seed))
            let shuffled = Array(0 ..< n).shuffled(using: &generator)
            let a = Self.scores(try #require(try? Self.run(panel)))
            let b = Self.scores(try #require(try? Self.run(panel, order: shuffled)))
            #expect(a.keys.sorted() == b.keys.sorted())
            for (k, v) in a { #expect(abs(v - b[k]!) <= Self.tolerance, "\(k): \(v) vs \(b[k]!)") }
        }
    }

    @Test("raising a higher-is-better value never lowers the unit's index; raising a lower-is-better value never raises it")
    func monotone() async {
        await propertyCheck(count: 60, input: Self.panels, Gen.int(in: 0 ... 1_000), Gen.int(in: 0 ... 2)) { panel, pick, indicator in
            let unit = pick % panel.values.count, year = pick % panel.values[0].count
            var raised = panel
            raised.values[unit][year][indicator] += 5
            let key = "u\(unit)/\(2020 + year)"
            let before = Self.scores(try #require(try? Self.run(panel)))[key]!
            let after = Self.scores(try #require(try? Self.run(raised)))[key]!
            if indicator == 2 { #expect(after <= before + Self.tolerance, "\(before) → \(after)") }
            else { #expect(after >= before - Self.tolerance, "\(before) → \(after)") }
        }
    }

    @Test("units with the same values get the same score and share the best rank")
    func tiesShareRank() async {
        await propertyCheck(count: 60, input: Self.panels) { panel in
            var twin = panel
            twin.values.append(panel.values[0])  // the last unit copies the first
            let r = try #require(try? Self.run(twin))
            let ranks = r.ranks(of: "index")
            let first = "u0", copy = "u\(panel.values.count)"
            for (i, key) in r.panel.rows.enumerated() where r.panel.units[key.unit].id == copy {
                let j = try #require(r.panel.rows.firstIndex { r.panel.units[$0.unit].id == first && $0.year == key.year })
                let (s, t) = (r.scores["index"]![i], r.scores["index"]![j])
                #expect(abs(s - t) <= Self.tolerance || (s.isNaN && t.isNaN))
                #expect(ranks[i] == ranks[j], "scores \(s) and \(t), ranks \(String(describing: ranks[i])) and \(String(describing: ranks[j]))")
            }
        }
    }
}

