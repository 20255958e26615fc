import TouchstoneOutput
/// Texts that label parts of the report's layout.
extension Words {
    /// Caption of the index table, which follows the biggest movers in its chapter.
    var allUnitsCaption: String { t("All units", "全部单位") }
    /// In a summarised report with many groups, above the trend tables.
    func trendChartsNote(shown: Int) -> String {
        t("Charts for the \(shown) groups with the most units that need help; every group keeps its table.",
          "仅为需帮扶单位最多的 \(shown) 个组绘图；各组均保留表格。")
    }
}
