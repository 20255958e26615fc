import TouchstoneOutput

/// Texts of the ranking chart when it names only some units, and of the report where it leaves the chart out.
extension Words {
    /// Appended to the ranking chart's subtitle above ``ChartBuilder/labelAllUpTo`` units.
    func rankingNamedNote(highlighted: Bool) -> String {
        highlighted ? t("; named: flagged units, the top and bottom five and those without a score",
                        "；标注：预警单位、前五与后五及无得分的单位")
                    : t("; named: the top and bottom five and those without a score", "；标注：前五与后五及无得分的单位")
    }
    /// The report's note in place of a ranking chart of more units than a page can hold.
    func rankingLeftOut(units: Int, above: Int) -> String {
        t("The ranking chart of all \(units) units is left out (above \(above) units a bar per unit cannot be read): the decision chart shows the units in focus, the appendix the distribution of the index, and index.csv every unit's row.",
          "全部 \(units) 个单位的排名图未列出（超过 \(above) 个单位时每个单位一条柱无法辨读）：决策图显示重点单位，附录显示指数分布，index.csv 列出每个单位。")
    }
}
