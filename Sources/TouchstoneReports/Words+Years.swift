import TouchstoneCore
import TouchstoneOutput

/// Words about indicators that are part of the framework only in some years (`years:`).
extension Words {
    /// After the data-coverage paragraph: the cells not counted.
    func structuralGaps(_ n: Int) -> String {
        t("\(n) cells of indicators outside their years (added or dropped by a framework change) are not part of the framework then: they are not counted above and not listed as missing.",
          "另有 \(n) 个单元格属于指标适用年份以外（因框架调整新增或取消的指标）：当年该指标不属于指标体系，不计入上述统计，也不列为缺失值。")
    }
}
