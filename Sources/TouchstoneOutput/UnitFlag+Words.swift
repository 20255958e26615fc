import TouchstoneCore

extension UnitFlag.Severity {
    /// The severity in `language`: low, medium, high / 低, 中, 高.
    public func label(_ language: String) -> String {
        Words(language).t(name, ["", "低", "中", "高"][rawValue])
    }
}
