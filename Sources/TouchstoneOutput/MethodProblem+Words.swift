import TouchstoneCore
import TouchstoneText

/// The words of `MethodProblem` in English and Chinese: what is wrong and what to do.
extension MethodProblem {
    public func words(_ language: String) -> (problem: String, fix: String) {
        let w = Words(language)
        switch self {
        case let .selectionShareOutOfRange(key, found):
            let x = NumberFormat.full(found)
            return (w.t("`\(key)` must be a share above 0 and at most 1, found \(x)", "`\(key)` 应为大于 0、不超过 1 的比例，实为 \(x)"),
                    w.t("write e.g. `\(key): 0.1` for 10%", "例如写 `\(key): 0.1` 表示 10%"))
        }
    }
}
