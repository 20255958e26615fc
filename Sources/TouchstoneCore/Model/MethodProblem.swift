/// Problems found in the methods a project asks for (normalisation, weighting, aggregation, treatment,
/// selection rules, flag rules). Words: `TouchstoneOutput/MethodProblem+Words.swift` (weighting:
/// `MethodProblem+Words+Weighting.swift`).
public enum MethodProblem: Hashable, Sendable {
    /// A selection rule's share (`top_share`, `bottom_share`) outside (0, 1].
    case selectionShareOutOfRange(key: String, found: Double)

    // MARK: Weighting (NodeWeighting)

    /// Data-driven weights (`method`) need `minimum` complete unit-years (every child present), in `year` with
    /// `scope: year`; `found` were.
    case weightsNeedCompleteRows(node: String, method: WeightingMethod, minimum: Int, year: Int?, found: Int, perYear: Bool)
    /// Entropy weights over a child scoring below 0.
    case entropyNeedsNonNegative(node: String, child: String, at: UnitYear, value: Double)
    /// Every child constant (in `year`): entropy gives no weights.
    case entropyAllConstant(node: String, year: Int?)
    /// No child varies (in `year`): CRITIC gives no weights.
    case criticNoVariation(node: String, year: Int?)
    /// PCA weights with fewer than two children that vary (in `year`).
    case pcaNeedsVaryingChildren(node: String, year: Int?)
    /// Children loading negatively on the first principal component (their raw loadings), with raw loadings
    /// and negative weights not allowed.
    case pcaNegativeLoadings(node: String, children: [String], loadings: [Double], year: Int?)

    // MARK: Treatment (Screening, DataTreatment)

    /// Screening left no indicator (none reaches `min_indicator_coverage`).
    case screeningDroppedEveryIndicator(minCoverage: Double)
    /// Screening left no unit-year (none reaches `min_unit_coverage`).
    case screeningDroppedEveryUnitYear(minCoverage: Double)
    /// Screening emptied the whole framework.
    case screeningDroppedIndex
    /// A log or Box–Cox transform met a value ≤ 0 (after the earlier treatment steps).
    case transformNeedsPositive(indicator: String, transform: TreatmentTransform, at: UnitYear, value: Double)
}
