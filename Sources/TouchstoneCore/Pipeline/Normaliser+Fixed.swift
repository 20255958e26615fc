import Foundation

/// Normalisation against parameters that the scored values do not move: frozen in the lock file
/// (`ScalingLock`) or fitted on base years (`scope: base`, `base_years:`).
///
/// ```
/// θ = θ_lock                      (frozen; only when the entry's settings fingerprint matches)
///   = fit(x_t for t in base_years) (scope: base)
/// x outside [θ.min, θ.max]:  cap    → score(clamp(x, θ.min, θ.max))      (the default)
///                            extend → score(x)  (min-max: below l or above u)
/// ```
/// Every value outside is listed in `FittedNormalisation.outsideRows` and in one warning per indicator.
/// Missing values stay missing; base years without any value leave every score missing, with a warning.
/// Model: UNDP's HDI goalposts, fixed once and capped at the upper goalpost (HDR 2023/24 technical notes).
extension Normaliser {
    /// Frozen parameters, or those of the base years; `nil` when the parameters are fitted on all rows.
    public func fixedParameters(_ raw: [Double], years: [Int]) -> Parameters? {
        if let frozenParameters { return frozenParameters }
        guard spec.scope == .base, spec.method.usesScope, let base = spec.baseYears else { return nil }
        var p = fit(raw.indices.filter { base.contains(years[$0]) }.map { raw[$0] })
        p.capped = outside == .cap
        return p
    }

    func normaliseFixed(_ raw: [Double], _ parameters: Parameters, years: [Int], describe: (Int) -> String,
                        diagnostics: inout [Diagnostic]) -> (scores: [Double], fitted: FittedNormalisation) {
        var fitted = FittedNormalisation(indicator: indicator.id, method: spec.method, scope: spec.scope)
        fitted.source = frozen != nil ? .frozen : .base
        fitted.outsidePolicy = outside
        var recorded = parameters
        recorded.capped = false  // the record keeps the fitted values; `outsidePolicy` says what was done
        if let frozen {
            fitted.groups = [.init(years: frozen.years, count: frozen.count, parameters: recorded)]
        } else {
            let rows = raw.indices.filter { spec.baseYears!.contains(years[$0]) }
            fitted.groups = [.init(rows: rows, raw: raw, years: years, parameters: recorded)]
        }
        let base = spec.baseYears.map { $0.lowerBound == $0.upperBound ? "the base year \($0.lowerBound)" : "the base years \($0.lowerBound)–\($0.upperBound)" }
        let what = frozen != nil ? "the frozen scaling" : base!
        guard !parameters.empty, let lo = parameters.minimum, let hi = parameters.maximum else {
            diagnostics.append(Diagnostic(.warning, "`\(indicator.id)` has no values in \(what); its scores are missing", at: indicator.location))
            return ([Double](repeating: .nan, count: raw.count), fitted)
        }
        var out = [Double](repeating: .nan, count: raw.count)
        for i in raw.indices where !raw[i].isNaN {
            let v = transformed(raw[i])
            if v < lo || v > hi { fitted.outsideRows.append(i) }
            out[i] = apply(raw[i], parameters)
        }
        if !fitted.outsideRows.isEmpty {
            let n = fitted.outsideRows.count
            let listed = fitted.outsideRows.prefix(5).map { "\(describe($0)): \(format(raw[$0]))" }.joined(separator: "; ")
            let range = "\(format(descriptor.raw(lo, spec: spec, indicatorLog: mapping.log)))–\(format(descriptor.raw(hi, spec: spec, indicatorLog: mapping.log)))"
            let rule = outside == .cap ? "capped at the range (freeze.outside: cap)" : "scored beyond the range (freeze.outside: extend)"
            diagnostics.append(Diagnostic(.warning, "`\(indicator.id)`: \(n) value\(n == 1 ? " lies" : "s lie") outside \(what) \(range) (\(listed)\(n > 5 ? "; …" : "")); \(rule)",
                                          at: indicator.location))
        }
        return (out, fitted)
    }
}

/// The parameters one indicator was normalised with, kept in `IndexResult.normalisation` and printed in
/// `index --format json` and the report's method appendix ("min 12.0 and max 97.5 in 2019–2024").
public struct FittedNormalisation: Sendable, Equatable {
    /// Where the parameters come from: fitted on the data of this run, read from the lock file, fitted on the
    /// base years, or fixed by the project file (goalposts, targets, bands, ratio, none: nothing to fit).
    public enum Source: String, Sendable, Codable { case fitted, frozen, base, fixed }

    /// One scope group: all years (`panel`), one year (`year`), the base or frozen years.
    public struct Group: Sendable, Equatable {
        public var years: [Int]
        /// Values present in the group.
        public var count: Int
        public var parameters: Parameters

        public init(years: [Int], count: Int, parameters: Parameters) {
            self.years = years
            self.count = count
            self.parameters = parameters
        }

        init(rows: [Int], raw: [Double], years: [Int], parameters: Parameters) {
            let present = rows.filter { !raw[$0].isNaN }
            self.init(years: Set(present.map { years[$0] }).sorted(), count: present.count, parameters: parameters)
        }
    }

    public typealias Parameters = Normaliser.Parameters

    public var indicator: String
    public var method: NormalisationMethod
    public var scope: NormalisationScope
    public var source: Source = .fitted
    /// Empty for the fixed methods (goalposts, targets, bands, ratio, none): they have no fitted parameters.
    public var groups: [Group] = []
    /// Panel rows whose value lay outside frozen or base-year parameters.
    public var outsideRows: [Int] = []
    public var outsidePolicy: FreezeSettings.Outside?
}

/// A fingerprint of everything besides the data that decides an indicator's scores: method, scope, range,
/// z-score mean and sd, base years, reference, bands, direction, transform, type, rating scale, goalposts,
/// target. A lock entry whose fingerprint differs was written for another framework.
public enum NormalisationSettings {
    public static func fingerprint(_ node: FrameworkNode, defaults: NormalisationSpec) -> String {
        let ind = node.indicator!
        let s = ind.normalisation ?? defaults
        var parts: [String] = [s.method.rawValue, s.scope.rawValue]
        parts += [s.range.lowerBound, s.range.upperBound, s.zMean, s.zStandardDeviation].map { "\($0)" }
        parts.append(s.baseYears.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "")
        let reference: String? = s.reference.map { r in
            let year: String = r.year.map { String($0) } ?? ""
            return (r.unit ?? "") + "|" + year + "|" + "\(r.scale)"
        }
        parts.append(reference ?? "")
        parts.append(s.bands.map { "\($0)" }.joined(separator: ","))
        let bandScores: [Double] = s.bandScores ?? []
        parts.append(bandScores.map { "\($0)" }.joined(separator: ","))
        parts += [ind.direction.rawValue, ind.transform.rawValue, ind.type.rawValue]
        parts.append(ind.scale.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
        parts.append(ind.goalposts.map { "\($0.lower)|\($0.upper)|\($0.cap.rawValue)" } ?? "")
        parts.append(ind.target.map { "\($0)" } ?? "")
        return Fingerprint.fnv1a(Array(parts.joined(separator: "\u{1F}").utf8))
    }
}
