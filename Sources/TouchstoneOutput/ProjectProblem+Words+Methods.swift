import TouchstoneCore
import TouchstoneText

/// The words of the weighting and aggregation settings' problems (`ProjectProblem`): power mean, AHP,
/// benefit of the doubt, PCA loadings, grey relational `rho`.
enum MethodSettingsWords {
    static func powerNeedsExponent(_ w: Words, keyed: Bool) -> ProblemWords {
        let meaning = "(r = −1 harmonic, 0 geometric, 1 arithmetic)", meaningZh = "（r = −1 为调和平均，0 为几何平均，1 为算术平均）"
        if keyed {
            return (w.t("the power mean needs its exponent `r`", "幂平均需要指数 `r`"), w.t("add e.g. `r: 0.5` \(meaning)", "例如添加 `r: 0.5`\(meaningZh)"))
        }
        return (w.t("the power mean needs its exponent", "幂平均需要指数"),
                w.t("write e.g. `aggregation: {method: power, r: 0.5}` \(meaning)", "例如写 `aggregation: {method: power, r: 0.5}`\(meaningZh)"))
    }

    static func methodMissing(_ w: Words, example: String) -> ProblemWords {
        (w.t("`method` is missing", "缺少 `method`"), w.t("write e.g. `\(example)`", "例如写 `\(example)`"))
    }

    static func keyNotForMethod(_ w: Words, key: String, method: String, allowed: [String], weights: Bool) -> ProblemWords {
        (w.t("`\(key)` does not apply to `\(method)`" + (weights ? " weights" : ""), "`\(key)` 不适用于 `\(method)`" + (weights ? " 权重" : "")),
         w.t("it applies to: \(w.choiceList(allowed)); remove it", "它只适用于：\(w.choiceList(allowed))；删除它"))
    }

    static func rhoOutOfRange(_ w: Words, found: Double) -> ProblemWords {
        (w.t("`rho` must lie in (0, 1], found \(found)", "`rho` 须在 (0, 1] 内，实为 \(found)"),
         w.t("write e.g. `rho: 0.5` (the usual distinguishing coefficient)", "例如写 `rho: 0.5`（常用的分辨系数）"))
    }

    static func ahpNeedsMatrix(_ w: Words, keyed: Bool) -> ProblemWords {
        if keyed {
            return (w.t("AHP weights need `matrix`", "AHP 权重需要 `matrix`"),
                    w.t("add the pairwise comparison matrix, e.g. `matrix: [[1, 3], [1/3, 1]]`, rows in the order of the children",
                        "添加两两比较矩阵，例如 `matrix: [[1, 3], [1/3, 1]]`，各行按下级的顺序"))
        }
        return (w.t("AHP weights need a pairwise comparison matrix", "AHP 权重需要两两比较矩阵"),
                w.t("write e.g. `weights: {method: ahp, matrix: [[1, 3], [1/3, 1]]}` (rows and columns in the order of the children)",
                    "例如写 `weights: {method: ahp, matrix: [[1, 3], [1/3, 1]]}`（行和列按下级的顺序）"))
    }

    static func negativeLoadings(_ w: Words) -> ProblemWords {
        (w.t("`negative` must be error or allow", "`negative` 须为 error 或 allow"),
         w.t("write `negative: allow` to keep negative PC1 loadings as negative weights (as COINr does)", "写 `negative: allow`，把 PC1 的负载荷保留为负权重（与 COINr 相同）"))
    }

    static func bodShareOutOfRange(_ w: Words, key: String, found: Double) -> ProblemWords {
        (w.t("`\(key)` is a share of the unit's score between 0 and 1, found \(found)", "`\(key)` 是单位得分中的份额，须在 0 和 1 之间，实为 \(found)"),
         w.t("write e.g. `lower: 0.05, upper: 0.5`", "例如写 `lower: 0.05, upper: 0.5`"))
    }

    static func bodLowerAboveUpper(_ w: Words, lower: Double, upper: Double) -> ProblemWords {
        (w.t("`lower` (\(lower)) is above `upper` (\(upper))", "`lower`（\(lower)）高于 `upper`（\(upper)）"), w.t("choose lower <= upper", "使 lower <= upper"))
    }

    static func matrixEntryInvalid(_ w: Words, text: String) -> ProblemWords {
        (w.t("`\(text)` is not a positive number or fraction", "`\(text)` 不是正数或分数"),
         w.t("write Saaty-scale judgements such as 3, 1/3 or 0.5", "按 Saaty 标度写判断值，例如 3、1/3 或 0.5"))
    }

    static func matrixNotSquare(_ w: Words, rows: Int) -> ProblemWords {
        (w.t("the comparison matrix must be square (\(rows) rows of \(rows) numbers)", "比较矩阵须为方阵（\(rows) 行，每行 \(rows) 个数）"),
         w.t("write one row per child, each with one entry per child", "每个下级一行，每行每个下级一个数"))
    }

    static func bodWithAggregation(_ w: Words, id: String, method: String) -> ProblemWords {
        (w.t("`\(id)` uses benefit-of-the-doubt weights with `aggregation: \(method)`; BoD scores are weighted sums",
             "`\(id)` 使用“有利解释”（BoD）权重，又写了 `aggregation: \(method)`；BoD 得分是加权和"),
         w.t("remove `aggregation:` from `\(id)` (BoD implies its own aggregation) or choose other weights", "从 `\(id)` 删除 `aggregation:`（BoD 自带其合成方法），或选用其他权重"))
    }

    static func bodLowerTooHigh(_ w: Words, id: String, lower: Double, children: Int) -> ProblemWords {
        let most = NumberFormat.significant(1 / Double(children))
        return (w.t("`\(id)`: a lower share of \(lower) for each of its \(children) children adds up to more than 1",
                    "`\(id)`：\(children) 个下级各占下限份额 \(lower)，合计超过 1"),
                w.t("use `lower` at most \(most)", "`lower` 最多用 \(most)"))
    }

    static func bodUpperTooLow(_ w: Words, id: String, upper: Double, children: Int) -> ProblemWords {
        let least = NumberFormat.significant(1 / Double(children))
        return (w.t("`\(id)`: an upper share of \(upper) for each of its \(children) children cannot add up to 1",
                    "`\(id)`：\(children) 个下级各占上限份额 \(upper)，合计达不到 1"),
                w.t("use `upper` at least \(least)", "`upper` 至少用 \(least)"))
    }

    static func ahpSize(_ w: Words, id: String, rows: Int, order: [String]) -> ProblemWords {
        (w.t("`\(id)` has \(order.count) children but its AHP matrix is \(rows) × \(rows)", "`\(id)` 有 \(order.count) 个下级，但其 AHP 矩阵为 \(rows) × \(rows)"),
         w.t("write one row and one column per child, in the order: \(w.choiceList(order))", "每个下级一行一列，顺序为：\(w.choiceList(order))"))
    }

    static func ahpInconsistent(_ w: Words, id: String, ratio: Double, lambdaMax: Double, index: Double, randomIndex: Double) -> ProblemWords {
        let s: (Double) -> String = { NumberFormat.significant($0) }
        let values = "CR = \(s(ratio)) > 0.10 (λmax \(s(lambdaMax)), CI \(s(index)), RI \(s(randomIndex)))"
        return (w.t("`\(id)`: the AHP judgements are inconsistent: \(values)", "`\(id)`：AHP 判断不一致：\(values)"),
                w.t("revise the comparisons that contradict each other (a > b and b > c but c ≥ a), or add `allow_inconsistent: true`",
                    "修改相互矛盾的比较（a > b 且 b > c，但 c ≥ a），或添加 `allow_inconsistent: true`"))
    }

    static func ahpMatrix(_ w: Words, id: String, fault: ProjectProblem.AHPFault) -> ProblemWords {
        let s: (Double) -> String = { NumberFormat.significant($0) }
        let message = switch fault {
        case .notSquare: w.t("the AHP matrix is not square", "AHP 矩阵不是方阵")
        case let .tooLarge(k): w.t("AHP supports at most 15 children (Saaty's random index), found \(k)", "AHP 最多支持 15 个下级（Saaty 随机一致性指标），实为 \(k)")
        case let .notPositive(i, j): w.t("AHP entry [\(i), \(j)] is not a positive number", "AHP 元素 [\(i), \(j)] 不是正数")
        case let .diagonal(i): w.t("AHP diagonal entry [\(i), \(i)] must be 1", "AHP 对角元素 [\(i), \(i)] 须为 1")
        case let .notReciprocal(i, j, a, b):
            w.t("AHP entries [\(i), \(j)] = \(s(a)) and [\(j), \(i)] = \(s(b)) are not reciprocal", "AHP 元素 [\(i), \(j)] = \(s(a)) 与 [\(j), \(i)] = \(s(b)) 不互为倒数")
        case .eigenFailed: w.t("the AHP matrix has no real principal eigenvalue", "AHP 矩阵没有实的主特征值")
        }
        return (w.t("`\(id)`: \(message)", "`\(id)`：\(message)"),
                w.t("write a positive reciprocal matrix: a_ii = 1 and a_ji = 1/a_ij (fractions such as 1/3 are allowed)",
                    "写正互反矩阵：a_ii = 1，a_ji = 1/a_ij（可写 1/3 这样的分数）"))
    }
}
