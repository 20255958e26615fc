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

    // MARK: Aggregation and normalisation (NodeAggregator, IndexPipeline, Normaliser)

    /// A geometric, harmonic or power mean (`power`: its r) over a child scoring where it is undefined (≤ 0,
    /// or < 0 for r > 0).
    case meanUndefined(node: String, method: AggregationMethod, power: Double, child: String, at: UnitYear, value: Double)
    /// The geometric mean of the pipeline's fast path over a child scoring ≤ 0.
    case geometricLogUndefined(node: String, child: String, at: UnitYear, value: Double)
    /// AMPI compares all years but the weights are fitted per year.
    case ampiNeedsPanelWeights(node: String)
    /// The AMPI reference year is not in the data (`years`: those that are).
    case ampiReferenceYearMissing(node: String, year: Int, years: [Int])
    /// A child has no value in the AMPI reference year.
    case ampiChildMissingInReference(node: String, child: String, year: Int)
    /// Benefit-of-the-doubt weights over a child scoring below 0.
    case bodNeedsNonNegative(node: String, child: String, at: UnitYear, value: Double)
    /// The benefit-of-the-doubt linear programme has no solution (`detail`: the solver's finding).
    case bodNoSolution(node: String, detail: String)
    /// `transform: log` over a value ≤ 0.
    case logTransformNeedsPositive(indicator: String, at: UnitYear, value: Double)
    /// A value outside the domain of the normalisation method (`domain`: why, from the method's descriptor).
    case outsideMethodDomain(indicator: String, method: NormalisationMethod, at: UnitYear, value: Double, domain: NormalisationDomain?)
    /// Fewer than two units with an index score in `year` for a command that compares units (`unit`: the one).
    case notEnoughUnitsToCompare(year: Int, count: Int, unit: String?)
    /// Ratio to reference: the reference unit has no row (`suggestion`: the closest unit id).
    case referenceUnitWithoutData(indicator: String, unit: String, suggestion: String?)
    /// Ratio to reference: the reference year is not in the data (`years`: those that are).
    case referenceYearMissing(indicator: String, year: Int, years: [Int])

    // MARK: Normalisation settings (the descriptors' checks)

    /// `method: goalposts` without goalposts.
    case goalpostsMissing(indicator: String)
    /// Distance to target with a target ≤ 0.
    case targetNotPositive(indicator: String, found: Double)
    /// Distance to target without `target`.
    case targetMissing(indicator: String)
    /// `method: bands` without thresholds.
    case bandsMissing(indicator: String)
    /// `band_scores` without one score per band (`thresholds` + 1 bands).
    case bandScoresCount(indicator: String, thresholds: Int, scores: Int)
    /// Ratio to reference without `reference`.
    case referenceMissing(indicator: String)
}

/// Why a value is outside a normalisation method's domain, as its descriptor states it (`domainProblem`).
public enum NormalisationDomain: Hashable, Sendable {
    /// log-min-max: no logarithm of the value plus `shift`.
    case logAfterShift(shift: Double)
}
