import TouchstoneCore

/// The words of the treatment, vote, uncertainty, reference, bands and selection-rule problems
/// (`ProjectProblem`).
enum TreatmentSettingsWords {
    static func winmaxTooSmall(_ w: Words, found: Int) -> ProblemWords {
        (w.t("`winmax` must be at least 1, found \(found)", "`winmax` 须至少为 1，实为 \(found)"),
         w.t("write e.g. `winmax: 5` (COINr's default), or `outliers: none`", "例如写 `winmax: 5`（COINr 的默认值），或写 `outliers: none`"))
    }

    static func thresholdNotPositive(_ w: Words, key: String, found: Double) -> ProblemWords {
        let example = key == "skew" ? "2" : "3.5"
        return (w.t("`\(key)` must be a positive threshold, found \(found)", "`\(key)` 须为正的阈值，实为 \(found)"),
                w.t("write e.g. `\(key): \(example)` (COINr's defaults)", "例如写 `\(key): \(example)`（COINr 的默认值）"))
    }

    static func screenNotPanel(_ w: Words) -> ProblemWords {
        (w.t("`screen` applies to the whole panel", "`screen` 作用于整个面板数据"), w.t("move it to `defaults: treatment: screen:`", "把它移到 `defaults: treatment: screen:`"))
    }

    static func screenShare(_ w: Words, key: String, found: Double) -> ProblemWords {
        (w.t("`\(key)` must be a share between 0 and 1, found \(found)", "`\(key)` 须为 0 到 1 之间的比例，实为 \(found)"),
         w.t("write e.g. `\(key): 0.9` (90% of the data present)", "例如写 `\(key): 0.9`（有 90% 的数据）"))
    }

    static func screenNeedsCoverage(_ w: Words) -> ProblemWords {
        (w.t("`screen` needs `min_unit_coverage` or `min_indicator_coverage`", "`screen` 需要 `min_unit_coverage` 或 `min_indicator_coverage`"),
         w.t("write e.g. `screen: {min_unit_coverage: 0.9}`", "例如写 `screen: {min_unit_coverage: 0.9}`"))
    }

    static func denominatorNotColumn(_ w: Words, denominator: String, attributeColumns: [String]) -> ProblemWords {
        let fix = Suggestions.closest(to: denominator, among: attributeColumns).map { w.t("did you mean `\($0)`?", "是否应为 `\($0)`？") }
            ?? w.t("list the column under `units: attribute_columns: [\(denominator)]`, or write `denominator: size`",
                   "在 `units: attribute_columns: [\(denominator)]` 下列出该列，或写 `denominator: size`")
        return (w.t("denominator `\(denominator)` is not a numeric column of the unit table", "分母 `\(denominator)` 不是单位表的数值列"), fix)
    }

    static func imputeGroupNotGroupColumn(_ w: Words, group: String, groupColumns: [String]) -> ProblemWords {
        (w.t("imputation group `\(group)` is not one of the unit table's `group_columns`", "插补分组 `\(group)` 不在单位表的 `group_columns` 中"),
         groupColumns.isEmpty ? w.t("declare it under `units: group_columns`", "在 `units: group_columns` 下声明它")
                              : w.t("use one of: \(w.choiceList(groupColumns))", "使用 \(w.choiceList(groupColumns)) 之一"))
    }

    static func imputeNeedsGroups(_ w: Words, impute: String) -> ProblemWords {
        (w.t("`impute: \(impute)` needs peer groups, but the unit table declares no `group_columns`", "`impute: \(impute)` 需要同类分组，但单位表没有声明 `group_columns`"),
         w.t("add `group_columns: [group]` under `units`, or use `impute: mean`", "在 `units` 下添加 `group_columns: [group]`，或用 `impute: mean`"))
    }

    static func boxcoxNeedsLambda(_ w: Words) -> ProblemWords {
        (w.t("`transform: boxcox` needs `lambda`", "`transform: boxcox` 需要 `lambda`"), w.t("add e.g. `lambda: 0.5` (0 is the natural log)", "例如添加 `lambda: 0.5`（0 即自然对数）"))
    }

    static func doubleTransform(_ w: Words, id: String, transform: String) -> ProblemWords {
        (w.t("`\(id)` has both `transform: log` and a treatment `transform: \(transform)`", "`\(id)` 同时有 `transform: log` 和处理步骤的 `transform: \(transform)`"),
         w.t("keep one: the indicator's `transform: log` also transforms goalposts and targets", "只保留一个：指标的 `transform: log` 也会变换阈值和目标值"))
    }

    static func treatmentTransformRawUnits(_ w: Words, id: String, transform: String) -> ProblemWords {
        (w.t("`\(id)`: a treatment `transform: \(transform)` changes the values but not the goalposts, target or bands given in raw units",
             "`\(id)`：处理步骤的 `transform: \(transform)` 会变换数值，但不变换按原始单位给出的阈值、目标值或分档"),
         w.t("use the indicator's own `transform: log` (which transforms goalposts and targets too), or a data-driven normalisation such as min-max",
             "改用指标自身的 `transform: log`（它同时变换阈值和目标值），或用数据驱动的标准化方法，如 min-max"))
    }

    // MARK: votes

    /// The vote levels and summaries as users write them in their data (Chinese in both languages' words).
    static let levelsExample = "`levels: {优秀: 100, 良好: 80, 一般: 60, 较差: 0}`"
    static let best = "优秀", worst = "较差", bestShare = "优秀率", unsatisfiedShare = "不满意率"

    static func voteLevelsNotMapping(_ w: Words) -> ProblemWords {
        (w.t("`levels` must map each level to its value", "`levels` 须把每个等级映射到其分值"),
         w.t("write e.g. \(levelsExample), best first", "例如写 \(levelsExample)，最好的在前"))
    }

    static func voteLevelsTooFew(_ w: Words) -> ProblemWords {
        (w.t("a vote indicator needs at least two levels", "投票指标至少需要两个等级"), w.t("list every level with its value, best first", "列出每个等级及其分值，最好的在前"))
    }

    static func voteLevelsOrder(_ w: Words) -> ProblemWords {
        (w.t("the levels are not written best first (values must not increase)", "等级没有按最好的在前书写（分值不能递增）"),
         w.t("list them from the best (e.g. \(best) 100) to the worst (\(worst) 0): \(bestShare) and \(unsatisfiedShare) are read from the first and last",
             "从最好（如 \(best) 100）列到最差（\(worst) 0）：\(bestShare)和\(unsatisfiedShare)分别取自第一个和最后一个等级"))
    }

    static func voteLevelsMissing(_ w: Words, id: String) -> ProblemWords {
        (w.t("vote indicator `\(id)` has no `levels`", "投票指标 `\(id)` 没有 `levels`"),
         w.t("add e.g. \(levelsExample), or `vote_levels:` under `defaults:`", "例如添加 \(levelsExample)，或在 `defaults:` 下写 `vote_levels:`"))
    }

    static func minVotersNegative(_ w: Words) -> ProblemWords {
        (w.t("`min_voters` must be 0 or more", "`min_voters` 须不小于 0"), w.t("write e.g. `min_voters: 10`", "例如写 `min_voters: 10`"))
    }

    // MARK: uncertainty

    static func countOutOfRange(_ w: Words, key: String, minimum: Int, maximum: Int, found: Int) -> ProblemWords {
        (w.t("`\(key)` must be from \(minimum) to \(maximum), found \(found)", "`\(key)` 须在 \(minimum) 到 \(maximum) 之间，实为 \(found)"),
         w.t("write a whole number in that range", "写一个此范围内的整数"))
    }

    static func nonNegativeShare(_ w: Words, key: String, below: Double?, found: Double) -> ProblemWords {
        (w.t("`\(key)` must be at least 0" + (below.map { " and below \($0)" } ?? "") + ", found \(found)",
             "`\(key)` 须不小于 0" + (below.map { "且小于 \($0)" } ?? "") + "，实为 \(found)"),
         w.t("write e.g. `\(key): 0.25`", "例如写 `\(key): 0.25`"))
    }

    static func dirichletNotPositive(_ w: Words) -> ProblemWords {
        (w.t("`dirichlet` must be positive", "`dirichlet` 须为正数"),
         w.t("write e.g. `dirichlet: 20` (larger = closer to the nominal weights)", "例如写 `dirichlet: 20`（越大越接近名义权重）"))
    }

    // MARK: reference and bands

    static func referenceScaleNotPositive(_ w: Words) -> ProblemWords {
        (w.t("`scale` must be positive", "`scale` 须为正数"), w.t("write e.g. `scale: 100` (the reference scores 100)", "例如写 `scale: 100`（参照得 100 分）"))
    }

    static func referenceNeedsOne(_ w: Words) -> ProblemWords {
        (w.t("`reference` needs exactly one of `unit` and `year`", "`reference` 须且只须写 `unit` 和 `year` 之一"),
         w.t("write e.g. `reference: {unit: b01}` or `reference: {year: 2019}`", "例如写 `reference: {unit: b01}` 或 `reference: {year: 2019}`"))
    }

    static func bandsNotIncreasing(_ w: Words) -> ProblemWords {
        (w.t("`bands` must be one or more strictly increasing thresholds", "`bands` 须为一个或多个严格递增的分界值"),
         w.t("write e.g. `bands: [60, 75, 90]` (four bands: below 60, 60–75, 75–90, 90 and above)", "例如写 `bands: [60, 75, 90]`（四档：60 以下、60–75、75–90、90 及以上）"))
    }

    // MARK: selection rules

    static func selectionBothSizes(_ w: Words, shareKey: String, countKey: String) -> ProblemWords {
        (w.t("give `\(shareKey)` or `\(countKey)`, not both", "`\(shareKey)` 和 `\(countKey)` 只写一个"), w.t("keep one of them", "只保留其中一个"))
    }

    static func selectionCountTooSmall(_ w: Words, countKey: String, found: Int) -> ProblemWords {
        (w.t("`\(countKey)` must be 1 or more, found \(found)", "`\(countKey)` 须不小于 1，实为 \(found)"), w.t("write e.g. `\(countKey): 3`", "例如写 `\(countKey): 3`"))
    }

    static func selectionNeedsSize(_ w: Words, shareKey: String, countKey: String) -> ProblemWords {
        (w.t("a selection rule needs `\(shareKey)` or `\(countKey)`", "选取规则需要 `\(shareKey)` 或 `\(countKey)`"),
         w.t("write e.g. `{\(shareKey): 0.1, rounding: half-up}`", "例如写 `{\(shareKey): 0.1, rounding: half-up}`"))
    }

    static func unknownRequirement(_ w: Words, value: String, allowed: [String]) -> ProblemWords {
        (w.t("unknown requirement `\(value)`", "未知的条件 `\(value)`"), w.t("use any of: \(w.choiceList(allowed))", "可使用 \(w.choiceList(allowed)) 中的任意几个"))
    }
}

/// The words of the scaling lock file's problems (`ProjectProblem`).
enum ScalingLockWords {
    static func lockUnreadable(_ w: Words, reason: String, projectFile: String) -> ProblemWords {
        (w.t("the lock file cannot be read (\(reason))", "锁文件无法读取（\(reason)）"),
         w.t("restore it from version control, or write it again with `touchstone freeze \(projectFile) --refit` (check `--dry-run` first: published scores may change)",
             "从版本库恢复它，或用 `touchstone freeze \(projectFile) --refit` 重新写出（先用 `--dry-run` 检查：已发布的得分可能改变）"))
    }

    static func scalingChanged(_ w: Words, added: [String], removed: [String], changed: [String], projectFile: String, projectName: String) -> ProblemWords {
        func ids(_ list: [String]) -> String { w.choiceList(list.map { "`\($0)`" }) }
        var changes: [String] = []
        if !added.isEmpty { changes.append(w.t("added ", "新增了 ") + ids(added)) }
        if !removed.isEmpty { changes.append(w.t("removed ", "删除了 ") + ids(removed)) }
        if !changed.isEmpty { changes.append(w.t("changed the normalisation of ", "改变了标准化设置：") + ids(changed)) }
        return (w.t("the scaling was frozen for another framework: since the freeze the project \(changes.joined(separator: "; "))",
                    "标度是为另一个框架冻结的：冻结之后，项目\(changes.joined(separator: "；"))"),
                w.t("to keep the published scores, undo the change in \(projectName); to republish, see what would change with `touchstone freeze \(projectFile) --refit --dry-run`, then refreeze with `touchstone freeze \(projectFile) --refit` (or delete the lock file to fit on the data again)",
                    "要保持已发布的得分，撤销 \(projectName) 中的改动；要重新发布，先用 `touchstone freeze \(projectFile) --refit --dry-run` 查看会改变什么，再用 `touchstone freeze \(projectFile) --refit` 重新冻结（或删除锁文件，按数据重新拟合）"))
    }
}
