import Foundation
import TouchstoneStats

/// Sobol indices of COINr's sensitivity target over `DiscreteInput`s: the mean absolute rank shift of the
/// year's units from their nominal ranks (COINr `get_sensitivity(SA_type = "SA")`: `y_AvDiffs`), from the
/// Saltelli design of `DiscreteUncertainty.saltelliDesign` (N·(k + 2) runs). Estimators: `SobolIndices`
/// (Jansen's first-order and total effects, row bootstrap). COINr's STi is the same Jansen estimator (its
/// variance has the sample denominator 2N − 1 instead of 2N); its first order Si is Saltelli's 2010 estimator
/// and its bootstrap resamples each input's differences with the variance held fixed, so intervals differ a
/// little. Design rows with a failed run are left out (`droppedRows`).
public struct DiscreteSensitivity: Sendable {
    public let inputs: [String]
    public let indices: SobolIndices?
    public let runs: Int
    public let droppedRows: Int
    /// Per unit: rank statistics over the A and B runs (COINr keeps the first 2N runs for `RankStats`);
    /// per run (all N·(k + 2)): the mean absolute rank shift.
    public let rankStatistics: DiscreteUncertainty.RankStatistics

    public init(_ analysis: DiscreteUncertainty, n: Int, seed: UInt64 = 1, bootstrap: Int = 100, progress: ((Int, Int) -> Void)? = nil) {
        precondition(n >= 2, "N must be at least 2")
        let k = analysis.inputs.count
        inputs = analysis.inputs.map(\.name)
        let design = analysis.saltelliDesign(n: n, seed: seed)
        runs = design.count
        let stats = analysis.rankStatistics(design, unitsOver: 0 ..< 2 * n, progress: progress)
        let y = stats.meanAbsoluteShift
        let valid = (0 ..< n).filter { r in y[r] != nil && y[n + r] != nil && (0 ..< k).allSatisfy { y[(2 + $0) * n + r] != nil } }
        droppedRows = n - valid.count
        indices = valid.count > 1
            ? SobolIndices(fA: valid.map { y[$0]! }, fB: valid.map { y[n + $0]! },
                           fAB: (0 ..< k).map { i in valid.map { y[(2 + i) * n + $0]! } }, bootstrap: bootstrap, seed: seed)
            : nil
        rankStatistics = stats
    }
}
