import TouchstoneCore

/// The words of the problems found in single cells of the data: values that are no number, out of range,
/// not a rating, or given twice.
extension TableProblem {
    func cellWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case let .duplicateValue(unit, year, indicator, firstLine):
            return (w.t("duplicate observation: unit `\(unit)`, year \(year), indicator `\(indicator)` was already given at line \(firstLine)",
                        "重复的观测值：单位 `\(unit)`、\(year) 年、指标 `\(indicator)` 已在第 \(firstLine) 行给出"),
                    w.t("keep one row per unit and year (remove or merge the duplicate)", "每个单位每年只保留一行（删除或合并重复的行）"))
        case let .valueOutOfRange(text, indicator, below, bound, source, markers):
            let side = below ? w.t("below its minimum \(bound)", "低于其最小值 \(bound)") : w.t("above its maximum \(bound)", "高于其最大值 \(bound)")
            return (w.t("`\(text)` in `\(indicator)` is \(side) (\(source))", "`\(indicator)` 中的 `\(text)` \(side)（\(source)）"),
                    w.t("correct the value or mark it missing (\(w.markers(markers))); if such values are right, change `kind`, `min` or `max` of `\(indicator)` in the project file",
                        "改正该值或标为缺失（\(w.markers(markers))）；如果这样的值是对的，请在项目文件中修改 `\(indicator)` 的 `kind`、`min` 或 `max`"))
        case let .notARating(text, indicator, labels, markers):
            return (w.t("`\(text)` is not a rating of `\(indicator)`", "`\(text)` 不是 `\(indicator)` 的评级"),
                    w.t("use one of \(labels.joined(separator: ", ")), or a missing marker (\(w.markers(markers))); or add it to the indicator's `scale`",
                        "使用 \(labels.joined(separator: "、")) 之一，或缺失标记（\(w.markers(markers))）；或把它加入该指标的 `scale`"))
        case let .notFinite(text, indicator, what, markers):
            let shown = switch what {
            case .nan: w.t("is \"not a number\" (NaN), not a value", "是“非数字”（NaN），不是数值")
            case .tooLarge: w.t("is too large for a number (beyond ±1.8e308)", "太大，超出数字范围（超过 ±1.8e308）")
            case .infinite: w.t("is infinite", "是无穷大")
            }
            return (w.t("`\(text)` in `\(indicator)` \(shown)", "`\(indicator)` 中的 `\(text)` \(shown)"),
                    w.t("write a finite number, or a missing marker: \(w.markers(markers)) (set `missing_values` in the project file to add `\(text)`)",
                        "写一个有限的数字，或缺失标记：\(w.markers(markers))（在项目文件中设置 `missing_values` 可加入 `\(text)`）"))
        case let .notANumber(text, indicator, hint, markers):
            let shown = switch hint {
            case .thousandsSeparators: w.t(" (remove the thousands separators)", "（去掉千位分隔符）")
            case .percentSign: w.t(" (drop the % sign and keep the number)", "（去掉 % 号，只保留数字）")
            case nil: ""
            }
            return (w.t("`\(text)` in `\(indicator)` is not a number", "`\(indicator)` 中的 `\(text)` 不是数字"),
                    w.t("write a plain number\(shown), or a missing marker: \(w.markers(markers)) (set `missing_values` in the project file to add more)",
                        "写一个普通数字\(shown)，或缺失标记：\(w.markers(markers))（在项目文件中设置 `missing_values` 可加入更多标记）"))
        case let .raterScoredTwice(rater, unit, year, indicator, firstLine):
            return (w.t("rater `\(rater)` scored unit `\(unit)`, year \(year), indicator `\(indicator)` twice (first at line \(firstLine))",
                        "评分人 `\(rater)` 对单位 `\(unit)`、\(year) 年、指标 `\(indicator)` 打了两次分（第一次在第 \(firstLine) 行）"),
                    w.t("keep one score per rater, unit, year and indicator", "每个评分人对每个单位、年份和指标只保留一个分数"))
        default:
            preconditionFailure("not a cell problem: \(self)")
        }
    }
}

extension Words {
    /// The missing markers as a list, the empty cell as `empty` (zh: `空`).
    func markers(_ markers: [String]) -> String {
        markers.map { $0.isEmpty ? t("empty", "空") : $0 }.joined(separator: t(", ", "、"))
    }
}
