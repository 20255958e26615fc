import Foundation
import TouchstoneCore
import TouchstoneStats

// touchstone-bench: times Touchstone on generated data and prints one JSON line per case.
//
//   touchstone-bench [--case CASE] [--units N] [--years T] [--runs R] [--warmup W] [--workdir DIR] [--seed S]
//                    [--series N] [--trend-years T] [--threads K] [--flag-units N] [--flag-groups G]
//     CASE: index_compute, index_end_to_end, trend_stats, trend_stats_1thread, flags, all (the index cases),
//           weights_entropy, weights_critic, weights_pca, pipeline_full (MethodsBench.swift),
//           or several separated by commas
//   touchstone-bench --verify DIR [--units N] [--years T]   small panel → DIR (CSV, YAML, swift_index.csv)
//   touchstone-bench --case trend_stats --verify DIR [--series N]
//                                          2,000 series → DIR (trend_series.csv, swift_trend.csv)
//   touchstone-bench --case pipeline_full --verify DIR [--units N]   2,000 units → DIR (MethodsBench.swift)
//   touchstone-bench --profile [--case index|trend_stats]  time the stages of the cases separately
//
// `--workdir` keeps the generated CSV files there (run.sh hands the same files to the numpy script);
// without it a temporary folder is used and removed.

struct Options {
    var caseName = "all"
    var units = 100_000
    var years = 10
    var runs = 5
    var warmup = 1
    var seed: UInt64 = 20_250_101
    var workdir: String?
    var verify: String?
    var profile = false
    /// trend_stats: number of series and years per series; threads (0 = all cores via concurrentPerform).
    var series = 1_000_000
    var trendYears = 20
    var threads = 0
    /// flags: units and peer groups (6 years, 16 indicators).
    var flagUnits = 100_000
    var flagGroups = 200

    static let cases = ["all", "index_compute", "index_end_to_end", "trend_stats", "trend_stats_1thread", "flags"] + MethodsBench.cases + UncertaintyCases.cases
    var caseList: [String] {
        caseName.split(separator: ",").flatMap { $0 == "all" ? ["index_compute", "index_end_to_end"] : [String($0)] }
    }

    init(_ args: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func int() throws -> Int {
            let text = try value()
            guard let v = Int(text), v > 0 else { throw BenchError("\(args[i - 1]) needs a positive whole number, got `\(text)`") }
            return v
        }
        while i < args.count {
            switch args[i] {
            case "--case": caseName = try value()
            case "--units": units = try int()
            case "--years": years = try int()
            case "--runs": runs = try int()
            case "--warmup": warmup = try Int(value()) ?? 1
            case "--seed": seed = UInt64(try int())
            case "--workdir": workdir = try value()
            case "--verify": verify = try value()
            case "--profile": profile = true
            case "--series": series = try int()
            case "--trend-years": trendYears = try int()
            case "--threads": threads = try Int(value()) ?? 0
            case "--flag-units": flagUnits = try int()
            case "--flag-groups": flagGroups = try int()
            case "-h", "--help":
                print("usage: touchstone-bench [--case index_compute|index_end_to_end|trend_stats|trend_stats_1thread|flags|all[,…]] [--units N] [--years T] [--runs R] [--warmup W] [--workdir DIR] [--seed S] [--series N] [--trend-years T] [--threads K] [--flag-units N] [--flag-groups G] | --verify DIR | --profile")
                exit(0)
            default: throw BenchError("unknown argument `\(args[i])` (see --help)")
            }
            i += 1
        }
        for c in caseName.split(separator: ",") where !Self.cases.contains(String(c)) {
            throw BenchError("unknown case `\(c)`: use \(Self.cases.joined(separator: ", "))")
        }
    }
}

func emit(_ line: JSONLine) {
    print(line.text)
    fflush(nil)
}

func caseLine(_ name: String, _ o: Options, _ t: Timing, peak: Double?) -> JSONLine {
    var j = JSONLine()
    j.add("case", name)
    j.add("impl", "swift")
    j.add("units", o.units)
    j.add("indicators", BenchFramework.indicatorCount)
    j.add("years", o.years)
    j.add("runs", t.seconds.count)
    j.add("median_s", t.median)
    j.add("min_s", t.min)
    j.add("peak_rss_mb", peak, digits: 5)
    j.add("times_s", t.seconds, digits: 4)
    j.add("openblas_coretype", ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] ?? "")
    return j
}

/// One full computation from an in-memory panel: compute + ranks of the root per year.
func computeIndex(_ project: Project, _ panel: Panel) throws -> (IndexResult, [Int?]) {
    let result = try IndexPipeline(project: project).compute(panel: panel)
    return (result, result.ranks(of: result.root.id))
}

/// One full run from files: read the project, load the CSVs, compute, rank.
func runIndex(folder: String) throws -> (IndexResult, [Int?]) {
    let project = try ProjectReader.read(path: folder)
    let result = try IndexPipeline(project: project).run()
    return (result, result.ranks(of: result.root.id))
}

func benchCompute(_ o: Options) throws {
    let synthetic = SyntheticPanel(units: o.units, years: o.years, seed: o.seed)
    let panel = synthetic.panel()
    let project = try ProjectReader.parse(text: BenchFramework.yaml(), file: "/nonexistent/touchstone.yaml")
    Memory.resetPeak()
    let t = try Timing.measure(warmup: o.warmup, runs: o.runs) { blackHole(try computeIndex(project, panel)) }
    emit(caseLine("index_compute", o, t, peak: Memory.peakMiB()))
}

func withDataFolder<T>(_ o: Options, _ body: (String) throws -> T) throws -> T {
    let folder = o.workdir ?? (NSTemporaryDirectory() + "touchstone-bench-\(ProcessInfo.processInfo.processIdentifier)")
    let marker = folder + "/.generated-\(o.units)x\(o.years)-seed\(o.seed)"
    if !FileManager.default.fileExists(atPath: marker) {
        try SyntheticPanel(units: o.units, years: o.years, seed: o.seed).write(to: folder)
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
    }
    defer { if o.workdir == nil { try? FileManager.default.removeItem(atPath: folder) } }
    return try body(folder)
}

func benchEndToEnd(_ o: Options) throws {
    try withDataFolder(o) { folder in
        Memory.resetPeak()
        let t = try Timing.measure(warmup: o.warmup, runs: o.runs) { blackHole(try runIndex(folder: folder)) }
        emit(caseLine("index_end_to_end", o, t, peak: Memory.peakMiB()))
    }
}

// MARK: - Verify

func text(_ v: Double) -> String { v.isNaN ? "" : "\(v)" }  // Swift's shortest round-trip form

func verify(folder: String, _ o: Options) throws {
    let synthetic = SyntheticPanel(units: o.units, years: o.years, seed: o.seed)
    try synthetic.write(to: folder)
    let (fromFiles, ranks) = try runIndex(folder: folder)
    let (inMemory, ranksInMemory) = try computeIndex(fromFiles.project, synthetic.panel())
    // Both Swift paths must agree exactly (the CSV holds the same doubles as the in-memory panel).
    let ids = ["index"] + (0 ..< BenchFramework.dimensions).map(BenchFramework.dimensionId) + (0 ..< BenchFramework.indicatorCount).map(BenchFramework.indicatorId)
    for id in ids {
        let a = fromFiles.scores[id]!, b = inMemory.scores[id]!
        guard a.count == b.count, zip(a, b).allSatisfy({ $0 == $1 || ($0.isNaN && $1.isNaN) }) else {
            throw BenchError("verify: `\(id)` differs between the CSV path and the in-memory path")
        }
    }
    guard ranks == ranksInMemory else { throw BenchError("verify: ranks differ between the CSV path and the in-memory path") }
    let panel = fromFiles.panel
    let dims = (0 ..< BenchFramework.dimensions).map(BenchFramework.dimensionId)
    var out = "unit,year," + dims.joined(separator: ",") + ",index,rank\n"
    for (r, key) in panel.rows.enumerated() {
        out += "\(panel.units[key.unit].id),\(key.year),"
        out += dims.map { text(fromFiles.scores[$0]![r]) }.joined(separator: ",")
        out += ",\(text(fromFiles.scores["index"]![r])),\(ranks[r].map(String.init) ?? "")\n"
    }
    try out.write(toFile: folder + "/swift_index.csv", atomically: true, encoding: .utf8)
    let index = fromFiles.scores["index"]!
    var j = JSONLine()
    j.add("verify", "swift")
    j.add("folder", folder)
    j.add("rows", panel.rows.count)
    j.add("missing_cell_share", synthetic.missingShare, digits: 4)
    j.add("dimension_scores_missing", dims.reduce(0) { $0 + fromFiles.scores[$1]!.filter(\.isNaN).count })
    j.add("index_missing", index.filter(\.isNaN).count)
    j.add("csv_equals_in_memory", "yes")
    emit(j)
}

// MARK: - Profile

/// Times the stages of both cases once each (after one warm-up), using TouchstoneCore's public parts.
func profile(_ o: Options) throws {
    let clock = ContinuousClock()
    func stage(_ name: String, repeat count: Int = 3, _ body: () throws -> Void) rethrows {
        try body()
        var best = Double.infinity
        for _ in 0 ..< count { best = Swift.min(best, try clock.measure { try body() }.seconds) }
        var j = JSONLine()
        j.add("profile", name)
        j.add("min_s", best)
        emit(j)
    }
    let synthetic = SyntheticPanel(units: o.units, years: o.years, seed: o.seed)
    let panel = synthetic.panel()
    let project = try ProjectReader.parse(text: BenchFramework.yaml(), file: "/nonexistent/touchstone.yaml")
    let nodes = project.framework.preorder()
    let years = panel.rows.map(\.year)
    let describe: (Int) -> String = { "row \($0)" }
    var normalised: [String: [Double]] = [:]

    try stage("compute.total (compute + ranks)") { blackHole(try computeIndex(project, panel)) }
    stage("compute.normalise 40 columns (Normaliser)") {
        var problems: [InputProblem] = [], diagnostics: [Diagnostic] = []
        for (j, id) in panel.indicatorIds.enumerated() {
            let node = nodes.first { $0.id == id }!
            normalised[id] = Normaliser(indicator: node, defaults: project.defaults.normalisation)
                .normalise(panel.values.column(j), years: years, describe: describe, problems: &problems, diagnostics: &diagnostics)
        }
    }
    stage("compute.missing-reason dictionaries for 40 columns") {
        var reasons: [String: [Int: String]] = [:]
        for id in panel.indicatorIds {
            var r: [Int: String] = [:]
            for (i, v) in normalised[id]!.enumerated() where v.isNaN { r[i] = "no data" }
            if !r.isEmpty { reasons[id] = r }
        }
        blackHole(reasons)
    }
    var dimensionScores: [[Double]] = []
    stage("compute.aggregate 4 dimensions (Matrix + MaskedWeightedMean)") {
        dimensionScores = project.framework.children.map { dim in
            let x = Matrix(columns: dim.children.map { normalised[$0.id]! })
            return MaskedWeightedMean.compute(x, weights: dim.children.map(\.weight), kind: .arithmetic).means
        }
    }
    stage("compute.aggregate root (MaskedWeightedMean)") {
        blackHole(MaskedWeightedMean.compute(Matrix(columns: dimensionScores), weights: project.framework.children.map(\.weight), kind: .arithmetic))
    }
    let (result, _) = try computeIndex(project, panel)
    stage("compute.ranks per year (IndexResult.ranks)") { blackHole(result.ranks(of: "index")) }

    try withDataFolder(o) { folder in
        try stage("end_to_end.total", repeat: 1) { blackHole(try runIndex(folder: folder)) }
        try stage("end_to_end.ProjectReader.read", repeat: 1) { blackHole(try ProjectReader.read(path: folder)) }
        let p = try ProjectReader.read(path: folder)
        try stage("end_to_end.CSVReader.read indicators.csv", repeat: 1) { blackHole(try CSVReader.read(path: folder + "/indicators.csv")) }
        try stage("end_to_end.CSVReader.read units.csv", repeat: 1) { blackHole(try CSVReader.read(path: folder + "/units.csv")) }
        try stage("end_to_end.PanelLoader.load (CSV read + cells + panel)", repeat: 1) { blackHole(try PanelLoader(project: p).load()) }
        let loaded = try PanelLoader(project: p).load()
        try stage("end_to_end.compute + ranks", repeat: 1) { blackHole(try computeIndex(p, loaded.panel)) }
    }
}

// MARK: - Main

do {
    var o = try Options(Array(CommandLine.arguments.dropFirst()))
    if let folder = o.verify {
        if o.caseList.contains("weights_1000") {
            try benchWeights(o, verifyFolder: folder)
        } else if o.caseList.contains(where: MethodsBench.cases.contains) {
            if !CommandLine.arguments.contains("--units") { o.units = 2000 }
            try verifyMethods(folder: folder, o)
        } else if o.caseList.contains("trend_stats") {
            if !CommandLine.arguments.contains("--series") { o.series = 2000 }
            try verifyTrends(folder: folder, o)
        } else {
            if !CommandLine.arguments.contains("--units") { o.units = 1000 }
            if !CommandLine.arguments.contains("--years") { o.years = 3 }
            try verify(folder: folder, o)
        }
    } else if o.profile {
        if o.caseList.contains(where: MethodsBench.cases.contains) { try profileMethods(o) } else if o.caseList.contains("trend_stats") { profileTrends(o) } else { try profile(o) }
    } else {
        for c in o.caseList {
            switch c {
            case "index_compute": try benchCompute(o)
            case "index_end_to_end": try benchEndToEnd(o)
            case "trend_stats": try benchTrends(o, threads: o.threads, name: o.threads == 1 ? "trend_stats_1thread" : "trend_stats")
            case "trend_stats_1thread": try benchTrends(o, threads: 1, name: "trend_stats_1thread")
            case "flags": try benchFlags(o)
            case "weights_entropy", "weights_critic", "weights_pca", "pipeline_full": try benchMethods(o, name: c)
            case "weights_1000": try benchWeights(o)
            case "asem_ua", "asem_ua_pipeline", "asem_sa", "asem_load": try benchASEM(o, cases: [c])
            default: break
            }
        }
    }
} catch {
    FileHandle.standardError.write(Data("touchstone-bench: \((error as? LocalizedError)?.errorDescription ?? "\(error)")\n".utf8))
    exit(1)
}
