/// How missing cells are filled before normalisation (`treatment.impute`). Every filled cell is recorded in
/// the audit with the values it came from.
///
/// | method | fills a missing cell with | example, values `[2, NaN, 6, 7]` of one year (or one unit's years) |
/// |---|---|---|
/// | `none` | nothing (default) | `[2, NaN, 6, 7]` |
/// | `mean` | the indicator's mean **in that year** | 5 |
/// | `median` | the indicator's median in that year | 6 |
/// | `group-mean` | the mean of the unit's peer group in that year | |
/// | `group-median` | the median of the unit's peer group in that year | |
/// | `mean-all` | the indicator's mean over all rows (all years pooled): COINr's `i_mean` on a single-year set | |
/// | `locf` | the unit's last earlier observation (last observation carried forward) | years 2019–2022 → 2 |
/// | `interpolate` | the straight line between the unit's nearest observed years on each side, on real years | 4 |
///
/// Edge cases: a year (or group, or unit) with no value leaves the cell missing, with a warning counting
/// them; `locf` and `interpolate` never extrapolate (nothing before the first observation, and
/// `interpolate` nothing after the last). References: COINr `i_mean`, `i_median`, `i_mean_grp`,
/// `i_median_grp`; OECD/JRC Handbook (2008) §1.3; `numpy.interp`; pandas `ffill`.
public enum ImputationMethod: String, Sendable, CaseIterable {
    case none, mean, median
    case groupMean = "group-mean", groupMedian = "group-median"
    case meanAll = "mean-all"
    case locf, interpolate
}

/// Outlier treatment (`treatment.outliers`): `none`, or `coinr` — the JRC/COINr rule (see `OutlierRule`):
/// winsorise up to `winmax` points while |skew| ≥ 2 and kurtosis ≥ 3.5, then fall back to log_CT.
public enum OutlierMethod: String, Sendable, CaseIterable {
    case none, coinr
}

/// An explicit transform in the treatment stage (`treatment.transform`), applied after imputation and
/// before the outlier check. `log`: `ln x`; `boxcox`: `(x^λ − 1)/λ` (`ln x` for λ = 0), with `lambda`.
/// Values must be `> 0`. Unlike the indicator's own `transform: log`, goalposts and targets are not
/// transformed, so these cannot be combined with `goalposts` or `distance-to-target`.
public enum TreatmentTransform: String, Sendable, CaseIterable {
    case none, log, boxcox
}

/// Which data coverage screening counts (`treatment.screen.basis`).
public enum ScreeningBasis: String, Sendable, CaseIterable {
    /// Real observations only: screening runs before imputation (the default).
    case observed
    /// Imputed cells count as present: screening runs after imputation, as COINr's `build_example_coin()`
    /// (`Screen(dset = "Imputed")`).
    case imputed
}

/// Drop units and indicators with too little data (`treatment.screen`, under `defaults:` only).
///
/// ```
/// indicator coverage = cells present / unit-years          (over the whole panel; below → indicator dropped)
/// unit coverage      = indicators present / indicators kept  (per unit-year; below → that unit-year dropped)
/// ```
/// Indicators are screened first, then unit-years over the indicators kept. A dropped indicator leaves the
/// framework (an aggregate left without children leaves too); a unit with no unit-year left leaves the
/// panel. Everything dropped is listed in a diagnostic. Reference: COINr `Screen(dat_thresh)`.
public struct ScreeningSpec: Sendable, Equatable {
    public var minUnitCoverage: Double?
    public var minIndicatorCoverage: Double?
    public var basis: ScreeningBasis = .observed
    public var location: SourceLocation?

    public init() {}
}

/// Data treatment settings: `treatment:` under `defaults:`, overridden per indicator (keys not given are
/// inherited). The stages run in this order: denominate → screen (basis `observed`) → impute → screen
/// (basis `imputed`) → transform → outliers. Every cell a stage changes is recorded (`TreatedCell`).
/// Everything defaults to "do nothing", so a project without `treatment:` computes as before.
public struct TreatmentSpec: Sendable, Equatable {
    /// `size` (the unit table's `size_column`) or another numeric unit-table column (`attribute_columns`):
    /// the value becomes `x / denominator` of the unit (in that year, when the unit table has a
    /// `year_column`). `nil`: no denomination.
    public var denominator: String?
    public var impute: ImputationMethod = .none
    /// Group column for `group-mean`/`group-median`; `nil` = the first of `units.group_columns`.
    public var imputeGroup: String?
    public var outliers: OutlierMethod = .none
    /// Most points winsorised (COINr `winmax`, default 5).
    public var winmax: Int = 5
    /// |skew| threshold (2) and kurtosis threshold (3.5) of the outlier check.
    public var skewThreshold: Double = 2
    public var kurtosisThreshold: Double = 3.5
    /// Fall back to log_CT when winsorisation is not enough (COINr default `true`).
    public var logFallback = true
    /// Whether the outlier rule sees all years pooled (`panel`, default, one rule for every year) or each
    /// year alone (`year`, COINr's purse).
    public var outlierScope: NormalisationScope = .panel
    public var transform: TreatmentTransform = .none
    /// Box–Cox λ (required with `transform: boxcox`).
    public var lambda: Double?
    /// Screening (only from `defaults.treatment`).
    public var screen: ScreeningSpec?
    /// Where the settings were declared, for messages.
    public var location: SourceLocation?

    public init() {}

    /// Nothing to do for one indicator (screening is global and not counted here).
    public var isIdentity: Bool { denominator == nil && impute == .none && outliers == .none && transform == .none }

    public static func == (a: TreatmentSpec, b: TreatmentSpec) -> Bool {
        a.denominator == b.denominator && a.impute == b.impute && a.imputeGroup == b.imputeGroup && a.outliers == b.outliers
            && a.winmax == b.winmax && a.skewThreshold == b.skewThreshold && a.kurtosisThreshold == b.kurtosisThreshold
            && a.logFallback == b.logFallback && a.outlierScope == b.outlierScope && a.transform == b.transform
            && a.lambda == b.lambda && a.screen == b.screen
    }
}
