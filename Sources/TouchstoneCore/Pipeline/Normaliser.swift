import Foundation
import TouchstoneStats

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
public struct Normaliser {
    public let indicator: FrameworkNode
    public let spec: NormalisationSpec

    public init(indicator: FrameworkNode, defaults: NormalisationSpec) {
        self.indicator = indicator
        self.spec = indicator.indicator?.normalisation ?? defaults
    }

    /// Fitted parameters of one scope group (what `fit` learns).
    public struct Parameters: Sendable, Equatable {
        public var minimum: Double?
        public var maximum: Double?
        public var mean: Double?
        public var standardDeviation: Double?
    }

    /// Normalises `raw` (one value per panel row); `years[i]` is the year of row `i`.
    public func normalise(_ raw: [Double], years: [Int], describe: (Int) -> String,
                          problems: inout [InputProblem], diagnostics: inout [Diagnostic]) -> [Double] {
        let ind = indicator.indicator!
        var x = raw
        if ind.transform == .log {
            for i in x.indices where !x[i].isNaN {
                if x[i] <= 0 {
                    problems.append(InputProblem(indicator.location ?? SourceLocation(file: ""),
                                                 "`\(indicator.id)` has a log transform but \(describe(i)) has the value \(format(x[i]))",
                                                 fix: "remove `transform: log`, or correct the value (a log needs values above 0)"))
                    return [Double](repeating: .nan, count: raw.count)
                }
                x[i] = log(x[i])
            }
        }
        var groups: [[Int]]
        switch spec.scope {
        case .panel: groups = [Array(x.indices)]
        case .year:
            let byYear = Dictionary(grouping: x.indices, by: { years[$0] })
            groups = byYear.keys.sorted().map { byYear[$0]! }
        }
        if spec.method == .goalposts || spec.method == .distanceToTarget { groups = [Array(x.indices)] }
        var out = [Double](repeating: .nan, count: x.count)
        for rows in groups {
            let values = rows.map { x[$0] }
            let mapped = map(values, diagnostics: &diagnostics, scopeNote: spec.scope == .year && groups.count > 1 ? " in year \(years[rows[0]])" : "")
            for (k, r) in rows.enumerated() { out[r] = mapped[k] }
        }
        return out
    }

    func map(_ x: [Double], diagnostics: inout [Diagnostic], scopeNote: String) -> [Double] {
        let ind = indicator.indicator!
        let lower = ind.direction == .lower
        let l = spec.range.lowerBound, u = spec.range.upperBound
        let present = x.filter { !$0.isNaN }
        if present.isEmpty {
            diagnostics.append(Diagnostic(.warning, "`\(indicator.id)` has no values\(scopeNote); its scores are missing", at: indicator.location))
            return x
        }
        switch spec.method {
        case .minMax:
            let lo = present.min()!, hi = present.max()!
            if hi == lo {
                diagnostics.append(Diagnostic(.warning, "`\(indicator.id)` is constant (\(format(lo)))\(scopeNote); min-max gives every unit the middle of the range", at: indicator.location))
                return x.map { $0.isNaN ? .nan : (l + u) / 2 }
            }
            return x.map { v in
                guard !v.isNaN else { return .nan }
                let s = lower ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo)
                return l + (u - l) * s
            }
        case .zScore:
            let m = Descriptive.mean(present)!
            guard let sd = Descriptive.standardDeviation(present), sd > 0 else {
                diagnostics.append(Diagnostic(.warning, "`\(indicator.id)` has no spread\(scopeNote); z-scores are all \(format(spec.zMean))", at: indicator.location))
                return x.map { $0.isNaN ? .nan : spec.zMean }
            }
            return x.map { v in
                guard !v.isNaN else { return .nan }
                let z = (v - m) / sd
                return spec.zMean + spec.zStandardDeviation * (lower ? -z : z)
            }
        case .goalposts:
            let g = ind.goalposts!
            let (glo, ghi) = ind.transform == .log ? (log(g.lower), log(g.upper)) : (g.lower, g.upper)
            return x.map { v in
                guard !v.isNaN else { return .nan }
                var s = lower ? (ghi - v) / (ghi - glo) : (v - glo) / (ghi - glo)
                if g.cap == .both || g.cap == .upper { s = min(s, 1) }
                if g.cap == .both || g.cap == .lower { s = max(s, 0) }
                return l + (u - l) * s
            }
        case .distanceToTarget:
            let target = ind.transform == .log ? log(ind.target!) : ind.target!
            return x.map { v in
                guard !v.isNaN else { return .nan }
                let s: Double
                if lower { s = v <= target ? 1 : target / v } else { s = min(max(v / target, 0), 1) }
                return l + (u - l) * s
            }
        }
    }
}

func format(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
}
