import TouchstoneStats

/// How well the raters of one indicator agree over the diagnosed rows (`touchstone diagnose`): ICC(2,1),
/// ICC(2,k), ICC(3,1) and Kendall's W (`RaterAgreement`) over the unit-years every rater scored.
///
/// Unit-years scored by only some raters are left out of the agreement statistics (counted in
/// `incompleteRows`); raters who scored no diagnosed row are left out. Agreement is `nil` with fewer than
/// two complete unit-years or two raters. Rule of thumb (Koo & Li 2016, J Chiropr Med 15(2)): ICC below
/// 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent.
public struct RaterAgreementSummary: Sendable {
    public var indicatorId: String
    public var method: RaterScores.Method
    public var raters: [String]
    /// Fewest and most raters per unit-year scored.
    public var ratersPerRow: ClosedRange<Int>?
    public var completeRows: Int
    public var incompleteRows: Int
    public var agreement: RaterAgreement?

    static func all(result: IndexResult, rows: [Int]) -> [RaterAgreementSummary] {
        result.panel.indicatorIds.compactMap { id in
            guard let table = result.panel.raters[id] else { return nil }
            let k = table.raters.count
            let active = table.raters.indices.filter { j in rows.contains { r in !table.scores[r * k + j].isNaN } }
            let scored = rows.map { r in active.map { j in table.scores[r * k + j] } }.filter { $0.contains { !$0.isNaN } }
            let counts = scored.map { $0.filter { !$0.isNaN }.count }
            let complete = scored.filter { !$0.contains(where: \.isNaN) }
            return RaterAgreementSummary(indicatorId: id, method: table.method, raters: active.map { table.raters[$0] },
                                         ratersPerRow: counts.min().map { $0 ... counts.max()! }, completeRows: complete.count,
                                         incompleteRows: scored.count - complete.count, agreement: RaterAgreement(complete))
        }
    }
}
