import TouchstoneCore

/// The words of the problems found in the unit table's attributes and statuses, in vote counts and in the
/// lineage table (renamed, merged, split, created and dissolved units).
extension TableProblem {
    func unitWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case let .yearlySizeNotPositive(text):
            return (w.t("size `\(text)` is not positive", "规模 `\(text)` 不是正数"),
                    w.t("rates and funnel limits divide by the size; write a number above 0, or leave it empty",
                        "比率和漏斗图界限都要除以规模；请写大于 0 的数，或留空"))
        case let .attributeNotNumber(text, column):
            return (w.t("`\(text)` in `\(column)` is not a number", "`\(column)` 中的 `\(text)` 不是数字"),
                    w.t("write a plain number, or leave the cell empty (missing)", "写一个普通数字，或让单元格留空（缺失）"))
        case let .unitYearNotWhole(text):
            return (w.t("year `\(text)` in the unit table is not a whole number", "单位表中的年份 `\(text)` 不是整数"),
                    w.t("write the year as four digits, e.g. 2021", "把年份写成四位数字，例如 2021"))
        case let .unknownStatus(text):
            // The Chinese words of each status are what a reader may type in the cell (`PanelLoader.statusWords`).
            let shown = [("exempt", "免于考核"), ("new", "新组建"), ("observer", "列席")].map { word, typed in
                w.t("`\(word)` (`\(typed)`)", "`\(word)`（`\(typed)`）")
            }
            let (a, b, c) = (shown[0], shown[1], shown[2])
            return (w.t("status `\(text)` is not one of `exempt`, `new`, `observer`", "状态 `\(text)` 不是 `exempt`、`new`、`observer` 之一"),
                    w.t("write \(a), \(b) or \(c), or leave the cell empty for a ranked unit", "写 \(a)、\(b) 或 \(c)，参加排名的单位留空"))
        case let .voteCountNotWhole(count, indicator, level, row):
            return (w.t("vote count \(count) of `\(indicator)` (\(level)) for \(row) is not a whole number of voters",
                        "`\(indicator)`（\(level)）在 \(row) 的票数 \(count) 不是整数人数"),
                    w.t("write the number of voters who chose each level (0 or more)", "写出选择各档次的投票人数（0 或以上）"))
        case let .notALineageEvent(text, choices):
            return (w.t("`\(text)` is not a lineage event", "`\(text)` 不是沿革事件"),
                    w.t("write one of: \(choices.joined(separator: ", "))", "写以下之一：\(choices.joined(separator: "、"))"))
        case let .lineageYearNotWhole(text):
            return (w.t("year `\(text)` is not a whole number", "年份 `\(text)` 不是整数"),
                    w.t("write the first year the change applies to, e.g. 2023", "写出变动开始适用的第一年，例如 2023"))
        case let .lineageIdCount(event, from, to, foundFrom, foundTo):
            return (w.t("`\(event)` takes \(w.idCount(from)) in `from` and \(w.idCount(to)) in `to`, not \(foundFrom) and \(foundTo)",
                        "`\(event)` 的 `from` 需要\(w.idCount(from))、`to` 需要\(w.idCount(to))，而不是 \(foundFrom) 个和 \(foundTo) 个"),
                    w.t("list ids separated by spaces, e.g. `b05 b06`", "列出以空格分隔的编号，例如 `b05 b06`"))
        case let .notAMergeRule(text):
            return (w.t("`\(text)` is not a merge rule", "`\(text)` 不是合并规则"),
                    w.t("write mean or size-weighted", "写 mean 或 size-weighted"))
        case let .sizeWeightedWithoutSize(unit):
            return (w.t("`size-weighted` needs the size of `\(unit)`, which the unit table does not give", "`size-weighted` 需要 `\(unit)` 的规模，但单位表没有给出"),
                    w.t("give the unit a size (units.size_column), or write `mean` in `rule`", "给该单位填写规模（units.size_column），或在 `rule` 中写 `mean`"))
        default:
            preconditionFailure("not a unit-table, vote or lineage problem: \(self)")
        }
    }
}

extension Words {
    /// How many ids a lineage event takes: `nothing`, `one id`, `two or more ids` (zh: `无`, `一个编号`, `两个或以上编号`).
    func idCount(_ range: ClosedRange<Int>) -> String {
        guard range.lowerBound == range.upperBound else { return t("two or more ids", "两个或以上编号") }
        return range.lowerBound == 0 ? t("nothing", "空") : t("one id", "一个编号")
    }
}
