import Foundation

/// One normalisation method as a value: what it reads from the project file, what it promises about its
/// scores, its formula and reference, and how it fits and applies. `Normaliser`, the project readers, the
/// diagnostics, the chart domains and the report's method section all read it, so a new method is one
/// descriptor file (plus its test and its line in `all`) and its description in both languages, one entry
/// keyed by the method's name in TouchstoneOutput's `NormalisationMethod+Words.swift` (a words test fails
/// for a method without one).
///
/// ```
/// score(x) = apply(prepare(t(x)), fit({prepare(t(x_i)) : i in the scope group}))
///            t = the indicator's transform (log or none); prepare = the method's own transform (log-min-max)
/// ```
/// Missing values never reach `fit` or `apply` (they stay missing).
public struct NormalisationDescriptor: Sendable {
    /// A numeric setting of the method (`normalisation: {method: log-min-max, shift: 1}`), read into
    /// `NormalisationSpec.options` with its bounds checked; `defaultValue` when not given.
    public struct Option: Sendable {
        public var key: String
        public var defaultValue: Double
        /// Allowed values; `lowerOpen` excludes the lower bound.
        public var bounds: ClosedRange<Double>
        public var lowerOpen = false
        /// What to write instead, for the error message.
        public var example: String
    }

    public var method: NormalisationMethod
    /// Keys under `normalisation:` the method reads besides `method`, `range` and `scope`.
    public var settingsKeys: [String] = []
    /// Numeric settings read generically (their keys are among `settingsKeys`).
    public var options: [Option] = []
    /// Whether the output range `[l, u]` is used.
    public var usesRange = true
    /// Whether its scores stay within `[l, u]` (chart domains, "can a score reach 0" diagnostics).
    public var bounded = true
    /// Whether it learns parameters from the data of a scope group, so that `scope:` changes it and a lock
    /// file can freeze it.
    public var usesScope = false
    /// Whether its parameters are the sorted values of the scope group (rank-based methods).
    public var usesRanks = false
    /// Whether its settings are in the indicator's raw units (goalposts, target, bands), so a treatment
    /// transform, which changes the values but not those settings, cannot be combined with it.
    public var rawUnitSettings = false
    /// Whether `apply` needs each row's reference (the unit ids of the rows).
    public var needsUnits = false
    /// The formula, as in the README table, and where it comes from.
    public var formula: String
    public var reference: String

    /// The method's own transform of the (indicator-transformed) value, before fitting and applying.
    var prepare: (@Sendable (Double, NormalisationSpec) -> Double)? = nil
    /// `prepare` undone, to show fitted parameters in the indicator's units (`nil` = `prepare` is the identity).
    var inverse: (@Sendable (Double, NormalisationSpec) -> Double)? = nil
    /// Whether a value lies in the domain of `prepare` (checked before normalising; `nil` = every value).
    var accepts: (@Sendable (Double, NormalisationSpec) -> Bool)? = nil
    /// Why a value is outside the domain (worded with what to do by TouchstoneOutput).
    var domainProblem: (@Sendable (NormalisationSpec) -> NormalisationDomain)? = nil
    /// Parameters from the prepared values of a scope group (missing values already removed).
    var fit: @Sendable ([Double]) -> Normaliser.Parameters = { _ in Normaliser.Parameters() }
    /// Parameters from a running summary (improvement paths); `empty` = not predictable from a summary.
    var fitSummary: @Sendable (Normaliser.Summary) -> Normaliser.Parameters = { _ in Normaliser.Parameters() }
    /// The score of a prepared value under fitted parameters.
    var apply: @Sendable (Double, Normaliser.Parameters, Normaliser.Mapping, NormalisationSpec) -> Double
    /// A warning for a degenerate scope group (constant column, a single value), or `nil`. Arguments: the
    /// parameters, the settings, the indicator id, the year of the scope group (`scope: year`) or `nil`.
    var warning: @Sendable (Normaliser.Parameters, NormalisationSpec, String, Int?) -> MethodFinding? = { _, _, _, _ in nil }
    /// Checks of the resolved settings of one indicator (a target present, thresholds given, …).
    var check: @Sendable (NormalisationSpec, IndicatorSpec, String, SourceLocation, inout [InputProblem]) -> Void = { _, _, _, _, _ in }

    /// A fitted parameter (a min, a max, a mean) in the indicator's raw units: the method's `prepare` and the
    /// indicator's log transform undone.
    public func raw(_ y: Double, spec: NormalisationSpec, indicatorLog: Bool) -> Double {
        let x = inverse.map { $0(y, spec) } ?? y
        return indicatorLog ? Foundation.exp(x) : x
    }

    /// Every registered method, in the order the README lists them.
    public static let all: [NormalisationDescriptor] = [
        .minMax, .zScore, .goalposts, .distanceToTarget, .rank, .percentileRank, .borda, .ratioToReference, .bands, .identity,
        .logMinMax,
    ]

    static let byName: [String: NormalisationDescriptor] = Dictionary(uniqueKeysWithValues: all.map { ($0.method.rawValue, $0) })

    /// Every settings key some method reads (the project reader's allowed keys).
    static var allSettingsKeys: [String] {
        var keys: [String] = []
        for d in all { for k in d.settingsKeys where !keys.contains(k) { keys.append(k) } }
        return keys
    }
}
