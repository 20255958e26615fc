/// A node of an SVG document: an element or a run of text.
public enum SVGNode: Sendable, Equatable {
    case element(SVGElement)
    case text(String)
}

/// An SVG element with ordered attributes and children.
///
/// Attributes are written in the order they were first set (setting one again replaces its value in place),
/// children in the order they were added, so output is byte-stable. Text children and attribute values are
/// escaped on output by ``SVGEscaping``; nothing a caller passes can open a tag.
///
/// ```swift
/// var g = SVGElement("g", ["class": "bars"])
/// g.append(SVGElement("rect", ["x": .n(1.5), "y": 0, "width": 10, "height": 4, "fill": "#0072b2"]))
/// g.append(SVGElement.text("text", "A & B", ["x": 3]))
/// // <g class="bars"><rect x="1.5" y="0" width="10" height="4" fill="#0072b2"/><text x="3">A &amp; B</text></g>
/// ```
public struct SVGElement: Sendable, Equatable {
    public var name: String
    public private(set) var attributes: [SVGAttribute]
    public var children: [SVGNode]

    public init(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], children: [SVGElement] = []) {
        self.name = name
        self.attributes = []
        self.children = children.map { .element($0) }
        for (k, v) in attributes { set(k, v) }
    }

    /// An element whose only child is `content` as text (escaped on output).
    public static func text(_ name: String, _ content: String, _ attributes: KeyValuePairs<String, SVGValue> = [:])
        -> SVGElement
    {
        var e = SVGElement(name, attributes)
        e.children = [.text(content)]
        return e
    }

    /// Sets an attribute, replacing its value in place when it is already there.
    public mutating func set(_ name: String, _ value: SVGValue) {
        if let i = attributes.firstIndex(where: { $0.name == name }) {
            attributes[i].value = value
        } else {
            attributes.append(SVGAttribute(name, value))
        }
    }

    /// Returns a copy with an attribute set.
    public func with(_ name: String, _ value: SVGValue) -> SVGElement {
        var copy = self
        copy.set(name, value)
        return copy
    }

    public subscript(attribute name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value.rendered
    }

    public mutating func append(_ child: SVGElement) { children.append(.element(child)) }
    public mutating func append(contentsOf elements: [SVGElement]) {
        children.append(contentsOf: elements.map { .element($0) })
    }
    public mutating func append(text: String) { children.append(.text(text)) }

    /// The element as XML text. Elements holding only elements are indented one level per depth, two spaces
    /// each; an element with any text child is written on one line so that no whitespace enters its text.
    public func render(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, depth: indent)
        return out
    }

    func write(to out: inout String, depth: Int) {
        let pad = String(repeating: "  ", count: depth)
        out += pad
        writeInline(to: &out, pretty: true, depth: depth)
    }

    private func openTag(_ out: inout String) {
        out += "<" + name
        for a in attributes {
            out += " " + a.name + "=\"" + SVGEscaping.attribute(a.value.rendered) + "\""
        }
    }

    private func writeInline(to out: inout String, pretty: Bool, depth: Int) {
        openTag(&out)
        if children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        let hasText = children.contains { if case .text = $0 { return true } else { return false } }
        if hasText || !pretty {
            for child in children {
                switch child {
                case .text(let s): out += SVGEscaping.text(s)
                case .element(let e): e.writeInline(to: &out, pretty: false, depth: 0)
                }
            }
        } else {
            for child in children {
                if case .element(let e) = child {
                    out += "\n"
                    e.write(to: &out, depth: depth + 1)
                }
            }
            out += "\n" + String(repeating: "  ", count: depth)
        }
        out += "</" + name + ">"
    }
}
