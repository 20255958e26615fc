import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneSynthetic

/// `touchstone generate branches [--output DIR] [--seed N]`: writes the bundled
/// synthetic demo dataset: the generated CSV files, and `indicators.xlsx` holding the indicators and the
/// branches as two sheets (the same cells, numbers as numbers). The hand-written
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

    @Option(name: .long, help: "Output folder of the quarterly panel with key targets (default: the output folder's name + \"-quarterly\").")
    var quarterlyOutput: String?

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = BranchPanelGenerator.defaultSeed

    @OptionGroup var quietOption: QuietOption

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
            // The same data as an Excel workbook (sheets `indicators` and `branches`), for trying the xlsx input.
            let sheets = try ["indicators", "branches"].compactMap { name in
                try generated.files.first { $0.name == "\(name).csv" }.map { try WorkbookOutput.sheet(name: name, csv: $0.contents) }
            }
            try AtomicOutput.write(data: XLSXWriter.data(Workbook(sheets: sheets)), to: folder.appendingPathComponent("indicators.xlsx").path)
            Console.out((output.hasSuffix("/") ? output + "indicators.xlsx" : output + "/indicators.xlsx") + "\n")
            // The quarterly panel 2021–2024 with 2024's key targets and planted stories (`datasets/branches-quarterly`).
            let quarterlyFolder = quarterlyOutput ?? (output.hasSuffix("/") ? String(output.dropLast()) : output) + "-quarterly"
            let quarterly = URL(fileURLWithPath: quarterlyFolder, isDirectory: true)
            for file in QuarterlyPanelGenerator(seed: seed).generate().files {
                try AtomicOutput.write(file.contents, to: quarterly.appendingPathComponent(file.name, isDirectory: false).path)
                Console.out(quarterlyFolder + "/" + file.name + "\n")
            }
        }
    }
}
