import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

@Suite("Peer positions and gap decomposition")
struct PeerAnalysisTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func branches() throws -> IndexResult {
        try IndexPipeline(project: try ProjectReader.read(path: root.appendingPathComponent("datasets/branches").path)).run()
    }

    /// Reference: Tests/References/peers/peer_reference.py (numpy 2.4.6, scipy 1.17.1, pandas 3.1.1).
    @Test("peer positions match an independent numpy/scipy computation on the branch dataset")
    func matchesNumpy() throws {
        let result = try Self.branches()
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/References/peers/peer_reference.csv"), encoding: .utf8)
        let table = try CSVReader.parse(data: Array(text.split(separator: "\n", maxSplits: 1)[1].utf8), file: "peer_reference.csv")
        let col = { (n: String) in table.columnIndex(n)! }
        let analysis = PeerAnalysis(result: result, groupColumn: "group")
        var cache: [String: [PeerPosition]] = [:]
        func close(_ a: Double?, _ b: String, _ what: String) {
            if b.isEmpty || b == "nan" { #expect(a == nil, "\(what): expected none, got \(String(describing: a))"); return }
            guard let a else { Issue.record("\(what): missing, expected \(b)"); return }
            #expect(abs(a - Double(b)!) <= 1e-9 * max(1, abs(a)), "\(what): \(a) vs \(b)")
        }
        for row in table.rows {
            let key = "\(row[col("node")]) \(row[col("year")])"
            let positions = cache[key] ?? analysis.positions(nodeId: row[col("node")], year: Int(row[col("year")])!)
            cache[key] = positions
            let p = try #require(positions.first { result.panel.units[result.panel.rows[$0.row].unit].id == row[col("unit")] })
            let what = "\(row[col("unit")]) \(key)"
            #expect(p.rank == Int(row[col("rank")]), "\(what) rank")
            #expect(p.groupRank == Int(row[col("group_rank")]), "\(what) group rank")
            close(p.percentile, row[col("percentile")], "\(what) percentile")
            close(p.groupMean, row[col("group_mean")], "\(what) mean")
            close(p.groupMedian, row[col("group_median")], "\(what) median")
            close(p.groupTopQuartile, row[col("group_q3")], "\(what) Q3")
            close(p.zInGroup, row[col("z")], "\(what) z")
            close(p.robustZInGroup, row[col("robust_z")], "\(what) robust z")
        }
        #expect(table.rows.count == 34 * 6 * 5)
    }

    @Test("indicator contributions sum exactly to the index gap, and each dimension's to its own")
    func decompositionIsExact() throws {
        let result = try Self.branches()
        let analysis = PeerAnalysis(result: result, groupColumn: "group")
        for row in result.panel.rows.indices {
            let reference = GapDecomposition.medianProfile(result: result, rows: analysis.peerRows(of: row))
            let d = GapDecomposition(result: result, row: row, reference: reference)
            #expect(abs(d.unitScores["index"]! - result.scores["index"]![row]) < 1e-9)
            let leaves = result.root.indicators.compactMap { d.contributions[$0.id] }.reduce(0, +)
            #expect(abs(leaves - d.gap) < 1e-9)
            for dim in result.root.children {
                let sum = dim.children.compactMap { d.contributions[$0.id] }.reduce(0, +)
                #expect(abs(sum - d.contributions[dim.id]!) < 1e-9)
            }
        }
    }

    @Test("a hand-computed arithmetic decomposition")
    func handExample() throws {
        // index = 0.75·A + 0.25·B;  A = mean(a1, a2);  unit: a1 = 60, a2 = 40, b = 80;  reference: 50, 50, 20
        // unit index = 0.75·50 + 0.25·80 = 57.5; reference = 0.75·50 + 0.25·20 = 42.5; gap 15
        // contributions: a1 = 0.75·0.5·10 = 3.75, a2 = −3.75, A = 0, b = 0.25·60 = 15
        let yaml = """
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {id_column: u}
        defaults: {normalisation: {method: goalposts}}
        framework:
          id: index
          children:
            - id: A
              weight: 3
              children:
                - {id: a1, goalposts: {lower: 0, upper: 100}}
                - {id: a2, goalposts: {lower: 0, upper: 100}}
            - id: B
              children:
                - {id: b, goalposts: {lower: 0, upper: 100}}
        """
        let project = try ProjectReader.parse(text: yaml, file: "/tmp/p.yaml")
        let panel = Panel(units: [UnitInfo(id: "u")], indicatorIds: ["a1", "a2", "b"], rows: [.init(unit: 0, year: 2020)],
                          values: Matrix(columns: [[60], [40], [80]]))
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let d = GapDecomposition(result: result, row: 0, reference: ["a1": 50, "a2": 50, "b": 20])
        #expect(abs(d.gap - 15) < 1e-12)
        #expect(abs(d.contributions["a1"]! - 3.75) < 1e-12)
        #expect(abs(d.contributions["a2"]! + 3.75) < 1e-12)
        #expect(abs(d.contributions["A"]!) < 1e-12)
        #expect(abs(d.contributions["B"]! - 15) < 1e-12)
        #expect(abs(d.referenceScores["index"]! - 42.5) < 1e-12)
    }

    @Test("a geometric index splits its gap exactly by the logarithmic mean")
    func geometricSplit() throws {
        // index = (x·y)^(1/2); unit x = 80, y = 20 → 40; reference x = 40, y = 40 → 40: gap 0 but offsetting parts.
        let yaml = """
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {id_column: u}
        framework:
          id: index
          aggregation: geometric
          children:
            - {id: x, goalposts: {lower: 0, upper: 100}}
            - {id: y, goalposts: {lower: 0, upper: 100}}
        """
        let project = try ProjectReader.parse(text: yaml, file: "/tmp/p.yaml")
        let panel = Panel(units: [UnitInfo(id: "u")], indicatorIds: ["x", "y"], rows: [.init(unit: 0, year: 2020)],
                          values: Matrix(columns: [[80], [20]]))
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let d = GapDecomposition(result: result, row: 0, reference: ["x": 40, "y": 40])
        #expect(abs(d.gap) < 1e-12)
        // m_x = ½·L(40,40)/L(80,40) = ½·40/(40/ln 2) = ½·ln 2; contribution = m_x·40 = 20 ln 2
        #expect(abs(d.contributions["x"]! - 20 * log(2.0)) < 1e-9)
        #expect(abs(d.contributions["x"]! + d.contributions["y"]!) < 1e-12)
        let other = GapDecomposition(result: result, row: 0, reference: ["x": 10, "y": 10])
        #expect(abs(other.contributions["x"]! + other.contributions["y"]! - other.gap) < 1e-9)
    }
}
