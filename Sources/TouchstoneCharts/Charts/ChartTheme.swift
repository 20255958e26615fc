/// Colours and type sizes shared by the charts: one colour grammar for every chart (the table in README.md,
/// "Colour grammar").
///
/// | meaning                          | colour                                   |
/// |----------------------------------|------------------------------------------|
/// | needs help (the only warm hue)   | `#a63000` high · `#d55e00` medium · `#f08a4b` low; text `#b03a00` |
/// | watch                            | `#f9c9a5` (the same hue, light)          |
/// | fine / no emphasis               | `#b4bfca`                                |
/// | exemplar, up, lift               | `#2166ac`                                |
/// | down, drag                       | `#8c510a`                                |
/// | not assessed                     | hatched `#8c8c8c`                        |
///
/// Severity is told by lightness within the one "needs help" hue, and never by colour alone (bold labels,
/// markers, the legend). The blue–brown pair is ColorBrewer BrBG/RdBu's colour-blind-safe ends. Every text
/// colour has a WCAG contrast of at least 4.5:1 on white (checked by `ChartThemeContrastTests`).
public struct ChartTheme: Sendable, Equatable {
    public var text = RGBColor(hex: "#1a1a1a")
    public var mutedText = RGBColor(hex: "#555555")
    public var axisLine = RGBColor(hex: "#8c8c8c")
    public var grid = RGBColor(hex: "#e6e6e6")
    public var background = RGBColor(hex: "#ffffff")
    /// Bars and marks with no emphasis ("fine").
    public var neutral = RGBColor(hex: "#b4bfca")
    /// Context shown behind the data: reference bands, faint lines.
    public var context = RGBColor(hex: "#d9d9d9")
    /// Units that need help (fills and text); the only use of the warm hue.
    public var highlight = RGBColor(hex: "#b03a00")
    /// Fills of "needs help" by severity, light to dark: low, medium, high.
    public var needsHelpFills = ["#f08a4b", "#d55e00", "#a63000"].map(RGBColor.init(hex:))
    /// Units to watch: the needs-help hue, light.
    public var watch = RGBColor(hex: "#f9c9a5")
    /// Exemplars (and what lifts, what rose).
    public var exemplar = RGBColor(hex: "#2166ac")
    /// Strokes of the hatch of units that were not assessed.
    public var notAssessed = RGBColor(hex: "#8c8c8c")
    /// Primary data colour.
    public var primary = RGBColor(hex: "#2166ac")
    /// Reference values: medians, targets.
    public var reference = RGBColor(hex: "#333333")
    /// Rising / lifting (blue) and falling / dragging (brown): the neutral diverging pair.
    public var positive = RGBColor(hex: "#2166ac")
    public var negative = RGBColor(hex: "#8c510a")
    /// Categorical colours for series: Okabe–Ito without its warm hues, which mean "needs help".
    public var categorical = ["#0072b2", "#009e73", "#cc79a7", "#56b4e9", "#6a3d9a", "#000000"].map(RGBColor.init(hex:))

    /// Every colour the charts use for text (a contrast test walks this list).
    public var textColors: [RGBColor] { [text, mutedText, highlight, exemplar, primary, reference, positive, negative] }

    public var titleSize = 16.0
    public var subtitleSize = 12.0
    public var labelSize = 11.0
    public var tickSize = 10.0
    public var noteSize = 10.0

    public init() {}

    public static let standard = ChartTheme()
}

/// The fixed texts of a chart, all supplied by the caller (so the caller localises them).
///
/// `description` becomes the SVG `<desc>` read by screen readers; when nil, the subtitle (or the title) is used.
public struct ChartText: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var description: String?
    /// A footnote under the chart: source, method, notes.
    public var note: String?

    public init(title: String, subtitle: String? = nil, description: String? = nil, note: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.note = note
    }

    var accessibleDescription: String { description ?? subtitle ?? title }
}
