import Foundation
import TouchstoneCore
import TouchstoneStats

// Uncertainty benchmarks (issue 8).
//
//   asem_ua           COINr's ASEM uncertainty run: the 100 runs of g_UA_params.csv (winmax 1–5, min-max [1,100]
//                     or z-score (10,2), one of 100 noisy weight sets, arithmetic or geometric mean) of the
//                     full d3 pipeline (denominate → impute by group → screen → treat → normalise → aggregate),
//                     through `DiscreteUncertainty` (treatment + normalisation once per winmax × normalisation,
//                     weight sets by dgemm), then COINr's rank statistics. COINr 1.1.14: 20.98 s.
//   asem_ua_pipeline  the same 100 runs, each one a whole `IndexPipeline` run, one after the other (as COINr
//                     regenerates its coin), then the same rank statistics.
//   asem_sa           COINr's sensitivity run: Saltelli design N = 100 over the 4 inputs (600 runs), Sobol
//                     indices of the mean absolute rank shift with 100 bootstrap resamples. COINr: 123.45 s.
//   asem_load         reading the project, loading and treating the data and the nominal run (not in COINr's
//                     times, which start from a built coin).
//   weights_1000      WEIGHT_REPS (1,000) weight sets over `--units` (100,000) units × 40 indicators, one year,
//                     4 dimensions of 10, arithmetic means: nominal run + every weight set + ranks per set +
//                     median and 5–95% rank interval per unit. numpy/weights_bench.py does the same work.
//
// The ASEM reference folder is ../../shared/data/coinr_asem/reference beside the repository (or ASEM_REFERENCE).
// `--case weights_1000 --workdir DIR` writes the data and weight sets there (untimed) for numpy to read, and
// the rank statistics (swift_rankstats.csv) for the cross-check; `--case weights_1000 --verify DIR` does the
// same on 1,000 units and 50 weight sets, with the index of the first 5 sets (swift_rep_index.csv).

enum UncertaintyCases {
    static let cases = ["asem_ua", "asem_ua_pipeline", "asem_sa", "asem_load", "weights_1000"]
}

enum ASEMBench {
    static var reference: String {
        if let r = ProcessInfo.processInfo.environment["ASEM_REFERENCE"] { return r }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("shared/data/coinr_asem/reference").path
    }

    static func table(_ name: String) throws -> CSVTable { try CSVReader.read(path: reference + "/" + name) }

    /// COINr's `build_example_coin()` as a Touchstone project (as Tests/TouchstoneCoreTests/TreatmentReferenceTests
    /// builds d3): the unit table with COINr's denominators, group-mean imputation, screening on the imputed
    /// set, COINr's outlier rule with winmax 5, min-max [0, 100], arithmetic means, weights of asem_meta.csv.
    static func projectText(folder: String) throws -> String {
        let units = try table("asem_units.csv"), raw = try table("asem_raw.csv"), meta = try table("asem_meta.csv")
        let group = Dictionary(uniqueKeysWithValues: raw.rows.map { ($0[0], $0[raw.columnIndex("EurAsia_group")!]) })
        var csv = "uCode,EurAsia_group,Area,Energy,GDP,Population\n"
        for row in units.rows { csv += "\(row[0]),\(group[row[0]]!),\(row[2]),\(row[3]),\(row[4]),\(row[5])\n" }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try csv.write(toFile: folder + "/asem-d3-units.csv", atomically: true, encoding: .utf8)
        let c = { (name: String) in meta.columnIndex(name)! }
        var lines = [
            "data: {file: \"\(reference)/asem_raw.csv\", layout: wide, unit_column: uCode, year: 2018}",
            "units: {file: \"\(folder)/asem-d3-units.csv\", id_column: uCode, group_columns: [EurAsia_group], attribute_columns: [Area, Energy, GDP, Population]}",
            "defaults: {normalisation: {method: min-max, range: [0, 100], scope: year}, aggregation: arithmetic, min_coverage: 0, treatment: {impute: group-mean, group: EurAsia_group, outliers: coinr, winmax: 5, screen: {min_unit_coverage: 0.9, basis: imputed}}}",
            "framework:",
        ]
        for row in meta.rows {
            var node = "  - {id: \(row[c("iCode")]), weight: \(row[c("Weight")])"
            if !row[c("Parent")].isEmpty { node += ", parent: \(row[c("Parent")])" }
            if row[c("Type")] == "Indicator" {
                node += ", direction: \(row[c("Direction")] == "-1" ? "lower" : "higher")"
                let d = row[c("Denominator")]
                if !d.isEmpty && d != "NA" { node += ", treatment: {denominator: \(d)}" }
            }
            lines.append(node + "}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func inputs() throws -> [DiscreteInput] {
        let t = try table("g_noisy_weights_long.csv")
        let set = t.columnIndex("set")!, code = t.columnIndex("iCode")!, weight = t.columnIndex("Weight")!
        var sets: [Int: [String: Double]] = [:]
        for row in t.rows { sets[Int(row[set])!, default: [:]][row[code]] = Double(row[weight])! }
        var minmax = NormalisationSpec(), z = NormalisationSpec()
        minmax.range = 1 ... 100
        minmax.scope = .year
        z.method = .zScore
        z.zMean = 10
        z.zStandardDeviation = 2
        z.scope = .year
        return [DiscreteInput(name: "Winmax", .winmax([1, 2, 3, 4, 5])),
                DiscreteInput(name: "Normalisation", .normalisation([minmax, z])),
                DiscreteInput(name: "Weights", .weights((1 ... sets.count).map { sets[$0]! })),
                DiscreteInput(name: "Aggregation", .aggregation([.arithmetic, .geometric]))]
    }

    /// g_UA_params.csv: COINr's 100 runs as alternative indices of `inputs()`.
    static func uaChoices() throws -> [[Int]] {
        let t = try table("g_UA_params.csv")
        let c = { (name: String) in t.columnIndex(name)! }
        return t.rows.map { row in
            [Int(row[c("Winmax")])! - 1, row[c("Normalisation")] == "n_minmax(1,100)" ? 0 : 1,
             Int(row[c("Weights_set")])! - 1, row[c("Aggregation")] == "a_amean" ? 0 : 1]
        }
    }

    /// COINr's own times (timings.csv, same machine type): pipeline name → elapsed seconds.
    static func coinrSeconds(_ name: String) -> Double? {
        guard let t = try? table("timings.csv"), let e = t.columnIndex("first_elapsed_s") else { return nil }
        return t.rows.first { $0[0] == name }.flatMap { Double($0[e]) }
    }
}

func asemLine(_ name: String, _ t: Timing, peak: Double?, runs: Int, coinr: Double?, extra: (inout JSONLine) -> Void = { _ in }) -> JSONLine {
    var j = JSONLine()
    j.add("case", name)
    j.add("impl", "swift")
    j.add("replications", runs)
    j.add("runs", t.seconds.count)
    j.add("median_s", t.median)
    j.add("min_s", t.min)
    j.add("cpu_median_s", t.cpuMedian)
    j.add("peak_rss_mb", peak, digits: 5)
    j.add("times_s", t.seconds, digits: 4)
    j.add("coinr_s", coinr)
    j.add("ratio_coinr_over_swift", coinr.map { $0 / t.median })
    extra(&j)
    return j
}

func benchASEM(_ o: Options, cases: [String]) throws {
    guard FileManager.default.fileExists(atPath: ASEMBench.reference + "/g_UA_params.csv") else {
        throw BenchError("ASEM reference data not found at \(ASEMBench.reference) (set ASEM_REFERENCE)")
    }
    let folder = NSTemporaryDirectory() + "touchstone-bench-asem-\(ProcessInfo.processInfo.processIdentifier)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = try ASEMBench.projectText(folder: folder)
    let load = {
        let project = try ProjectReader.parse(text: text, file: folder + "/touchstone.yaml")
        return try IndexPipeline(project: project).run()
    }
    let result = try load()
    let inputs = try ASEMBench.inputs()
    let choices = try ASEMBench.uaChoices()
    let analysis = DiscreteUncertainty(result: result, year: 2018, inputs: inputs)
    let ids = result.panel.rows.map { result.panel.units[$0.unit].id }

    if cases.contains("asem_load") {
        Memory.resetPeak()
        let t = try Timing.measure(warmup: o.warmup, runs: o.runs) { blackHole(try load()) }
        emit(asemLine("asem_load", t, peak: Memory.peakMiB(), runs: 1, coinr: ASEMBench.coinrSeconds("d3_build_example_coin_full")))
    }
    if cases.contains("asem_ua") {
        // Untimed check first: the scores and rank statistics are COINr's.
        let scores = analysis.scores(choices)
        let reference = try ASEMBench.table("g_UA_scores.csv")
        var worst = 0.0
        for row in reference.rows {
            let k = scores.rows.firstIndex { ids[$0] == row[0] }!
            for run in 0 ..< choices.count {
                let theirs = Double(row[reference.columnIndex("r_\(run + 1)")!])!
                let ours = scores.scores[run]?[k] ?? .nan
                worst = ours.isNaN ? .infinity : max(worst, abs(ours - theirs) / max(1, abs(theirs)))
            }
        }
        let stats = analysis.rankStatistics(choices)
        let rs = try ASEMBench.table("g_UA_rankstats.csv")
        var differing = 0
        for row in rs.rows {
            let u = stats.units.first { ids[$0.row] == row[0] }!
            let theirs = ["Mean", "Median", "Q5", "Q95"].map { Double(row[rs.columnIndex($0)!])! }
            let ours = [u.meanRank, u.medianRank, u.lowRank, u.highRank]
            if zip(ours, theirs).contains(where: { abs($0 - $1) > 1e-9 }) { differing += 1 }
        }
        Memory.resetPeak()
        let t = Timing.measure(warmup: o.warmup, runs: o.runs) { blackHole(analysis.rankStatistics(choices)) }
        emit(asemLine("asem_ua", t, peak: Memory.peakMiB(), runs: choices.count, coinr: ASEMBench.coinrSeconds("g_UA_N100")) { j in
            j.add("max_rel_diff_vs_coinr_scores", worst, digits: 3)
            j.add("units_rankstats_differing_from_coinr", differing)
        })
    }
    if cases.contains("asem_ua_pipeline") {
        let nominal = Ranking.competitionRanks(result.panel.rows(inYear: 2018).map { result.scores[result.root.id]![$0] })
        let rows = result.panel.rows(inYear: 2018)
        let body = {
            var ranks: [[Int?]] = []
            for choice in choices {
                let r = try IndexPipeline(project: analysis.project(choice)).compute(panel: result.panel)
                ranks.append(Ranking.competitionRanks(rows.map { r.scores[r.root.id]![$0] }))
            }
            // Rank statistics per unit (as COINr's RankStats).
            let stats = rows.indices.map { k -> (Double, Double, Double) in
                let v = ranks.compactMap { $0[k] }.map(Double.init).sorted()
                return (Quantile.type7(sorted: v, 0.5)!, Quantile.type7(sorted: v, 0.05)!, Quantile.type7(sorted: v, 0.95)!)
            }
            blackHole((stats, nominal))
        }
        Memory.resetPeak()
        let t = try Timing.measure(warmup: o.warmup, runs: o.runs, body)
        emit(asemLine("asem_ua_pipeline", t, peak: Memory.peakMiB(), runs: choices.count, coinr: ASEMBench.coinrSeconds("g_UA_N100")))
    }
    if cases.contains("asem_sa") {
        let sa = DiscreteSensitivity(analysis, n: 100, seed: 1, bootstrap: 100)
        Memory.resetPeak()
        let t = Timing.measure(warmup: o.warmup, runs: o.runs) { blackHole(DiscreteSensitivity(analysis, n: 100, seed: 1, bootstrap: 100)) }
        emit(asemLine("asem_sa", t, peak: Memory.peakMiB(), runs: sa.runs, coinr: ASEMBench.coinrSeconds("g_SA_N100_Nboot100")) { j in
            for (name, e) in zip(sa.inputs, sa.indices!.total) { j.add("STi_\(name)", e.value, digits: 3) }
        })
    }
}

// MARK: - 1,000 weight replications over 100,000 units

enum WeightBench {
    static var reps: Int { ProcessInfo.processInfo.environment["WEIGHT_REPS"].flatMap { Int($0) } ?? 1000 }

    /// Weight set r: every node's nominal weight × (1 + U(−0.25, 0.25)), nodes in preorder without the root,
    /// from the seeded stream r.
    static func sets(_ project: Project, count: Int, seed: UInt64 = 42) -> (ids: [String], sets: [[Double]]) {
        let nodes = project.framework.preorder().dropFirst()
        let sets = (0 ..< count).map { r -> [Double] in
            var g = SeededGenerator.stream(seed: seed, index: UInt64(r))
            return nodes.map { $0.weight * (1 + 0.25 * (2 * g.uniform() - 1)) }
        }
        return (nodes.map(\.id), sets)
    }

    static func write(_ folder: String, synthetic: SyntheticPanel, ids: [String], sets: [[Double]]) throws {
        try synthetic.write(to: folder)
        var s = "set," + ids.joined(separator: ",") + "\n"
        for (r, w) in sets.enumerated() { s += "\(r)," + w.map { "\($0)" }.joined(separator: ",") + "\n" }
        try s.write(toFile: folder + "/weight_sets.csv", atomically: true, encoding: .utf8)
    }

    static func writeStats(_ folder: String, _ stats: DiscreteUncertainty.RankStatistics, panel: Panel) throws {
        var s = "unit,nominal,median,q5,q95\n"
        for u in stats.units {
            func t(_ v: Double) -> String { v.isNaN ? "" : "\(v)" }
            s += "\(panel.units[u.unit].id),\(u.nominalRank.map(String.init) ?? ""),\(t(u.medianRank)),\(t(u.lowRank)),\(t(u.highRank))\n"
        }
        try s.write(toFile: folder + "/swift_rankstats.csv", atomically: true, encoding: .utf8)
    }
}

func benchWeights(_ o: Options, verifyFolder: String? = nil) throws {
    let units = verifyFolder == nil ? o.units : (CommandLine.arguments.contains("--units") ? o.units : 1000)
    let reps = verifyFolder == nil ? WeightBench.reps : min(50, WeightBench.reps)
    let synthetic = SyntheticPanel(units: units, years: 1, seed: o.seed)
    let panel = synthetic.panel()
    let project = try ProjectReader.parse(text: BenchFramework.yaml(), file: "/nonexistent/touchstone.yaml")
    let (ids, raw) = WeightBench.sets(project, count: reps)
    let sets = raw.map { Dictionary(uniqueKeysWithValues: zip(ids, $0)) }
    let choices = (0 ..< reps).map { [$0] }
    if let folder = verifyFolder ?? o.workdir {
        try WeightBench.write(folder, synthetic: synthetic, ids: ids, sets: raw)
    }
    let year = BenchFramework.firstYear
    func run() throws -> (IndexResult, DiscreteUncertainty.RankStatistics) {
        let nominal = try IndexPipeline(project: project).compute(panel: panel)
        let analysis = DiscreteUncertainty(result: nominal, year: year, inputs: [DiscreteInput(name: "weights", .weights(sets))])
        return (nominal, analysis.rankStatistics(choices))
    }
    if let folder = verifyFolder {
        let (nominal, stats) = try run()
        try WeightBench.writeStats(folder, stats, panel: panel)
        let first = min(5, reps)
        let scores = DiscreteUncertainty(result: nominal, year: year, inputs: [DiscreteInput(name: "weights", .weights(sets))])
            .scores((0 ..< first).map { [$0] })
        var s = "unit," + (0 ..< first).map { "r\($0)" }.joined(separator: ",") + "\n"
        for (k, row) in scores.rows.enumerated() {
            s += panel.units[panel.rows[row].unit].id + "," + (0 ..< first).map { r in scores.scores[r].map { $0[k].isNaN ? "" : "\($0[k])" } ?? "" }.joined(separator: ",") + "\n"
        }
        try s.write(toFile: folder + "/swift_rep_index.csv", atomically: true, encoding: .utf8)
        var j = JSONLine()
        j.add("verify", "swift")
        j.add("case", "weights_1000")
        j.add("folder", folder)
        j.add("units", units)
        j.add("replications", reps)
        j.add("failed", stats.failed)
        emit(j)
        return
    }
    // Split of the time: the nominal run, the weight sets' scores alone (no ranks), the whole case.
    let clock = ContinuousClock()
    let nominal = try IndexPipeline(project: project).compute(panel: panel)
    let analysis = DiscreteUncertainty(result: nominal, year: year, inputs: [DiscreteInput(name: "weights", .weights(sets))])
    let nominalSeconds = try clock.measure { blackHole(try IndexPipeline(project: project).compute(panel: panel)) }.seconds
    var scoresSeconds = 0.0
    do {
        // Scores only: evaluate chunk by chunk and drop them (what the rank statistics add is ranks + quantiles).
        let t0 = clock.now
        blackHole(analysis.scoresOnlyBenchmark(choices))
        scoresSeconds = (clock.now - t0).seconds
    }
    Memory.resetPeak()
    var last: DiscreteUncertainty.RankStatistics?
    let t = try Timing.measure(warmup: o.warmup, runs: o.runs) { last = try run().1 }
    let peak = Memory.peakMiB()
    if let folder = o.workdir, let last { try WeightBench.writeStats(folder, last, panel: panel) }
    var j = JSONLine()
    j.add("case", "weights_1000")
    j.add("impl", "swift")
    j.add("units", units)
    j.add("indicators", BenchFramework.indicatorCount)
    j.add("replications", reps)
    j.add("runs", t.seconds.count)
    j.add("median_s", t.median)
    j.add("min_s", t.min)
    j.add("cpu_median_s", t.cpuMedian)
    j.add("peak_rss_mb", peak, digits: 5)
    j.add("times_s", t.seconds, digits: 4)
    j.add("nominal_run_s", nominalSeconds, digits: 4)
    j.add("weight_sets_scores_only_s", scoresSeconds, digits: 4)
    j.add("openblas_coretype", ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] ?? "")
    emit(j)
}

extension DiscreteUncertainty {
    /// The scores of every run, computed and dropped chunk by chunk (for the benchmark's time split).
    func scoresOnlyBenchmark(_ choices: [[Int]]) -> Int {
        var present = 0
        streamScores(choices) { _, chunk in present += chunk.filter { $0 != nil }.count }
        return present
    }
}
