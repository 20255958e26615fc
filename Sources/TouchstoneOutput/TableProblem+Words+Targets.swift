import TouchstoneCore

/// The words of the problems `TargetTableReader` finds in the key-targets table.
extension TableProblem {
    func targetWords(_ w: Words) -> (problem: String, fix: String) {
        switch self {
        case .targetsWithoutUnitOrGroup:
            return (w.t("the targets table has neither a `unit` nor a `group` column", "目标表中既没有 `unit` 列也没有 `group` 列"),
                    w.t("add a column `unit` (unit ids) or `group` (a peer group for all its units)", "添加 `unit` 列（单位编号）或 `group` 列（适用于组内所有单位的同类组）"))
        case let .targetRowUnitAndGroup(both):
            return (both ? w.t("the row names both a unit and a group", "该行同时写了单位和组别")
                         : w.t("the row names neither a unit nor a group", "该行既没有写单位也没有写组别"),
                    w.t("fill in exactly one of `unit` and `group`", "`unit` 和 `group` 只填其中一个"))
        case let .targetYearNotWhole(text):
            return (w.t("year `\(text)` is not a whole number", "年份 `\(text)` 不是整数"),
                    w.t("write the year of the target, e.g. 2024", "写明目标所属的年份，例如 2024"))
        case let .targetUnknownIndicator(indicator, suggestion, choices):
            return (w.t("`\(indicator)` is not an indicator of the framework", "`\(indicator)` 不是框架中的指标"),
                    suggestion.map { w.t("did you mean `\($0)`?", "是否想写 `\($0)`？") }
                        ?? w.t("use one of: \(choices.joined(separator: ", "))", "使用以下之一：\(choices.joined(separator: "、"))"))
        case let .targetNotNumber(text):
            return (w.t("target `\(text)` is not a number", "目标值 `\(text)` 不是数字"),
                    w.t("write a plain number in the indicator's unit, e.g. 16", "按指标的计量单位写一个普通数字，例如 16"))
        case let .milestoneNotNumber(text, period):
            return (w.t("milestone `\(text)` is not a number", "阶段目标 `\(text)` 不是数字"),
                    w.t("write the value expected by the end of \(period), or leave the cell empty", "写出到 \(period) 末应达到的值，或让单元格留空"))
        case let .targetUnknownUnit(unit, suggestion):
            return (w.t("unit `\(unit)` is not in the unit table", "单位 `\(unit)` 不在单位表中"),
                    suggestion.map { w.t("did you mean `\($0)`?", "是否想写 `\($0)`？") } ?? w.t("use an id of the unit table", "使用单位表中的编号"))
        case let .secondTarget(unit, year, indicator, firstLine):
            return (w.t("a second target for unit `\(unit)`, \(year), `\(indicator)` (first at line \(firstLine))",
                        "单位 `\(unit)`、\(year) 年、`\(indicator)` 有第二个目标（第一个在第 \(firstLine) 行）"),
                    w.t("keep one row per unit, year and indicator", "每个单位、年份和指标只保留一行"))
        case let .targetGroupWithoutUnits(group, groups):
            return (w.t("no unit belongs to group `\(group)`", "没有单位属于组别 `\(group)`"),
                    w.t("use a group of the unit table: \(groups.joined(separator: ", "))", "使用单位表中的组别：\(groups.joined(separator: "、"))"))
        default:
            preconditionFailure("not a targets problem: \(self)")
        }
    }
}
