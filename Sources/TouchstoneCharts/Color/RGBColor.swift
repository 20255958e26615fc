import Foundation

/// An sRGB colour with 8-bit channels, written as `#rrggbb`.
public struct RGBColor: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb` or `rrggbb`; a malformed literal is a programmer error.
    public init(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6, let v = UInt32(s, radix: 16) else { preconditionFailure("bad colour literal \(hex)") }
        self.init(red: UInt8(v >> 16 & 0xFF), green: UInt8(v >> 8 & 0xFF), blue: UInt8(v & 0xFF))
    }

    /// `#rrggbb` in lower case.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var s = "#"
        for c in [red, green, blue] {
            s.append(digits[Int(c >> 4)])
            s.append(digits[Int(c & 0xF)])
        }
        return s
    }

    public var description: String { hex }

    /// Relative luminance (WCAG 2.1): 0 for black, 1 for white.
    public var luminance: Double {
        let (r, g, b) = (Self.linear(red), Self.linear(green), Self.linear(blue))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// WCAG contrast ratio between two colours, 1…21.
    public func contrast(with other: RGBColor) -> Double {
        let a = luminance + 0.05, b = other.luminance + 0.05
        return max(a, b) / min(a, b)
    }

    /// Whichever of `dark` and `light` reads better on this colour (the larger contrast ratio).
    public func readableText(dark: RGBColor = RGBColor(hex: "#1a1a1a"), light: RGBColor = RGBColor(hex: "#ffffff"))
        -> RGBColor
    {
        contrast(with: dark) >= contrast(with: light) ? dark : light
    }

    static func linear(_ c: UInt8) -> Double {
        let v = Double(c) / 255
        return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }

    static func encoded(_ v: Double) -> UInt8 {
        let s = v <= 0.0031308 ? 12.92 * v : 1.055 * pow(v, 1 / 2.4) - 0.055
        return UInt8(max(0, min(255, (s * 255).rounded())))
    }
}
