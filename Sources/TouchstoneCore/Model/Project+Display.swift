import TouchstoneText

extension Project {
    /// Decimals for showing scores to people, from the width of the score scale: enough to resolve a
    /// thousandth of it (``NumberFormat/decimals(forRange:)``): 1 on 0–100, 3 on 0–1 scales such as the HDI.
    /// CSV and JSON always carry the full numbers.
    public var scoreDecimals: Int {
        let r = defaults.normalisation.range
        return NumberFormat.decimals(forRange: r.upperBound - r.lowerBound)
    }
}

extension Project {
    /// A group value or rating level as the project names it in `language` (`labels:`), or nil when the
    /// project gives it no label in that language (nor in English).
    public func label(of value: String, _ language: String) -> String? {
        guard let text = labels[value] else { return nil }
        let t = text.text(for: language)
        return t.isEmpty ? nil : t
    }
}

extension Project {
    /// A unit's group in `column` as the reader sees it: the project's label of the value (`labels:`), else
    /// the unit table's name column for the language, else the value itself.
    public func groupName(of unit: UnitInfo, _ column: String, _ language: String) -> String {
        unit.groups[column].flatMap { label(of: $0, language) } ?? unit.groupName(column, language)
    }
}
