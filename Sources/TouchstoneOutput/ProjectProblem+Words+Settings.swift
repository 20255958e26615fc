import TouchstoneCore
import TouchstoneText

/// The words of the settings' problems (`ProjectProblem`): `trends:`, `flags:`, and the method settings
/// shared by `defaults:` and framework nodes (normalisation scope, base years, coverage, method options).
enum SettingsWords {
    static func shareOutOfRange(_ w: Words, key: String, found: Double, open: Bool) -> ProblemWords {
        let example = open ? "0.05" : "0.75"
        return (w.t("`\(key)` must be between 0 and 1, found \(found)", "`\(key)` 须在 0 和 1 之间，实为 \(found)"),
                w.t("write e.g. `\(key): \(example)`", "例如写 `\(key): \(example)`"))
    }

    static func countTooSmall(_ w: Words, key: String, minimum: Int, found: Int) -> ProblemWords {
        (w.t("`\(key)` must be at least \(minimum), found \(found)", "`\(key)` 须至少为 \(minimum)，实为 \(found)"),
         w.t("write a whole number from \(minimum)", "写一个不小于 \(minimum) 的整数"))
    }

    static func exactMaxN(_ w: Words, found: Int) -> ProblemWords {
        (w.t("`exact_max_n` must be at most 10, found \(found): the exact Mann–Kendall p is computed only up to n = 10, and longer series use the normal approximation",
             "`exact_max_n` 至多为 10，实为 \(found)：Mann–Kendall 的精确 p 值只算到 n = 10，更长的序列用正态近似"),
         w.t("write a number from 0 to 10 (10 is the default; 0 always uses the normal approximation)", "写 0 到 10 之间的数（默认 10；0 表示总用正态近似）"))
    }

    static func negativeSetting(_ w: Words, key: String, example: String) -> ProblemWords {
        (w.t("`\(key)` must be >= 0", "`\(key)` 须 >= 0"), w.t("write e.g. `\(key): \(example)`", "例如写 `\(key): \(example)`"))
    }

    static func flagShare(_ w: Words, key: String, found: Double) -> ProblemWords {
        (w.t("`\(key)` must be a share from 0 up to 1, found \(found)", "`\(key)` 须为不小于 0、小于 1 的比例，实为 \(found)"),
         w.t("write e.g. `\(key): 0.15` (0 switches the rule off)", "例如写 `\(key): 0.15`（0 表示关闭此规则）"))
    }

    static func flagZ(_ w: Words, key: String, found: Double) -> ProblemWords {
        (w.t("`\(key)` must be negative (a distance below the peer median, in robust SD), found \(found)",
             "`\(key)` 须为负数（低于同组中位数的距离，以稳健标准差计），实为 \(found)"),
         w.t("write e.g. `\(key): -2`", "例如写 `\(key): -2`"))
    }

    static func flagNonNegative(_ w: Words, key: String, found: Double) -> ProblemWords {
        (w.t("`\(key)` must be a number >= 0 (in robust SD, or a ratio), found \(found)", "`\(key)` 须为 >= 0 的数（以稳健标准差计，或为比值），实为 \(found)"),
         w.t("write e.g. `\(key): 1`", "例如写 `\(key): 1`"))
    }

    static func volatileP(_ w: Words, found: Double) -> ProblemWords {
        (w.t("`volatile_p` must be a probability in (0, 1], found \(found)", "`volatile_p` 须为 (0, 1] 内的概率，实为 \(found)"),
         w.t("write e.g. `volatile_p: 0.2`", "例如写 `volatile_p: 0.2`"))
    }

    static func pathStep(_ w: Words, found: Double) -> ProblemWords {
        (w.t("`path_step` must be a quantile in (0, 1] or `unlimited`, found \(found)", "`path_step` 须为 (0, 1] 内的分位数或 `unlimited`，实为 \(found)"),
         w.t("write e.g. `path_step: 0.9`", "例如写 `path_step: 0.9`"))
    }

    static func partners(_ w: Words, found: Int) -> ProblemWords {
        (w.t("`partners` must be 0 to 3, found \(found)", "`partners` 须为 0 到 3，实为 \(found)"), w.t("write e.g. `partners: 3`", "例如写 `partners: 3`"))
    }

    static func sdNotPositive(_ w: Words) -> ProblemWords {
        (w.t("`sd` must be positive", "`sd` 须为正数"), w.t("write e.g. `sd: 1` (or 10 for a 100 ± 10 scale)", "例如写 `sd: 1`（100 ± 10 的标度写 10）"))
    }

    static func baseYearsShape(_ w: Words) -> ProblemWords {
        (w.t("expected two years `[first, last]`", "应为两个年份 `[first, last]`"),
         w.t("write e.g. `base_years: [2019, 2021]` (or `[2019, 2019]` for one year)", "例如写 `base_years: [2019, 2021]`（只有一年则写 `[2019, 2019]`）"))
    }

    static func baseScopeNeedsYears(_ w: Words) -> ProblemWords {
        (w.t("`scope: base` needs `base_years`", "`scope: base` 需要 `base_years`"),
         w.t("add e.g. `base_years: [2019, 2021]` (the years whose values fix the scale)", "例如添加 `base_years: [2019, 2021]`（由这些年份的数值确定标度）"))
    }

    static func baseYearsWithoutBaseScope(_ w: Words) -> ProblemWords {
        (w.t("`base_years` is used only with `scope: base`", "`base_years` 只与 `scope: base` 同用"),
         w.t("add `scope: base`, or remove `base_years`", "添加 `scope: base`，或删除 `base_years`"))
    }

    static func optionOutOfBounds(_ w: Words, key: String, lower: Double, lowerOpen: Bool, upper: Double?, found: Double, example: String) -> ProblemWords {
        let low = NumberFormat.full(lower), x = NumberFormat.full(found)
        let en = "`\(key)` must be \(lowerOpen ? "above" : "at least") \(low)" + (upper.map { " and at most \(NumberFormat.full($0))" } ?? "") + ", found \(x)"
        let zh = "`\(key)` 须\(lowerOpen ? "大于" : "不小于") \(low)" + (upper.map { "且不大于 \(NumberFormat.full($0))" } ?? "") + "，实为 \(x)"
        return (w.t(en, zh), w.t("write e.g. \(example)", "例如写 \(example)"))
    }

    static func baseScopeNotForData(_ w: Words) -> ProblemWords {
        (w.t("`scope: base` applies to normalisation only", "`scope: base` 只用于标准化"), w.t("choose one of: panel, year", "使用 panel、year 之一"))
    }

    static func coverageOutOfRange(_ w: Words, found: Double) -> ProblemWords {
        (w.t("`min_coverage` must be a share between 0 and 1, found \(found)", "`min_coverage` 须为 0 到 1 之间的比例，实为 \(found)"),
         w.t("write e.g. `min_coverage: 0.5` (half of the children must be present)", "例如写 `min_coverage: 0.5`（至少一半下级须有值）"))
    }
}
