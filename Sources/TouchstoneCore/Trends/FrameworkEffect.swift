/// The year-over-year change of a unit's score split into the effect of the framework change and the
/// effect of the unit's performance, by recomputing the earlier year under the later year's framework:
/// ```
/// total       = S_b(v_b) − S_a(v_a)      (each year under its own framework: history as-published)
/// framework   = S_a(v_b) − S_a(v_a)      (the earlier year, recomputed under the later framework)
/// performance = S_b(v_b) − S_a(v_b)      (both years under the later framework)
/// ```
/// so `framework + performance = total` exactly (up to rounding). v_y is the framework valid in year y
/// with `history: as-published`, the newest for every year with `history: current` (then framework = 0).
/// `nil` when either year has no score; without framework versions, framework = 0 and the total is the
/// plain change. Cf. the "constant structure" vs "structural change" split of index-number decompositions
/// (shift-share analysis; OECD/JRC Handbook 2008, §7 on revisions of the framework).
public struct FrameworkEffect: Sendable, Equatable {
    public var from: Int
    public var to: Int
    public var total: Double
    public var framework: Double
    public var performance: Double

    public static func split(result: IndexResult, unit: Int, node: String, from a: Int, to b: Int) -> FrameworkEffect? {
        guard let ra = result.panel.row(unit: unit, year: a), let rb = result.panel.row(unit: unit, year: b) else { return nil }
        func version(_ y: Int) -> [Double]? {
            guard result.project.history == .asPublished else { return result.frameworkVersions.last?.scores[node] }
            return result.frameworkVersions.first { $0.years.contains(y) }?.scores[node]
        }
        guard let va = version(a), let vb = version(b) else {
            let s = result.scores[node]!
            guard !s[ra].isNaN, !s[rb].isNaN else { return nil }
            return FrameworkEffect(from: a, to: b, total: s[rb] - s[ra], framework: 0, performance: s[rb] - s[ra])
        }
        let (aOwn, aNew, bNew) = (va[ra], vb[ra], vb[rb])
        guard !aOwn.isNaN, !aNew.isNaN, !bNew.isNaN else { return nil }
        return FrameworkEffect(from: a, to: b, total: bNew - aOwn, framework: aNew - aOwn, performance: bNew - aNew)
    }

    /// The changes that touch a unit's series between `a` and `b` (a change year in (a, b]).
    public static func changes(result: IndexResult, from a: Int, to b: Int) -> [FrameworkChange] {
        result.frameworkChanges.filter { $0.year > a && $0.year <= b }
    }
}
