/// Colours and type sizes shared by the charts. The defaults keep text at WCAG AA contrast on white and use
/// Okabe–Ito hues for anything that must be told apart.
public struct ChartTheme: Sendable, Equatable {
    public var text = RGBColor(hex: "#1a1a1a")
    public var mutedText = RGBColor(hex: "#555555")
    public var axisLine = RGBColor(hex: "#8c8c8c")
    public var grid = RGBColor(hex: "#e6e6e6")
    public var background = RGBColor(hex: "#ffffff")
    /// Bars and marks with no emphasis.
    public var neutral = RGBColor(hex: "#9aaabb")
    /// Context shown behind the data: reference bands, faint lines.
    public var context = RGBColor(hex: "#d9d9d9")
    /// Highlighted units (Okabe–Ito vermillion).
    public var highlight = RGBColor(hex: "#d55e00")
    /// Primary data colour (Okabe–Ito blue).
    public var primary = RGBColor(hex: "#0072b2")
    /// Reference values: medians, targets.
    public var reference = RGBColor(hex: "#333333")
    /// Rising / positive (Okabe–Ito blue) and falling / negative (Okabe–Ito vermillion).
    public var positive = RGBColor(hex: "#0072b2")
    public var negative = RGBColor(hex: "#d55e00")
    /// Categorical colours for series.
    public var categorical = Palette.okabeItoOnWhite

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
