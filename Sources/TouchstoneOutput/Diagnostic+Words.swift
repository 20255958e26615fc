import TouchstoneCore

/// The words of `Diagnostic.Kind` in English and Chinese, and of a diagnostic as a reader sees it.
///
/// | kind | en | zh |
/// |---|---|---|
/// | `.unitWithoutData(unit: "b35")` | unit `b35` has no data and is left out | 单位 `b35` 没有数据，未纳入 |
/// | `.decodedFromGB18030` | decoded from GB18030 (…); saving as UTF-8 is recommended | 已按 GB18030（…）读取；建议另存为 UTF-8 |
/// | `.indicatorWithoutValues("x", 2021)` | `x` has no values in year 2021; its scores are missing | `x` 在 2021 年没有数值，其得分缺失 |
extension Diagnostic.Kind {
    public func text(_ language: String) -> String {
        let zh = Words(language).zh
        switch self {
        case .unitWithoutData(let unit):
            return zh ? "单位 `\(unit)` 没有数据，未纳入" : "unit `\(unit)` has no data and is left out"
        case .decodedFromGB18030:
            return zh ? "已按 GB18030（中文 Windows 编码）读取；建议另存为 UTF-8"
                      : "decoded from GB18030 (a Chinese Windows encoding); saving as UTF-8 is recommended"
        case .trendsOnPerYearScores:
            return zh ? "部分指标按年份分别归一化（`scope: year`）：每年的得分只在当年内比较各单位，因此进步但慢于其他单位的单位得分会下降，全体共同进步则显示为没有变化。下文的趋势按这些得分计算；若要跨年比较，请在 `defaults.normalisation` 下设置 `scope: panel`。"
                      : "some indicators are normalised per year (`scope: year`): each year's scores only rank units within that year, so a unit that improves while the others improve more shows a falling score, and an all-round improvement shows as no change. Trends below use those scores as they are; set `scope: panel` under `defaults.normalisation` to compare years."
        case let .valuesOutsideIndicatorYears(indicator, count, years):
            return Self.valuesOutsideYears(indicator: indicator, count: count, years: years, zh: zh)
        case let .unitChanged(unit, year, column, before, after):
            return Self.unitChanged(unit: unit, year: year, column: column, before: before, after: after, zh: zh)
        case let .robustnessUnderNewestFramework(firstYear):
            return Self.robustnessUnderNewestFramework(firstYear: firstYear, zh: zh)
        case .perYearScaling:
            return zh ? "部分指标按年份分别归一化：其得分只在当年内比较各单位，不能跨年比较；分析趋势请使用 `scope: panel`"
                      : "some indicators are normalised per year: their scores rank units within each year and are not comparable across years; use `scope: panel` for trends"
        case let .indicatorWithoutValues(indicator, year):
            if let year {
                return zh ? "`\(indicator)` 在 \(year) 年没有数值，其得分缺失" : "`\(indicator)` has no values in year \(year); its scores are missing"
            }
            return zh ? "`\(indicator)` 没有数值，其得分缺失" : "`\(indicator)` has no values; its scores are missing"
        case .treatmentSummary(let summary):
            return summary.text(language)
        case .indicatorsSkipped, .blankVoteCounts, .fewVoters:
            return inputText(Words(language))
        case .method(let finding):
            return finding.text(language)
        }
    }
}

extension Diagnostic {
    /// The diagnostic's text in `language`: its kind's words, or its `message` when it has no kind yet.
    public func text(_ language: String) -> String {
        kind?.text(language) ?? message
    }

    /// The diagnostic as the CLI prints it: `file:line:column: warning: text` (compilers' form).
    public func line(_ language: String) -> String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): " + text(language)
    }
}
