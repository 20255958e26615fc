import Foundation
import TouchstoneStats

/// Key-target progress at a period of the year: for each unit and key target, the value to date, the value
/// expected by now, the projected year-end value with a calibrated interval, the probability of reaching
/// the target and a status.
///
/// Projection (split conformal prediction on past years; `EmpiricalPredictive`): for the period's position
/// k in the year (Q3 → 3), every unit-year of earlier complete years with both values gives a score
/// ```
/// s = log(year-end ÷ to-date)     sums and cumulative values (`rollup: sum | last`), all values > 0
/// s = year-end − to-date          otherwise (averages, maxima, minima, or any zero)
/// ```
/// pooled over all units (the peers' pattern: one unit's own three or four past years are too few for a
/// 90 % interval, which needs at least 19 scores). Learning only from units of similar size (kNN
/// conformal) was tried and gave no better calibration in the simulation test, so the pool is kept whole. The year-end outcomes are to-date ⊕ sᵢ; the projection
/// is their median, the interval the conformal one at `level`, the probability of reaching the target the
/// share of outcomes that reach it. Because the score is a ratio (or a difference) to date, a unit ahead of
/// pace is projected ahead, a unit behind is projected behind. Seasonality is in the scores: they compare
/// the same quarter of earlier years.
///
/// Coverage holds when this year's unit-years are exchangeable with the past ones (no shock common to
/// every unit this year); it is tested by simulation and on the bundled panel's held-out past years.
/// A unit with no value to date is `no-data`; a complete year (k = last period) is judged on its value.
public struct ProgressAssessment {
    public let project: Project
    public let periods: PeriodicPanel
    public var settings = ProgressSettings()

    public init(project: Project, periods: PeriodicPanel) {
        self.project = project
        self.periods = periods
    }

    /// Progress on every target of `asOf`'s year, in the targets' order.
    public func assess(_ targets: [KeyTarget], asOf: Period) -> [TargetProgress] {
        let full = periods.yearly()
        let cut = periods.yearly(through: asOf.index)
        let ids = periods.raw.indicatorIds
        let nodes = Dictionary(project.framework.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let completeYears = full.years.filter { $0 < asOf.year && full.yearToDate[$0] == nil }
        var out: [TargetProgress] = []
        for t in targets where t.year == asOf.year {
            guard let u = periods.raw.unitIndex(t.unit), let j = ids.firstIndex(of: t.indicator), let node = nodes[t.indicator]?.indicator else { continue }
            let rollup = periods.rollups[j]
            let toDate = cut.row(unit: u, year: asOf.year).map { cut.values[$0, j] } ?? .nan
            // Past unit-years: (to date, year-end).
            var pairs: [(Double, Double)] = []
            for y in completeYears {
                for v in full.units.indices {
                    guard let rf = full.row(unit: v, year: y), let rc = cut.row(unit: v, year: y) else { continue }
                    let (a, b) = (cut.values[rc, j], full.values[rf, j])
                    if !a.isNaN && !b.isNaN { pairs.append((a, b)) }
                }
            }
            let ratio = (rollup == .sum || rollup == .last) && toDate > 0 && pairs.allSatisfy { $0.0 > 0 && $0.1 > 0 }
            let predictive = EmpiricalPredictive(scores: pairs.map { ratio ? log($0.1 / $0.0) : $0.1 - $0.0 })
            let outcome: (Double) -> Double = { s in ratio ? toDate * exp(s) : toDate + s }
            var p = TargetProgress(target: t, unitIndex: u, direction: node.direction, asOf: asOf, valueToDate: toDate, expected: t.target,
                                   expectedSource: .target, projection: nil, lower: -.infinity, upper: .infinity, probability: nil,
                                   calibrationSize: predictive.count, status: .noData)
            // Expected by now.
            if let m = t.milestones[asOf.index] {
                (p.expected, p.expectedSource) = (m, .milestone)
            } else if rollup == .sum || rollup == .last {
                if ratio && predictive.count > 0 {
                    (p.expected, p.expectedSource) = (t.target * exp(-predictive.median), .profile)
                } else {
                    (p.expected, p.expectedSource) = (t.target * Double(asOf.index) / Double(asOf.kind.perYear), .linear)
                }
            }
            guard !toDate.isNaN else { out.append(p); continue }
            if asOf.closesYear {
                (p.projection, p.lower, p.upper) = (toDate, toDate, toDate)
                p.probability = p.reaches(toDate) ? 1 : 0
                p.status = p.reaches(toDate) ? .onTrack : .offTrack
            } else if predictive.count > 0 {
                let (lo, hi) = predictive.interval(level: settings.level)
                p.projection = outcome(predictive.median)
                (p.lower, p.upper) = (lo.isFinite ? outcome(lo) : (ratio ? 0 : -.infinity), hi.isFinite ? outcome(hi) : .infinity)
                let prob = predictive.share { p.reaches(outcome($0)) }
                p.probability = prob
                p.status = settings.status(probability: prob)
            } else {
                p.status = p.behindPace ? .atRisk : .onTrack
            }
            out.append(p)
        }
        return out
    }
}
