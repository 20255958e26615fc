import TouchstoneText

/// Builder for SVG path data with fixed-precision numbers: `M1,2L3,4Z`.
public struct PathData: Sendable, Equatable {
    public private(set) var text = ""

    public init() {}

    public var isEmpty: Bool { text.isEmpty }

    public mutating func move(_ x: Double, _ y: Double) { text += "M" + pair(x, y) }
    public mutating func line(_ x: Double, _ y: Double) { text += "L" + pair(x, y) }
    public mutating func horizontal(_ x: Double) { text += "H" + NumberFormat.svg(x) }
    public mutating func vertical(_ y: Double) { text += "V" + NumberFormat.svg(y) }
    public mutating func close() { text += "Z" }

    private func pair(_ x: Double, _ y: Double) -> String { NumberFormat.svg(x) + "," + NumberFormat.svg(y) }
}
