/// How the history of the index is computed when the framework changes over the years (`history:`):
/// `current` recomputes every year under the newest framework (the default; the index of any year can
/// change when the framework does), `as-published` computes each year under the framework valid that year,
/// so published years keep their numbers.
public enum HistoryMode: String, Sendable, CaseIterable {
    case current
    case asPublished = "as-published"
}

/// A weight valid over a range of years (`weight: {until 2022: 0.3, from 2023: 0.4}`). The ranges of one
/// node cover every year without overlap; `Int.min` / `Int.max` stand for open ends.
public struct YearRangeValue: Sendable, Equatable {
    public var years: ClosedRange<Int>
    public var value: Double

    public init(years: ClosedRange<Int>, value: Double) {
        self.years = years
        self.value = value
    }
}

/// One change of the framework: a node's weight from `year` on.
public struct FrameworkChange: Sendable, Equatable {
    public var nodeId: String
    public var year: Int
    public var before: Double
    public var after: Double
}

/// The scores of every aggregate node under one version of the framework, valid over `years` (each version
/// is computed for every row, so a year can be recomputed under another year's framework).
public struct FrameworkVersion: Sendable {
    public var years: ClosedRange<Int>
    public var scores: [String: [Double]]
}
