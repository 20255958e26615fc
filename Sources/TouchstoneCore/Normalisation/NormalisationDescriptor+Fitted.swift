import TouchstoneText
import TouchstoneStats

/// Min-max and z-score: the methods that learn a location and a spread from the data of their scope group.
///
/// ```
/// min-max   l + (u − l)·(x − min)/(max − min)        lower is better: l + (u − l)·(max − x)/(max − min)
/// z-score   mean′ + sd′·(x − mean)/sd (sample sd, n − 1)   lower is better: mean′ − sd′·(x − mean)/sd
/// ```
/// A constant column (max = min, sd = 0) gets the middle of the range (min-max) or `mean′` (z-score), with a
/// warning; a single value has sd 0. References: OECD/JRC Handbook (2008) §5; COINr `n_minx`, `n_zscore`.
extension NormalisationDescriptor {
    static let minMax = NormalisationDescriptor(
        method: .minMax, usesScope: true,
        formula: "l + (u−l)·(x − min)/(max − min)", reference: "OECD/JRC Handbook (2008) §5; COINr n_minx",
        fit: { present in
            var lo = Double.infinity, hi = -Double.infinity
            for v in present {
                if v < lo { lo = v }
                if v > hi { hi = v }
            }
            return Normaliser.Parameters(minimum: lo, maximum: hi)
        },
        fitSummary: { s in Normaliser.Parameters(minimum: s.minimum, maximum: s.maximum) },
        apply: { v, p, m, _ in minMaxScore(v, p, m) },
        warning: { p, _, id, year in
            p.maximum == p.minimum ? .constantScaling(indicator: id, method: .minMax, value: p.minimum!, year: year) : nil
        })

    /// `l + (u − l)·(v − min)/(max − min)`, mirrored for lower is better; the middle of the range when constant.
    static func minMaxScore(_ v: Double, _ p: Normaliser.Parameters, _ m: Normaliser.Mapping) -> Double {
        let lo = p.minimum!, hi = p.maximum!, l = m.low, u = m.high
        if hi == lo { return (l + u) / 2 }
        return l + (u - l) * (m.lowerIsBetter ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo))
    }

    static let zScore = NormalisationDescriptor(
        method: .zScore, settingsKeys: ["mean", "sd"], usesRange: false, bounded: false, usesScope: true,
        formula: "mean′ + sd′·(x − mean)/sd", reference: "OECD/JRC Handbook (2008) §5; COINr n_zscore",
        fit: { present in
            Normaliser.Parameters(minimum: present.min(), maximum: present.max(),
                                  mean: Descriptive.mean(present), standardDeviation: Descriptive.standardDeviation(present) ?? 0)
        },
        fitSummary: { s in
            Normaliser.Parameters(minimum: s.minimum, maximum: s.maximum, mean: s.mean,
                                  standardDeviation: s.count > 1 ? (s.m2 / Double(s.count - 1)).squareRoot() : 0)
        },
        apply: { v, p, m, _ in
            guard let mean = p.mean, let sd = p.standardDeviation, sd > 0 else { return m.zMean }
            let z = (v - mean) / sd
            return m.zMean + m.zSD * (m.lowerIsBetter ? -z : z)
        },
        warning: { p, spec, id, year in
            (p.standardDeviation ?? 0) == 0 ? .noSpread(indicator: id, zMean: spec.zMean, year: year) : nil
        })
}

extension NormalisationMethod {
    /// Whether the method learns from the data of a scope group, so that `scope: year` changes it.
    public var usesScope: Bool { descriptor.usesScope }
}
