import Testing
@testable import TouchstoneStats

/// The fast paths of the trend kernels give the very bits of the plain computations they replace:
/// the cached t quantile against a fresh solve, Theil–Sen by selection against a full sort, the one-pass
/// `SeriesStatistics` against the four kernels called alone, and the parallel batch against one thread.
@Suite("Trend kernels: cached, selected and parallel paths")
struct TrendKernelSpeedPathTests {
    /// Deterministic test series (SplitMix64): levels with noise, small counts with ties, gaps.
    static func series(_ count: Int, years: Int = 20) -> (times: [Double], values: [[Double]]) {
        var rng = SeededGenerator(seed: 42)
        let times = (0 ..< years).map { Double(2005 + $0) }
        var out: [[Double]] = []
        for s in 0 ..< count {
            var y = (0 ..< years).map { t -> Double in
                s % 5 == 0 ? Double(Int.random(in: 0 ... 4, using: &rng))
                           : (100 + 2 * Double(t) + Double.random(in: -10 ... 10, using: &rng) * 10).rounded() / 10
            }
            for t in 0 ..< years where Double.random(in: 0 ..< 1, using: &rng) < 0.1 { y[t] = .nan }
            if s % 7 == 0 { for t in 0 ..< (years - 3) { y[t] = .nan } }
            out.append(y)
        }
        return (times, out)
    }

    @Test("the cached t quantile is the solved one, for every df and several levels")
    func cachedQuantile() {
        for level in [0.95, 0.9, 0.99, 0.8] {
            for df in [1, 2, 3, 7, 18, 64, 128, 129, 500] {
                let solved = StudentTDistribution(degreesOfFreedom: Double(df)).upperQuantile((1 - level) / 2)
                #expect(StudentTQuantiles.twoSided(degreesOfFreedom: df, level: level).bitPattern == solved.bitPattern)
                #expect(StudentTQuantiles.twoSided(degreesOfFreedom: df, level: level).bitPattern == solved.bitPattern)
            }
        }
    }

    @Test("Theil–Sen by selection gives the sorted array's median and interval order statistics")
    func selectionMatchesSort() {
        let (times, all) = Self.series(400)
        for values in all {
            let points = TrendPoints(times: times, values: values)
            guard points.count >= 2, let fit = TheilSenTrend.fit(times: times, values: values, level: 0.95).value else { continue }
            let sorted = TheilSenTrend.pairwiseSlopes(times: points.times, values: points.values).sorted()
            let count = sorted.count
            let c = NormalDistribution.upperQuantile(0.025) * TheilSenTrend.senVariance(points.values).squareRoot()
            let upper = min(Int(TheilSenTrend.roundHalfEven((Double(count) + c) / 2)), count - 1)
            let lower = max(Int(TheilSenTrend.roundHalfEven((Double(count) - c) / 2)) - 1, 0)
            #expect(fit.slope == trendMedian(sorted))
            #expect(fit.confidenceInterval.lower == sorted[lower])
            #expect(fit.confidenceInterval.upper == sorted[upper])
            #expect(fit.intercept == trendMedian(points.values) - fit.slope * trendMedian(points.times))
        }
    }

    @Test("selection finds every order statistic of arrays with ties")
    func selectEveryRank() {
        var rng = SeededGenerator(seed: 7)
        for (size, spread) in [(1, 9), (2, 9), (5, 9), (17, 9), (40, 9), (190, 9), (190, 1), (190, 0), (171, 1000)] {
            // spread 0: all equal; 1: half ties; 9: many ties; 1000: few.
            let a = (0 ..< size).map { _ in Double(Int.random(in: 0 ... spread, using: &rng)) }
            let sorted = a.sorted()
            for k in 0 ..< size {
                var b = a
                var scratch = [Double](repeating: 0, count: 2 * size)
                b.withUnsafeMutableBufferPointer { buffer in
                    scratch.withUnsafeMutableBufferPointer { OrderStatistics.select(buffer, k, in: 0 ..< size, scratch: $0) }
                }
                #expect(b[k] == sorted[k])
                #expect(b[..<k].allSatisfy { $0 <= b[k] } && b[(k + 1)...].allSatisfy { $0 >= b[k] })
            }
        }
    }

    @Test("SeriesStatistics equals the four kernels called one by one, and the batch is thread-independent")
    func oneBundleManyThreads() {
        let (times, all) = Self.series(3000)
        let mk = MannKendallSettings(minimumPoints: 4, exactMaximumN: 10)
        for values in all.prefix(600) {
            let s = SeriesStatistics(times: times, values: values, minimumPoints: 2, mannKendall: mk)
            #expect(s.change == ChangeSummary.summarize(times: times, values: values).value)
            #expect(s.ols == OLSTrend.fit(times: times, values: values).value)
            #expect(s.theilSen == TheilSenTrend.fit(times: times, values: values).value)
            #expect(s.mannKendall == MannKendallTest.test(times: times, values: values, settings: mk).value)
        }
        let flat = all.flatMap { $0 }
        let one = SeriesStatistics.batch(times: times, values: flat, minimumPoints: 2, mannKendall: mk, threads: 1)
        let many = SeriesStatistics.batch(times: times, values: flat, minimumPoints: 2, mannKendall: mk)
        #expect(one.count == all.count && one == many)
    }

    @Test("ChangeSummary's prc_change uses the OLS line's own fitted first value")
    func prcChangeFromSameLine() {
        let times: [Double] = [2018, 2019, 2020, 2021, 2022]
        let values = [3.79, 3.83, .nan, 3.95, 4.12]
        let ols = OLSTrend.fit(times: times, values: values).value!
        let summary = ChangeSummary.summarize(times: times, values: values).value!
        #expect(summary.olsPercentChange.value == 100 * ols.slope / ols.fitted(at: 2018))
    }
}
