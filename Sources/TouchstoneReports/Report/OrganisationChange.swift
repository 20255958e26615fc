import TouchstoneCore

/// What moved the organisation between two years, by dimension and indicator: each unit's year-over-year
/// change of the index is split into the contributions of its dimensions and indicators
/// (`ChangeDecomposition`, as in `touchstone trend --unit`), and the contributions are averaged over the
/// units with an index score in both years:
///
/// ```
/// Δ̄ = (1/n) Σᵢ (xᵢ,to − xᵢ,from) = Σ_d c̄_d + ē      c̄_d = (1/n) Σᵢ cᵢ,d     ē = (1/n) Σᵢ eᵢ
/// ```
///
/// where `cᵢ,d` is dimension d's contribution to unit i's change and `eᵢ` the part that comes from indicators
/// reported in one year only (the coverage effect). The identity is exact, so the dimensions' contributions
/// and the coverage effect add up to the change of the mean. The median has no such split; the report gives
/// it beside the mean. Units without an index score in either year are left out (`units` counts the rest);
/// with none, there is nothing to say (nil).
///
/// Example: two units whose changes are −6 (political −4, service −2) and +2 (political +1, service +1):
/// Δ̄ = −2 = political −1.5 + service −0.5.
struct OrganisationChange {
    var from: Int
    var to: Int
    var units: Int
    var meanChange: Double
    /// Mean contribution of each dimension (the root's children), in framework order.
    var dimensions: [(id: String, contribution: Double)]
    /// Mean contribution of each indicator, in framework order.
    var indicators: [(id: String, contribution: Double)]
    var coverageEffect: Double

    init?(result: IndexResult, from: Int, to: Int) {
        var n = 0, change = 0.0, coverage = 0.0
        let dimensionIds = result.root.children.map(\.id), indicatorIds = result.root.indicators.map(\.id)
        var byDimension = [Double](repeating: 0, count: dimensionIds.count), byIndicator = [Double](repeating: 0, count: indicatorIds.count)
        for u in result.panel.units.indices {
            guard let d = ChangeDecomposition.yearOverYear(result: result, unit: u, years: [from, to]).first, d.fromYear == from, d.toYear == to else { continue }
            n += 1
            change += d.change
            coverage += d.coverageEffect
            for (k, id) in dimensionIds.enumerated() { byDimension[k] += d.contributions[id] ?? 0 }
            for (k, id) in indicatorIds.enumerated() { byIndicator[k] += d.contributions[id] ?? 0 }
        }
        guard n > 0 else { return nil }
        let m = Double(n)
        self.from = from
        self.to = to
        units = n
        meanChange = change / m
        coverageEffect = coverage / m
        dimensions = zip(dimensionIds, byDimension).map { ($0, $1 / m) }
        indicators = zip(indicatorIds, byIndicator).map { ($0, $1 / m) }
    }

    /// Indicators by the size of their contribution, largest first (ties in framework order).
    var indicatorsBySize: [(id: String, contribution: Double)] {
        indicators.enumerated().sorted { (abs($0.element.contribution), -$0.offset) > (abs($1.element.contribution), -$1.offset) }.map(\.element)
    }
}
