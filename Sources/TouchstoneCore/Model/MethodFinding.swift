/// Findings (not errors) of the methods a project asks for, as values: the words are
/// `TouchstoneOutput/Diagnostic+Words+Methods.swift`. A `Diagnostic.Kind.method` case.
public enum MethodFinding: Hashable, Sendable {
    /// A child constant over the `rows` complete unit-years (in `year`) of `node` gets `method` weight 0.
    case constantChildWeightZero(child: String, node: String, rows: Int, year: Int?, method: WeightingMethod)
    /// The share of the variance of `node`'s `children` varying children the first principal component
    /// explains (percent), in `year` with `scope: year`.
    case pcaVarianceShare(node: String, percent: Double, children: Int, year: Int?)
    /// Children entering `node` with a negative PCA weight (`negative: allow`).
    case negativePCAWeights(node: String, children: [String])
    /// Screening dropped indicators below `min_indicator_coverage` (and emptied nodes): `report`.
    case screenedIndicators(minCoverage: Double, report: ScreeningReport)
    /// Screening dropped unit-years below `min_unit_coverage` (coverage of `observed` or imputed data).
    case screenedUnitYears(minCoverage: Double, observed: Bool, report: ScreeningReport)
    /// `cells` missing cells of `indicator` could not be imputed with `method`.
    case notImputed(indicator: String, cells: Int, method: ImputationMethod)
    /// The outlier check of `indicator` (in `year`) was skipped: only `values` values (fewer than 4), or no
    /// spread (`nil`).
    case outlierCheckSkipped(indicator: String, year: Int?, values: Int?)
    /// Ratio to reference without a positive reference: for the reference `unit` in the years `keys`, or for
    /// the units `keys` in the reference `year`; those scores are missing.
    case referenceWithoutPositive(indicator: String, unit: String?, year: Int?, keys: [String])
    /// Ratio to reference, lower is better: `count` values ≤ 0 have no ratio.
    case referenceNonPositive(indicator: String, count: Int)
    /// A frozen (`base` nil) or base-year scaling without values of the indicator.
    case noValuesInFixedScaling(indicator: String, base: ClosedRange<Int>?)
    /// `count` values outside the frozen (`base` nil) or base-year range `low`–`high` (raw units), the first
    /// five `rows` with their `values`; capped, or scored beyond the range.
    /// A scope group (all years, or `year`) of `indicator` where every value is `value`: what `method` gives
    /// (min-max the middle of the range, ranks a tie).
    case constantScaling(indicator: String, method: NormalisationMethod, value: Double, year: Int?)
    /// A scope group without spread under z-scores: every score is `zMean`.
    case noSpread(indicator: String, zMean: Double, year: Int?)
    /// A scope group with a single value under a rank-based method.
    case singleValue(indicator: String, method: NormalisationMethod, year: Int?)
    case outsideFixedScaling(indicator: String, count: Int, base: ClosedRange<Int>?, low: Double, high: Double, rows: [UnitYear], values: [Double],
                             capped: Bool)
}
