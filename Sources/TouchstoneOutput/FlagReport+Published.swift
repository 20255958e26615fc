import Foundation
import TouchstoneCore
import TouchstoneText

/// A higher-is-worse index in `touchstone flag`: the assessment is made on the reversed scale, and with
/// `shown` (`PublishedScale`) every score, level and change is shown on the published scale — the unit's own
/// scores from the published result (the `index` output), medians, cut-offs, floors and path targets as
/// `c − v`, gaps, contributions and slopes with the sign turned — and the reasons whose numbers are index
/// levels (low level, decline, no progress, weak dimension, bottom quota) are worded for "higher is worse".
/// Robust z, effect sizes, p-values and probabilities keep their reversed-scale meaning (positive z = better).
extension FlagReport {
    /// The unit's own score of `nodeId` in `row`, as shown.
    func shownScore(_ nodeId: String, row: Int) -> Double {
        shown?.score(nodeId, row: row) ?? result.scores[nodeId]![row]
    }

    /// A level of `nodeId` (median, cut-off, floor, path target) as shown.
    func shownLevel(_ nodeId: String, _ v: Double) -> Double { shown?.level(nodeId, v) ?? v }

    /// A difference (gap, contribution) as shown.
    func shownChange(_ d: Double) -> Double { shown?.change(d) ?? d }

    /// The title's label of the index.
    var indexTitle: String {
        guard let shown else { return result.root.label.text(for: language, fallback: result.root.id) }
        return shown.published.root.label.text(for: language, fallback: result.root.id) + Words(language).higherIsWorseSuffix
    }

    /// The rule's numbers as shown: levels (`score`, `group_median`, `cutoff`, `floor`, `first`, `last`) mapped
    /// back, `sen_slope` with the sign turned; the others as they are.
    func shownNumbers(_ flag: UnitFlag) -> [String: Double] {
        guard shown != nil, !Self.rawValueRules.contains(flag.rule) else { return flag.numbers }
        var out = flag.numbers
        for key in ["score", "group_median", "cutoff", "floor", "first", "last"] { out[key] = out[key].map { shownLevel(flag.nodeId, $0) } }
        out["sen_slope"] = out["sen_slope"].map(shownChange)
        return out
    }

    /// Where the signal clears, as shown (a level of the flag's node; raw values and rates as they are).
    func shownClearsAt(_ flag: UnitFlag) -> Double? {
        guard let c = flag.clearsAt, !Self.rawValueRules.contains(flag.rule) else { return flag.clearsAt }
        return shownLevel(flag.nodeId, c)
    }

    /// Rules whose numbers are raw values, rates or swings, the same on both scales.
    static let rawValueRules: Set<UnitFlag.Rule> = [.funnel, .offTrack, .volatile]

    /// The reason of `flag` in `language`, worded on the published scale when `shown`.
    func reasonText(_ flag: UnitFlag, language: String) -> String {
        let reversed = flag.reason.text(for: language)
        guard shown != nil else { return reversed }
        let w = Words(language), n = flag.numbers, shownN = shownNumbers(flag)
        let sd = { (v: Double) in NumberFormat.fixed(v, decimals: 1) }, p = { (v: Double) in NumberFormat.fixed(v, decimals: 3) }
        switch flag.rule {
        case .lowLevel, .behindPeers:
            guard let x = shownN["score"], let m = shownN["group_median"], let z = n["robust_z"] else { return reversed }
            let share = n["bottom_share"].map { String(Int(($0 * 100).rounded())) }
            let tail = zip2(share, shownN["cutoff"]).map { w.publishedWorstShare(percent: $0, cutoff: f($1)) } ?? ""
            return w.publishedLowLevel(score: f(x), sd: sd(-z), median: f(m)) + tail
        case .decline:
            guard let a = shownN["first"], let b = shownN["last"], let ya = n["first_year"], let yb = n["last_year"],
                  let slope = shownN["sen_slope"], let fall = n["fall_sd"], let pv = n["p"] else { return reversed }
            return w.publishedRise(first: f(a), firstYear: String(Int(ya)), last: f(b), lastYear: String(Int(yb)),
                                   slope: NumberFormat.signed(slope, decimals: engine.decimals), sd: sd(fall), p: p(pv))
        case .stagnant:
            guard let k = n["years_below_peer_median"], let mean = n["mean_robust_z"] else { return reversed }
            return w.publishedStagnant(years: String(Int(k)), sd: sd(-mean)) + (n["p"].map { w.mannKendallNote(p($0)) } ?? "")
        case .weakDimension:
            guard let v = shownN["score"], let floor = shownN["floor"] else { return reversed }
            return w.publishedWeakDimension(dimension: label(flag.nodeId), score: f(v), limit: f(floor))
        case .quota:
            // "index X is in the bottom 3 of 34 …": the rank words hold; the score is the published one.
            guard let x = n["score"], let y = shownN["score"] else { return reversed }
            return reversed.replacingOccurrences(of: f(x), with: f(y), options: [], range: reversed.range(of: f(x)))
        case .funnel, .volatile, .offTrack:
            return reversed
        }
    }

    private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
        guard let a, let b else { return nil }
        return (a, b)
    }
}

extension FlagReport {
    /// The reason in every language the flag carries, as shown.
    func shownReasons(_ flag: UnitFlag) -> [String: String] {
        guard shown != nil else { return flag.reason.values }
        return Dictionary(uniqueKeysWithValues: flag.reason.values.keys.map { ($0, reasonText(flag, language: $0)) })
    }

    /// A learning partner's strengths (dimension → [partner's score, unit's score]) as shown.
    func shownStrengths(_ strengths: [String: [Double]]) -> [String: [Double]] {
        guard shown != nil else { return strengths }
        return Dictionary(uniqueKeysWithValues: strengths.map { key, v in (key, v.map { shownLevel(key, $0) }) })
    }
}

extension FlagReport {
    /// The note of a unit with no index path (already at its target), as shown.
    func pathNoteText(_ a: UnitAssessment, language: String) -> String? {
        guard let note = a.pathNote else { return nil }
        guard shown != nil else { return note.text(for: language) }
        let levels = note
        let root = result.root.id
        return Words(language).publishedNoPath(index: f(shownLevel(root, levels.index)), target: levels.description.text(for: language),
                                               level: f(shownLevel(root, levels.target)))
    }
}
