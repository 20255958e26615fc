/// Where the chapters of a printed report begin, read back from the print itself.
///
/// Chromium does not implement CSS `target-counter()`, so a table of contents cannot ask the browser for
/// page numbers. Instead the report is printed once, the text of each printed page is read (e.g. with
/// `pdftotext`), and each chapter's heading is looked for in page order: a chapter begins on the first page,
/// at or after the previous chapter's page, that has a line reading exactly its heading (spaces ignored, so
/// that a PDF text layer that spaces out CJK characters still matches). The numbers then go into the table
/// of contents (`ReportSettings.chapterPages`) and the report is printed again; `ReportPrinter` repeats
/// until the pages no longer change.
///
/// ```
/// headings [("summary", "Summary of 2024"), ("index", "Index and ranks, 2024")]
/// pages    ["Summary of 2024 …", "… table …", "Index and ranks, 2024 …"]   →   ["summary": 1, "index": 3]
/// ```
///
/// A heading not found on any page is left out (the table of contents then shows it without a number);
/// the first page is searched too, since the first chapter may begin there.
public enum PrintedPages {
    public struct Heading: Sendable, Equatable {
        public var anchor: String
        public var text: String
        public init(anchor: String, text: String) { self.anchor = anchor; self.text = text }
    }

    /// Page numbers (1-based) of `headings`, by anchor, found in `pages` (the text of each printed page).
    public static func chapters(_ headings: [Heading], pages: [String]) -> [String: Int] {
        let lines = pages.map { page in Set(page.split(whereSeparator: \.isNewline).map(squeezed).filter { !$0.isEmpty }) }
        var found: [String: Int] = [:]
        var from = 0
        for h in headings {
            let key = squeezed(Substring(h.text))
            guard !key.isEmpty, let k = lines.indices.dropFirst(from).first(where: { lines[$0].contains(key) }) else { continue }
            found[h.anchor] = k + 1
            from = k
        }
        return found
    }

    static func squeezed(_ s: Substring) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
}
