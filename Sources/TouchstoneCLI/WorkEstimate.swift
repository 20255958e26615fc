import Foundation
import TouchstoneCore
import TouchstoneOutput

/// A note on standard error before a long robustness run, so that a user who typed one zero too many
/// learns it at once rather than after an hour: `replications × units × indicators` cell computations
/// (each a normalise-and-aggregate step of one unit's indicator), plus the Sobol design's evaluations.
/// Printed when the product passes `threshold` (≈ a few seconds of work on one core).
///
/// Memory is checked too: the analysis keeps every replication's ranks and scores, measured at about
/// 90–110 bytes per replication and unit (debug build; 4 units × 2 indicators and 34 × 16), so
/// `bytesPerRunAndUnit` = 128. A run whose estimate exceeds `ResourceLimits.memoryBudget` is refused
/// before it starts (10^7 replications of 34 units would need about 40 GB).
enum WorkEstimate {
    static let threshold = 50_000_000.0
    static let bytesPerRunAndUnit = 128.0

    /// Refuses a run whose replications (Monte Carlo plus the Sobol design's evaluations) would not fit in memory.
    static func checkMemory(runs: Int, sobolRuns: Int, result: IndexResult, year: Int) throws {
        let units = max(result.panel.rows.filter { $0.year == year }.count, 1)
        let evaluations = Double(runs) + Double(sobolRuns) * Double(result.panel.indicatorIds.count + 2)
        let need = evaluations * Double(units) * bytesPerRunAndUnit
        let budget = ResourceLimits.memoryBudget
        guard need > Double(budget) else { return }
        throw InputProblem(SourceLocation(file: result.project.file), .project(.robustnessNeedsTooMuchMemory(
            need: Int(min(need, Double(Int.max))), replications: evaluations, units: units, budget: budget, origin: ResourceLimits.budgetOrigin)))
    }

    /// The number of cell computations, for tests and the note.
    static func cells(runs: Int, sobolRuns: Int, units: Int, indicators: Int) -> Double {
        // A Saltelli design evaluates N × (d + 2) points; d (the varying inputs) is at most a few per node,
        // counted generously here as the number of indicators.
        Double(runs) * Double(units) * Double(indicators)
            + Double(sobolRuns) * Double(indicators + 2) * Double(units) * Double(indicators)
    }

    /// `projectRuns`: the runs come from the project file (`flag`), so the note says to lower
    /// `uncertainty.runs` there; else from `--runs`/`--sobol` (`sensitivity`).
    static func announce(runs: Int, sobolRuns: Int, result: IndexResult, year: Int, projectRuns: Bool = false) {
        let units = result.panel.rows.filter { $0.year == year }.count
        let indicators = result.panel.indicatorIds.count
        let work = cells(runs: runs, sobolRuns: sobolRuns, units: max(units, 1), indicators: indicators)
        guard work >= threshold else { return }
        Console.note(Words(ProblemLanguage.current()).longRun(runs: runs, sobolRuns: sobolRuns, units: units, indicators: indicators,
                                                              work: work, projectRuns: projectRuns))
    }
}
