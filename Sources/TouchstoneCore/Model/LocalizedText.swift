/// A text in several languages, keyed by language code (`en`, `zh`, …).
///
/// `text(for:)` falls back to English, then to any language present, then to the given fallback, so a label
/// missing in one language never shows as empty.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public func text(for language: String, fallback: String = "") -> String {
        if let v = values[language], !v.isEmpty { return v }
        if let v = values["en"], !v.isEmpty { return v }
        if let key = values.keys.sorted().first, let v = values[key], !v.isEmpty { return v }
        return fallback
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(values)
    }

    public init(from decoder: Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }
}
