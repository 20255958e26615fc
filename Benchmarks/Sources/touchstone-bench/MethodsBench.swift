import Foundation
import TouchstoneCore
import TouchstoneStats

// The method-suite cases (issue 3), one year of 100,000 units × 40 indicators:
//
//   weights_entropy, weights_critic, weights_pca   the weight kernels alone, as the library computes them
//       (`EntropyWeights.compute`, `CriticWeights.compute`, `PrincipalComponents.compute` on a complete
//       100,000 × 40 `Matrix`), on the normalised indicator scores of one untimed `pipeline_full` run
//       (min-max [0, 100] of the treated values: complete, since every gap is imputed)
//   pipeline_full   `ProjectReader.parse` + `IndexPipeline(project:).compute(panel:)` on an in-memory panel
//       with `treatment: {impute: mean, outliers: coinr, winmax: 5}`: mean imputation, the COINr outlier rule
//       per indicator (winsorise up to 5 points while |skew| ≥ 2 and kurtosis ≥ 3.5, log_CT fallback),
//       min-max [0, 100], weighted arithmetic means in 4 dimensions and the index (weights renormalised over
//       the children present), with the library's audit of every changed cell
//
// numpy/methods_bench.py does the same work with numpy/scipy on the very same numbers: with `--workdir DIR`
// the raw panel (`methods_raw.f64`) and the normalised matrix (`methods_normalised.f64`) are written there as
// raw little-endian float64, column-major (untimed). `--verify DIR` writes a small case and Swift's results.

enum MethodsBench {
    static let cases = ["weights_entropy", "weights_critic", "weights_pca", "pipeline_full"]
    static let year = 2024
    static let treatment = "{impute: mean, outliers: coinr, winmax: 5, skew: 2, kurtosis: 3.5, log_fallback: true}"

    /// The index benchmark's project (same framework, weights, directions, min-max [0, 100], arithmetic,
    /// min_coverage 0.5) with `treatment` under `defaults:` (none: no treatment).
    static func yaml(treatment: String? = MethodsBench.treatment) -> String {
        let base = BenchFramework.yaml()
        guard let treatment else { return base }
        let anchor = "  min_coverage: 0.5\n"
        precondition(base.contains(anchor), "BenchFramework.yaml() changed: no `min_coverage: 0.5` line under defaults")
        return base.replacingOccurrences(of: anchor, with: anchor + "  treatment: \(treatment)\n")
    }

    static func project(treatment: String? = MethodsBench.treatment) throws -> Project {
        try ProjectReader.parse(text: yaml(treatment: treatment), file: "/nonexistent/touchstone.yaml")
    }

    /// The normalised indicator scores of a result (n × 40, framework order).
    static func normalised(_ result: IndexResult) -> Matrix {
        Matrix(columns: (0 ..< BenchFramework.indicatorCount).map { result.scores[BenchFramework.indicatorId($0)]! })
    }
}

/// A generated one-year panel for the method cases: `units × 40`, column-major, NaN = missing.
///
/// Per unit: z = 0.5·unit + 0.3·unit-dimension + 0.8·noise (standard normals; mirrored for "lower"
/// indicators). Per indicator, by its place k in its dimension (0–9):
/// - k = 4 mildly skewed, `base·exp(0.4 z)` (passes the outlier check);
/// - k = 7 normal with planted outliers: 2, 3, 4 and 6 points (dimensions 1–4) at 60–80 sd, on the low side
///   for "lower" indicators (so `winlo` runs too); 2–4 points are winsorised away, 6 exceed winmax 5 and fall
///   back to log_CT;
/// - k = 9 heavy-tailed, `base·exp(1.2 z)` (skew ≈ 10: winsorising 5 points is not enough, log_CT);
/// - the rest normal, `base + scale·z`.
/// Values are rounded to 3 decimals. Missing: each cell with probability 2%, and 0.5% of units lack a whole
/// dimension (mean imputation fills every gap).
struct MethodsPanel {
    enum Kind: String { case normal, lognormal, outliers, heavy }

    static func kind(_ j: Int) -> Kind {
        switch j % BenchFramework.perDimension {
        case 4: return .lognormal
        case 7: return .outliers
        case 9: return .heavy
        default: return .normal
        }
    }

    static func plantedCount(_ j: Int) -> Int { [2, 3, 4, 6][j / BenchFramework.perDimension] }

    let unitCount: Int
    var values: [Double]

    init(units n: Int, seed: UInt64) {
        unitCount = n
        let k = BenchFramework.indicatorCount, per = BenchFramework.perDimension
        var rng = SplitMix64(seed: seed ^ 0x6D65_7468_6F64)  // "method"
        var values = [Double](repeating: .nan, count: n * k)
        let base = (0 ..< k).map { 20 + 5 * Double($0) }
        let scale = (0 ..< k).map { 2 + Double($0 % 7) }
        var dimensionEffect = [Double](repeating: 0, count: BenchFramework.dimensions)
        for u in 0 ..< n {
            let unitEffect = rng.normal()
            for d in dimensionEffect.indices { dimensionEffect[d] = rng.normal() }
            let lacking = rng.uniform() < 0.005 ? Int(rng.next() % UInt64(BenchFramework.dimensions)) : -1
            for j in 0 ..< k {
                let noise = rng.normal()
                let drop = rng.uniform() < 0.02
                if drop || j / per == lacking { continue }
                var z = 0.5 * unitEffect + 0.3 * dimensionEffect[j / per] + 0.8 * noise
                if BenchFramework.isLower(j) { z = -z }
                let x: Double
                switch Self.kind(j) {
                case .normal, .outliers: x = base[j] + scale[j] * z
                case .lognormal: x = base[j] * exp(0.4 * z)
                case .heavy: x = base[j] * exp(1.2 * z)
                }
                values[j * n + u] = (x * 1000).rounded() / 1000
            }
        }
        for j in 0 ..< k where Self.kind(j) == .outliers {
            var rows = Set<Int>()
            while rows.count < min(Self.plantedCount(j), n) { rows.insert(Int(rng.next() % UInt64(n))) }
            for r in rows.sorted() {
                let sd = 60 + 20 * rng.uniform()
                let x = BenchFramework.isLower(j) ? base[j] - scale[j] * sd : base[j] + scale[j] * sd
                values[j * n + r] = (x * 1000).rounded() / 1000
            }
        }
        self.values = values
    }

    func panel() -> Panel {
        let units = (0 ..< unitCount).map { UnitInfo(id: SyntheticPanel.unitId($0), names: ["en": "Unit \($0 + 1)"], groups: ["region": "R\($0 % 8 + 1)"]) }
        let rows = (0 ..< unitCount).map { Panel.Key(unit: $0, year: MethodsBench.year) }
        return Panel(units: units, indicatorIds: (0 ..< BenchFramework.indicatorCount).map(BenchFramework.indicatorId),
                     rows: rows, values: Matrix(rows: unitCount, columns: BenchFramework.indicatorCount, columnMajor: values))
    }

    var missingShare: Double { Double(values.lazy.filter(\.isNaN).count) / Double(values.count) }
}

/// Writes doubles as raw little-endian float64 (x86-64 and arm64 are little-endian).
func writeFloat64(_ values: [Double], to path: String) throws {
    try values.withUnsafeBytes { Data($0) }.write(to: URL(fileURLWithPath: path))
}

/// A number for hand-written JSON: Swift's shortest round-trip text, `null` for NaN/∞.
func jsonNumber(_ v: Double?) -> String {
    guard let v, v.isFinite else { return "null" }
    return "\(v)"
}

func jsonArray(_ v: [Double]) -> String { "[" + v.map { jsonNumber($0) }.joined(separator: ",") + "]" }

func methodsLine(_ name: String, _ o: Options, _ t: Timing, peak: Double?) -> JSONLine {
    var j = JSONLine()
    j.add("case", name)
    j.add("impl", "swift")
    j.add("units", o.units)
    j.add("indicators", BenchFramework.indicatorCount)
    j.add("years", 1)
    j.add("runs", t.seconds.count)
    j.add("median_s", t.median)
    j.add("min_s", t.min)
    j.add("cpu_median_s", t.cpuMedian)
    j.add("peak_rss_mb", peak, digits: 5)
    j.add("times_s", t.seconds, digits: 4)
    j.add("openblas_coretype", ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] ?? "")
    return j
}

/// Treatment summary of a result, for the JSON line: cells per step, outlier outcomes.
func addTreatmentSummary(_ j: inout JSONLine, _ result: IndexResult) {
    guard let record = result.treatment else { return }
    j.add("imputed_cells", record.cells(.impute).count)
    j.add("winsorised_points", record.cells(.winsorise).count)
    j.add("log_ct_cells", record.cells(.logCT).count)
    j.add("winsorised_indicators", record.outliers.filter { $0.winsorised > 0 && $0.afterLog == nil }.map(\.indicator).joined(separator: " "))
    j.add("log_ct_indicators", record.outliers.filter { $0.afterLog != nil }.map(\.indicator).joined(separator: " "))
    j.add("index_missing", result.scores["index"]!.filter(\.isNaN).count)
}

/// One `pipeline_full` computation: parse the project, treat, normalise, aggregate.
func methodsPipeline(_ yaml: String, _ panel: Panel) throws -> IndexResult {
    let project = try ProjectReader.parse(text: yaml, file: "/nonexistent/touchstone.yaml")
    return try IndexPipeline(project: project).compute(panel: panel)
}

func benchMethods(_ o: Options, name: String) throws {
    let data = MethodsPanel(units: o.units, seed: o.seed)
    let yaml = MethodsBench.yaml()
    if let dir = o.workdir {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try writeFloat64(data.values, to: dir + "/methods_raw.f64")
    }
    if name == "pipeline_full" {
        let panel = data.panel()
        Memory.resetPeak()
        let t = try Timing.measure(warmup: o.warmup, runs: o.runs) { blackHole(try methodsPipeline(yaml, panel)) }
        let peak = Memory.peakMiB()
        var j = methodsLine(name, o, t, peak: peak)
        addTreatmentSummary(&j, try methodsPipeline(yaml, panel))
        j.add("missing_cell_share", data.missingShare, digits: 4)
        emit(j)
        return
    }
    // The weight kernels: on the normalised scores of one (untimed) pipeline run.
    let x: Matrix = try {
        let result = try methodsPipeline(yaml, data.panel())
        return MethodsBench.normalised(result)
    }()
    guard !x.values.contains(where: \.isNaN) else { throw BenchError("\(name): the normalised matrix has missing cells") }
    if let dir = o.workdir { try writeFloat64(x.values, to: dir + "/methods_normalised.f64") }
    Memory.resetPeak()
    var weights: [Double] = []
    let t: Timing
    switch name {
    case "weights_entropy":
        t = Timing.measure(warmup: o.warmup, runs: o.runs) { let r = EntropyWeights.compute(x); weights = r?.weights ?? []; blackHole(r) }
    case "weights_critic":
        t = Timing.measure(warmup: o.warmup, runs: o.runs) { let r = CriticWeights.compute(x); weights = r?.weights ?? []; blackHole(r) }
    default:
        t = Timing.measure(warmup: o.warmup, runs: o.runs) { let r = PrincipalComponents.compute(x); weights = r?.loadings(component: 0) ?? []; blackHole(r) }
    }
    let peak = Memory.peakMiB()
    guard weights.count == x.columns else { throw BenchError("\(name): the kernel returned no weights") }
    var j = methodsLine(name, o, t, peak: peak)
    j.add("weight_min", weights.min())
    j.add("weight_max", weights.max())
    emit(j)
}

// MARK: - Verify

/// Small case → DIR: the raw panel, the normalised matrix, Swift's treated values, dimension scores and index
/// (float64 files) and its weights and outlier outcomes (`swift_methods.json`), for `methods_bench.py --verify`.
func verifyMethods(folder: String, _ o: Options) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let data = MethodsPanel(units: o.units, seed: o.seed)
    let result = try methodsPipeline(MethodsBench.yaml(), data.panel())
    guard let record = result.treatment else { throw BenchError("verify: the pipeline recorded no treatment") }
    let x = MethodsBench.normalised(result)
    guard let entropy = EntropyWeights.compute(x), let critic = CriticWeights.compute(x), let pca = PrincipalComponents.compute(x) else {
        throw BenchError("verify: a weight kernel returned nil")
    }
    let ids = ["d1", "d2", "d3", "d4", "index"]
    try writeFloat64(data.values, to: folder + "/methods_raw.f64")
    try writeFloat64(x.values, to: folder + "/methods_normalised.f64")
    try writeFloat64(record.values.values, to: folder + "/swift_treated.f64")
    try writeFloat64(ids.flatMap { result.scores[$0]! }, to: folder + "/swift_scores.f64")
    let outliers = record.outliers.map { r in
        "{\"indicator\":\"\(r.indicator)\",\"skew\":\(jsonNumber(r.before.skewness)),\"kurtosis\":\(jsonNumber(r.before.kurtosis)),"
            + "\"winsorised\":\(r.winsorised),\"log\":\(r.afterLog != nil),\"undefined\":\(r.undefined)}"
    }
    let json = "{\"units\":\(data.unitCount),\"indicators\":\(BenchFramework.indicatorCount),"
        + "\"imputed_cells\":\(record.cells(.impute).count),"
        + "\"entropy\":\(jsonArray(entropy.weights)),\"critic\":\(jsonArray(critic.weights)),"
        + "\"pca_pc1\":\(jsonArray(pca.loadings(component: 0))),\"pca_eigenvalues\":\(jsonArray(pca.eigenvalues)),"
        + "\"outliers\":[\(outliers.joined(separator: ","))]}\n"
    try json.write(toFile: folder + "/swift_methods.json", atomically: true, encoding: .utf8)
    var j = JSONLine()
    j.add("verify", "swift-methods")
    j.add("folder", folder)
    j.add("units", data.unitCount)
    j.add("missing_cell_share", data.missingShare, digits: 4)
    addTreatmentSummary(&j, result)
    emit(j)
}

// MARK: - Profile

/// Stage times of `pipeline_full` and the weight kernels (best of 3 after a warm-up), via public API only.
func profileMethods(_ o: Options) throws {
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
    let data = MethodsPanel(units: o.units, seed: o.seed)
    let panel = data.panel()
    let yaml = MethodsBench.yaml()
    let full = try MethodsBench.project()
    let imputeOnly = try MethodsBench.project(treatment: "{impute: mean}")
    let outliersOnly = try MethodsBench.project(treatment: "{outliers: coinr, winmax: 5}")
    let none = try MethodsBench.project(treatment: nil)

    try stage("pipeline_full.total (parse + compute)") { blackHole(try methodsPipeline(yaml, panel)) }
    try stage("pipeline_full.ProjectReader.parse") { blackHole(try MethodsBench.project()) }
    try stage("pipeline_full.DataTreatment.apply (impute + outliers + audit)") { blackHole(try DataTreatment(project: full).apply(to: panel)) }
    try stage("pipeline_full.DataTreatment.apply (impute: mean only)") { blackHole(try DataTreatment(project: imputeOnly).apply(to: panel)) }
    let imputed = try DataTreatment(project: imputeOnly).apply(to: panel)
    let imputedPanel = Panel(units: panel.units, indicatorIds: panel.indicatorIds, rows: panel.rows, values: imputed.values)
    try stage("pipeline_full.DataTreatment.apply (outliers: coinr only, on imputed values)") { blackHole(try DataTreatment(project: outliersOnly).apply(to: imputedPanel)) }
    let columns = (0 ..< imputedPanel.values.columns).map { imputedPanel.values.column($0) }
    stage("pipeline_full.OutlierRule.treat kernel, 40 columns") { for c in columns { blackHole(OutlierRule.treat(c)) } }
    stage("pipeline_full.Moments skewness + kurtosis, 40 columns") {
        for c in columns { blackHole((Moments.skewness(c), Moments.excessKurtosis(c))) }
    }
    let treated = try DataTreatment(project: full).apply(to: panel)
    let treatedPanel = Panel(units: panel.units, indicatorIds: panel.indicatorIds, rows: panel.rows, values: treated.values)
    try stage("pipeline_full.IndexPipeline.compute without treatment (normalise + aggregate)") {
        blackHole(try IndexPipeline(project: none).compute(panel: treatedPanel))
    }
    // The same on the treated values with data-driven weights at every node (4 dimensions of 10 + the index):
    // the difference to the stage above is `NodeWeighting.fit` (complete rows, constant check, kernel) + the
    // `NodeAggregator` path.
    for method in ["entropy", "critic", "pca"] {
        let text = MethodsBench.yaml(treatment: nil).replacingOccurrences(of: "  min_coverage: 0.5\n", with: "  min_coverage: 0.5\n  weights: \(method)\n")
        let weighted = try ProjectReader.parse(text: text, file: "/nonexistent/touchstone.yaml")
        try stage("pipeline.IndexPipeline.compute without treatment, weights: \(method) at every node") {
            blackHole(try IndexPipeline(project: weighted).compute(panel: treatedPanel))
        }
    }
    let x = MethodsBench.normalised(try IndexPipeline(project: none).compute(panel: treatedPanel))
    stage("weights.EntropyWeights.compute") { blackHole(EntropyWeights.compute(x)) }
    stage("weights.CriticWeights.compute") { blackHole(CriticWeights.compute(x)) }
    stage("weights.PrincipalComponents.compute") { blackHole(PrincipalComponents.compute(x)) }
    stage("weights.Correlation.pearson (100,000 × 40)") { blackHole(Correlation.pearson(x)) }
    let r = Correlation.pearson(x)
    stage("weights.Eigen.symmetric (40 × 40)") { blackHole(Eigen.symmetric(r)) }
    stage("weights.40 × Descriptive.standardDeviation") { for j in 0 ..< x.columns { blackHole(Descriptive.standardDeviation(x.column(j))) } }
}
