/// Every trend statistic of one yearly series from a single pass over its present points: the change
/// summary, the OLS line with its t interval, the Theil–Sen line with Sen's interval and the Mann–Kendall
/// test. The same numbers as calling `ChangeSummary.summarize`, `OLSTrend.fit`, `TheilSenTrend.fit` and
/// `MannKendallTest.test` one by one (bit for bit), with the missing values dropped once instead of four times.
///
/// ```
/// points  = present (t, y), NaN dropped, real years kept
/// change  = ChangeSummary(points)                     needs n ≥ 2
/// ols, theilSen, mannKendall                         only when n ≥ minimumPoints (else nil)
/// ```
/// `batch` computes many series (series-major values, one row of `times.count` values per series) in parallel
/// chunks with results written by index (`ParallelChunks`): identical whatever the number of threads.
/// References: see each kernel (SciPy `linregress`/`theilslopes`, pymannkendall, COINr `get_trends`).
public struct SeriesStatistics: Sendable, Equatable {
    /// Number of present points.
    public var n: Int
    public var change: ChangeSummary?
    public var ols: OLSTrend?
    public var theilSen: TheilSenTrend?
    public var mannKendall: MannKendallTest?

    /// - Parameters:
    ///   - level: confidence level of the OLS and Theil–Sen slope intervals.
    ///   - minimumPoints: below this many present points only the change summary is computed.
    public init(times: [Double], values: [Double], level: Double = 0.95, minimumPoints: Int = 4,
                change changeSettings: ChangeSummarySettings = ChangeSummarySettings(),
                mannKendall mkSettings: MannKendallSettings = MannKendallSettings()) {
        precondition(level > 0 && level < 1, "The confidence level must lie in (0, 1)")
        let points = TrendPoints(times: times, values: values)
        n = points.count
        change = ChangeSummary.summarize(points, settings: changeSettings).value
        guard n >= minimumPoints else { return }
        ols = OLSTrend.fit(points, level: level).value
        // One sort of the values serves Theil–Sen's median and both kernels' tie term.
        let sorted = points.values.sorted()
        theilSen = TheilSenTrend.fit(points, level: level, sortedValues: sorted).value
        mannKendall = MannKendallTest.test(points, settings: mkSettings, tieTerm: MannKendallTest.tieTerm(sorted: sorted)).value
    }

    /// The statistics of `values.count / times.count` series stored one after the other (series-major),
    /// computed on every core; `threads: 1` runs on the calling thread (same results).
    public static func batch(times: [Double], values: [Double], level: Double = 0.95, minimumPoints: Int = 4,
                             change: ChangeSummarySettings = ChangeSummarySettings(),
                             mannKendall: MannKendallSettings = MannKendallSettings(),
                             threads: Int? = nil) -> [SeriesStatistics] {
        let length = times.count
        precondition(length > 0 && values.count % length == 0, "values must hold whole series of times.count values")
        return ParallelChunks.map(count: values.count / length, threads: threads) { s in
            SeriesStatistics(times: times, values: Array(values[(s * length) ..< ((s + 1) * length)]), level: level,
                             minimumPoints: minimumPoints, change: change, mannKendall: mannKendall)
        }
    }
}
