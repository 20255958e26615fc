import Foundation
import Testing
import TouchstoneStats
@testable import TouchstoneCore

@Suite("Nearest peers by size and profile")
struct NearestPeersTests {
    @Test("distances scale each dimension and log size by its sd, nearest first")
    func distances() throws {
        // Two dimensions with one indicator each (goalposts 0–100, so scores equal raw values) and sizes.
        let yaml = """
        data: {file: d.csv, unit_column: u, year_column: y}
        units: {id_column: u, size_column: n}
        framework:
          id: index
          children:
            - {id: A, children: [{id: a, goalposts: {lower: 0, upper: 100}}]}
            - {id: B, children: [{id: b, goalposts: {lower: 0, upper: 100}}]}
        """
        let project = try ProjectReader.parse(text: yaml, file: "/tmp/n.yaml")
        let units = zip(["u1", "u2", "u3", "u4"], [10.0, 20, 40, 80]).map { UnitInfo(id: $0, size: $1) }
        let panel = Panel(units: units, indicatorIds: ["a", "b"], rows: (0 ..< 4).map { .init(unit: $0, year: 2024) },
                          values: Matrix(columns: [[10, 20, 30, 40], [50, 50, 80, 20]]))
        let result = try IndexPipeline(project: project).compute(panel: panel)
        let n = NearestPeers(result: result, year: 2024, k: 3).neighbours(of: 0)
        // numpy 2.4: features scaled by their sample sd; Euclidean distances from u1 (computed beside this test).
        #expect(n.map(\.row) == [1, 2, 3])
        let expected = [1: 1.09544512, 2: 2.50998008, 3: 3.50713558]   // np.sqrt(((F[:,None]-F[None])**2).sum(-1))[0]
        for (row, d) in n { #expect(abs(d - expected[row]!) < 1e-6, "row \(row): \(d)") }
    }
}
