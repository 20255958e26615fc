import TouchstoneStats

/// A node of the indicator framework: the index, a dimension or sub-dimension (aggregate nodes), or an
/// indicator (leaf). The tree may have any depth.
public struct FrameworkNode: Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// Weight relative to the siblings; renormalised over the siblings present for each unit-year.
    public var weight: Double = 1
    /// The weight per range of years when it changes (`weight: {until 2022: 0.3, from 2023: 0.4}`), in year
    /// order; empty for a fixed weight. `weight` is then the newest value.
    public var weightVersions: [YearRangeValue] = []
    public var children: [FrameworkNode] = []
    /// Where the node was declared, for messages.
    public var location: SourceLocation?

    // Aggregate settings (ignored on indicators).
    public var aggregation: AggregationMethod?
    /// Minimum share of children (by count) that must be present; below it the node is missing.
    public var minCoverage: Double?
    /// Shift for the geometric mean (see `AggregationMethod.geometric`).
    public var geometricShift: Double?
    /// What a geometric mean does with a child score `<= 0`: stop with an error (default), or leave the
    /// node missing for that unit-year with the reason kept (UNDP leaves such HDI values unpublished).
    public var nonPositive: NonPositivePolicy?
    /// Parameters of the aggregation method (`aggregation: {method: power, r: 0.5}`); `nil` = defaults.
    public var aggregationOptions: AggregationOptions?
    /// How the children's weights are set (`weights:`); `nil` = the project default (explicit weights).
    public var weighting: WeightingSpec?
    /// Whether a higher score of this aggregate is better (`higher`, the default) or worse (`lower`: "higher is
    /// worse", as the State Fragility Index). Ranks read it: rank 1 is then the lowest score.
    public var direction: Direction = .higher

    // Indicator settings (ignored on aggregates).
    public var indicator: IndicatorSpec?

    public init(id: String, label: LocalizedText = LocalizedText(), weight: Double = 1) {
        self.id = id
        self.label = label
        self.weight = weight
    }

    public var isIndicator: Bool { indicator != nil }

    /// All nodes in depth-first pre-order (parents before children, children in declaration order).
    public func preorder() -> [FrameworkNode] {
        [self] + children.flatMap { $0.preorder() }
    }

    /// All indicator leaves in declaration order.
    public var indicators: [FrameworkNode] { preorder().filter(\.isIndicator) }

    /// Depth of the deepest leaf below (0 for an indicator).
    public var height: Int { children.map { $0.height + 1 }.max() ?? 0 }
}

/// What an indicator is and how its raw values become scores.
public struct IndicatorSpec: Sendable {
    /// The data column (wide), indicator name (long) or column prefix (year-in-column); defaults to the id.
    public var column: String
    /// The data column per range of years when it was renamed (`column: {until 2021: a, from 2022: b}`), in
    /// year order; empty for one column. `column` is then the newest. The values form one series.
    public var columnVersions: [YearRanged<String>] = []
    /// The years the indicator is part of the framework (`years: from 2023`); `nil` = every year.
    public var years: ClosedRange<Int>?
    public var direction: Direction = .higher
    /// Set only by `Project.reversedForJudging()`: `direction` is then the judged direction (turned over) and
    /// the score is the mirror image `c − s` of the score `s` under the declared direction
    /// (`declaredDirection`; see `Normaliser`). `false` for every indicator read from a project file.
    public var mirrored = false
    public var unit: LocalizedText = LocalizedText()
    public var type: IndicatorType = .numeric
    /// Rating label → score, for ordinal indicators.
    public var scale: [String: Double] = [:]
    /// Levels, summary and voter threshold, for vote-distribution indicators (`type: votes`).
    public var votes: VoteSpec?
    /// How several raters' scores of a unit-year are combined (`raters: mean | trimmed | median`), for long
    /// data with a `rater_column`; `nil` = one value per unit-year.
    public var raters: RaterScores.Method?
    public var target: Double?
    public var goalposts: Goalposts?
    /// Target and goalposts per range of years (`target: {until 2022: 95, from 2023: 98}`), in year order;
    /// empty when fixed. `target` / `goalposts` then hold the newest (see `history:`).
    public var targetVersions: [YearRangeValue] = []
    public var goalpostVersions: [YearRanged<Goalposts>] = []
    public var transform: Transform = .none
    /// The resolved normalisation (project default with this indicator's overrides applied).
    public var normalisation: NormalisationSpec?
    /// Declared when the indicator is a count over a denominator, for funnel plots and the funnel flag.
    public var funnel: FunnelSpec?
    /// The resolved data treatment (project default with this indicator's overrides applied).
    public var treatment: TreatmentSpec?
    /// What the values measure (`kind:`); with `min:`/`max:` it gives `valueRange`.
    public var kind: IndicatorKind?
    /// The range raw values must lie in (`kind:`, `min:`, `max:`); `nil` = any finite number.
    public var valueRange: ValueRange?
    /// How quarters or months roll up into the year (`rollup:`); `nil` = `RollupMethod.default(for:)`.
    public var rollup: RollupMethod?

    /// The roll-up in force: the declared one, else the default from `kind` and `type`.
    public var resolvedRollup: RollupMethod { rollup ?? .default(for: self) }

    public init(column: String) { self.column = column }
}

/// See `FrameworkNode.nonPositive`.
public enum NonPositivePolicy: String, Sendable, Codable, CaseIterable {
    case error, missing
}

/// How an indicator that counts events is compared on a funnel plot (Spiegelhalter 2005).
public struct FunnelSpec: Sendable, Equatable {
    public enum Model: String, Sendable, CaseIterable { case poisson, proportion }
    /// `auto` (the default): the multiplicative φ is estimated and applied only when the χ² test says the
    /// overdispersion is real (p < 0.05; Spiegelhalter 2005 §6); `multiplicative`/`additive` always apply.
    public enum Adjustment: String, Sendable, CaseIterable { case auto, none, multiplicative, additive }
    /// `poisson`: events per unit of the denominator (violations per member); `proportion`: events out of n.
    public var model: Model = .poisson
    /// `size` (the unit table's size column) or a data column holding the denominator.
    public var denominator: String = "size"
    /// Overdispersion adjustment of the limits (`none` by default).
    public var overdispersion: Adjustment = .auto
    /// `exact` (Spiegelhalter's interpolated binomial/Poisson limits, the default) or `normal`.
    public var exact = true

    public init() {}
}
