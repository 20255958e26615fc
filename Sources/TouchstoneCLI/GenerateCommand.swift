import ArgumentParser
import Foundation
import TouchstoneSynthetic

/// `touchstone generate branches [--output DIR] [--seed N]`: writes the bundled
/// synthetic demo dataset. Only the generated CSV files are written; the hand-written
/// `touchstone.yaml` and `README.md` in `datasets/branches/` are left alone.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a bundled synthetic dataset",
        discussion: """
            The generator is deterministic: the same seed always gives byte-identical files. \
            Files are written atomically into the output folder, which is created if needed.
            """
    )

    static let datasets = ["branches"]

    @Argument(help: "The dataset to generate (only \"branches\").")
    var dataset: String

    @Option(name: .long, help: "Output folder.")
    var output: String = "datasets/branches"

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = BranchPanelGenerator.defaultSeed

    func validate() throws {
        guard Self.datasets.contains(dataset) else {
            throw ValidationError("Unknown dataset '\(dataset)'; expected one of: \(Self.datasets.joined(separator: ", ")).")
        }
    }

    func run() throws {
        let generated = BranchPanelGenerator(seed: seed).generate()
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in generated.files {
            // Data.write(options: .atomic) writes a temporary file in the same folder and renames it.
            let url = folder.appendingPathComponent(file.name, isDirectory: false)
            try Data(file.contents.utf8).write(to: url, options: .atomic)
            print(output.hasSuffix("/") ? output + file.name : output + "/" + file.name)
        }
    }
}
