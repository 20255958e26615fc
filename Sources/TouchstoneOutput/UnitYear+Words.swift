import TouchstoneCore

extension UnitYear {
    /// The unit-year in `language`: "unit `b01` in 2020" / "单位 `b01` 2020 年".
    public func text(_ language: String) -> String {
        Words(language).t("unit `\(unit)` in \(year)", "单位 `\(unit)` \(year) 年")
    }
}

extension Words {
    /// " in 2020" after a finding fitted per year / "（2020 年）"; empty for a fit over all years.
    func inYear(_ year: Int?) -> String {
        year.map { t(" in \($0)", "（\($0) 年）") } ?? ""
    }

    /// Ids in backticks, joined: "`a`, `b`" / "`a`、`b`".
    func codeList(_ ids: [String]) -> String {
        ids.map { "`\($0)`" }.joined(separator: t(", ", "、"))
    }
}
