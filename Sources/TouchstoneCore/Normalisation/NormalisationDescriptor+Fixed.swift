import Foundation

/// The methods whose parameters the project file fixes: goalposts, distance to a target, bands, ratio to a
/// reference, and none. They learn nothing from the data, so scope and lock files do not apply.
///
/// ```
/// goalposts           l + (u − l)·(x − lower)/(upper − lower), capped as `cap` says     UNDP HDR technical notes
/// distance-to-target  l + (u − l)·min(x/target, 1)   lower is better: min(target/x, 1)  OECD/JRC Handbook §5
/// bands               l + (u − l)·b/k, b = thresholds ≤ x of k (or band_scores[b])     OECD/JRC Handbook §5
/// ratio-to-reference  scale·x/x_ref (lower is better: scale·x_ref/x)                   Eurostat "EU = 100"
/// none                x (−x for lower is better)
/// ```
/// A value at a band threshold belongs to the band above it. Ratio: see `Normaliser+Reference.swift`.
extension NormalisationDescriptor {
    static let goalposts = NormalisationDescriptor(
        method: .goalposts, rawUnitSettings: true,
        formula: "l + (u−l)·(x − lower)/(upper − lower), capped", reference: "UNDP HDR technical notes; COINr n_goalposts",
        apply: { v, _, m, _ in
            var s = m.lowerIsBetter ? (m.goalHigh - v) / (m.goalHigh - m.goalLow) : (v - m.goalLow) / (m.goalHigh - m.goalLow)
            if m.capUpper { s = min(s, 1) }
            if m.capLower { s = max(s, 0) }
            return m.low + (m.high - m.low) * s
        },
        check: { _, ind, id, location, problems in
            if ind.goalposts == nil {
                problems.append(InputProblem(location, .method(.goalpostsMissing(indicator: id))))
            }
        })

    static let distanceToTarget = NormalisationDescriptor(
        method: .distanceToTarget, rawUnitSettings: true,
        formula: "l + (u−l)·min(x/target, 1)", reference: "OECD/JRC Handbook (2008) §5 (distance to a target)",
        apply: { v, _, m, _ in
            let s = m.lowerIsBetter ? (v <= m.target ? 1 : m.target / v) : min(max(v / m.target, 0), 1)
            return m.low + (m.high - m.low) * s
        },
        check: { _, ind, id, location, problems in
            if let t = ind.target {
                if t <= 0 { problems.append(InputProblem(location, .method(.targetNotPositive(indicator: id, found: t)))) }
            } else {
                problems.append(InputProblem(location, .method(.targetMissing(indicator: id))))
            }
        })

    static let bands = NormalisationDescriptor(
        method: .bands, settingsKeys: ["bands", "band_scores"], rawUnitSettings: true,
        formula: "l + (u−l)·b/k, b = thresholds ≤ x of k (or band_scores[b])", reference: "OECD/JRC Handbook (2008) §5 (categorical scales)",
        apply: { v, _, m, spec in
            let thresholds = spec.bands.map { m.log ? log($0) : $0 }
            let k = thresholds.count
            var b = thresholds.filter { $0 <= v }.count
            if m.lowerIsBetter { b = k - b }
            if let scores = spec.bandScores, scores.count == k + 1 { return scores[b] }
            guard k > 0 else { return (m.low + m.high) / 2 }
            return m.low + (m.high - m.low) * Double(b) / Double(k)
        },
        check: { spec, _, id, location, problems in
            if spec.bands.isEmpty {
                problems.append(InputProblem(location, .method(.bandsMissing(indicator: id))))
            } else if let scores = spec.bandScores, scores.count != spec.bands.count + 1 {
                problems.append(InputProblem(location, .method(.bandScoresCount(indicator: id, thresholds: spec.bands.count, scores: scores.count))))
            }
        })

    static let ratioToReference = NormalisationDescriptor(
        method: .ratioToReference, settingsKeys: ["reference"], usesRange: false, bounded: false, needsUnits: true,
        formula: "scale·x/x_ref", reference: "OECD/JRC Handbook (2008) §5 (distance to a reference); Eurostat EU = 100 indices",
        // Improvement paths cannot refit a reference from a summary: ratio scores are not predicted.
        fitSummary: { _ in Normaliser.Parameters(empty: true) },
        apply: { _, _, _, _ in .nan },  // needs the reference of the row: `Normaliser.normaliseToReference`
        check: { spec, _, id, location, problems in
            if spec.reference == nil {
                problems.append(InputProblem(location, .method(.referenceMissing(indicator: id))))
            }
        })

    static let identity = NormalisationDescriptor(
        method: .identity, usesRange: false, bounded: false,
        formula: "x (−x for lower is better)", reference: "the published components, as in the State Fragility Index",
        apply: { v, _, m, _ in m.lowerIsBetter ? -v : v })
}
