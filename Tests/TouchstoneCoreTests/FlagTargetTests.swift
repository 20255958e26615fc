import Foundation
import Testing
@testable import TouchstoneCore

@Suite("Flag explanations never aim at an infinite target")
struct FlagTargetTests {
    @Test("a unit with no other unit to compare with gets no improvement path to -inf")
    func loneUnit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("FlagTargetTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("unit,year,a,b\nu1,2019,1,2\nu1,2020,2,3\nu1,2021,3,1\nu1,2022,5,0\n".utf8).write(to: folder.appendingPathComponent("data.csv"))
        let yaml = "data: {file: data.csv, unit_column: unit, year_column: year}\nunits: {id_column: unit}\n"
            + "framework: {id: index, children: [{id: a}, {id: b, direction: lower}]}\n"
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("touchstone.yaml"))
        let result = try IndexPipeline(project: ProjectReader.read(path: folder.path)).run()
        let assessments = FlagEngine(result: result, year: 2022).assess()
        let paths = assessments.flatMap(\.paths)
        #expect(paths.allSatisfy { $0.target.isFinite && $0.start.isFinite }, "\(paths.map { ($0.nodeId, $0.target) })")
        // And the CLI refuses to compare a single unit at all (RefusalCatalogueTests, "one unit to compare").
        #expect(throws: InputProblem.self) { try result.requireUnitsToCompare(year: 2022) }
    }
}
