import ArgumentParser
import Foundation
import TouchstoneCore
import TouchstoneSynthetic

/// `touchstone generate branches [--output DIR] [--seed N]`: writes the bundled
/// synthetic demo dataset: the generated CSV files, and `indicators.xlsx` holding the indicators and the
/// branches as two sheets (the same cells, numbers as numbers). The hand-written
/// `touchstone.yaml` and `README.md` in `datasets/branches/` are left alone.
///
/// `touchstone generate noise --output DIR [--units N] [--groups G] [--years 2019-2024]`: a panel with no story
/// (`NoisePanelGenerator`, the false-alarm simulations' model) with its project file, for trying the tools at
/// scale (Benchmarks/README.md, "Report at scale").
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a bundled synthetic dataset",
        discussion: """
            The generator is deterministic: the same seed always gives byte-identical files. \
            Files are written atomically into the output folder, which is created if needed.
            """
    )

    static let datasets = ["branches", "noise"]

    @Argument(help: "The dataset to generate: \"branches\" (the demo) or \"noise\" (a panel with no story, any size).")
    var dataset: String

    @Option(name: .long, help: "Output folder.")
    var output: String = "datasets/branches"

    @Option(name: .long, help: "Output folder of the quarterly panel with key targets (default: the output folder's name + \"-quarterly\").")
    var quarterlyOutput: String?

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = BranchPanelGenerator.defaultSeed

    @Option(name: .long, help: "noise: number of units.")
    var units: Int = 2000

    @Option(name: .long, help: "noise: number of peer groups.")
    var groups: Int = 200

    @Option(name: .long, help: "noise: the years, e.g. 1975-2024.")
    var years: String = "2019-2024"

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        guard Self.datasets.contains(dataset) else {
            throw ValidationError("Unknown dataset '\(dataset)'; expected one of: \(Self.datasets.joined(separator: ", ")).")
        }
        if dataset == "noise" {
            guard units >= 1, groups >= 1, groups <= units else { throw ValidationError("--units and --groups must be at least 1, with no more groups than units.") }
            guard yearSpan != nil else { throw ValidationError("--years takes two years FROM-TO with FROM <= TO, e.g. 1975-2024, not '\(years)'.") }
        }
    }

    /// `--years` as a range (`2019-2024`, or one year).
    var yearSpan: ClosedRange<Int>? {
        let parts = years.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1 ... 2).contains(parts.count), years.split(separator: "-").count == parts.count, parts.first! <= parts.last! else { return nil }
        return parts.first! ... parts.last!
    }

    func run() throws {
        if dataset == "noise" { return try writeNoise() }
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

    /// The noise panel (no planted stories) and its project file, written atomically into `--output`.
    private func writeNoise() throws {
        try reportingProblems {
            guard let span = yearSpan else { return }
            let generator = NoisePanelGenerator(units: units, groups: groups, years: span, plantedShare: 0, seed: seed)
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            var files = generator.generate().files.filter { $0.name != "truth.csv" }
            files.append((name: "touchstone.yaml", contents: NoisePanelGenerator.projectFile + "\n"))
            for file in files {
                try AtomicOutput.write(file.contents, to: folder.appendingPathComponent(file.name, isDirectory: false).path)
                Console.out(folder.appendingPathComponent(file.name).path + "\n")
            }
        }
    }
}
