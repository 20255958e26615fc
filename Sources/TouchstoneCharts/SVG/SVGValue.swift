import TouchstoneText

/// An attribute value: text, or a number printed with ``NumberFormat/svg(_:decimals:)`` fixed precision.
///
/// Literals work directly (`"none"`, `12`, `0.5`); a `Double` variable is written `.n(x)`.
public enum SVGValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringInterpolation
{
    case text(String)
    case number(Double)

    public static func n(_ x: Double) -> SVGValue { .number(x) }

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }

    /// The unescaped attribute text.
    public var rendered: String {
        switch self {
        case .text(let s): return s
        case .number(let x): return NumberFormat.svg(x)
        }
    }
}

/// One attribute: a name and a value. Attributes keep the order in which they were set.
public struct SVGAttribute: Sendable, Equatable {
    public var name: String
    public var value: SVGValue

    public init(_ name: String, _ value: SVGValue) {
        self.name = name
        self.value = value
    }
}
