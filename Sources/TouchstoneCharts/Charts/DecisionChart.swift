import TouchstoneText

/// The decision chart: one bar per unit, faceted by group, coloured by what the reader should do about the
/// unit, with a cut-off line and, when given, each unit's rank interval in a narrow panel on the right.
///
/// ```
/// Title
/// ■ needs help  ■ watch  ■ fine  ■ exemplar  ▨ not assessed  ┆ cut-off 41.2  ─●─ rank interval
///                        0   20   40   60   80          1      17      34
/// Group A (12)
///   ▶ Unit one  ████████████ 62.6                    ├──●──┤
///     Unit two  ███████ 34.4  ┆                              ├─●─┤
/// Group B (9)
///   …
/// ```
///
/// Within a facet rows are sorted by value, highest first (ties keep input order); missing values go last
/// with `missingText`. A "needs help" bar takes the severity's shade (`theme.needsHelpFills`, light to
/// dark); "not assessed" bars are hatched. Units that need help also get a bold label and a marker, so the
/// tier does not rest on colour alone. Only items with `labelled` set get a name (the caller picks which
/// when there are too many to name); the others keep their bar.
public struct DecisionChart: Sendable {
    /// What the reader should do about a unit.
    public enum Tier: Int, Sendable, CaseIterable { case needsHelp, watch, fine, exemplar, notAssessed }

    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var tier: Tier
        /// 1 (low) to 3 (high), for the shade of a "needs help" bar.
        public var severity: Int
        /// The rank interval (low, point, high), in ranks; nil when there is none.
        public var rank: [Double]?
        public var labelled: Bool

        public init(label: String, value: Double, tier: Tier, severity: Int = 2, rank: [Double]? = nil, labelled: Bool = true) {
            self.label = label
            self.value = value
            self.tier = tier
            self.severity = severity
            self.rank = rank
            self.labelled = labelled
        }
    }

    public struct Facet: Sendable, Equatable {
        public var title: String
        public var items: [Item]
        public init(title: String, items: [Item]) {
            self.title = title
            self.items = items
        }
    }

    public var text: ChartText
    public var facets: [Facet]
    /// The value below which units fall into the bottom share, drawn as a dashed line across every facet.
    public var cutoff: Double?
    public var cutoffLegend: String?
    /// Legend text per tier; a tier is shown in the legend when it has a text and an item.
    public var tierLegends: [Tier: String] = [:]
    public var rankAxisTitle: String?
    public var rankLegend: String?
    /// The number of ranked units (the rank panel's domain is 1…rankCount).
    public var rankCount = 0
    public var valueAxisTitle: String?
    /// Fixed value domain (e.g. the normalisation range); by default from zero to the data.
    public var domain: (Double, Double)?
    public var valueFormat = NumberFormat(decimals: 1)
    public var missingText = "–"
    public var width = 760.0
    public var rowHeight = 16.0
    public var maxLabelWidth = 240.0
    public var idPrefix = "decision"
    public var theme = ChartTheme.standard

    public init(text: ChartText, facets: [Facet]) {
        self.text = text
        self.facets = facets
    }

    /// A facet's items in drawing order: highest first, missing values last, ties in input order.
    static func sorted(_ items: [Item]) -> [Item] {
        let present = items.enumerated().filter { !$0.element.value.isNaN }
            .sorted { ($0.element.value, -$0.offset) > ($1.element.value, -$1.offset) }.map(\.element)
        return present + items.filter { $0.value.isNaN }
    }

    /// The fill of a bar.
    func fill(_ item: Item) -> RGBColor {
        switch item.tier {
        case .needsHelp: return theme.needsHelpFills[max(0, min(2, item.severity - 1))]
        case .watch: return theme.watch
        case .fine: return theme.neutral
        case .exemplar: return theme.exemplar
        case .notAssessed: return theme.background
        }
    }

    var hasRanks: Bool { rankCount > 1 && facets.contains { $0.items.contains { $0.rank != nil } } }
}
