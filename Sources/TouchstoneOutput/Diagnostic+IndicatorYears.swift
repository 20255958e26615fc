import TouchstoneCore
import TouchstoneText

/// Words of framework changes over the years that the core reports as diagnostics (`years:`), in English and
/// Chinese.
///
/// | call | en | zh |
/// |---|---|---|
/// | `yearsText(2023...Int.max)` | from 2023 | 2023年起 |
/// | `valuesOutsideYears("x", 12, 2023...)` | 12 values of `x` lie outside its years (from 2023) … | `x` 有 12 个值不在其适用年份（2023年起）内 … |
extension Diagnostic.Kind {
    /// `from 2023`, `until 2021`, `2019–2022`, `only 2023`.
    public static func yearsText(_ years: ClosedRange<Int>, zh: Bool) -> String {
        switch (years.lowerBound, years.upperBound) {
        case (Int.min, let b): return zh ? "\(b)年及以前" : "until \(b)"
        case (let a, Int.max): return zh ? "\(a)年起" : "from \(a)"
        case (let a, let b) where a == b: return zh ? "仅\(a)年" : "only \(a)"
        case (let a, let b): return zh ? "\(a)–\(b)年" : "\(a)–\(b)"
        }
    }

    static func valuesOutsideYears(indicator: String, count: Int, years: ClosedRange<Int>, zh: Bool) -> String {
        let range = yearsText(years, zh: zh)
        return zh ? "`\(indicator)` 有 \(count) 个值不在其适用年份（\(range)）内：这些年份该指标不属于指标体系，这些值不计入指数（不算缺失值）"
                  : "\(count) value\(count == 1 ? "" : "s") of `\(indicator)` \(count == 1 ? "lies" : "lie") outside its years (\(range)): the indicator is not part of the framework then, so they are set aside (not counted as missing)"
    }
}

/// | `unitChanged("b05", 2023, "group", "functional", "case")` | unit `b05`: `group` changes from `functional` to `case` in 2023 … | 单位 `b05`：`group` 自2023年起由 `functional` 改为 `case` … |
extension Diagnostic.Kind {
    static func unitChanged(unit: String, year: Int, column: String, before: String, after: String, zh: Bool) -> String {
        zh ? "单位 `\(unit)`：`\(column)` 自\(year)年起由 `\(before)` 改为 `\(after)`；各年按当年的名称与组别比较，本年表格使用最新值"
           : "unit `\(unit)`: `\(column)` changes from `\(before)` to `\(after)` in \(year); each year is compared under that year's names and groups, the current tables use the newest"
    }
}

/// | `robustnessUnderNewestFramework(2023)` | history: as-published: the robustness analysis and improvement paths use the framework valid from 2023 … | history: as-published：稳健性分析与改进路径按2023年起适用的指标体系计算 … |
extension Diagnostic.Kind {
    static func robustnessUnderNewestFramework(firstYear: Int, zh: Bool) -> String {
        zh ? "`history: as-published`：蒙特卡洛稳健性分析与改进路径的核验按\(firstYear)年起适用的（最新）指标体系计算，即被评估年份的体系；较早年份的发布得分按各自当年的体系计算"
           : "history: as-published: the Monte Carlo robustness analysis and the improvement-path checks use the framework valid from \(firstYear) (the newest, the assessed year's); the published scores of earlier years are each under their own year's framework"
    }
}
