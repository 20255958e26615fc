import TouchstoneOutput

/// Words of the fitted normalisation parameters in the method appendix ("min 12 and max 97.5 in 2019–2024").
extension Words {
    var parametersTitle: String { t("Fitted normalisation parameters", "标准化拟合参数") }
    var parametersHeader: String { t("Parameters", "参数") }
    var fittedOnHeader: String { t("Fitted on", "拟合依据") }
    func fittedMinMax(min: String, max: String, years: String) -> String { t("min \(min) and max \(max) in \(years)", "\(years) 年最小值 \(min)、最大值 \(max)") }
    func fittedZScore(mean: String, sd: String, years: String) -> String { t("mean \(mean) and sd \(sd) in \(years)", "\(years) 年均值 \(mean)、标准差 \(sd)") }
    func fittedRanks(count: Int, years: String) -> String { t("ranked among \(count) values of \(years)", "在 \(years) 年的 \(count) 个值中排序") }
    var fittedNone: String { t("no values", "无数据") }
    var fixedParameters: String { t("fixed by the project file", "由项目文件设定") }
    var sourceFitted: String { t("this data", "本次数据") }
    var sourceBase: String { t("base years", "基期") }
    func sourceFrozen(_ file: String) -> String { t("frozen in \(file)", "已冻结于 \(file)") }
    func outsideValues(_ n: Int, capped: Bool) -> String {
        capped ? t("; \(n) value\(n == 1 ? "" : "s") outside, capped", "；\(n) 个值超出范围，已截断")
            : t("; \(n) value\(n == 1 ? "" : "s") outside, extended", "；\(n) 个值超出范围，按同一公式外推")
    }
    var parametersIntro: String {
        t("What each data-driven method learnt from the data (in the indicator's units); fixed methods (goalposts, targets, bands) learn nothing.",
          "各数据驱动方法从数据中得到的参数（以指标原单位计）；阈值法、目标达成度、分档等固定方法无需拟合。")
    }
    func frozenText(file: String, years: String) -> String {
        t("The scaling is frozen in \(file) (fitted on \(years)): every year is scored against these parameters, so adding a year does not move published scores — as the HDI's fixed goalposts. Values beyond them are listed in the warnings.",
          "标准化参数已冻结于 \(file)（按 \(years) 年数据拟合）：各年均按这些参数计分，新增年份不会改变已发布的得分，与人类发展指数的固定阈值同理。超出范围的值见“警告”。")
    }
}
