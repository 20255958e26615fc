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
        try reportingProblems {
            let generated = BranchPanelGenerator(seed: seed).generate()
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            for file in generated.files {
                try AtomicOutput.write(file.contents, to: folder.appendingPathComponent(file.name, isDirectory: false).path)
                Console.out((output.hasSuffix("/") ? output + file.name : output + "/" + file.name) + "\n")
            }
        }
    }
}
