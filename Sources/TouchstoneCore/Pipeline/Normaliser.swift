import Foundation
import TouchstoneStats

/// Puts one indicator's raw values on the common scale (see `NormalisationMethod` for the formulas). What is
/// particular to a method — its transform, fit, mapping and warnings — comes from its
/// `NormalisationDescriptor`; this type runs the steps common to all.
///
/// Steps: (1) the optional transform (`log`: natural log; values `<= 0` are an error naming unit and year),
/// then the method's own (`prepare`, e.g. `ln(x + c)` of log-min-max); (2) the method's parameters are fitted
/// over the scope — all rows (`panel`), each year's rows (`year`), the base years (`base`) — or read from the
/// lock file; (3) each present value is mapped, mirrored for `direction: lower`. Missing values stay missing.
///
/// Edge cases: a constant column (max = min, or sd = 0) carries no information and gets the middle of the
/// output range (min-max) or the target mean (z-score), with a warning; a column with no values stays
/// missing, with a warning; z-scores of a single value are the target mean.
///
/// Reference: OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §5; COINr `Normalise()`
/// (`n_minx`, `n_zscore`, `n_goalposts`); UNDP HDR technical notes for goalposts with a log transform.
///
/// A mirrored indicator (`IndicatorSpec.mirrored`, on the reversed scale of a higher-is-worse index) is scored
/// under its declared direction and then mirrored, `c − s` (`mirrored(_:)`).
public struct Normaliser: Sendable {
    public let indicator: FrameworkNode
    public let spec: NormalisationSpec

    /// The method's descriptor (formulas, settings, warnings).
    let descriptor: NormalisationDescriptor

    /// Everything `apply` needs, read once from the indicator's settings.
    struct Mapping: Sendable {
        var lowerIsBetter: Bool
        var low: Double, high: Double
        var log: Bool
        var zMean: Double, zSD: Double
        var goalLow = 0.0, goalHigh = 1.0, capUpper = false, capLower = false
        var target = 1.0
        /// For an indicator judged on the reversed scale (`IndicatorSpec.mirrored`): the score is `mirror − s`.
        var mirror: Double?
    }

    let mapping: Mapping
    /// Parameters read from the project's lock file (`ScalingLock`) when its entry matches the indicator's
    /// settings; `nil` = fit on the data (the default).
    public let frozenParameters: Parameters?
    let frozen: FrozenScaling?
    /// What a value outside frozen or base-year parameters gets (`freeze: {outside: …}`).
    public let outside: FreezeSettings.Outside

    /// The indicator's normaliser under `project`'s defaults, frozen scaling and outside rule.
    public init(indicator: FrameworkNode, project: Project) {
        self.init(indicator: indicator, defaults: project.defaults.normalisation,
                  frozen: project.scalingLock?.indicator(indicator.id), outside: project.freeze.outside)
    }

    public init(indicator: FrameworkNode, defaults: NormalisationSpec, frozen: FrozenScaling? = nil, outside: FreezeSettings.Outside = .cap) {
        self.indicator = indicator
        self.outside = outside
        let spec = indicator.indicator?.normalisation ?? defaults
        self.spec = spec
        let ind = indicator.indicator!
        descriptor = spec.method.descriptor
        var m = Mapping(lowerIsBetter: ind.declaredDirection == .lower, low: spec.range.lowerBound, high: spec.range.upperBound,
                        log: ind.transform == .log, zMean: spec.zMean, zSD: spec.zStandardDeviation)
        if ind.mirrored { m.mirror = Self.mirrorConstant(spec, descriptor: spec.method.descriptor) }
        if let g = ind.goalposts {
            (m.goalLow, m.goalHigh) = m.log ? (Foundation.log(g.lower), Foundation.log(g.upper)) : (g.lower, g.upper)
            m.capUpper = g.cap == .both || g.cap == .upper
            m.capLower = g.cap == .both || g.cap == .lower
        }
        if let t = ind.target { m.target = m.log ? Foundation.log(t) : t }
        self.mapping = m
        // A lock entry written for other settings (a method varied by the uncertainty analysis) is not used.
        let usable = frozen.flatMap { f in
            f.settings == NormalisationSettings.fingerprint(indicator, defaults: defaults) && spec.method.usesScope && spec.scope != .year ? f : nil
        }
        self.frozen = usable
        frozenParameters = usable?.parameters.map { var p = $0; p.capped = outside == .cap; return p }
    }

    /// Parameters learnt from the values of one scope group (all years, or one year): what `fit` returns
    /// and `apply` uses. Goalposts and targets are fixed and need no data.
    /// Data-driven methods also keep the (transformed) minimum and maximum, for the outside-range check of
    /// frozen and base-year parameters.
    public struct Parameters: Sendable, Equatable, Codable {
        public var minimum: Double?
        public var maximum: Double?
        public var mean: Double?
        public var standardDeviation: Double?
        /// The column had no present value.
        public var empty = false
        /// Rank-based methods: the scope group's (transformed) values, ascending.
        public var sorted: [Double]?
        /// Frozen or base-year parameters with `outside: cap`: values are clamped to [minimum, maximum]
        /// before they are scored. Not saved (the project file says it).
        public var capped = false

        enum CodingKeys: String, CodingKey { case minimum = "min", maximum = "max", mean, standardDeviation = "sd", empty, sorted }

        public init(minimum: Double? = nil, maximum: Double? = nil, mean: Double? = nil, standardDeviation: Double? = nil,
                    empty: Bool = false, sorted: [Double]? = nil) {
            self.minimum = minimum
            self.maximum = maximum
            self.mean = mean
            self.standardDeviation = standardDeviation
            self.empty = empty
            self.sorted = sorted
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            minimum = try c.decodeIfPresent(Double.self, forKey: .minimum)
            maximum = try c.decodeIfPresent(Double.self, forKey: .maximum)
            mean = try c.decodeIfPresent(Double.self, forKey: .mean)
            standardDeviation = try c.decodeIfPresent(Double.self, forKey: .standardDeviation)
            empty = try c.decodeIfPresent(Bool.self, forKey: .empty) ?? false
            sorted = try c.decodeIfPresent([Double].self, forKey: .sorted)
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(minimum, forKey: .minimum)
            try c.encodeIfPresent(maximum, forKey: .maximum)
            try c.encodeIfPresent(mean, forKey: .mean)
            try c.encodeIfPresent(standardDeviation, forKey: .standardDeviation)
            if empty { try c.encode(empty, forKey: .empty) }
            try c.encodeIfPresent(sorted, forKey: .sorted)
        }
    }

    /// Normalises `raw` (one value per panel row); `years[i]` is the year of row `i`.
    /// `units[i]` (the unit id of row `i`) is needed only by `ratio-to-reference` with a reference unit or year.
    public func normalise(_ raw: [Double], years: [Int], units: [String] = [], describe: (Int) -> UnitYear,
                          problems: inout [InputProblem], diagnostics: inout [Diagnostic]) -> [Double] {
        normaliseColumn(raw, years: years, units: units, describe: describe, problems: &problems, diagnostics: &diagnostics).scores
    }

    /// `normalise`, with the parameters it used (`FittedNormalisation`, kept in `IndexResult.normalisation`).
    public func normaliseColumn(_ raw: [Double], years: [Int], units: [String] = [], describe: (Int) -> UnitYear,
                                problems: inout [InputProblem], diagnostics: inout [Diagnostic]) -> (scores: [Double], fitted: FittedNormalisation) {
        var fitted = FittedNormalisation(indicator: indicator.id, method: spec.method, scope: spec.scope)
        if !descriptor.usesScope { fitted.source = .fixed }
        let ind = indicator.indicator!
        if ind.transform == .log, let i = raw.indices.first(where: { !raw[$0].isNaN && raw[$0] <= 0 }) {
            problems.append(InputProblem(indicator.location ?? SourceLocation(file: ""),
                                         .method(.logTransformNeedsPositive(indicator: indicator.id, at: describe(i), value: raw[i]))))
            return ([Double](repeating: .nan, count: raw.count), fitted)
        }
        if let accepts = descriptor.accepts, let i = raw.indices.first(where: { !raw[$0].isNaN && !accepts(indicatorTransformed(raw[$0]), spec) }) {
            problems.append(InputProblem(indicator.location ?? SourceLocation(file: ""),
                                         .method(.outsideMethodDomain(indicator: indicator.id, method: spec.method, at: describe(i), value: raw[i],
                                                                      domain: descriptor.domainProblem?(spec)))))
            return ([Double](repeating: .nan, count: raw.count), fitted)
        }
        if descriptor.needsUnits {
            return (normaliseToReference(raw, years: years, units: units, problems: &problems, diagnostics: &diagnostics), fitted)
        }
        if let fixed = fixedParameters(raw, years: years) {
            return normaliseFixed(raw, fixed, years: years, describe: describe, diagnostics: &diagnostics)
        }
        var out = [Double](repeating: .nan, count: raw.count)
        let groups = scopeGroups(years: years)
        for rows in groups {
            let parameters = groups.count == 1 ? fit(raw) : fit(rows.map { raw[$0] })
            if spec.method.usesScope { fitted.groups.append(.init(rows: rows, raw: raw, years: years, parameters: parameters)) }
            let year = spec.scope == .year && groups.count > 1 ? years[rows[0]] : nil
            if parameters.empty {
                diagnostics.append(Diagnostic(.warning, .indicatorWithoutValues(indicator: indicator.id, year: year), at: indicator.location))
            } else if let warning = descriptor.warning(parameters, spec, indicator.id, year) {
                diagnostics.append(Diagnostic(.warning, .method(warning), at: indicator.location))
            }
            if groups.count == 1 {
                out.withUnsafeMutableBufferPointer { o in for i in raw.indices { o[i] = apply(raw[i], parameters) } }
            } else {
                for r in rows { out[r] = apply(raw[r], parameters) }
            }
        }
        return (out, fitted)
    }

    /// Row indices of each scope group: one group for `panel` scope and for the fixed methods, one per year
    /// for `year` scope.
    public func scopeGroups(years: [Int]) -> [[Int]] {
        guard spec.scope == .year, descriptor.usesScope else { return [Array(years.indices)] }
        let byYear = Dictionary(grouping: years.indices, by: { years[$0] })
        return byYear.keys.sorted().map { byYear[$0]! }
    }

    /// Learns the parameters from raw values (before the transform; missing values ignored).
    public func fit(_ raw: [Double]) -> Parameters {
        var present: [Double] = []
        present.reserveCapacity(raw.count)
        for x in raw where !x.isNaN { present.append(transformed(x)) }
        guard !present.isEmpty else { return Parameters(empty: true) }
        return descriptor.fit(present)
    }

    /// What `fit` needs from a set of raw values, kept so that one more value can be added in O(1):
    /// minimum, maximum, count, mean and sum of squared deviations (Welford) of the transformed values.
    public struct Summary: Sendable {
        var minimum = Double.infinity, maximum = -Double.infinity, count = 0, mean = 0.0, m2 = 0.0
        /// Second smallest and second largest values, so that one value can be taken out again.
        var minimum2 = Double.infinity, maximum2 = -Double.infinity
        /// Rank-based methods: all the values, ascending (`nil` for the other methods).
        var sorted: [Double]?

        mutating func add(_ v: Double) {
            if sorted != nil { sorted!.insert(v, at: sorted!.firstIndex { $0 > v } ?? sorted!.count) }
            if v < minimum { minimum2 = minimum; minimum = v } else if v < minimum2 { minimum2 = v }
            if v > maximum { maximum2 = maximum; maximum = v } else if v > maximum2 { maximum2 = v }
            count += 1
            let d = v - mean
            mean += d / Double(count)
            m2 += d * (v - mean)
        }

        /// The summary without one (transformed) value that it contains.
        func removing(_ v: Double) -> Summary {
            guard count > 1 else { return Summary() }
            var s = self
            if v == minimum { s.minimum = minimum2 }
            if v == maximum { s.maximum = maximum2 }
            s.count = count - 1
            s.mean = (Double(count) * mean - v) / Double(s.count)
            s.m2 = max(0, m2 - (v - mean) * (v - s.mean))
            if let i = sorted?.firstIndex(of: v) { s.sorted!.remove(at: i) }
            return s
        }
    }

    /// The summary of `base` without the raw value `x` (which it must contain).
    public func summary(_ base: Summary, removing x: Double) -> Summary {
        x.isNaN ? base : base.removing(transformed(x))
    }

    /// The summary of raw values (missing ignored).
    public func summary(_ raw: [Double]) -> Summary {
        var s = Summary()
        if descriptor.usesRanks { s.sorted = [] }
        for v in raw where !v.isNaN { s.add(transformed(v)) }
        return s
    }

    /// The parameters `fit` would learn from the summarised values plus the raw value `x`.
    public func fit(_ base: Summary, adding x: Double) -> Parameters {
        if let frozenParameters { return frozenParameters }
        var s = base
        if !x.isNaN { s.add(transformed(x)) }
        guard s.count > 0 else { return Parameters(empty: true) }
        return descriptor.fitSummary(s)
    }

    /// The score of one raw value under fitted parameters (missing stays missing).
    public func apply(_ raw: Double, _ p: Parameters) -> Double {
        guard !raw.isNaN, !p.empty else { return .nan }
        var v = transformed(raw)
        if p.capped, let lo = p.minimum, let hi = p.maximum { v = min(max(v, lo), hi) }
        return mirrored(descriptor.apply(v, p, mapping, spec))
    }

    /// The value after the indicator's transform (log or none).
    func indicatorTransformed(_ x: Double) -> Double {
        mapping.log ? log(x) : x
    }

    /// The value the method fits and applies: the indicator's transform, then the method's own.
    func transformed(_ x: Double) -> Double {
        let v = mapping.log ? log(x) : x
        return descriptor.prepare.map { $0(v, spec) } ?? v
    }
}
