import TouchstoneCore
/// The words that mark an index judged on its reversed scale (`Project.reversedForJudging()`), in English
/// and Chinese: appended to the index's label, so every flag list, report and chart that names the index
/// says that its scores are shown reversed, with higher better.
public enum ReversedIndexWords {
    public static func suffix(_ language: String) -> String {
        language.hasPrefix("zh") ? "（反向计分：越高越好）" : " (reversed: higher is better)"
    }

    /// The note `flag`, `sensitivity`, `chart`, `report`, `review` and `archive` print on standard error.
    public static func note(_ language: String) -> String {
        language.hasPrefix("zh")
            ? "注：本指数为 `direction: lower`（越高越差）：预警、排名和图表按反向计分评判（越高越好），所示分数为反向分数（例如 `normalisation: none` 时为 −指数，0–100 区间时为 100 − 指数）。"
            : "note: the index is `direction: lower` (higher is worse): flags, ranks and charts judge it on the reversed scale, where higher is better, and the scores they show are reversed (−index with `normalisation: none`, 100 − index on a 0–100 range)."
    }
}
