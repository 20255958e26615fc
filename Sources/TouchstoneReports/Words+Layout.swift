/// Texts that label parts of the report's layout.
extension Words {
    /// Caption of the index table, which follows the biggest movers in its chapter.
    var allUnitsCaption: String { t("All units", "全部单位") }
}
