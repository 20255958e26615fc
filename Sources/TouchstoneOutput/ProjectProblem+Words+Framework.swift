import TouchstoneCore

/// The words of the framework's problems (`ProjectProblem`): its tree, nodes, weights, goalposts and the
/// settings that change over the years.
enum FrameworkWords {
    /// An ordinal scale as users write it (ratings in Chinese, the same in both languages' words).
    static let scaleExample = "`scale: {优秀: 4, 良好: 3, 一般: 2, 较差: 1}`"

    static func rootHasNoChildren(_ w: Words, id: String) -> ProblemWords {
        (w.t("the framework root `\(id)` has no children", "框架的根 `\(id)` 没有下级"),
         w.t("list the dimensions or indicators under `children:`", "在 `children:` 下列出维度或指标"))
    }

    static func tooDeep(_ w: Words, maximum: Int) -> ProblemWords {
        (w.t("the framework is more than \(maximum) levels deep, more than Touchstone accepts", "框架超过 \(maximum) 层，超出 Touchstone 的上限"),
         levelsFix(w, w.t("check the nesting of `children:`", "检查 `children:` 的嵌套")))
    }

    static func tooDeepAt(_ w: Words, depth: Int, node: String, maximum: Int) -> ProblemWords {
        (w.t("the framework is \(depth) levels deep (at `\(node)`), more than the \(maximum) Touchstone accepts",
             "框架深达 \(depth) 层（在 `\(node)` 处），超出 Touchstone 接受的 \(maximum) 层"),
         levelsFix(w, w.t("check the `parent` links", "检查 `parent` 的指向")))
    }

    static func parentInTreeForm(_ w: Words) -> ProblemWords {
        (w.t("`parent` is only used in the flat (list) form of the framework", "`parent` 只用于框架的平铺（列表）形式"),
         w.t("remove it: in the tree form a node's parent is the node it is listed under", "删除它：树形式中，节点的上级就是列出它的那个节点"))
    }

    static func childrenEmpty(_ w: Words) -> ProblemWords {
        (w.t("`children` is empty", "`children` 为空"),
         w.t("list at least one child, or remove `children:` to make this an indicator", "至少列出一个下级，或删除 `children:` 使其成为指标"))
    }

    static func childrenInFlatForm(_ w: Words) -> ProblemWords {
        (w.t("`children` is not used in the flat (list) form", "平铺（列表）形式不使用 `children`"),
         w.t("give each child a `parent:` instead", "改为给每个下级写 `parent:`"))
    }

    static func parentNotDeclared(_ w: Words, child: String, parent: String, declared: [String]) -> ProblemWords {
        let fix = Suggestions.closest(to: parent, among: declared).map { w.t("did you mean `\($0)`?", "是否应为 `\($0)`？") }
            ?? w.t("declare a node with id `\(parent)`, or correct the parent", "声明 id 为 `\(parent)` 的节点，或改正上级")
        return (w.t("node `\(child)` names parent `\(parent)`, which is not declared", "节点 `\(child)` 的上级 `\(parent)` 未声明"), fix)
    }

    static func cycle(_ w: Words, cycle: [String]) -> ProblemWords {
        let path = cycle.joined(separator: " → ")
        return (w.t("the framework has a cycle: \(path)", "框架中有循环：\(path)"),
                w.t("every node must lead up to the single root; correct one of these parents", "每个节点都须向上通到唯一的根；改正其中一个上级"))
    }

    static func roots(_ w: Words, roots: [String]) -> ProblemWords {
        if roots.isEmpty {
            return (w.t("the framework has no root", "框架没有根"),
                    w.t("leave `parent` out on exactly one node, the index", "只在一个节点（即指数）上省略 `parent`"))
        }
        return (w.t("the framework has \(roots.count) roots", "框架有 \(roots.count) 个根"),
                w.t("give every node but the index a `parent` (roots found: \(w.choiceList(roots)))", "除指数外，给每个节点写 `parent`（找到的根：\(w.choiceList(roots))）"))
    }

    static func nodeWithoutId(_ w: Words) -> ProblemWords {
        (w.t("a framework node has no `id`", "有一个框架节点没有 `id`"),
         w.t("give every node an `id:` (letters, digits, _ and -)", "给每个节点写 `id:`（字母、数字、_ 和 -）"))
    }

    static func duplicateId(_ w: Words, id: String, first: String) -> ProblemWords {
        (w.t("the id `\(id)` is used twice (first at \(first))", "id `\(id)` 用了两次（第一次在 \(first)）"),
         w.t("give every node of the framework its own id", "给框架的每个节点各自的 id"))
    }

    static func negativeWeight(_ w: Words, weight: Double, versioned: Bool) -> ProblemWords {
        let fix = w.t("weights must be zero or positive", "权重须为零或正数")
        return (w.t("weight \(weight) is negative", "权重 \(weight) 为负"),
                versioned ? fix : fix + w.t("; to reverse an indicator use `direction: lower`", "；要反转指标方向，请用 `direction: lower`"))
    }

    static func funnelLimits(_ w: Words) -> ProblemWords {
        (w.t("`limits` must be exact or normal", "`limits` 须为 exact 或 normal"),
         w.t("write `limits: exact` (default) or `limits: normal`", "写 `limits: exact`（默认）或 `limits: normal`"))
    }

    static func voteKeysOnNonVote(_ w: Words) -> ProblemWords {
        (w.t("`levels`, `summary` and `min_voters` apply to vote indicators", "`levels`、`summary` 和 `min_voters` 只用于投票指标"),
         w.t("add `type: votes`, or remove them", "添加 `type: votes`，或删除它们"))
    }

    static func capInvalid(_ w: Words) -> ProblemWords {
        (w.t("`cap` must be true, false, upper, lower, both or none", "`cap` 须为 true/false/upper/lower/both/none 之一"),
         w.t("write e.g. `cap: upper` to clamp only at the upper goalpost", "例如写 `cap: upper`，只在上阈值处截断"))
    }

    static func goalpostsIncomplete(_ w: Words) -> ProblemWords {
        (w.t("goalposts need `lower` and `upper`", "阈值需要 `lower` 和 `upper`"),
         w.t("write e.g. `goalposts: {lower: 0, upper: 100, cap: true}`", "例如写 `goalposts: {lower: 0, upper: 100, cap: true}`"))
    }

    static func indicatorKeyOnAggregate(_ w: Words, key: String) -> ProblemWords {
        (w.t("`\(key)` applies to indicators, but this node has children", "`\(key)` 只用于指标，但此节点有下级"),
         w.t("move it to the indicators below, or remove it", "把它移到下面的指标上，或删除它"))
    }

    static func aggregateKeyOnIndicator(_ w: Words, key: String, id: String) -> ProblemWords {
        (w.t("`\(key)` applies to nodes with children, but `\(id)` is an indicator", "`\(key)` 只用于有下级的节点，但 `\(id)` 是指标"),
         w.t("move it to the dimension above, or remove it", "把它移到上一级维度，或删除它"))
    }

    static func ordinalWithoutScale(_ w: Words, id: String) -> ProblemWords {
        (w.t("ordinal indicator `\(id)` has no `scale`", "等级指标 `\(id)` 没有 `scale`"),
         w.t("map each rating to a score, e.g. \(scaleExample)", "为每个等级指定分数，例如 \(scaleExample)"))
    }

    static func scaleOnNumeric(_ w: Words, id: String) -> ProblemWords {
        (w.t("`\(id)` has a `scale` but is numeric", "`\(id)` 有 `scale`，但它是数值指标"),
         w.t("add `type: ordinal`, or remove the scale", "添加 `type: ordinal`，或删除等级分数表"))
    }

    static func goalpostsEqual(_ w: Words, id: String, value: Double) -> ProblemWords {
        (w.t("`\(id)`: goalposts lower and upper are equal (\(value))", "`\(id)`：阈值的下限与上限相等（\(value)）"),
         w.t("give two different bounds", "给出两个不同的界限"))
    }

    static func goalpostsReversed(_ w: Words, id: String, lower: Double, upper: Double) -> ProblemWords {
        (w.t("`\(id)`: goalposts are reversed (lower \(lower) is above upper \(upper)), which would silently invert the scores",
             "`\(id)`：阈值上下颠倒（下限 \(lower) 高于上限 \(upper)），得分会被悄然反转"),
         w.t("write `lower` below `upper` in raw units; if smaller values are better, add `direction: lower`",
             "按原始单位写，使 `lower` 低于 `upper`；如果数值越小越好，添加 `direction: lower`"))
    }

    static func logNeedsPositiveGoalposts(_ w: Words, id: String) -> ProblemWords {
        (w.t("`\(id)`: a log transform needs positive goalposts", "`\(id)`：对数变换需要正的阈值"),
         w.t("use goalposts above 0, e.g. `{lower: 100, upper: 75000}`", "使用大于 0 的阈值，例如 `{lower: 100, upper: 75000}`"))
    }

    static func allWeightsZero(_ w: Words, id: String) -> ProblemWords {
        (w.t("all children of `\(id)` have weight 0", "`\(id)` 的所有下级权重均为 0"),
         w.t("give at least one child a positive weight", "至少给一个下级正的权重"))
    }

    static func weightsOverflow(_ w: Words, id: String) -> ProblemWords {
        (w.t("the weights of the children of `\(id)` add up to more than the largest number (about 1.8e308), so every score would be missing",
             "`\(id)` 的下级权重之和超过可表示的最大数（约 1.8e308），所有得分都将缺失"),
         w.t("use smaller weights; only their ratios matter (1, 2, 3 weighs the same as 1e300, 2e300, 3e300)",
             "使用较小的权重；只有比例起作用（1、2、3 与 1e300、2e300、3e300 效果相同）"))
    }

    static func minAboveMax(_ w: Words, min: Double, max: Double) -> ProblemWords {
        (w.t("`min` (\(min)) is above `max` (\(max))", "`min`（\(min)）高于 `max`（\(max)）"), w.t("write `min` below `max`", "使 `min` 低于 `max`"))
    }

    // MARK: settings that change over the years

    static func notYearRange(_ w: Words, key: String, example: String) -> ProblemWords {
        (w.t("`\(key)` is not a range of years", "`\(key)` 不是年份范围"),
         w.t("write `until 2022`, `from 2023`, `2023` or `2019–2022`, e.g. `\(example)`", "写 `until 2022`、`from 2023`、`2023` 或 `2019–2022`，例如 `\(example)`"))
    }

    static func yearsMissing(_ w: Words, setting: ProjectProblem.VersionedSetting, before: Int, example: String) -> ProblemWords {
        (w.t("the years before \(before) have no \(setting.rawValue)", "\(before) 年之前的年份没有\(name(setting))"), coverFix(w, example))
    }

    static func yearsOverlap(_ w: Words, at: Int, example: String) -> ProblemWords {
        (w.t("the year ranges overlap at \(at)", "年份范围在 \(at) 年重叠"), coverFix(w, example))
    }

    static func yearsMissingAfter(_ w: Words, setting: ProjectProblem.VersionedSetting, after: Int, example: String) -> ProblemWords {
        (w.t("the years after \(after) have no \(setting.rawValue)", "\(after) 年之后的年份没有\(name(setting))"),
         w.t("end with `from YEAR`, e.g. `\(example)`", "以 `from YEAR` 结尾，例如 `\(example)`"))
    }

    static func yearsNotRange(_ w: Words) -> ProblemWords {
        (w.t("`years` must be a range of years", "`years` 须为年份范围"),
         w.t("write `years: from 2023` (added in 2023), `years: until 2021` (dropped after 2021) or `years: 2019–2022`",
             "写 `years: from 2023`（2023 年起新增）、`years: until 2021`（2021 年后取消）或 `years: 2019–2022`"))
    }

    static func versionedColumnOfVotes(_ w: Words, id: String) -> ProblemWords {
        (w.t("`\(id)` holds votes or raters' scores, whose column cannot change over the years yet", "`\(id)` 是投票或评分人打分，其列暂不能随年份改变"),
         w.t("give one `column:` (rename the column in the older years' data)", "只写一个 `column:`（在较早年份的数据中重命名该列）"))
    }

    private static func levelsFix(_ w: Words, _ check: String) -> String {
        w.t("composite indices have a few levels (index, dimensions, sub-dimensions, indicators); ", "综合指数通常只有几层（指数、维度、子维度、指标）；") + check
    }

    private static func coverFix(_ w: Words, _ example: String) -> String {
        w.t("cover every year exactly once: begin with `until YEAR`, end with `from YEAR`, e.g. `\(example)`",
            "每个年份恰好覆盖一次：以 `until YEAR` 开头，以 `from YEAR` 结尾，例如 `\(example)`")
    }

    /// A setting that changes over the years, in Chinese.
    private static func name(_ s: ProjectProblem.VersionedSetting) -> String {
        switch s {
        case .weight: "权重"
        case .column: "列"
        case .target: "目标值"
        case .goalposts: "阈值"
        }
    }
}
