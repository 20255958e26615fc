import TouchstoneOutput
/// Texts of the printed report: page numbers in the table of contents.
extension Words {
    /// After a chapter's name in the table of contents, when the report was printed (`report --pdf`).
    func onPage(_ n: Int) -> String { t(" (p. \(n))", "（第 \(n) 页）") }
}
