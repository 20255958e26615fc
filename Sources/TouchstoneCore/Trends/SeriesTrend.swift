import TouchstoneStats

/// Every trend statistic of one series (one unit, one node), on real years: a missing year is a gap.
///
/// Holds the change summary (first, last, changes, CAGR, year-over-year changes, volatility, reversals),
/// the OLS slope with its t interval, the Theil–Sen slope with Sen's interval and the Mann–Kendall test
/// (exact p for n ≤ 10 without ties, else normal with tie correction; Hamed–Rao optional). Below
/// `minimumPoints` present years only the change summary is filled (it needs 2) and every test is `nil`:
/// the series is "insufficient data".
public struct SeriesTrend: Sendable {
    public var years: [Int]
    public var values: [Double]
    public var n: Int
    public var change: ChangeSummary?
    public var ols: OLSTrend?
    public var theilSen: TheilSenTrend?
    public var mannKendall: MannKendallTest?

    public var isSufficient: Bool { mannKendall != nil }

    public init(years: [Int], values: [Double], settings: TrendSettings) {
        self.years = years
        self.values = values
        // One pass over the present points for all four kernels (the same numbers as calling each alone).
        let mk = MannKendallSettings(minimumPoints: settings.minimumPoints, exactMaximumN: settings.exactMaximumN,
                                     hamedRao: settings.hamedRao, hamedRaoAlpha: 0.05)
        let all = SeriesStatistics(
            times: years.map(Double.init), values: values, level: settings.confidence,
            minimumPoints: settings.minimumPoints, change: ChangeSummarySettings(tolerance: settings.tolerance),
            mannKendall: mk)
        n = all.n
        change = all.change
        ols = all.ols
        theilSen = all.theilSen
        mannKendall = all.mannKendall
    }

    /// The p-value used for classification: Hamed–Rao's when enabled and available, else the test's own.
    public func pValue(settings: TrendSettings) -> Double? {
        guard let mk = mannKendall else { return nil }
        if settings.hamedRao, let p = mk.hamedRao?.pValue { return p }
        return mk.pValue
    }

    /// Mean absolute change per year between consecutive present years (`nil` below 2 points).
    public var meanAbsoluteChange: Double? {
        guard let yoy = change?.yearOverYear, !yoy.isEmpty else { return nil }
        return yoy.reduce(0) { $0 + abs($1.perYear) } / Double(yoy.count)
    }
}
