import Foundation

/// A colour in CIE L*a*b* (D50 white, Bradford-adapted from sRGB, as d3-color), used to interpolate ramps evenly in lightness, as d3-interpolate's
/// `interpolateLab` does.
///
/// ```
/// sRGB → linear RGB → XYZ (D50) → L*a*b*;  L* = 116 f(Y/Yn) − 16, a* = 500 (f(X/Xn) − f(Y/Yn)), …
/// ```
///
/// Round trips to 8-bit sRGB exactly for the ramp stops used here; colours outside the sRGB gamut are clipped.
public struct LabColor: Sendable, Equatable {
    public var l: Double
    public var a: Double
    public var b: Double

    public init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    private static let xn = 0.96422, yn = 1.0, zn = 0.82521  // d3-color's D50-adapted white
    private static let t0 = 4.0 / 29, t1 = 6.0 / 29, t2 = 3 * t1 * t1, t3 = t1 * t1 * t1

    public init(_ c: RGBColor) {
        let r = RGBColor.linear(c.red), g = RGBColor.linear(c.green), bl = RGBColor.linear(c.blue)
        // d3-color's Bradford-adapted sRGB → XYZ (D50) matrix.
        let y = Self.xyz((0.2225045 * r + 0.7168786 * g + 0.0606169 * bl) / Self.yn)
        let x: Double, z: Double
        if r == g && g == bl {
            x = y; z = y
        } else {
            x = Self.xyz((0.4360747 * r + 0.3850649 * g + 0.1430804 * bl) / Self.xn)
            z = Self.xyz((0.0139322 * r + 0.0971045 * g + 0.7141733 * bl) / Self.zn)
        }
        self.init(l: 116 * y - 16, a: 500 * (x - y), b: 200 * (y - z))
    }

    public var rgb: RGBColor {
        var y = (l + 16) / 116
        var x = y + a / 500
        var z = y - b / 200
        x = Self.xn * Self.lab2xyz(x)
        y = Self.yn * Self.lab2xyz(y)
        z = Self.zn * Self.lab2xyz(z)
        let r = 3.1338561 * x - 1.6168667 * y - 0.4906146 * z
        let g = -0.9787684 * x + 1.9161415 * y + 0.0334540 * z
        let bl = 0.0719453 * x - 0.2289914 * y + 1.4052427 * z
        return RGBColor(red: RGBColor.encoded(r), green: RGBColor.encoded(g), blue: RGBColor.encoded(bl))
    }

    /// The colour a fraction `t` (0…1) of the way from `self` to `other`.
    public func mix(_ other: LabColor, _ t: Double) -> LabColor {
        LabColor(l: l + (other.l - l) * t, a: a + (other.a - a) * t, b: b + (other.b - b) * t)
    }

    private static func xyz(_ t: Double) -> Double { t > t3 ? pow(t, 1.0 / 3) : t / t2 + t0 }
    private static func lab2xyz(_ t: Double) -> Double { t > t1 ? t * t * t : t2 * (t - t0) }
}
