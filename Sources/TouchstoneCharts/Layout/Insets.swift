/// Space around a plot area, in px.
public struct Insets: Sendable, Equatable {
    public var top: Double
    public var right: Double
    public var bottom: Double
    public var left: Double

    public init(top: Double = 0, right: Double = 0, bottom: Double = 0, left: Double = 0) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    /// A left (or right) margin wide enough for the widest of `labels` at `fontSize`, plus `padding`, capped at
    /// `maximum` (longer labels are then truncated by the chart).
    public static func labelMargin(for labels: [String], fontSize: Double, padding: Double, maximum: Double)
        -> Double
    {
        let widest = labels.map { TextMeasure.width($0, fontSize: fontSize) }.max() ?? 0
        return min(maximum, widest + padding)
    }
}
