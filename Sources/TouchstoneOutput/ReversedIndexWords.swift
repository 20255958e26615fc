import TouchstoneCore
/// The words that mark an index judged on its reversed scale (`Project.reversedForJudging()`), in English
/// and Chinese: appended to the index's label, so every flag list, report and chart that names the index
/// says that its scores are shown reversed, with higher better.
public enum ReversedIndexWords {
    public static func suffix(_ language: String) -> String {
        language.hasPrefix("zh") ? "（反向计分：越高越好）" : " (reversed: higher is better)"
    }

    /// The note `sensitivity`, `chart`, `report`, `review`, `archive` (and `flag` when it cannot show the published
    /// scores) print on standard error.
    public static func note(_ language: String) -> String {
        language.hasPrefix("zh")
            ? "注：本指数为 `direction: lower`（越高越差）：预警和排名按反向计分评判（越高越好）；按反向计分显示的分数标有“反向计分：越高越好”（例如 `normalisation: none` 时为 −指数，0–100 区间时为 100 − 指数）。"
            : "note: the index is `direction: lower` (higher is worse): flags and ranks judge it on the reversed scale, where higher is better; scores shown on that scale are labelled \"reversed: higher is better\" (−index with `normalisation: none`, 100 − index on a 0–100 range)."
    }
}
