import TouchstoneText

/// What changed since last year: two assessments compared (`AssessmentSnapshot`s, the old one archived or
/// recomputed, the new one current), for `touchstone review` and the report's "since last year" page.
///
/// - **Newly flagged**: needs help now, not in the old year. **Still flagged**: needs help in both, with
///   the number of years running (now, the old year, then each consecutive earlier archived year flagged).
///   **Cleared**: needed help in the old year and is now on watch, clear or an exemplar. **Unresolved**:
///   needed help in the old year and has no data now (not cleared).
/// - **Exemplars gained / lost**.
/// - **Across the cut-off**: at or below the bottom-share cut-off (`flags.bottom_share`) in one year and
///   above it in the other.
/// - **Published numbers that changed**: every index and dimension score of a unit-year in both
///   snapshots whose text at the published precision (`decimals`) differs, with its cause, decided in this
///   order: `correction` (the unit-year's own raw values differ), `framework` (the project file differs),
///   `new-data` (the data gained unit-years after the old assessment — a pooled scaling or data-driven
///   weights refit on them), `refit` (none of these: other units' corrections, a tool or method change).
///   Without row fingerprints (an old `flag --format json`), `correction` cannot be told and is not used;
///   without file fingerprints, `framework` is not used.
public struct YearReview: Sendable {
    public enum Cause: String, Sendable, Codable, CaseIterable {
        case correction
        case framework = "framework-change"
        case newData = "new-data"
        case refit
    }

    public struct Continuing: Sendable, Equatable {
        public var unit: String
        public var years: Int
    }

    public struct Changed: Sendable, Equatable {
        public var unit: String
        public var year: Int
        public var node: String
        public var before: Double
        public var after: Double
        public var cause: Cause
    }

    public var oldYear: Int
    public var newYear: Int
    public var newlyFlagged: [String] = []
    public var stillFlagged: [Continuing] = []
    /// Units that needed help in the old year and no longer do, with their status now.
    public var cleared: [(unit: String, now: String)] = []
    public var unresolved: [String] = []
    public var exemplarsGained: [String] = []
    public var exemplarsLost: [String] = []
    public var intoCutoff: [String] = []
    public var outOfCutoff: [String] = []
    public var changed: [Changed] = []
    /// Which fingerprints differ (`project`, `data`, `units`, `tool`); empty when either side has none.
    public var fingerprintsChanged: [String] = []
    /// Display names of the units named, by id.
    public var names: [String: [String: String]] = [:]

    /// - Parameters:
    ///   - old: the earlier assessment; `history` the archived ones before it, newest first.
    ///   - new: the current one; `rootId` the index node (for a `flag --format json` snapshot's index).
    ///   - decimals: the published precision of scores.
    public init(old: AssessmentSnapshot, new: AssessmentSnapshot, history: [AssessmentSnapshot] = [], rootId: String, decimals: Int) {
        oldYear = old.year
        newYear = new.year
        for e in old.units + new.units where !e.name.isEmpty { names[e.unit] = e.name }
        let flagged = "flagged", exemplar = "exemplar"
        let before = Dictionary(old.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let order = new.units.map(\.unit) + old.units.map(\.unit).filter { after[$0] == nil }
        for u in order {
            let was = before[u]?.status, now = after[u]?.status
            if now == flagged && was != flagged { newlyFlagged.append(u) }
            if now == flagged && was == flagged {
                var years = 2
                for h in history.sorted(by: { $0.year > $1.year }) where h.year < old.year {
                    guard h.entry(u)?.status == flagged else { break }
                    years += 1
                }
                stillFlagged.append(Continuing(unit: u, years: years))
            }
            if was == flagged && now != flagged {
                if now == nil || now == AssessmentSnapshot.notAssessed { unresolved.append(u) } else { cleared.append((u, now!)) }
            }
            if now == exemplar && was != exemplar { exemplarsGained.append(u) }
            if was == exemplar && now != exemplar { exemplarsLost.append(u) }
            if let b = before[u]?.belowCutoff, let a = after[u]?.belowCutoff, a != b {
                if a { intoCutoff.append(u) } else { outOfCutoff.append(u) }
            }
        }
        if let f = old.fingerprints, let g = new.fingerprints {
            fingerprintsChanged = [("project", f.project != g.project), ("data", f.data != g.data), ("units", f.units != g.units), ("tool", f.tool != g.tool)]
                .filter(\.1).map(\.0)
        }
        let grew = new.rows.keys.contains { old.rows[$0] == nil } || new.numbers.contains { $0.year > old.year }
        let newValue = Dictionary(new.numbers.map { (Key(unit: $0.unit, year: $0.year, node: $0.node), $0.value) }, uniquingKeysWith: { a, _ in a })
        func text(_ v: Double) -> String { NumberFormat.fixed(v, decimals: decimals) }
        for n in old.numbers {
            let node = n.node.isEmpty ? rootId : n.node
            guard let v = newValue[Key(unit: n.unit, year: n.year, node: node)], text(v) != text(n.value) else { continue }
            let key = "\(n.unit)|\(n.year)"
            let cause: Cause
            if let a = old.rows[key], let b = new.rows[key], a != b { cause = .correction }
            else if fingerprintsChanged.contains("project") { cause = .framework }
            else if grew { cause = .newData }
            else { cause = .refit }
            changed.append(Changed(unit: n.unit, year: n.year, node: node, before: n.value, after: v, cause: cause))
        }
    }

    struct Key: Hashable { var unit: String; var year: Int; var node: String }

    /// The number of changed numbers by cause, in `Cause` order (causes without changes left out).
    public var changesByCause: [(cause: Cause, count: Int)] {
        Cause.allCases.compactMap { c in
            let n = changed.filter { $0.cause == c }.count
            return n > 0 ? (c, n) : nil
        }
    }
}
