/// How a unit moved over the span, decided in this order (the first rule that holds wins):
///
/// | class | rule (defaults in `TrendSettings`) |
/// |---|---|
/// | `insufficientData` | fewer than `min_points` (4) present years |
/// | `volatile` | direction reversals in ≥ 75% of the possible places **and** mean \|year-over-year change\| ≥ 3 × the panel's median of that quantity (on-off) |
/// | `improving` | Mann–Kendall p < α (0.05) and S > 0 |
/// | `declining` | Mann–Kendall p < α and S < 0 |
/// | `stagnantBelowPeers` | no significant improvement and below the peer-group median in each of the last `stagnant_years` (4) years — "no substantive progress" |
/// | `stable` | otherwise |
///
/// With 6 yearly points and no ties the exact Mann–Kendall test needs at least 14 of the 15 pairs rising
/// (S ≥ 13, p = 0.017 two-sided; 13 of 15 gives p = 0.056) to call a series improving; one good year proves nothing.
/// Its words are the text layer's: `Output/TrendClass+Words.swift`.
public enum TrendClass: String, Sendable, Codable, CaseIterable {
    case improving, declining, stable
    case stagnantBelowPeers = "stagnant-below-peers"
    case volatile
    case insufficientData = "insufficient-data"
}

/// The evidence behind a classification, so the class can be explained with its numbers.
public struct TrendEvidence: Sendable, Equatable {
    public var pValue: Double?
    public var s: Int?
    public var reversals: Int?
    public var possibleReversals: Int?
    public var meanAbsoluteChange: Double?
    public var panelMedianAbsoluteChange: Double?
    /// Years (of the last `stagnant_years`) in which the unit was below its peer-group median.
    public var yearsBelowPeerMedian: Int
    public var yearsChecked: Int
}

enum TrendClassifier {
    static func classify(_ series: SeriesTrend, belowMedian: [Bool], panelMedianChange: Double?, settings: TrendSettings) -> (TrendClass, TrendEvidence) {
        let recent = Array(belowMedian.suffix(settings.stagnantYears))
        var evidence = TrendEvidence(
            pValue: series.pValue(settings: settings), s: series.mannKendall?.s,
            reversals: series.change?.reversals, possibleReversals: series.change.map { max(0, $0.yearOverYear.count - 1) },
            meanAbsoluteChange: series.meanAbsoluteChange, panelMedianAbsoluteChange: panelMedianChange,
            yearsBelowPeerMedian: recent.filter { $0 }.count, yearsChecked: recent.count)
        guard series.isSufficient, let p = evidence.pValue, let s = evidence.s else { return (.insufficientData, evidence) }
        if let r = evidence.reversals, let possible = evidence.possibleReversals, possible > 0,
           Double(r) >= settings.volatileReversalShare * Double(possible),
           let swing = evidence.meanAbsoluteChange, let median = panelMedianChange, swing >= settings.volatileSwingRatio * median, swing > 0 {
            return (.volatile, evidence)
        }
        if p < settings.alpha && s > 0 { return (.improving, evidence) }
        if p < settings.alpha && s < 0 { return (.declining, evidence) }
        if recent.count == settings.stagnantYears && recent.allSatisfy({ $0 }) {
            return (.stagnantBelowPeers, evidence)
        }
        evidence.yearsChecked = recent.count
        return (.stable, evidence)
    }
}
