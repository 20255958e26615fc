/// How the history of the index is computed when the framework changes over the years (`history:`):
/// `current` recomputes every year under the newest framework (the default; the index of any year can
/// change when the framework does), `as-published` computes each year under the framework valid that year,
/// so published years keep their numbers.
public enum HistoryMode: String, Sendable, CaseIterable {
    case current
    case asPublished = "as-published"
}

/// A setting valid over a range of years: a weight (`weight: {until 2022: 0.3, from 2023: 0.4}`), a target,
/// goalposts or a data column (`column: {until 2021: theme_days, from 2022: theme_day_rate}`). The ranges of
/// one setting cover every year without overlap; `Int.min` / `Int.max` stand for open ends.
public struct YearRanged<Value: Sendable & Equatable>: Sendable, Equatable {
    public var years: ClosedRange<Int>
    public var value: Value

    public init(years: ClosedRange<Int>, value: Value) {
        self.years = years
        self.value = value
    }
}

/// A weight (or target) valid over a range of years.
public typealias YearRangeValue = YearRanged<Double>

extension Array {
    /// The value of the range holding `year`, for `[YearRanged]` lists.
    public func value<V>(inYear year: Int) -> V? where Element == YearRanged<V> {
        first { $0.years.contains(year) }?.value
    }
}

/// One change of the framework from `year` on: a node's weight, an indicator's target or goalposts (values
/// `before` → `after`), an indicator added or dropped (`years:`), or its data column renamed (`column:` per
/// range of years; the indicator stays one series).
public struct FrameworkChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case weight, target
        case goalposts(before: Goalposts, after: Goalposts)
        case added, dropped
        case renamed(from: String, to: String)
    }

    public var nodeId: String
    public var year: Int
    public var before: Double
    public var after: Double
    public var kind: Kind = .weight

    public init(nodeId: String, year: Int, before: Double = 0, after: Double = 0, kind: Kind = .weight) {
        self.nodeId = nodeId
        self.year = year
        self.before = before
        self.after = after
        self.kind = kind
    }

    /// Whether the change alters how existing values are scored or weighted (weights, targets, goalposts),
    /// so `history:` decides which years it reaches; added, dropped and renamed indicators are structural.
    public var isVersioned: Bool {
        switch kind {
        case .weight, .target, .goalposts: return true
        case .added, .dropped, .renamed: return false
        }
    }
}

/// The scores of every aggregate node under one version of the framework, valid over `years` (each version
/// is computed for every row, so a year can be recomputed under another year's framework).
public struct FrameworkVersion: Sendable {
    public var years: ClosedRange<Int>
    public var scores: [String: [Double]]
}
