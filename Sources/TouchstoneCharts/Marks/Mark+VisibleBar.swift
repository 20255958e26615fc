extension Mark {
    /// The narrowest bar drawn, px: a value at (or within a pixel of) the baseline still shows its colour.
    public static let minimumBarLength = 2.0

    /// A bar from `from` to `to` along x that is at least ``minimumBarLength`` long, so a unit scoring 0 (or
    /// the lowest value of its scale) keeps a visible mark in its tier's colour instead of a rectangle of
    /// width 0. A value left of the baseline grows to the left. Returns the bar and the x where it ends (for
    /// the value label); nil when a coordinate is missing.
    ///
    /// ```
    /// from 100, to 100.4 → a bar 100…102, ends at 102
    /// from 100, to  60   → a bar  60…100, ends at  60
    /// ```
    public static func visibleBar(from: Double, to: Double, y: Double, height: Double, fill: RGBColor) -> (bar: SVGElement, end: Double)? {
        guard from.isFinite, to.isFinite else { return nil }
        let length = to - from
        let end = abs(length) >= minimumBarLength ? to : from + (length < 0 ? -minimumBarLength : minimumBarLength)
        return bar(x: from, y: y, width: end - from, height: height, fill: fill).map { ($0, end) }
    }
}
