import Foundation

/// A small project in a fresh temporary folder, for tests that feed the CLI bad input: four units
/// (`u1`…`u4`) over four years (2019–2022), two indicators (`a`, a count, and `b`, lower is better), a unit
/// table with names and sizes. Sections and files can be replaced one by one.
struct ProjectFixture {
    static let data = "unit,year,a,b\n" + (1 ... 4).flatMap { u in
        (2019 ... 2022).map { y in "u\(u),\(y),\(u + y - 2019),\(10 - u)\n" }
    }.joined()
    static let units = "unit,name,members\nu1,North,12\nu2,South,20\nu3,East,8\nu4,West,15\n"
    static let dataSection = """
        data:
          file: data.csv
          unit_column: unit
          year_column: year
        """
    static let unitsSection = """
        units:
          file: units.csv
          id_column: unit
          name_column: name
          size_column: members
        """
    static let frameworkSection = """
        framework:
          id: index
          children:
            - {id: a, kind: count}
            - {id: b, direction: lower}
        """

    let folder: URL

    /// Writes `touchstone.yaml` from the sections (each a YAML block) and the files (name → bytes).
    init(data: String = dataSection, units: String = unitsSection, framework: String = frameworkSection, extra: String = "",
         files: [String: [UInt8]] = [:]) throws {
        folder = try CLI.temporaryFolder()
        let yaml = [data, units, framework, extra].filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
        var all: [String: [UInt8]] = ["touchstone.yaml": Array(yaml.utf8), "data.csv": Array(Self.data.utf8), "units.csv": Array(Self.units.utf8)]
        all.merge(files) { $1 }
        for (name, bytes) in all { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs the CLI in the project folder (`.` is the project).
    func run(_ arguments: [String]) throws -> CLI.Output { try CLI.run(arguments, in: folder) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
