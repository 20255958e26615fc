import Foundation
import TouchstoneCore
import TouchstoneStats

// The `flags` case: `touchstone flag`'s engine on a generated project folder (FlagPanel). Untimed: writing
// the folder. Timed separately: `ProjectReader.read` + `IndexPipeline(project:).run()` (case
// `flags_pipeline`), then `FlagEngine(result:year:)` + `assess()` for the last year (case `flags`), and the
// same with `partners: 0` (case `flags_no_partners`; set on the loaded project, as `flags: {partners: 0}` in
// the file would). Improvement-path verification by recomputation stays at its default, which is off above
// 50,000 unit-years (600,000 here). A few stages are also timed alone through the public API
// (`"profile"` lines).

func withFlagFolder<T>(_ o: Options, _ body: (String) throws -> T) throws -> T {
    let folder = (o.workdir ?? (NSTemporaryDirectory() + "touchstone-bench-flags-\(ProcessInfo.processInfo.processIdentifier)")) + "/flags"
    let marker = folder + "/.generated-\(o.flagUnits)x\(o.flagGroups)-seed\(o.seed)"
    if !FileManager.default.fileExists(atPath: marker) {
        try FlagPanel(units: o.flagUnits, groups: o.flagGroups, seed: o.seed).write(to: folder)
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
    }
    defer { if o.workdir == nil { try? FileManager.default.removeItem(atPath: folder) } }
    return try body(folder)
}

func flagCaseLine(_ name: String, _ o: Options, _ t: Timing, peak: Double?) -> JSONLine {
    var j = JSONLine()
    j.add("case", name)
    j.add("impl", "swift")
    j.add("units", o.flagUnits)
    j.add("groups", o.flagGroups)
    j.add("indicators", FlagPanel.indicators.count)
    j.add("years", FlagPanel.years.count)
    j.add("runs", t.seconds.count)
    j.add("median_s", t.median)
    j.add("min_s", t.min)
    j.add("peak_rss_mb", peak, digits: 5)
    j.add("times_s", t.seconds, digits: 4)
    j.add("cpu_median_s", t.cpuMedian)
    j.add("load_avg_1min", loadAverage())
    return j
}

/// Times engine construction and `assess()` separately; returns the last assessments.
func timeEngine(_ result: IndexResult, year: Int, warmup: Int, runs: Int) -> (total: Timing, initialise: Timing, assess: Timing, out: [UnitAssessment], engine: FlagEngine) {
    let clock = ContinuousClock()
    var total: [Double] = [], initialise: [Double] = [], assess: [Double] = [], cpu: [Double] = []
    var out: [UnitAssessment] = []
    var engine: FlagEngine?
    for run in 0 ..< (warmup + runs) {
        var e: FlagEngine?
        let cpu0 = Timing.processCPU()
        let ti = clock.measure { e = FlagEngine(result: result, year: year) }
        let ta = clock.measure { out = e!.assess() }
        engine = e
        let cpuRun = Timing.processCPU() - cpu0
        if run >= warmup {
            cpu.append(cpuRun)
            initialise.append(ti.seconds)
            assess.append(ta.seconds)
            total.append(ti.seconds + ta.seconds)
        }
    }
    return (Timing(seconds: total, cpuSeconds: cpu), Timing(seconds: initialise), Timing(seconds: assess), out, engine!)
}

func benchFlags(_ o: Options) throws {
    try withFlagFolder(o) { folder in
        // Stories from truth.csv, to count how many planted units of each kind were flagged.
        let truth = try String(contentsOfFile: folder + "/truth.csv", encoding: .utf8)
        var storyOf: [String: String] = [:]
        for line in truth.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            if parts.count == 2 { storyOf[String(parts[0])] = String(parts[1]) }
        }

        Memory.resetPeak()
        var loaded: IndexResult?
        let tp = try Timing.measure(warmup: o.warmup, runs: o.runs) {
            loaded = nil
            loaded = try IndexPipeline(project: ProjectReader.read(path: folder)).run()
        }
        emit(flagCaseLine("flags_pipeline", o, tp, peak: Memory.peakMiB()))
        let result = loaded!
        let year = result.panel.years.last!

        Memory.resetPeak()
        let rssBefore = Memory.currentMiB()
        let (t, ti, ta, out, engine) = timeEngine(result, year: year, warmup: o.warmup, runs: o.runs)
        var line = flagCaseLine("flags", o, t, peak: Memory.peakMiB())
        line.add("rss_before_engine_mb", rssBefore, digits: 5)
        line.add("init_median_s", ti.median)
        line.add("assess_median_s", ta.median)
        line.add("year", year)
        line.add("unit_years", result.panel.rows.count)
        line.add("verify_paths", engine.settings.verifyPaths.map { $0 ? "on" : "off" } ?? "default (off above 50,000 unit-years)")
        let flagged = out.filter { $0.status == .flagged }
        line.add("assessed", out.count)
        line.add("flagged", flagged.count)
        line.add("exemplars", out.filter { $0.status == .exemplar }.count)
        line.add("insufficient_data", out.filter { $0.status == .insufficientData }.count)
        for rule in UnitFlag.Rule.allCases {
            line.add("flag_" + rule.rawValue, flagged.filter { $0.flags.contains { $0.rule == rule } }.count)
        }
        for severity in UnitFlag.Severity.allCases {
            line.add("severity_" + severity.name, flagged.filter { $0.severity == severity }.count)
        }
        line.add("paths", flagged.reduce(0) { $0 + $1.paths.count })
        line.add("paths_reaching_target", flagged.reduce(0) { $0 + $1.paths.filter(\.reachesTarget).count })
        line.add("path_steps", flagged.reduce(0) { $0 + $1.paths.reduce(0) { $0 + $1.steps.count } })
        line.add("partners", flagged.reduce(0) { $0 + $1.partners.count })
        line.add("decompositions", flagged.filter { $0.decomposition != nil }.count)
        let maxResidual = flagged.compactMap { a -> Double? in
            guard let d = a.decomposition else { return nil }
            let dims = result.root.children.compactMap { d.contributions[$0.id] }.reduce(0, +)
            return abs(dims - d.gap)
        }.max() ?? 0
        line.add("max_decomposition_residual", maxResidual, digits: 3)
        // Planted stories: how many of each were flagged (exemplars: how many were marked exemplar / flagged).
        for story in FlagPanel.Story.allCases {
            let ids = out.filter { storyOf[result.panel.units[$0.unit].id] == story.rawValue }
            line.add("planted_\(story.rawValue)", ids.count)
            line.add("planted_\(story.rawValue)_flagged", ids.filter { $0.status == .flagged }.count)
            if story == .exemplar { line.add("planted_exemplar_marked_exemplar", ids.filter { $0.status == .exemplar }.count) }
        }
        emit(line)

        var noPartners = result
        noPartners.project.flags.partners = 0
        Memory.resetPeak()
        let (t0, ti0, ta0, out0, _) = timeEngine(noPartners, year: year, warmup: o.warmup, runs: o.runs)
        var line0 = flagCaseLine("flags_no_partners", o, t0, peak: Memory.peakMiB())
        line0.add("init_median_s", ti0.median)
        line0.add("assess_median_s", ta0.median)
        line0.add("flagged", out0.filter { $0.status == .flagged }.count)
        emit(line0)

        try profileFlagStages(result, year: year, flagged: flagged.compactMap(\.row))
    }
}

/// Stages of the engine that the public API exposes, each timed once after one warm-up.
func profileFlagStages(_ result: IndexResult, year: Int, flagged: [Int]) throws {
    let clock = ContinuousClock()
    func stage(_ name: String, _ body: () throws -> Void) rethrows {
        try body()
        let d = try clock.measure { try body() }
        var j = JSONLine()
        j.add("profile", "flags." + name)
        j.add("min_s", d.seconds)
        emit(j)
    }
    let root = result.root.id
    stage("TrendAnalysis (index, all units, span to year)") {
        blackHole(TrendAnalysis(result: result, nodes: [root], span: Int.min ... year))
    }
    let peers = PeerAnalysis(result: result, groupColumn: result.project.units.groupColumns.first)
    stage("PeerAnalysis.init") { blackHole(PeerAnalysis(result: result, groupColumn: result.project.units.groupColumns.first)) }
    stage("PeerAnalysis.positions (index, year)") { blackHole(peers.positions(nodeId: root, year: year)) }
    stage("FunnelAnalysis (violations, year)") {
        blackHole(result.root.indicators.compactMap { FunnelAnalysis(result: result, indicatorId: $0.id, year: year) })
    }
    stage("groupRanks of 4 dimensions") {
        blackHole(result.root.children.map { result.groupRanks(of: $0.id, groupColumn: result.project.units.groupColumns.first!) })
    }
    stage("GapDecomposition of \(flagged.count) flagged rows (median profile of their group)") {
        for row in flagged {
            blackHole(GapDecomposition(result: result, row: row, reference: GapDecomposition.medianProfile(result: result, rows: peers.peerRows(of: row))))
        }
    }
    let funnels = result.root.indicators.compactMap { FunnelAnalysis(result: result, indicatorId: $0.id, year: year) }
    let rows = result.panel.rows(inYear: year)
    if let first = flagged.first {
        let unit = result.panel.rows[first].unit
        try stage("one improvement-path check as verify_paths does it (IndexPipeline.compute + FlagEngine for one unit)") {
            let recomputed = try IndexPipeline(project: result.project).compute(panel: result.panel)
            blackHole(FlagEngine(result: recomputed, year: year, units: [unit]))
        }
    }
    var hits = 0
    stage("funnel point lookup per unit as FlagEngine.flags does it (linear search, \(funnels.map(\.points.count)) points)") {
        hits = 0
        for row in rows {
            for f in funnels {
                if let p = f.points.first(where: { $0.row == row }), p.beyond95 { hits += 1 }
            }
        }
    }
    blackHole(hits)
}
