import TouchstoneText

/// A standalone, accessible SVG document.
///
/// The root carries `role="img"` and `aria-labelledby` pointing at a `<title>` and a `<desc>` that come
/// first among its children, a `viewBox` equal to its size, and a font stack with CJK fallbacks. Nothing
/// external is referenced: no fonts, scripts, images, stylesheets or links.
///
/// ```xml
/// <svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400" role="img"
///      aria-labelledby="c-title c-desc" font-family="…">
///   <title id="c-title">…</title>
///   <desc id="c-desc">…</desc>
///   …
/// </svg>
/// ```
///
/// `idPrefix` keeps the ids (title, desc, patterns, gradients) unique when several charts share one HTML page;
/// it is reduced to ASCII letters, digits, `-` and `_`.
public struct SVGDocument: Sendable {
    /// Sans-serif stack: Noto Sans for Latin, then common Simplified Chinese faces on each platform.
    public static let fontFamily =
        "'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', "
        + "'WenQuanYi Micro Hei', sans-serif"

    public var width: Double
    public var height: Double
    public var title: String
    public var description: String
    public var idPrefix: String
    public var background: String?
    public var children: [SVGElement] = []

    public init(width: Double, height: Double, title: String, description: String, idPrefix: String = "chart",
                background: String? = "#ffffff") {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.idPrefix = SVGDocument.sanitizedID(idPrefix)
        self.background = background
    }

    /// `prefix-name`, the id to use for a definition (pattern, gradient) inside this document.
    public func id(_ name: String) -> String { idPrefix + "-" + name }

    public mutating func append(_ element: SVGElement) { children.append(element) }
    public mutating func append(contentsOf elements: [SVGElement]) { children.append(contentsOf: elements) }

    public var root: SVGElement {
        var svg = SVGElement("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "width": .n(width), "height": .n(height),
            "viewBox": .text("0 0 \(NumberFormat.svg(width)) \(NumberFormat.svg(height))"),
            "role": "img",
            "aria-labelledby": .text("\(id("title")) \(id("desc"))"),
            "font-family": .text(SVGDocument.fontFamily),
        ])
        svg.append(.text("title", title, ["id": .text(id("title"))]))
        svg.append(.text("desc", description, ["id": .text(id("desc"))]))
        if let background {
            svg.append(SVGElement("rect", ["width": .n(width), "height": .n(height), "fill": .text(background)]))
        }
        svg.append(contentsOf: children)
        return svg
    }

    /// The document text: the root element, pretty-printed, ending with a newline.
    public func render() -> String { root.render() + "\n" }

    static func sanitizedID(_ s: String) -> String {
        let kept = s.unicodeScalars.filter { u in
            (u.value < 128) && (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "-" || u == "_")
        }
        var out = String(String.UnicodeScalarView(kept))
        if out.isEmpty || !(out.unicodeScalars.first!.properties.isAlphabetic) { out = "c" + out }
        return out
    }
}
