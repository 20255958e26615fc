import Dispatch
import Foundation
import TouchstoneStats

// The `trend_stats` case: every trend statistic of many short yearly series, with the TouchstoneStats kernels
// (`ChangeSummary.summarize`, `OLSTrend.fit`, `TheilSenTrend.fit`, `MannKendallTest.test`, all four through
// `SeriesStatistics`, which drops the missing points once), spread over the
// cores with `DispatchQueue.concurrentPerform` over fixed chunks of series. Each series is computed alone and
// written to its own slots, so the results are bit-identical whatever the number of threads (`--verify`
// checks this). numpy/trend_bench.py does the same work vectorised.

/// Generated yearly series: `count × years` values (series-major), NaN = missing.
///
/// Model (SplitMix64, seeded): 90% "levels" y = L·(1 + g·t) + L·s·ε with L = 100·exp(0.5 z) (log-normal),
/// g ~ N(0, 0.02²) a relative yearly growth, s = 0.02 + 0.04·u, rounded to 1 decimal; 6% small counts
/// (integers around 2–8: many ties and a few zeros, so the tie corrections and undefined CAGR/percent
/// changes are exercised); 4% around zero (values of both signs: CAGR undefined). Each point is missing with
/// probability 2%, and 0.1% of series lose 11 of their points (n ≤ 9, where Mann–Kendall uses its exact
/// distribution when there are no ties).
struct TrendSeries {
    static let firstYear = 2005
    let count: Int
    let years: Int
    var values: [Double]

    var times: [Double] { (0 ..< years).map { Double(Self.firstYear + $0) } }

    init(count: Int, years: Int, seed: UInt64) {
        self.count = count
        self.years = years
        var rng = SplitMix64(seed: seed ^ 0x7472_656E_6473)  // "trends"
        var values = [Double](repeating: .nan, count: count * years)
        for s in 0 ..< count {
            let kind = rng.uniform()
            let base = s * years
            if kind < 0.90 {
                let level = 100 * exp(0.5 * rng.normal())
                let growth = 0.02 * rng.normal()
                let noise = 0.02 + 0.04 * rng.uniform()
                for t in 0 ..< years {
                    let y = level * (1 + growth * Double(t)) + level * noise * rng.normal()
                    values[base + t] = (y * 10).rounded() / 10
                }
            } else if kind < 0.96 {
                let level = 2 + 6 * rng.uniform()
                let growth = 0.1 * rng.normal()
                for t in 0 ..< years {
                    let y = level + growth * Double(t) + 1.5 * rng.normal()
                    values[base + t] = max(0, y.rounded())
                }
            } else {
                let slope = 0.3 * rng.normal()
                for t in 0 ..< years {
                    let y = slope * Double(t - years / 2) + 3 * rng.normal()
                    values[base + t] = (y * 10).rounded() / 10
                }
            }
            for t in 0 ..< years where rng.uniform() < 0.02 { values[base + t] = .nan }
            if rng.uniform() < 0.001 {
                // Drop 11 distinct points (a partial Fisher–Yates shuffle of the positions).
                var positions = Array(0 ..< years)
                for k in 0 ..< min(11, years - 1) {
                    let j = k + Int(rng.next() % UInt64(years - k))
                    positions.swapAt(k, j)
                    values[base + positions[k]] = .nan
                }
            }
        }
        self.values = values
    }

    var missingShare: Double { Double(values.lazy.filter(\.isNaN).count) / Double(values.count) }
}

/// The statistics computed per series, in the column order of `swift_trend.csv` (NaN = undefined).
enum TrendColumn: Int, CaseIterable {
    case n, first, last, change, percentChange, cagr, olsPercentChange, volatility, reversals
    case olsSlope, olsIntercept, olsSE, olsLower, olsUpper
    case senSlope, senIntercept, senLower, senUpper
    case mkS, mkTau, mkVarS, mkZ, mkP

    var name: String {
        ["n", "first", "last", "change", "pct_change", "cagr", "prc_change", "volatility", "reversals",
         "ols_slope", "ols_intercept", "ols_se", "ols_lo", "ols_hi",
         "sen_slope", "sen_intercept", "sen_lo", "sen_hi",
         "mk_s", "mk_tau", "mk_var_s", "mk_z", "mk_p"][rawValue]
    }
}

/// Column-major results: `TrendColumn.allCases.count` columns of `count` values.
struct TrendResults {
    let count: Int
    var storage: [Double]

    init(count: Int) {
        self.count = count
        storage = [Double](repeating: .nan, count: count * TrendColumn.allCases.count)
    }

    subscript(column: TrendColumn, series: Int) -> Double { storage[column.rawValue * count + series] }
}

/// A raw output pointer that may cross into `concurrentPerform`'s closure: every chunk writes only its own
/// series' slots (see TOOLCHAIN.md on Swift 6 and C pointers).
struct SharedOutput: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    let count: Int

    @inline(__always)
    func set(_ column: TrendColumn, _ series: Int, _ value: Double) { base[column.rawValue * count + series] = value }
}

enum TrendKernels {
    static let chunkSize = 2048
    static let mkSettings = MannKendallSettings(minimumPoints: 4, exactMaximumN: 10)

    /// All statistics of every series; `threads == 1` runs the chunks in order on this thread, otherwise they
    /// are spread with `concurrentPerform` (which uses every core).
    static func compute(_ data: TrendSeries, threads: Int) -> TrendResults {
        var results = TrendResults(count: data.count)
        let chunks = (data.count + chunkSize - 1) / chunkSize
        let times = data.times
        let values = data.values
        let years = data.years
        let count = data.count
        results.storage.withUnsafeMutableBufferPointer { buffer in
            let out = SharedOutput(base: buffer.baseAddress!, count: count)
            let work: @Sendable (Int) -> Void = { chunk in
                var y = [Double](repeating: .nan, count: years)
                for s in (chunk * chunkSize) ..< min(count, (chunk + 1) * chunkSize) {
                    for t in 0 ..< years { y[t] = values[s * years + t] }
                    series(s, times: times, values: y, out: out)
                }
            }
            if threads == 1 {
                for chunk in 0 ..< chunks { work(chunk) }
            } else {
                DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
            }
        }
        return results
    }

    @inline(__always)
    static func series(_ s: Int, times: [Double], values: [Double], out: SharedOutput) {
        // All four kernels from one pass over the present points (`SeriesStatistics`: the same numbers as
        // calling ChangeSummary, OLSTrend, TheilSenTrend and MannKendallTest one by one). minimumPoints 2:
        // OLS and Theil–Sen from 2 points, Mann–Kendall from its own minimum (4).
        let all = SeriesStatistics(times: times, values: values, minimumPoints: 2, mannKendall: mkSettings)
        if let c = all.change {
            out.set(.n, s, Double(c.n))
            out.set(.first, s, c.first.value)
            out.set(.last, s, c.last.value)
            out.set(.change, s, c.absoluteChange)
            out.set(.percentChange, s, c.percentChange.value ?? .nan)
            out.set(.cagr, s, c.cagr.value ?? .nan)
            out.set(.olsPercentChange, s, c.olsPercentChange.value ?? .nan)
            out.set(.volatility, s, c.volatility.value ?? .nan)
            out.set(.reversals, s, Double(c.reversals))
        }
        if let o = all.ols {
            out.set(.olsSlope, s, o.slope)
            out.set(.olsIntercept, s, o.intercept)
            if let i = o.inference {
                out.set(.olsSE, s, i.standardError)
                out.set(.olsLower, s, i.confidenceInterval.lower)
                out.set(.olsUpper, s, i.confidenceInterval.upper)
            }
        }
        if let ts = all.theilSen {
            out.set(.senSlope, s, ts.slope)
            out.set(.senIntercept, s, ts.intercept)
            out.set(.senLower, s, ts.confidenceInterval.lower)
            out.set(.senUpper, s, ts.confidenceInterval.upper)
        }
        if let mk = all.mannKendall {
            out.set(.mkS, s, Double(mk.s))
            out.set(.mkTau, s, mk.tau)
            out.set(.mkVarS, s, mk.varianceS)
            out.set(.mkZ, s, mk.z)
            out.set(.mkP, s, mk.pValue)
        }
    }
}

// MARK: - Case, verify, profile

func trendCaseLine(_ name: String, _ o: Options, _ t: Timing, threads: Int, peak: Double?) -> JSONLine {
    var j = JSONLine()
    j.add("case", name)
    j.add("impl", "swift")
    j.add("series", o.series)
    j.add("years", o.trendYears)
    j.add("threads", threads)
    j.add("runs", t.seconds.count)
    j.add("median_s", t.median)
    j.add("min_s", t.min)
    j.add("peak_rss_mb", peak, digits: 5)
    j.add("times_s", t.seconds, digits: 4)
    j.add("cpu_median_s", t.cpuMedian)
    j.add("load_avg_1min", loadAverage())
    return j
}

/// The 1-minute load average (/proc/loadavg): other processes on this shared machine distort timings.
func loadAverage() -> Double? {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)).flatMap { Double($0.split(separator: " ").first ?? "") }
}

/// `trend_stats`: all statistics of `--series` series of `--trend-years` years. With `--workdir`, the series
/// are also written there as raw little-endian float64 (`trend_series.f64`, untimed) for the numpy script.
func benchTrends(_ o: Options, threads: Int, name: String) throws {
    let data = TrendSeries(count: o.series, years: o.trendYears, seed: o.seed)
    if let dir = o.workdir {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/trend_series.f64"
        if !FileManager.default.fileExists(atPath: path) {
            let bytes = data.values.withUnsafeBytes { Data($0) }
            try bytes.write(to: URL(fileURLWithPath: path))
        }
    }
    Memory.resetPeak()
    var last: TrendResults?
    let t = Timing.measure(warmup: o.warmup, runs: o.runs) { last = TrendKernels.compute(data, threads: threads) }
    var line = trendCaseLine(name, o, t, threads: threads == 1 ? 1 : ProcessInfo.processInfo.activeProcessorCount, peak: Memory.peakMiB())
    if let r = last {
        line.add("missing_share", data.missingShare, digits: 4)
        line.add("mk_p_below_0.05", (0 ..< r.count).filter { r[.mkP, $0] < 0.05 }.count)
    }
    emit(line)
}

/// Writes `trend_series.csv` (the series) and `swift_trend.csv` (every statistic) for numpy's `--verify`,
/// after checking that one thread and all threads give bit-identical results.
func verifyTrends(folder: String, _ o: Options) throws {
    let data = TrendSeries(count: o.series, years: o.trendYears, seed: o.seed)
    let one = TrendKernels.compute(data, threads: 1)
    let all = TrendKernels.compute(data, threads: 0)
    guard one.storage.count == all.storage.count,
          zip(one.storage, all.storage).allSatisfy({ $0.bitPattern == $1.bitPattern }) else {
        throw BenchError("verify: trend statistics differ between 1 thread and concurrentPerform")
    }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let times = data.times
    var series = "series," + times.map { "y\(Int($0))" }.joined(separator: ",") + "\n"
    for s in 0 ..< data.count {
        series += "\(s)," + (0 ..< data.years).map { text(data.values[s * data.years + $0]) }.joined(separator: ",") + "\n"
    }
    try series.write(toFile: folder + "/trend_series.csv", atomically: true, encoding: .utf8)
    var out = "series," + TrendColumn.allCases.map(\.name).joined(separator: ",") + "\n"
    for s in 0 ..< data.count {
        out += "\(s)," + TrendColumn.allCases.map { text(one[$0, s]) }.joined(separator: ",") + "\n"
    }
    try out.write(toFile: folder + "/swift_trend.csv", atomically: true, encoding: .utf8)
    var j = JSONLine()
    j.add("verify", "swift")
    j.add("case", "trend_stats")
    j.add("folder", folder)
    j.add("series", data.count)
    j.add("missing_share", data.missingShare, digits: 4)
    j.add("exact_mk_p", (0 ..< data.count).filter { one[.n, $0] <= 10 }.count)
    j.add("threads_identical", "yes")
    emit(j)
}

/// Times each kernel alone over all series on one thread (best of 3), to see where the time goes.
func profileTrends(_ o: Options) {
    let data = TrendSeries(count: o.series, years: o.trendYears, seed: o.seed)
    let times = data.times
    let clock = ContinuousClock()
    func stage(_ name: String, _ body: ([Double]) -> Double) {
        var best = Double.infinity
        var sink = 0.0
        for _ in 0 ..< 3 {
            let d = clock.measure {
                var y = [Double](repeating: .nan, count: data.years)
                for s in 0 ..< data.count {
                    for t in 0 ..< data.years { y[t] = data.values[s * data.years + t] }
                    sink += body(y)
                }
            }
            best = Swift.min(best, d.seconds)
        }
        blackHole(sink)
        var j = JSONLine()
        j.add("profile", "trend." + name)
        j.add("series", data.count)
        j.add("min_s", best)
        emit(j)
    }
    stage("copy only") { $0[0] }
    stage("ChangeSummary.summarize") { ChangeSummary.summarize(times: times, values: $0).value?.absoluteChange ?? 0 }
    stage("OLSTrend.fit") { OLSTrend.fit(times: times, values: $0).value?.slope ?? 0 }
    stage("TheilSenTrend.fit") { TheilSenTrend.fit(times: times, values: $0).value?.slope ?? 0 }
    stage("MannKendallTest.test") { Double(MannKendallTest.test(times: times, values: $0, settings: TrendKernels.mkSettings).value?.s ?? 0) }
    let t18 = StudentTDistribution(degreesOfFreedom: 18)
    stage("StudentTDistribution.upperQuantile(0.025) alone") { _ in t18.upperQuantile(0.025) }
    stage("NormalDistribution.upperQuantile(0.025) alone") { _ in NormalDistribution.upperQuantile(0.025) }
}
