import TouchstoneText
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

    func normaliseFixed(_ raw: [Double], _ parameters: Parameters, years: [Int], describe: (Int) -> UnitYear,
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
        let base = frozen != nil ? nil : spec.baseYears
        guard !parameters.empty, let lo = parameters.minimum, let hi = parameters.maximum else {
            diagnostics.append(Diagnostic(.warning, .method(.noValuesInFixedScaling(indicator: indicator.id, base: base)), at: indicator.location))
            return ([Double](repeating: .nan, count: raw.count), fitted)
        }
        var out = [Double](repeating: .nan, count: raw.count)
        for i in raw.indices where !raw[i].isNaN {
            let v = transformed(raw[i])
            if v < lo || v > hi { fitted.outsideRows.append(i) }
            out[i] = apply(raw[i], parameters)
        }
        if !fitted.outsideRows.isEmpty {
            let listed = fitted.outsideRows.prefix(5)
            diagnostics.append(Diagnostic(.warning, .method(.outsideFixedScaling(
                indicator: indicator.id, count: fitted.outsideRows.count, base: base,
                low: descriptor.raw(lo, spec: spec, indicatorLog: mapping.log), high: descriptor.raw(hi, spec: spec, indicatorLog: mapping.log),
                rows: listed.map(describe), values: listed.map { raw[$0] }, capped: outside == .cap)), at: indicator.location))
        }
        return (out, fitted)
    }
}
