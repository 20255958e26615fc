import Foundation
import TouchstoneStats
import TouchstoneText

/// Puts one indicator's raw values on the common scale (see `NormalisationMethod` for the formulas).
///
/// Steps: (1) the optional transform (`log`: natural log; values `<= 0` are an error naming unit and year);
/// (2) the method's parameters are fitted over the scope — all rows (`panel`) or each year's rows (`year`);
/// (3) each present value is mapped, mirrored for `direction: lower`. Missing values stay missing.
///
/// Edge cases: a constant column (max = min, or sd = 0) carries no information and gets the middle of the
/// output range (min-max) or the target mean (z-score), with a warning; a column with no values stays
/// missing, with a warning; z-scores of a single value are the target mean.
///
/// Reference: OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §5; COINr `Normalise()`
/// (`n_minx`, `n_zscore`, `n_goalposts`); UNDP HDR technical notes for goalposts with a log transform.
public struct Normaliser: Sendable {
    public let indicator: FrameworkNode
    public let spec: NormalisationSpec

    /// Everything `apply` needs, read once from the indicator's settings.
    struct Mapping: Sendable {
        var method: NormalisationMethod
        var lowerIsBetter: Bool
        var low: Double, high: Double
        var log: Bool
        var zMean: Double, zSD: Double
        var goalLow = 0.0, goalHigh = 1.0, capUpper = false, capLower = false
        var target = 1.0
    }

    let mapping: Mapping

    public init(indicator: FrameworkNode, defaults: NormalisationSpec) {
        self.indicator = indicator
        let spec = indicator.indicator?.normalisation ?? defaults
        self.spec = spec
        let ind = indicator.indicator!
        var m = Mapping(method: spec.method, lowerIsBetter: ind.direction == .lower, low: spec.range.lowerBound, high: spec.range.upperBound,
                        log: ind.transform == .log, zMean: spec.zMean, zSD: spec.zStandardDeviation)
        if let g = ind.goalposts {
            (m.goalLow, m.goalHigh) = m.log ? (Foundation.log(g.lower), Foundation.log(g.upper)) : (g.lower, g.upper)
            m.capUpper = g.cap == .both || g.cap == .upper
            m.capLower = g.cap == .both || g.cap == .lower
        }
        if let t = ind.target { m.target = m.log ? Foundation.log(t) : t }
        self.mapping = m
    }

    /// Parameters learnt from the values of one scope group (all years, or one year): what `fit` returns
    /// and `apply` uses. Goalposts and targets are fixed and need no data.
    public struct Parameters: Sendable, Equatable {
        public var minimum: Double?
        public var maximum: Double?
        public var mean: Double?
        public var standardDeviation: Double?
        /// The column had no present value.
        public var empty = false
        /// Rank-based methods: the scope group's (transformed) values, ascending.
        public var sorted: [Double]?
    }

    /// Normalises `raw` (one value per panel row); `years[i]` is the year of row `i`.
    /// `units[i]` (the unit id of row `i`) is needed only by `ratio-to-reference` with a reference unit or year.
    public func normalise(_ raw: [Double], years: [Int], units: [String] = [], describe: (Int) -> String,
                          problems: inout [InputProblem], diagnostics: inout [Diagnostic]) -> [Double] {
        let ind = indicator.indicator!
        if ind.transform == .log, let i = raw.indices.first(where: { !raw[$0].isNaN && raw[$0] <= 0 }) {
            problems.append(InputProblem(indicator.location ?? SourceLocation(file: ""),
                                         "`\(indicator.id)` has a log transform but \(describe(i)) has the value \(NumberFormat.full(raw[i]))",
                                         fix: "remove `transform: log`, or correct the value (a log needs values above 0)"))
            return [Double](repeating: .nan, count: raw.count)
        }
        if spec.method == .ratioToReference {
            return normaliseToReference(raw, years: years, units: units, problems: &problems, diagnostics: &diagnostics)
        }
        var out = [Double](repeating: .nan, count: raw.count)
        let groups = scopeGroups(years: years)
        for rows in groups {
            let parameters = groups.count == 1 ? fit(raw) : fit(rows.map { raw[$0] })
            let note = spec.scope == .year && groups.count > 1 ? " in year \(years[rows[0]])" : ""
            if parameters.empty {
                diagnostics.append(Diagnostic(.warning, "`\(indicator.id)` has no values\(note); its scores are missing", at: indicator.location))
            } else if spec.method == .minMax && parameters.maximum == parameters.minimum {
                diagnostics.append(Diagnostic(.warning, "`\(indicator.id)` is constant (\(NumberFormat.full(parameters.minimum!)))\(note); min-max gives every unit the middle of the range", at: indicator.location))
            } else if spec.method == .zScore && (parameters.standardDeviation ?? 0) == 0 {
                diagnostics.append(Diagnostic(.warning, "`\(indicator.id)` has no spread\(note); z-scores are all \(NumberFormat.full(spec.zMean))", at: indicator.location))
            } else if let warning = rankWarning(parameters, note: note) {
                diagnostics.append(Diagnostic(.warning, warning, at: indicator.location))
            }
            if groups.count == 1 {
                out.withUnsafeMutableBufferPointer { o in for i in raw.indices { o[i] = apply(raw[i], parameters) } }
            } else {
                for r in rows { out[r] = apply(raw[r], parameters) }
            }
        }
        return out
    }

    /// Row indices of each scope group: one group for `panel` scope and for the fixed methods, one per year
    /// for `year` scope.
    public func scopeGroups(years: [Int]) -> [[Int]] {
        guard spec.scope == .year, spec.method.usesScope else { return [Array(years.indices)] }
        let byYear = Dictionary(grouping: years.indices, by: { years[$0] })
        return byYear.keys.sorted().map { byYear[$0]! }
    }

    /// Learns the parameters from raw values (before the transform; missing values ignored).
    public func fit(_ raw: [Double]) -> Parameters {
        if spec.method == .minMax {
            var lo = Double.infinity, hi = -Double.infinity, any = false
            for x in raw where !x.isNaN {
                let v = transformed(x)
                if v < lo { lo = v }
                if v > hi { hi = v }
                any = true
            }
            return any ? Parameters(minimum: lo, maximum: hi) : Parameters(empty: true)
        }
        let present = raw.filter { !$0.isNaN }.map(transformed)
        guard !present.isEmpty else { return Parameters(empty: true) }
        switch spec.method {
        case .minMax: return Parameters(minimum: present.min(), maximum: present.max())
        case .zScore: return Parameters(mean: Descriptive.mean(present), standardDeviation: Descriptive.standardDeviation(present) ?? 0)
        case .rank, .percentileRank, .borda: return Parameters(sorted: present.sorted())
        case .goalposts, .distanceToTarget, .ratioToReference, .bands, .identity: return Parameters()
        }
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
        if spec.method.usesRanks { s.sorted = [] }
        for v in raw where !v.isNaN { s.add(transformed(v)) }
        return s
    }

    /// The parameters `fit` would learn from the summarised values plus the raw value `x`.
    public func fit(_ base: Summary, adding x: Double) -> Parameters {
        var s = base
        if !x.isNaN { s.add(transformed(x)) }
        guard s.count > 0 else { return Parameters(empty: true) }
        switch spec.method {
        case .minMax: return Parameters(minimum: s.minimum, maximum: s.maximum)
        case .zScore: return Parameters(mean: s.mean, standardDeviation: s.count > 1 ? (s.m2 / Double(s.count - 1)).squareRoot() : 0)
        case .rank, .percentileRank, .borda: return Parameters(sorted: s.sorted ?? [])
        // Improvement paths cannot refit a reference from a summary: ratio scores are not predicted.
        case .ratioToReference: return Parameters(empty: true)
        case .goalposts, .distanceToTarget, .bands, .identity: return Parameters()
        }
    }

    /// The score of one raw value under fitted parameters (missing stays missing).
    public func apply(_ raw: Double, _ p: Parameters) -> Double {
        guard !raw.isNaN, !p.empty else { return .nan }
        let m = mapping
        let l = m.low, u = m.high
        let v = m.log ? log(raw) : raw
        switch m.method {
        case .minMax:
            let lo = p.minimum!, hi = p.maximum!
            if hi == lo { return (l + u) / 2 }
            return l + (u - l) * (m.lowerIsBetter ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo))
        case .zScore:
            guard let mean = p.mean, let sd = p.standardDeviation, sd > 0 else { return m.zMean }
            let z = (v - mean) / sd
            return m.zMean + m.zSD * (m.lowerIsBetter ? -z : z)
        case .goalposts:
            var s = m.lowerIsBetter ? (m.goalHigh - v) / (m.goalHigh - m.goalLow) : (v - m.goalLow) / (m.goalHigh - m.goalLow)
            if m.capUpper { s = min(s, 1) }
            if m.capLower { s = max(s, 0) }
            return l + (u - l) * s
        case .distanceToTarget:
            let s = m.lowerIsBetter ? (v <= m.target ? 1 : m.target / v) : min(max(v / m.target, 0), 1)
            return l + (u - l) * s
        case .rank, .percentileRank, .borda:
            guard let sorted = p.sorted, !sorted.isEmpty else { return .nan }
            return rankScore(v, sorted: sorted)
        case .bands:
            return bandScore(v)
        case .ratioToReference:
            return .nan  // needs the reference of the row: see `normaliseToReference`
        case .identity:
            return m.lowerIsBetter ? -v : v
        }
    }

    func transformed(_ x: Double) -> Double {
        mapping.log ? log(x) : x
    }
}
