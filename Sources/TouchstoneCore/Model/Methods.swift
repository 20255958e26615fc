/// Whether a higher raw value of an indicator is better or worse.
public enum Direction: String, Sendable, Codable, CaseIterable {
    case higher, lower
}

/// How raw indicator values are put on a common scale: the name of a normalisation method. Every method maps
/// the best value to the top of the output range after taking `Direction` into account.
///
/// | method | formula (higher is better; for lower, mirror) | example, x = 6 of 2…10 |
/// |---|---|---|
/// | `minMax` | `l + (u−l)·(x − min)/(max − min)` | 50 on [0,100] |
/// | `zScore` | `(x − mean)/sd` (sample sd), then `mean′ + sd′·z` | |
/// | `goalposts` | `l + (u−l)·(x − lower)/(upper − lower)`, capped to [l,u] when `cap` | lower 0, upper 12 → 50 |
/// | `distanceToTarget` | `l + (u−l)·min(x/target, 1)` | target 8 → 75 |
/// | `rank` | `r` = rank of x, 1 = worst, ties share the lowest (COINr `n_rank`); range not used | of [2, 6, 6, 10]: 2 |
/// | `percentileRank` | `l + (u−l)·(r − 1)/(n − 1)` (COINr `n_prank`) | of [2, 6, 6, 10]: 33.3 |
/// | `borda` | `r − 1`, the number of units beaten (COINr `n_borda`); range not used | of [2, 6, 6, 10]: 1 |
/// | `ratioToReference` | `scale·x/x_ref`, reference unit (same year) or year (same unit) | x_ref 4 → 150 |
/// | `bands` | `l + (u−l)·b/k`, b = thresholds ≤ x of k (or `band_scores[b]`) | bands [5, 8] → 50 |
/// | `identity` (`none`) | `x` as read (`−x` for lower is better); range not used | 6 |
///
/// Each method is declared once, as a `NormalisationDescriptor` (its settings keys and bounds, whether it uses
/// the scope, its description in English and Chinese, its formula and reference, how it fits and applies) in
/// `Normalisation/`; everything else reads the descriptor. A method is valid when its descriptor is registered
/// in `NormalisationDescriptor.all`.
public struct NormalisationMethod: RawRepresentable, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    /// A registered method's name; `nil` for any other text.
    public init?(rawValue: String) {
        guard NormalisationDescriptor.byName[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    /// For the descriptors' own declarations.
    init(declaring name: String) { rawValue = name }

    public static var allCases: [NormalisationMethod] { NormalisationDescriptor.all.map(\.method) }

    public var description: String { rawValue }

    /// The method's descriptor.
    public var descriptor: NormalisationDescriptor { NormalisationDescriptor.byName[rawValue]! }

    public static let minMax = NormalisationMethod(declaring: "min-max")
    public static let zScore = NormalisationMethod(declaring: "z-score")
    public static let goalposts = NormalisationMethod(declaring: "goalposts")
    public static let distanceToTarget = NormalisationMethod(declaring: "distance-to-target")
    public static let rank = NormalisationMethod(declaring: "rank")
    public static let percentileRank = NormalisationMethod(declaring: "percentile-rank")
    public static let borda = NormalisationMethod(declaring: "borda")
    public static let ratioToReference = NormalisationMethod(declaring: "ratio-to-reference")
    public static let bands = NormalisationMethod(declaring: "bands")
    /// `normalisation: none`: scores are the raw values (an official index built from components already on
    /// a common scale, such as the State Fragility Index's 0–3 and 0–4 scores).
    public static let identity = NormalisationMethod(declaring: "none")
}

/// Which observations set the parameters (min, max, mean, sd) of a data-driven normalisation.
///
/// `panel` (the default) pools all years, so one raw value always maps to the same score and a higher
/// score next year means real progress. `year` normalises each year on its own: scores then only say
/// where a unit stands among the others that year, and can fall while the unit improves. `base` (normalisation
/// only, with `base_years:`) fits on the base years and scores every year against them, like a lock file
/// (`ScalingLock`) written once: later years never move the scale.
public enum NormalisationScope: String, Sendable, Codable, CaseIterable {
    case panel, year
    case base
}

/// How the children of an aggregate node are combined.
///
/// - `arithmetic`: `Σ w x / Σ w` over the present children (full compensability).
/// - `geometric`: `exp(Σ w ln x / Σ w)`; every present child must be `> 0` (or `shift` is added first and
///   subtracted after: `exp(Σ w ln(x + s) / Σ w) − s`). A zero is an error naming the unit, year and child.
/// - `harmonic`, `power` (exponent `r`): generalised means `(Σ w x^r / Σ w)^(1/r)` (`GeneralisedMean`).
/// - `mpi`, `ampi`: Mazziotta–Pareto index and its adjusted, time-comparable variant (`MazziottaPareto`).
/// - `topsis`: closeness to the ideal unit (`Topsis`); `gra`: grey relational grade (`GreyRelational`).
/// - `copeland`, `borda`: non-compensatory outranking scores (`Outranking`).
/// - `sum`: `Σ w x` (no division by the weight sum; `NodeMean` with `Rule.isSum`): official totals such as the
///   State Fragility Index (eight components added up).
/// Formulas, edge cases and citations: `Aggregation/NodeAggregator.swift` and README ("Aggregation methods").
public enum AggregationMethod: String, Sendable, Codable, CaseIterable {
    case arithmetic, geometric
    case harmonic, power, mpi, ampi, topsis, gra, copeland, borda
    case sum
}

/// Whether an indicator is a number or a rating turned into a number with a scale.
public enum IndicatorType: String, Sendable, Codable, CaseIterable {
    case numeric, ordinal
    /// Counts of voters per appraisal level (`VoteSpec`), turned into a score on load.
    case votes
}

/// A transform applied to raw values (and goalposts) before normalisation.
public enum Transform: String, Sendable, Codable, CaseIterable {
    case none, log
}

/// Normalisation settings: method, output range, scope. Per-indicator settings override the project default.
public struct NormalisationSpec: Sendable, Codable, Equatable {
    public var method: NormalisationMethod = .minMax
    /// Output range `[l, u]` for min-max, goalposts and distance to target.
    public var range: ClosedRange<Double> = 0 ... 100
    /// Mean and sd of z-scores (default 0 and 1, i.e. plain z-scores).
    public var zMean: Double = 0
    public var zStandardDeviation: Double = 1
    public var scope: NormalisationScope = .panel
    /// `scope: base`: the years whose values fit the parameters (`base_years: [2019, 2021]`).
    public var baseYears: ClosedRange<Int>?
    /// `ratio-to-reference`: the reference unit or year, and the score of the reference (default 100).
    public var reference: NormalisationReference?
    /// `bands`: increasing thresholds, and optionally one score per band (thresholds + 1).
    public var bands: [Double] = []
    public var bandScores: [Double]?
    /// Numeric settings a method declares in its descriptor (`NormalisationDescriptor.options`), by key,
    /// e.g. `shift` of `log-min-max`; a key not given takes the option's default.
    public var options: [String: Double] = [:]

    /// The value of a descriptor option: as given, else its default.
    public func option(_ key: String) -> Double {
        options[key] ?? method.descriptor.options.first { $0.key == key }?.defaultValue ?? .nan
    }

    public init() {}
}

/// Fixed bounds for the goalposts method, in the indicator's raw units (before any transform).
public struct Goalposts: Sendable, Codable, Equatable {
    public var lower: Double
    public var upper: Double
    /// Which bounds clamp: values beyond a capped goalpost count as at the goalpost. UNDP's HDI caps only
    /// the upper goalposts (`cap: upper`), so a value below the lower goalpost gives a negative index.
    public var cap: Cap = .both

    public enum Cap: String, Sendable, Codable, CaseIterable { case both, upper, lower, none }

    public init(lower: Double, upper: Double, cap: Cap = .both) {
        self.lower = lower
        self.upper = upper
        self.cap = cap
    }
}
