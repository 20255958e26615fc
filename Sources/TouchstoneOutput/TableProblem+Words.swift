import TouchstoneCore

/// The words of `TableProblem` in English and Chinese: what is wrong and what to do.
extension TableProblem {
    public func words(_ language: String) -> (problem: String, fix: String) {
        let w = Words(language)
        switch self {
        case let .yearNotInData(year, dataYears):
            let problem = w.t("the data has no year \(year)", "数据中没有 \(year) 年")
            guard let dataYears else { return (problem, w.t("add data rows", "添加数据行")) }
            return (problem, w.t("choose a year within \(dataYears.lowerBound)–\(dataYears.upperBound)",
                                 "选择 \(dataYears.lowerBound)–\(dataYears.upperBound) 年之间的年份"))
        }
    }
}
